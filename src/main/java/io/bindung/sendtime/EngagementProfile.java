package io.bindung.sendtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A customer's engagement on one channel over the 168 hours of the week on their own clock, and the
 * messages sent to them by the same hours. Each engagement adds weight · 2^((ts − scaleAt) / halfLife)
 * to the hour it happened in and each send the same recency weight to the hour it was sent in, so an
 * event is O(1) and may come in any order; reading at {@code now} scales every value by
 * 2^((scaleAt − now) / halfLife). How long a send keeps a customer exposed is the channel's measured
 * time to engage, applied when the profile is read ({@link TimeToEngage#exposure}). Stored as 168
 * float32 and 168 bfloat16 (the top half of a float32: 8 significant bits, plenty for sends, each
 * of which weighs at least as much as every older one in its hour), 1,008 bytes. Not thread-safe.
 */
final class EngagementProfile {
    static final int BYTES = HourOfWeek.HOURS * (Float.BYTES + Short.BYTES);
    private static final int HOURS_BYTES = HourOfWeek.HOURS * Float.BYTES;
    /** Moves the scale forward before a new weight could leave float range (2^64 ≪ 3.4e38). */
    private static final double RESCALE_AFTER_HALF_LIVES = 64;

    private final ZoneId zone;
    private final float[] hours;
    private final float[] sends;
    private long scaleAt;

    private EngagementProfile(ZoneId zone, long scaleAt, float[] hours, float[] sends) {
        this.zone = zone;
        this.scaleAt = scaleAt;
        this.hours = hours;
        this.sends = sends;
    }

    static EngagementProfile empty(ZoneId zone, Instant scaleAt) {
        return new EngagementProfile(zone, scaleAt.toEpochMilli(), new float[HourOfWeek.HOURS], new float[HourOfWeek.HOURS]);
    }

    static EngagementProfile decode(ZoneId zone, long scaleAt, byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalStateException("a stored engagement profile has " + BYTES + " bytes, not " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] hours = new float[HourOfWeek.HOURS];
        buffer.asFloatBuffer().get(hours);
        short[] stored = new short[HourOfWeek.HOURS];
        buffer.position(HOURS_BYTES).asShortBuffer().get(stored);
        float[] sends = new float[HourOfWeek.HOURS];
        for (int h = 0; h < sends.length; h++) {
            sends[h] = Float.intBitsToFloat((stored[h] & 0xFFFF) << 16);
        }
        return new EngagementProfile(zone, scaleAt, hours, sends);
    }

    byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(hours);
        short[] stored = new short[HourOfWeek.HOURS];
        for (int h = 0; h < stored.length; h++) {
            stored[h] = bfloat16(sends[h]);
        }
        buffer.position(HOURS_BYTES).asShortBuffer().put(stored);
        return buffer.array();
    }

    /** The top 16 bits of a float32, rounded to the nearest (ties to even). */
    private static short bfloat16(float value) {
        int bits = Float.floatToIntBits(value);
        return (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
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

    /** A message sent at {@code at}, counted in its local hour of the week. */
    void sent(Instant at, Duration halfLife) {
        int hour = HourOfWeek.of(at, zone).index();
        sends[hour] += (float) recency(at, halfLife);
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
            for (int h = 0; h < sends.length; h++) {
                sends[h] *= factor;
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

    /** The sends of each hour of the week at {@code now}, aged alike. */
    double[] sendsAt(Instant now, Duration halfLife) {
        return scaled(sends, now, halfLife);
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
