package io.bindung.sendtime;

import io.bindung.customers.Customer;
import io.bindung.stats.CyclicHazard;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * How soon after a send customers engage on a channel: the hazard of the first engagement by whole
 * hour since the send, from the campaign messages of the last {@link #LOOKBACK} (sends still inside
 * their first week are censored at their age), with each send placed at its local hour of the week
 * ({@link CyclicHazard}). A customer's chance to engage within a horizon after a send at hour s is
 * then 1 − exp(−Σ_{d<horizon} b(d) · m(s + d)), where b(d) is hour d's rate at average activity and
 * m is 168 × the customer's share of that hour of the week (1 for an hour of average activity):
 * proportional hazards by hour of the week. Estimating b with the activity of the hours the sends
 * were waiting in matters for a shop that sends at one hour: read alone (Kaplan–Meier), its hazard
 * would count the busy hours after that send hour as fast engagement, and the choice would then count
 * them a second time through m. Until a channel has {@link #MIN_SENDS} sends, a default shape stands
 * in and no probability is claimed.
 *
 * @param calibrated whether the hazard was measured on this channel's sends
 * @param increments b(d) for d = 0 … 167, each hour's cumulative hazard at average activity
 * @param soonShare  of the engagement within a week of a send, the share that comes within the
 *                   {@link #EXPOSED_HOURS} a send's exposure covers: (1 − S(48)) / (1 − S(168))
 * @param exposing   per hour of the week a send is made in, its exposure of each hour of a weekday and a
 *                   weekend day ({@link #exposure}), worked out once: a choice reads every send hour of the customer
 */
record TimeToEngage(boolean calibrated, double[] increments, double soonShare, double[][] exposing) {
    static final Duration LOOKBACK = Duration.ofDays(90);
    static final int MIN_SENDS = 100;
    /** Sends that were engaged with: without them every hazard would be 0 and every hour would tie. */
    static final int MIN_ENGAGED = 20;
    static final int PERIODS = HourOfWeek.HOURS;
    /** How long after a send it exposes the customer: two days, as long as engagement is looked for. */
    static final int EXPOSED_HOURS = 48;
    /** Engagement mostly comes soon after a send: 10% in the first hour, fading by a quarter each hour. */
    private static final TimeToEngage UNCALIBRATED = of(defaultIncrements(), false);

    /** The hourly increments of cumulative hazard and the share of engagement within the exposure, computed once. */
    static TimeToEngage of(double[] increments, boolean calibrated) {
        if (increments.length != PERIODS) {
            throw new IllegalArgumentException("a time to engage has " + PERIODS + " hours, not " + increments.length);
        }
        double withinExposure = 0;
        double withinWeek = 0;
        for (int d = 0; d < PERIODS; d++) {
            withinWeek += increments[d];
            withinExposure += d < EXPOSED_HOURS ? increments[d] : 0;
        }
        double soonShare = withinWeek > 0 ? -Math.expm1(-withinExposure) / -Math.expm1(-withinWeek) : 1;
        double[][] exposing = new double[HourOfWeek.HOURS][HourOfWeek.DAY_TYPE_HOURS];
        for (int sent = 0; sent < HourOfWeek.HOURS; sent++) {
            for (int d = 0; d < EXPOSED_HOURS; d++) {
                exposing[sent][HourOfWeek.dayTypeHour((sent + d) % HourOfWeek.HOURS)] += increments[d];
            }
        }
        return new TimeToEngage(calibrated, increments.clone(), soonShare, exposing);
    }

    static TimeToEngage measure(Handle handle, EngagementChannel channel, List<String> engagedEvents, Instant now) {
        // A message is sent at its first Sent or Delivered event (some senders report only deliveries);
        // its engagement is looked up by the whole primary key (campaign, name, message), once per message.
        List<Send> sends = handle.createQuery("SELECT m.sent, (SELECT MIN(o.ts) FROM campaign_messages o WHERE o.campaign_id = m.campaign_id"
                        + " AND o.name IN (<engaged>) AND o.message_key = m.message_key AND o.ts >= m.sent), c.timezone"
                        + " FROM (SELECT campaign_id, message_key, MIN(customer_id) AS customer_id, MIN(ts) AS sent FROM campaign_messages"
                        + " WHERE name IN (:sent, :delivered) AND ts >= :since AND ts <= :now GROUP BY campaign_id, message_key) m"
                        + " LEFT JOIN customers c ON c.id = m.customer_id")
                .bindList("engaged", engagedEvents.isEmpty() ? List.of("") : engagedEvents)
                .bind("sent", channel.messageEvent("Sent"))
                .bind("delivered", channel.messageEvent("Delivered"))
                .bind("since", now.minus(LOOKBACK).toEpochMilli())
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Send(rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2), Customer.zoneOf(rs.getString(3))))
                .list();
        long engagedSends = sends.stream().filter(send -> send.engaged() >= 0).count();
        if (sends.size() < MIN_SENDS || engagedSends < MIN_ENGAGED) {
            return UNCALIBRATED;
        }
        int[] startPhase = new int[sends.size()];
        int[] eventAt = new int[sends.size()];
        int[] observed = new int[sends.size()];
        long hour = Duration.ofHours(1).toMillis();
        for (int i = 0; i < sends.size(); i++) {
            long sent = sends.get(i).sent();
            long engaged = sends.get(i).engaged();
            startPhase[i] = HourOfWeek.of(Instant.ofEpochMilli(sent), sends.get(i).zone()).index();
            boolean inTime = engaged >= 0 && engaged <= now.toEpochMilli();
            eventAt[i] = inTime ? (int) Math.min((engaged - sent) / hour, Integer.MAX_VALUE) : -1;
            observed[i] = (int) Math.min((now.toEpochMilli() - sent) / hour, PERIODS);
        }
        return of(CyclicHazard.estimate(startPhase, eventAt, observed, PERIODS, HourOfWeek.HOURS).rates(), true);
    }

    /** A message's send (epoch ms), its first engagement (−1 without one) and its customer's time zone. */
    private record Send(long sent, long engaged, ZoneId zone) {
    }

    private static double[] defaultIncrements() {
        double[] increments = new double[PERIODS];
        for (int d = 0; d < PERIODS; d++) {
            increments[d] = -Math.log1p(-0.1 * Math.pow(0.75, d));
        }
        return increments;
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

    /**
     * How much of the time each hour of a weekday (0–23) and a weekend day (24–47) a message was
     * waiting for the customer: each send weighs b(d) in hour d after it, d &lt; {@link #EXPOSED_HOURS},
     * as this channel's customers engage d hours after a send at average activity. Counted on the
     * local clock of the send (a daylight-saving change inside them shifts the rest by an hour).
     *
     * @param sends the customer's sends by hour of the week ({@link EngagementProfile#sendsAt})
     */
    double[] exposure(double[] sends) {
        double[] exposure = new double[HourOfWeek.DAY_TYPE_HOURS];
        for (int sent = 0; sent < sends.length; sent++) {
            double weight = sends[sent];
            if (sent < HourOfWeek.HOURS_OF_DAY) {
                // Tuesday's and Wednesday's next two days are weekdays too: they expose as Monday does.
                weight += sends[sent + HourOfWeek.HOURS_OF_DAY] + sends[sent + 2 * HourOfWeek.HOURS_OF_DAY];
            } else if (sent < 3 * HourOfWeek.HOURS_OF_DAY) {
                continue;
            }
            if (weight == 0) {
                continue;
            }
            double[] exposed = exposing[sent];
            for (int t = 0; t < exposure.length; t++) {
                exposure[t] += weight * exposed[t];
            }
        }
        return exposure;
    }

    static double probability(double cumulativeHazard) {
        return -Math.expm1(-cumulativeHazard);
    }
}
