package io.bindung.sendtime;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How much of a channel's engagement comes within the two days a send's exposure covers, and how a send exposes a customer. */
class TimeToEngageTest {
    @Test
    void engagementSoonAfterASendIsAllWithinTheExposure() {
        TimeToEngage soon = TimeToEngage.of(fading(0.3, 3), true);
        assertEquals(1.0, soon.soonShare(), 1e-6);
    }

    @Test
    void engagementSpreadOverTheWeekIsMostlyBeyondIt() {
        double[] increments = new double[TimeToEngage.PERIODS];
        Arrays.fill(increments, 0.01);
        TimeToEngage spread = TimeToEngage.of(increments, true);
        // (1 − S(48)) / (1 − S(168)) with S(k) = e^(−0.01 k).
        assertEquals(-Math.expm1(-0.48) / -Math.expm1(-1.68), spread.soonShare(), 1e-12);
        assertEquals(0.46, spread.soonShare(), 0.01);
    }

    @Test
    void aSendExposesTheCustomerAsTheChannelsCustomersEngageAfterASend() {
        TimeToEngage engage = TimeToEngage.of(fading(0.2, 2), true);
        double[] sends = new double[HourOfWeek.HOURS];
        int fridayAt23 = 4 * 24 + 23;
        sends[fridayAt23] = 3;

        double[] exposure = engage.exposure(sends);

        assertEquals(3 * 0.2, exposure[23], 1e-12, "Friday 23:00 is a weekday hour");
        assertEquals(3 * 0.2 * (Math.exp(-0.5) + Math.exp(-12.5)), exposure[24], 1e-12, "Saturday and Sunday 00:00, 1 and 25 hours on");
        assertEquals(3 * 0.2 * (Math.exp(-6.5) + Math.exp(-18.5)), exposure[24 + 12], 1e-12, "Saturday and Sunday noon");
        assertEquals(3 * 0.2 * Math.exp(-12.0), exposure[24 + 23], 1e-12, "Saturday 23:00, and not Sunday 23:00, 48 hours on");
        assertEquals(0, exposure[0], "Monday is more than two days on");

        double[][] byDay = new double[7][];
        for (int day = 0; day < 7; day++) {
            double[] one = new double[HourOfWeek.HOURS];
            one[day * 24 + 10] = 1;
            byDay[day] = engage.exposure(one);
        }
        assertArrayEquals(byDay[0], byDay[1], "Tuesday 10:00 exposes two weekdays as Monday 10:00 does");
        assertArrayEquals(byDay[0], byDay[2], "and so does Wednesday");
        assertEquals(0.2 * (1 + Math.exp(-12.0)), byDay[0][10], 1e-15, "10:00 on the day and the next");
        assertEquals(0, byDay[0][24 + 10], "no weekend hour");
        assertEquals(0.2 * Math.exp(-12.0), byDay[4][24 + 10], 1e-15, "from Friday, Saturday 10:00");
        assertEquals(0.2 * (1 + Math.exp(-12.0)), byDay[5][24 + 10], 1e-15, "from Saturday, Saturday and Sunday 10:00");
    }

    /** first · e^(−d / hours) for each hour d after a send. */
    private static double[] fading(double first, double hours) {
        double[] increments = new double[TimeToEngage.PERIODS];
        for (int d = 0; d < increments.length; d++) {
            increments[d] = first * Math.exp(-d / hours);
        }
        return increments;
    }
}
