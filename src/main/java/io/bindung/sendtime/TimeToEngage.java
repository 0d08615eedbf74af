package io.bindung.sendtime;

import io.bindung.stats.DiscreteHazard;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How soon after a send customers engage on a channel: the Kaplan–Meier hazard of the first
 * engagement by whole hour since the send, from the campaign messages of the last
 * {@link #LOOKBACK} (sends still inside their first week are censored at their age). A customer's
 * chance to engage within a horizon after a send at hour s is then 1 − exp(−Σ_{d<horizon}
 * −ln(1 − h(d)) · m(s + d)), where m is 168 × the customer's share of that hour of the week (1 for
 * an hour of average activity): proportional hazards by hour of the week. Until a
 * channel has {@link #MIN_SENDS} sends, a default shape stands in and no probability is claimed.
 *
 * @param calibrated whether the hazard was measured on this channel's sends
 * @param increments −ln(1 − h(d)) for d = 0 … 167, each hour's cumulative hazard
 * @param soonShare  of the engagement within a week of a send, the share that comes within the
 *                   {@link EngagementProfile#EXPOSED_HOURS} a send's exposure covers: (1 − S(48)) / (1 − S(168))
 */
record TimeToEngage(boolean calibrated, double[] increments, double soonShare) {
    static final Duration LOOKBACK = Duration.ofDays(90);
    static final int MIN_SENDS = 100;
    /** Sends that were engaged with: without them every hazard would be 0 and every hour would tie. */
    static final int MIN_ENGAGED = 20;
    static final int PERIODS = HourOfWeek.HOURS;
    /** Engagement mostly comes soon after a send: 10% in the first hour, fading by a quarter each hour. */
    private static final TimeToEngage UNCALIBRATED = of(defaultHazard(), false);

    /** −ln(1 − h(d)), each hour's cumulative hazard, and the share of engagement within the exposure, computed once. */
    static TimeToEngage of(DiscreteHazard hazard, boolean calibrated) {
        double[] increments = new double[PERIODS];
        double withinExposure = 0;
        double withinWeek = 0;
        for (int d = 0; d < PERIODS; d++) {
            increments[d] = -Math.log1p(-Math.min(hazard.hazard(d), 1 - 1e-9));
            withinWeek += increments[d];
            withinExposure += d < EngagementProfile.EXPOSED_HOURS ? increments[d] : 0;
        }
        return new TimeToEngage(calibrated, increments, withinWeek > 0 ? -Math.expm1(-withinExposure) / -Math.expm1(-withinWeek) : 1);
    }

    static TimeToEngage measure(Handle handle, EngagementChannel channel, List<String> engagedEvents, Instant now) {
        // A message is sent at its first Sent or Delivered event (some senders report only deliveries);
        // its engagement is looked up by the whole primary key (campaign, name, message), once per message.
        List<long[]> sends = handle.createQuery("SELECT m.sent, (SELECT MIN(o.ts) FROM campaign_messages o WHERE o.campaign_id = m.campaign_id"
                        + " AND o.name IN (<engaged>) AND o.message_key = m.message_key AND o.ts >= m.sent)"
                        + " FROM (SELECT campaign_id, message_key, MIN(ts) AS sent FROM campaign_messages WHERE name IN (:sent, :delivered)"
                        + " AND ts >= :since AND ts <= :now GROUP BY campaign_id, message_key) m")
                .bindList("engaged", engagedEvents.isEmpty() ? List.of("") : engagedEvents)
                .bind("sent", channel.messageEvent("Sent"))
                .bind("delivered", channel.messageEvent("Delivered"))
                .bind("since", now.minus(LOOKBACK).toEpochMilli())
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2)})
                .list();
        long engagedSends = sends.stream().filter(send -> send[1] >= 0).count();
        if (sends.size() < MIN_SENDS || engagedSends < MIN_ENGAGED) {
            return UNCALIBRATED;
        }
        int[] eventAt = new int[sends.size()];
        int[] observed = new int[sends.size()];
        long hour = Duration.ofHours(1).toMillis();
        for (int i = 0; i < sends.size(); i++) {
            long sent = sends.get(i)[0];
            long engaged = sends.get(i)[1];
            boolean inTime = engaged >= 0 && engaged <= now.toEpochMilli();
            eventAt[i] = inTime ? (int) Math.min((engaged - sent) / hour, Integer.MAX_VALUE) : -1;
            observed[i] = (int) Math.min((now.toEpochMilli() - sent) / hour, PERIODS);
        }
        return of(DiscreteHazard.estimate(eventAt, observed, PERIODS), true);
    }

    private static DiscreteHazard defaultHazard() {
        double[] hazards = new double[PERIODS];
        for (int d = 0; d < PERIODS; d++) {
            hazards[d] = 0.1 * Math.pow(0.75, d);
        }
        return new DiscreteHazard(hazards, 0);
    }

    /**
     * The expected engagements within {@code horizon} hours of a send at hour-of-week {@code start},
     * for a customer whose shares of the hours of the week are {@code shares}: the cumulative hazard
     * Λ = Σ_{d<horizon} −ln(1 − h(d)) · 168 · shares(start + d). It ranks hours without ties at
     * certainty; the chance to engage is 1 − e^−Λ ({@link #probability(double)}).
     */
    double cumulativeHazard(double[] shares, int start, int horizon) {
        double cumulative = 0;
        for (int d = 0; d < horizon; d++) {
            cumulative += increments[d] * HourOfWeek.HOURS * shares[(start + d) % HourOfWeek.HOURS];
        }
        return cumulative;
    }

    static double probability(double cumulativeHazard) {
        return -Math.expm1(-cumulativeHazard);
    }
}
