package io.bindung.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Configuration from the environment: engagement weights and the send-time model. */
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

    @Test
    void theSendTimeModelComesFromTheEnvironmentOrTheDefaults() {
        assertEquals(SendTimeModel.defaults(), Config.fromEnvironment(Map.of()).sendTime());
        SendTimeModel model = Config.fromEnvironment(Map.of("BINDUNG_SEND_TIME_EVENTS", "email:Email Opened=1, Newsletter Read=0.5; push:App Opened=2",
                "BINDUNG_SEND_TIME_HALF_LIFE_DAYS", "30")).sendTime();
        assertEquals(Map.of("Email Opened", 1.0, "Newsletter Read", 0.5), model.events().get("email"));
        assertEquals(Map.of("App Opened", 2.0), model.events().get("push"));
        assertEquals(SendTimeModel.DEFAULT_EVENTS.get("sms"), model.events().get("sms"), "channels not named keep their defaults");
        assertEquals(Duration.ofDays(30), model.halfLife());
        for (String bad : new String[] {"fax:Fax Read=1", "email", "email:Email Opened=0", "email:Email Opened=lots"}) {
            assertThrows(IllegalArgumentException.class, () -> Config.fromEnvironment(Map.of("BINDUNG_SEND_TIME_EVENTS", bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Config.fromEnvironment(Map.of("BINDUNG_SEND_TIME_HALF_LIFE_DAYS", "0")));
        assertThrows(IllegalArgumentException.class, () -> Config.fromEnvironment(Map.of("BINDUNG_SEND_TIME_HALF_LIFE_DAYS", "soon")));
    }
}
