package io.bindung.sendtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A customer's engagement on one channel over the 168 hours of the week on their own clock, and
 * their exposure: how much of the time each hour of a weekday and a weekend day (48) a message sent
 * to them was waiting to be engaged with. Each engagement adds weight · 2^((ts − scaleAt) / halfLife)
 * to the hour it happened in, and each send adds the same recency weight times {@link #FADING} to
 * the 48 hours after it, so an event is O(1) and may come in any order; reading at {@code now}
 * scales every value by 2^((scaleAt − now) / halfLife). Stored as 216 float32 (864 bytes). Not
 * thread-safe.
 */
final class EngagementProfile {
    static final int BYTES = (HourOfWeek.HOURS + HourOfWeek.DAY_TYPE_HOURS) * Float.BYTES;
    /** How long after a send it exposes the customer: two days, as long as engagement is looked for. */
    static final int EXPOSED_HOURS = 48;
    /**
     * A message's weight in hour d after its send, exp(−d / 6): engagement mostly comes within hours
     * of a send, so an open weighs against the sends of the hours just before it.
     */
    private static final double[] FADING = new double[EXPOSED_HOURS];
    /** Moves the scale forward before a new weight could leave float range (2^64 ≪ 3.4e38). */
    private static final double RESCALE_AFTER_HALF_LIVES = 64;

    static {
        for (int d = 0; d < EXPOSED_HOURS; d++) {
            FADING[d] = Math.exp(-d / 6.0);
        }
    }

    private final ZoneId zone;
    private final float[] hours;
    private final float[] exposure;
    private long scaleAt;

    private EngagementProfile(ZoneId zone, long scaleAt, float[] hours, float[] exposure) {
        this.zone = zone;
        this.scaleAt = scaleAt;
        this.hours = hours;
        this.exposure = exposure;
    }

    static EngagementProfile empty(ZoneId zone, Instant scaleAt) {
        return new EngagementProfile(zone, scaleAt.toEpochMilli(), new float[HourOfWeek.HOURS], new float[HourOfWeek.DAY_TYPE_HOURS]);
    }

    static EngagementProfile decode(ZoneId zone, long scaleAt, byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalStateException("a stored engagement profile has " + BYTES + " bytes, not " + bytes.length);
        }
        float[] hours = new float[HourOfWeek.HOURS];
        float[] exposure = new float[HourOfWeek.DAY_TYPE_HOURS];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(hours).get(exposure);
        return new EngagementProfile(zone, scaleAt, hours, exposure);
    }

    byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(hours).put(exposure);
        return buffer.array();
    }

    ZoneId zone() {
        return zone;
    }

    long scaleAt() {
        return scaleAt;
    }

    void add(Instant at, double weight, Duration halfLife) {
        int hour = HourOfWeek.of(at, zone).index();
        // A weight taken back (negative) leaves no rounding residue below zero.
        hours[hour] = Math.max(0f, hours[hour] + (float) (weight * recency(at, halfLife)));
    }

    /**
     * A message sent at {@code at}: exposure in each of the 48 hours after it, counted on the local
     * clock of the send (a daylight-saving change inside them shifts the rest by an hour).
     */
    void expose(Instant at, Duration halfLife) {
        double weight = recency(at, halfLife);
        int sent = HourOfWeek.of(at, zone).index();
        for (int d = 0; d < EXPOSED_HOURS; d++) {
            int hour = HourOfWeek.dayTypeHour((sent + d) % HourOfWeek.HOURS);
            exposure[hour] += (float) (weight * FADING[d]);
        }
    }

    /** 2^((at − scaleAt) / halfLife), after moving the scale forward if that would grow too large. */
    private double recency(Instant at, Duration halfLife) {
        double halfLives = (double) (at.toEpochMilli() - scaleAt) / halfLife.toMillis();
        if (halfLives > RESCALE_AFTER_HALF_LIVES) {
            long shift = (long) Math.floor(halfLives);
            float factor = (float) Math.pow(2, -shift);
            for (int h = 0; h < hours.length; h++) {
                hours[h] *= factor;
            }
            for (int h = 0; h < exposure.length; h++) {
                exposure[h] *= factor;
            }
            scaleAt += shift * halfLife.toMillis();
            halfLives -= shift;
        }
        return Math.pow(2, halfLives);
    }

    /** The weights of each hour of the week at {@code now}: every engagement halved for each half-life of its age. */
    double[] at(Instant now, Duration halfLife) {
        return scaled(hours, now, halfLife);
    }

    /** The exposure of each hour of a weekday (0–23) and a weekend day (24–47) at {@code now}, aged alike. */
    double[] exposureAt(Instant now, Duration halfLife) {
        return scaled(exposure, now, halfLife);
    }

    private double[] scaled(float[] values, Instant now, Duration halfLife) {
        double factor = Math.pow(2, (double) (scaleAt - now.toEpochMilli()) / halfLife.toMillis());
        double[] weights = new double[values.length];
        for (int h = 0; h < weights.length; h++) {
            weights[h] = values[h] * factor;
        }
        return weights;
    }
}
