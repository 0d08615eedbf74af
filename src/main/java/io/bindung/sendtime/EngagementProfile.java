package io.bindung.sendtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A customer's engagement on one channel over the 168 hours of the week on their own clock, as
 * stored: each engagement adds weight · 2^((ts − scaleAt) / halfLife) to the hour it happened in,
 * so adding one is O(1), events may come in any order, and reading at {@code now} scales every
 * hour by 2^((scaleAt − now) / halfLife). Stored as 168 float32 (672 bytes). Not thread-safe.
 */
final class EngagementProfile {
    static final int BYTES = HourOfWeek.HOURS * Float.BYTES;
    /** Moves the scale forward before a new weight could leave float range (2^64 ≪ 3.4e38). */
    private static final double RESCALE_AFTER_HALF_LIVES = 64;

    private final ZoneId zone;
    private final float[] hours;
    private long scaleAt;

    private EngagementProfile(ZoneId zone, long scaleAt, float[] hours) {
        this.zone = zone;
        this.scaleAt = scaleAt;
        this.hours = hours;
    }

    static EngagementProfile empty(ZoneId zone, Instant scaleAt) {
        return new EngagementProfile(zone, scaleAt.toEpochMilli(), new float[HourOfWeek.HOURS]);
    }

    static EngagementProfile decode(ZoneId zone, long scaleAt, byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalStateException("a stored engagement profile has " + BYTES + " bytes, not " + bytes.length);
        }
        float[] hours = new float[HourOfWeek.HOURS];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(hours);
        return new EngagementProfile(zone, scaleAt, hours);
    }

    byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(hours);
        return buffer.array();
    }

    ZoneId zone() {
        return zone;
    }

    long scaleAt() {
        return scaleAt;
    }

    void add(Instant at, double weight, Duration halfLife) {
        double halfLives = (double) (at.toEpochMilli() - scaleAt) / halfLife.toMillis();
        if (halfLives > RESCALE_AFTER_HALF_LIVES) {
            long shift = (long) Math.floor(halfLives);
            float factor = (float) Math.pow(2, -shift);
            for (int h = 0; h < hours.length; h++) {
                hours[h] *= factor;
            }
            scaleAt += shift * halfLife.toMillis();
            halfLives -= shift;
        }
        int hour = HourOfWeek.of(at, zone).index();
        // A weight taken back (negative) leaves no rounding residue below zero.
        hours[hour] = Math.max(0f, hours[hour] + (float) (weight * Math.pow(2, halfLives)));
    }

    /** The weights of each hour of the week at {@code now}: every engagement halved for each half-life of its age. */
    double[] at(Instant now, Duration halfLife) {
        double factor = Math.pow(2, (double) (scaleAt - now.toEpochMilli()) / halfLife.toMillis());
        double[] weights = new double[HourOfWeek.HOURS];
        for (int h = 0; h < weights.length; h++) {
            weights[h] = hours[h] * factor;
        }
        return weights;
    }
}
