package io.bindung.sendtime;

import io.bindung.stats.DiscreteHazard;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How much of a channel's engagement comes within the two days a send's exposure covers. */
class TimeToEngageTest {
    @Test
    void engagementSoonAfterASendIsAllWithinTheExposure() {
        double[] hazards = new double[TimeToEngage.PERIODS];
        for (int d = 0; d < hazards.length; d++) {
            hazards[d] = 0.3 * Math.exp(-d / 3.0);
        }
        TimeToEngage soon = TimeToEngage.of(new DiscreteHazard(hazards, 1000), true);
        assertEquals(1.0, soon.soonShare(), 1e-6);
    }

    @Test
    void engagementSpreadOverTheWeekIsMostlyBeyondIt() {
        double[] hazards = new double[TimeToEngage.PERIODS];
        Arrays.fill(hazards, 0.01);
        TimeToEngage spread = TimeToEngage.of(new DiscreteHazard(hazards, 1000), true);
        // (1 − S(48)) / (1 − S(168)) with S(k) = 0.99^k.
        assertEquals((1 - Math.pow(0.99, 48)) / (1 - Math.pow(0.99, 168)), spread.soonShare(), 1e-12);
        assertEquals(0.46, spread.soonShare(), 0.01);
    }
}
