package io.bindung.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Configuration from the environment: engagement weights. */
class ConfigTest {
    @Test
    void engagementWeightsComeFromTheEnvironmentOrTheDefaults() {
        assertEquals(Config.DEFAULT_ENGAGEMENT_WEIGHTS, Config.fromEnvironment(Map.of()).engagementWeights());
        Config config = Config.fromEnvironment(Map.of("BINDUNG_ENGAGEMENT_WEIGHTS", "Order Completed=10, Push Opened = 0.5"));
        assertEquals(Map.of("Order Completed", 10.0, "Push Opened", 0.5), config.engagementWeights());
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class,
                () -> Config.fromEnvironment(Map.of("BINDUNG_ENGAGEMENT_WEIGHTS", "Order Completed=lots")));
        assertEquals(true, problem.getMessage().contains("Order Completed=lots"), problem.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Config.fromEnvironment(Map.of("BINDUNG_ENGAGEMENT_WEIGHTS", "=3")));
    }
}
