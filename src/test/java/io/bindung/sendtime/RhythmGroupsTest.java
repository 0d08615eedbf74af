package io.bindung.sendtime;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rhythm groups on customers drawn from known rhythms: each rhythm engages around one hour of the
 * day (a standard deviation of an hour), on weekdays and weekend days alike, exposed evenly.
 */
class RhythmGroupsTest {
    private static final double[] EVEN = evenExposure();

    @Test
    void asManyGroupsAsTheEngagementTellsApart() {
        RhythmGroups twelve = fit(sample(12, 6_000, 30, 1));
        RhythmGroups two = fit(sample(2, 300, 5, 2));
        assertTrue(twelve.size() >= 12, "6,000 customers of twelve rhythms: " + twelve.size() + " groups");
        assertEquals(3, two.size(), "300 customers of two rhythms: the fewest groups tried");
    }

    @Test
    void aCustomersFewEngagementsPutThemInTheGroupOfTheirRhythm() {
        RhythmGroups groups = fit(sample(4, 2_000, 20, 3));
        double[] evening = new double[HourOfWeek.DAY_TYPE_HOURS];
        evening[18] = 1;
        evening[19] = 2;
        RhythmGroups.Likely likely = groups.likely(groups.membership(evening, EVEN));
        assertEquals(18, likely.weekdayPeakHour(), 1, "three engagements around 19:00 put them with the evening rhythm (peak 18:00)");
        assertTrue(likely.probability() > 0.9, "and surely so: " + likely.probability());
        double[] prior = groups.prior(evening, EVEN);
        assertTrue(prior[18] > 5 * prior[6], "their prior is the evening group's rhythm, not the morning's");
    }

    private static RhythmGroups fit(double[][] customers) {
        double[][] exposures = new double[customers.length][];
        Arrays.fill(exposures, EVEN);
        double[] everybody = new double[HourOfWeek.DAY_TYPE_HOURS];
        for (double[] customer : customers) {
            for (int t = 0; t < everybody.length; t++) {
                everybody[t] += customer[t];
            }
        }
        double total = Posterior.total(everybody);
        return RhythmGroups.fit(customers, exposures, Arrays.stream(everybody).map(count -> (count + 0.1) / (total + 4.8)).toArray());
    }

    /** Customers of {@code rhythms} rhythms peaking at 0:00, 24/rhythms:00, …, each with {@code engagements} engagements. */
    private static double[][] sample(int rhythms, int customers, int engagements, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] sample = new double[customers][HourOfWeek.DAY_TYPE_HOURS];
        for (double[] customer : sample) {
            int peak = random.nextInt(rhythms) * HourOfWeek.HOURS_OF_DAY / rhythms;
            for (int e = 0; e < engagements; e++) {
                int hour = Math.floorMod(peak + (int) Math.round(random.nextGaussian()), HourOfWeek.HOURS_OF_DAY);
                customer[(random.nextInt(7) < 5 ? 0 : HourOfWeek.HOURS_OF_DAY) + hour]++;
            }
        }
        return sample;
    }

    private static double[] evenExposure() {
        double[] even = new double[HourOfWeek.DAY_TYPE_HOURS];
        Arrays.fill(even, 1);
        return even;
    }
}
