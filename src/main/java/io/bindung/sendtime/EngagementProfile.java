package io.bindung.sendtime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Engagement over the 168 hours of the week on the customer's own clock: each engagement adds its
 * weight, halved for every {@code halfLife} of its age at {@code asOf}, to the hour it happened in.
 * Not thread-safe while being built.
 */
final class EngagementProfile {
    private final double[] hours = new double[HourOfWeek.HOURS];
    private final Instant asOf;
    private final Duration halfLife;

    EngagementProfile(Instant asOf, Duration halfLife) {
        this.asOf = asOf;
        this.halfLife = halfLife;
    }

    void add(Instant at, ZoneId zone, double weight) {
        double ageInHalfLives = (double) Duration.between(at, asOf).toMillis() / halfLife.toMillis();
        hours[HourOfWeek.of(at, zone).index()] += weight * Math.pow(0.5, Math.max(0, ageInHalfLives));
    }

    /** Adds another profile's distribution (its shares), for a group profile made of many customers. */
    void addShares(EngagementProfile other) {
        double total = other.total();
        if (total > 0) {
            for (int h = 0; h < HourOfWeek.HOURS; h++) {
                hours[h] += other.hours[h] / total;
            }
        }
    }

    double total() {
        return Arrays.stream(hours).sum();
    }

    double at(HourOfWeek hour) {
        return hours[hour.index()];
    }

    /** The shares of each hour; uniform without any engagement. */
    double[] shares() {
        double total = total();
        double[] shares = new double[HourOfWeek.HOURS];
        Arrays.fill(shares, 1.0 / HourOfWeek.HOURS);
        if (total > 0) {
            for (int h = 0; h < HourOfWeek.HOURS; h++) {
                shares[h] = hours[h] / total;
            }
        }
        return shares;
    }
}
