package io.bindung.sendtime;

import io.bindung.customers.Customer;
import io.bindung.db.Database;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Engagement profiles read from the events of the last {@link #LOOKBACK}: a customer's own, and the
 * group's (every engaged customer's shares on their own clock, averaged, so heavy users do not set
 * the pattern), kept for an hour per channel. Thread-safe.
 */
final class EngagementHistory {
    static final Duration LOOKBACK = Duration.ofDays(365);
    static final Duration HALF_LIFE = Duration.ofDays(60);
    private static final Duration GROUP_KEPT = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Map<EngagementChannel, Group> groups = new ConcurrentHashMap<>();

    EngagementHistory(Database database) {
        this.jdbi = database.jdbi();
    }

    private record Group(Instant builtAt, double[] shares) {
    }

    /** One engagement: whose, on which clock, what and when. */
    private record Engagement(String customerId, ZoneId zone, String name, Instant at) {
    }

    EngagementProfile of(String customerId, ZoneId zone, EngagementChannel channel, Instant now) {
        EngagementProfile profile = new EngagementProfile(now, HALF_LIFE);
        jdbi.useHandle(handle -> handle.createQuery("SELECT name, ts FROM events WHERE customer_id = :customer AND name IN (<names>)"
                        + " AND ts >= :since AND ts <= :now")
                .bind("customer", customerId)
                .bindList("names", List.copyOf(channel.weights().keySet()))
                .bind("since", now.minus(LOOKBACK).toEpochMilli())
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Engagement(customerId, zone, rs.getString("name"), Instant.ofEpochMilli(rs.getLong("ts"))))
                .forEach(engagement -> profile.add(engagement.at(), zone, channel.weights().get(engagement.name()))));
        return profile;
    }

    /** The group's shares of each hour of the week; uniform while nobody has engaged. */
    double[] group(EngagementChannel channel, Instant now) {
        Group kept = groups.get(channel);
        if (kept == null || Duration.between(kept.builtAt(), now).abs().compareTo(GROUP_KEPT) > 0) {
            kept = new Group(now, build(channel, now));
            groups.put(channel, kept);
        }
        return kept.shares();
    }

    private double[] build(EngagementChannel channel, Instant now) {
        EngagementProfile group = new EngagementProfile(now, HALF_LIFE);
        Map<String, EngagementProfile> customers = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT e.customer_id, c.timezone, e.name, e.ts FROM events e"
                        + " JOIN customers c ON c.id = e.customer_id WHERE e.name IN (<names>) AND e.ts >= :since AND e.ts <= :now")
                .bindList("names", List.copyOf(channel.weights().keySet()))
                .bind("since", now.minus(LOOKBACK).toEpochMilli())
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Engagement(rs.getString("customer_id"), Customer.zoneOf(rs.getString("timezone")), rs.getString("name"),
                        Instant.ofEpochMilli(rs.getLong("ts"))))
                .forEach(engagement -> customers.computeIfAbsent(engagement.customerId(), id -> new EngagementProfile(now, HALF_LIFE))
                        .add(engagement.at(), engagement.zone(), channel.weights().get(engagement.name()))));
        customers.values().forEach(group::addShares);
        return group.shares();
    }
}
