package io.bindung.sendtime;

import io.bindung.config.SendTimeModel;
import io.bindung.customers.Customer;
import io.bindung.db.Database;
import io.bindung.db.Dialect;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keeps the engagement profiles (migrations V017, V019) in step with the events, incrementally:
 * triggers on {@code events} queue every engagement event and every send ({@code Email Sent}, …, for
 * the exposure) in its own transaction, whichever path writes it, and {@link #catchUp()} applies the
 * queued events to their customers' profiles, O(1) each, and removes
 * them from the queue in one transaction, so nothing queued is lost or counted twice. The triggers
 * are written at every start because which events count is configuration; profiles built for
 * another definition are rebuilt by queueing every such event again. A profile on another
 * clock than its customer's (the time zone changed) is rebuilt from the customer's events.
 * Thread-safe: catch-up rounds and replays run one at a time, each reading what it changes inside
 * a transaction that writes alone ({@link #writeProfilesAlone}). No Java lock is held while waiting
 * for that turn, so a caller already inside a transaction never waits for a thread that waits for it.
 */
final class ProfileBook {
    private static final int EVENTS_PER_ROUND = 10_000;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final SendTimeModel model;
    /** Event name → the channels it counts on, with its weight there. */
    private final Map<String, Map<EngagementChannel, Double>> channelsOf = new HashMap<>();
    /**
     * A channel's send and delivery events ({@code Email Sent}, {@code Email Delivered}) → the channel
     * whose exposure they add to: some senders report only one of them, and a message reported twice
     * adds the same exposure twice, which leaves the relative exposure the model reads as it is.
     */
    private final Map<String, EngagementChannel> sendsOf = new HashMap<>();
    /** What the stored profiles hold beyond the model's configuration: engagement and sends by hour of the week. */
    private static final String LAYOUT = " profiles=engagement+sends";

    private record Queued(long eventId, String customerId, String name, long ts, ZoneId zone, FirstEngagements.Message message) {
    }

    private record Key(String customerId, EngagementChannel channel) {
    }

    /** The columns every read of stored profiles selects, in {@link #stored}'s order. */
    private static final String STORED = "SELECT customer_id, channel, timezone, scale_at, hours FROM engagement_profiles";

    private static Map.Entry<Key, EngagementProfile> stored(ResultSet rs) throws SQLException {
        return Map.entry(new Key(rs.getString(1), EngagementChannel.parse(rs.getString(2)).orElseThrow()),
                EngagementProfile.decode(Customer.zoneOf(rs.getString(3)), rs.getLong(4), rs.getBytes(5)));
    }

    ProfileBook(Database database, SendTimeModel model) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
        this.model = model;
        model.events().forEach((label, weights) -> EngagementChannel.parse(label).ifPresent(channel -> {
            weights.forEach((name, weight) -> channelsOf.computeIfAbsent(name, n -> new HashMap<>()).put(channel, weight));
            sendsOf.put(channel.messageEvent("Sent"), channel);
            sendsOf.put(channel.messageEvent("Delivered"), channel);
        }));
        install();
    }

    private void install() {
        List<String> names = queued();
        String layout = model.fingerprint() + LAYOUT;
        jdbi.useTransaction(handle -> {
            if (dialect == Dialect.POSTGRESQL) {
                handle.execute("LOCK TABLE profile_book IN EXCLUSIVE MODE");
            }
            triggers(false).forEach(handle::execute);
            Optional<String> builtFor = handle.createQuery("SELECT built_for FROM profile_book").mapTo(String.class).findOne();
            if (!builtFor.equals(Optional.of(layout))) {
                handle.execute("DELETE FROM engagement_profiles");
                handle.execute("DELETE FROM engagement_queue");
                handle.execute("DELETE FROM engagement_messages");
                handle.createUpdate("INSERT INTO engagement_queue (event_id) SELECT id FROM events"
                        + " WHERE customer_id IS NOT NULL AND name IN (<names>)").bindList("names", names).execute();
                handle.execute("DELETE FROM profile_book");
                handle.createUpdate("INSERT INTO profile_book (built_for) VALUES (:builtFor)").bind("builtFor", layout).execute();
            }
            triggers(true).forEach(handle::execute);
        });
    }

    /** The DDL that drops ({@code create} false) or creates the queueing triggers. */
    private List<String> triggers(boolean create) {
        String names = String.join(", ", queued().stream().map(ProfileBook::literal).toList());
        if (dialect == Dialect.POSTGRESQL) {
            if (!create) {
                return List.of("DROP TRIGGER IF EXISTS events_engagement ON events", "DROP TRIGGER IF EXISTS events_engagement_identified ON events");
            }
            return List.of("CREATE OR REPLACE FUNCTION bindung_queue_engagement() RETURNS trigger LANGUAGE plpgsql AS $$"
                            + " BEGIN INSERT INTO engagement_queue (event_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; RETURN NULL; END $$",
                    "CREATE TRIGGER events_engagement AFTER INSERT ON events FOR EACH ROW WHEN (NEW.customer_id IS NOT NULL AND NEW.name IN ("
                            + names + ")) EXECUTE FUNCTION bindung_queue_engagement()",
                    "CREATE TRIGGER events_engagement_identified AFTER UPDATE OF customer_id ON events FOR EACH ROW WHEN (OLD.customer_id IS NULL"
                            + " AND NEW.customer_id IS NOT NULL AND NEW.name IN (" + names + ")) EXECUTE FUNCTION bindung_queue_engagement()");
        }
        if (!create) {
            return List.of("DROP TRIGGER IF EXISTS events_engagement", "DROP TRIGGER IF EXISTS events_engagement_identified");
        }
        String queue = " BEGIN INSERT INTO engagement_queue (event_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; END";
        return List.of("CREATE TRIGGER events_engagement AFTER INSERT ON events WHEN NEW.customer_id IS NOT NULL AND NEW.name IN (" + names + ")"
                        + queue,
                "CREATE TRIGGER events_engagement_identified AFTER UPDATE OF customer_id ON events WHEN OLD.customer_id IS NULL"
                        + " AND NEW.customer_id IS NOT NULL AND NEW.name IN (" + names + ")" + queue);
    }

    /** The events the profiles are kept from: engagement, and sends for exposure. */
    private List<String> queued() {
        Set<String> names = new TreeSet<>(channelsOf.keySet());
        names.addAll(sendsOf.keySet());
        return List.copyOf(names);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Applies every queued engagement event to its profiles. */
    void catchUp() {
        catchUp(() -> false);
    }

    /** As {@link #catchUp()}, but no round starts while {@code yieldTo} holds: what is left stays queued. */
    void catchUp(BooleanSupplier yieldTo) {
        // A read first: with nothing queued, readers neither wait for each other nor take the write lock.
        if (jdbi.withHandle(handle -> handle.createQuery("SELECT event_id FROM engagement_queue LIMIT 1").mapTo(Long.class).findOne()).isEmpty()) {
            return;
        }
        while (!yieldTo.getAsBoolean() && catchUpRound() == EVENTS_PER_ROUND) {
            // another round: the queue had more than one round's events
        }
    }

    /**
     * Makes the transaction the only one writing profiles until it ends: SQLite has one writer anyway;
     * on PostgreSQL, servers sharing the database take turns at an advisory lock, so a catch-up and a
     * replay never both add the same queued event.
     */
    private void writeProfilesAlone(Handle handle) {
        if (dialect == Dialect.POSTGRESQL) {
            handle.createQuery("SELECT pg_advisory_xact_lock(hashtext('engagement_queue'))").mapToMap().one();
        }
    }

    private int catchUpRound() {
        return jdbi.inTransaction(handle -> {
            writeProfilesAlone(handle);
            List<Queued> queued = handle.createQuery("SELECT q.event_id, e.customer_id, e.name, e.ts, c.timezone, " + messageColumns()
                            + " FROM engagement_queue q LEFT JOIN events e ON e.id = q.event_id LEFT JOIN customers c ON c.id = e.customer_id"
                            + " ORDER BY q.event_id LIMIT " + EVENTS_PER_ROUND)
                    .map((rs, ctx) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), Customer.zoneOf(rs.getString(5)),
                            FirstEngagements.Message.of(rs.getString(6), rs.getString(7))))
                    .list();
            if (queued.isEmpty()) {
                return 0;
            }
            Map<String, ZoneId> zones = new LinkedHashMap<>();
            queued.stream().filter(event -> event.customerId() != null).forEach(event -> zones.put(event.customerId(), event.zone()));
            Set<String> replayed = new HashSet<>();
            FirstEngagements firsts = FirstEngagements.of(handle, dialect, queued.stream().map(Queued::message).filter(Objects::nonNull).toList());
            Map<Key, EngagementProfile> profiles = load(handle, zones, replayed, firsts);
            for (Queued event : queued) {
                if (event.customerId() != null && !replayed.contains(event.customerId())) {
                    add(profiles, firsts, event.customerId(), event.zone(), event.name(), event.ts(), event.message());
                }
            }
            save(handle, profiles);
            firsts.save(handle);
            handle.createUpdate("DELETE FROM engagement_queue WHERE event_id IN (<ids>)")
                    .bindList("ids", queued.stream().map(Queued::eventId).toList()).execute();
            return queued.size();
        });
    }

    /**
     * The stored profiles of these customers on every channel; those stored on another clock than
     * the customer's are replayed from all the customer's events instead, and added to {@code replayed}.
     */
    private Map<Key, EngagementProfile> load(Handle handle, Map<String, ZoneId> zones, Set<String> replayed, FirstEngagements firsts) {
        Map<Key, EngagementProfile> profiles = new HashMap<>();
        if (zones.isEmpty()) {
            return profiles;
        }
        handle.createQuery(STORED + " WHERE " + dialect.inJsonArray("customer_id", ":ids"))
                .bind("ids", Dialect.jsonArray(zones.keySet()))
                .map((rs, ctx) -> stored(rs))
                .forEach(stored -> {
                    String customerId = stored.getKey().customerId();
                    if (stored.getValue().zone().equals(zones.get(customerId))) {
                        profiles.put(stored.getKey(), stored.getValue());
                    } else {
                        replayed.add(customerId);
                    }
                });
        for (String customerId : replayed) {
            profiles.keySet().removeIf(key -> key.customerId().equals(customerId));
            // The replay reads all of the customer's events, the queued ones too.
            handle.createUpdate("DELETE FROM engagement_queue WHERE event_id IN (SELECT id FROM events WHERE customer_id = :customer)")
                    .bind("customer", customerId).execute();
            firsts.forget(handle, customerId);
            handle.createQuery("SELECT e.name, e.ts, " + messageColumns() + " FROM events e WHERE e.customer_id = :customer AND e.name IN (<names>)")
                    .bind("customer", customerId)
                    .bindList("names", queued())
                    .map((rs, ctx) -> new Replayed(rs.getString(1), rs.getLong(2), FirstEngagements.Message.of(rs.getString(3), rs.getString(4))))
                    .forEach(event -> add(profiles, firsts, customerId, zones.get(customerId), event.name(), event.ts(), event.message()));
        }
        return profiles;
    }

    private record Replayed(String name, long ts, FirstEngagements.Message message) {
    }

    /** The campaign message an event of {@code events e} belongs to: its campaignId and messageKey, when both are strings. */
    private String messageColumns() {
        return dialect.jsonString("e.properties", "campaignId") + ", " + dialect.jsonString("e.properties", "messageKey");
    }

    private void add(Map<Key, EngagementProfile> profiles, FirstEngagements firsts, String customerId, ZoneId zone, String name, long ts,
                     FirstEngagements.Message message) {
        EngagementChannel sentOn = sendsOf.get(name);
        if (sentOn != null) {
            profile(profiles, customerId, sentOn, zone, ts).sent(Instant.ofEpochMilli(ts), model.halfLife());
        }
        channelsOf.getOrDefault(name, Map.of()).forEach((channel, weight) -> {
            EngagementProfile profile = profile(profiles, customerId, channel, zone, ts);
            firsts.offer(channel, message, customerId, ts, weight).forEach(change -> profile.add(Instant.ofEpochMilli(change.ts()),
                    change.weight(), model.halfLife()));
        });
    }

    private static EngagementProfile profile(Map<Key, EngagementProfile> profiles, String customerId, EngagementChannel channel, ZoneId zone,
                                             long ts) {
        return profiles.computeIfAbsent(new Key(customerId, channel), key -> EngagementProfile.empty(zone, Instant.ofEpochMilli(ts)));
    }

    private static void save(Handle handle, Map<Key, EngagementProfile> profiles) {
        PreparedBatch upsert = handle.prepareBatch("INSERT INTO engagement_profiles (customer_id, channel, timezone, scale_at, hours)"
                + " VALUES (:customer, :channel, :timezone, :scaleAt, :hours) ON CONFLICT (customer_id, channel) DO UPDATE"
                + " SET timezone = excluded.timezone, scale_at = excluded.scale_at, hours = excluded.hours");
        profiles.forEach((key, profile) -> upsert.bind("customer", key.customerId()).bind("channel", key.channel().label())
                .bind("timezone", profile.zone().getId()).bind("scaleAt", profile.scaleAt()).bind("hours", profile.encode()).add());
        if (upsert.size() > 0) {
            upsert.execute();
        }
    }

    /**
     * The profiles of these customers (id → their zone) on a channel, caught up; customers without
     * engagement have none. Profiles on another clock than the customer's are replayed and stored first.
     */
    Map<String, EngagementProfile> of(EngagementChannel channel, Map<String, ZoneId> customers) {
        catchUp();
        Map<String, EngagementProfile> found = new HashMap<>();
        List<String> reclocked = new ArrayList<>();
        jdbi.useHandle(handle -> handle.createQuery(STORED + " WHERE channel = :channel AND " + dialect.inJsonArray("customer_id", ":ids"))
                .bind("channel", channel.label())
                .bind("ids", Dialect.jsonArray(customers.keySet()))
                .map((rs, ctx) -> stored(rs))
                .forEach(stored -> {
                    String customerId = stored.getKey().customerId();
                    if (stored.getValue().zone().equals(customers.get(customerId))) {
                        found.put(customerId, stored.getValue());
                    } else {
                        reclocked.add(customerId);
                    }
                }));
        if (!reclocked.isEmpty()) {
            found.putAll(reclock(channel, reclocked, customers));
        }
        return found;
    }

    private Map<String, EngagementProfile> reclock(EngagementChannel channel, Collection<String> customerIds, Map<String, ZoneId> zones) {
        return jdbi.inTransaction(handle -> {
            writeProfilesAlone(handle);
            Map<String, ZoneId> reclocked = new LinkedHashMap<>();
            customerIds.forEach(id -> reclocked.put(id, zones.get(id)));
            FirstEngagements firsts = FirstEngagements.none();
            Map<Key, EngagementProfile> profiles = load(handle, reclocked, new HashSet<>(), firsts);
            save(handle, profiles);
            firsts.save(handle);
            Map<String, EngagementProfile> onChannel = new HashMap<>();
            profiles.forEach((key, profile) -> {
                if (key.channel() == channel) {
                    onChannel.put(key.customerId(), profile);
                }
            });
            return onChannel;
        });
    }

    /** Every stored profile on a channel, with its customer's id, for the group's pattern; call {@link #catchUp()} first. */
    void forEach(EngagementChannel channel, BiConsumer<String, EngagementProfile> action) {
        jdbi.useHandle(handle -> handle.createQuery(STORED + " WHERE channel = :channel")
                .bind("channel", channel.label())
                .setFetchSize(1000)
                .map((rs, ctx) -> stored(rs))
                .forEach(stored -> action.accept(stored.getKey().customerId(), stored.getValue())));
    }

    private record Engagement(String customerId, ZoneId zone, long ts, FirstEngagements.Message message) {
    }

    /**
     * Each customer's engagement on a channel in [since, until] by hour of the week on their clock,
     * each event counting once and each campaign message once, by its first engagement.
     */
    Map<String, double[]> counts(EngagementChannel channel, List<String> customerIds, Instant since, Instant until) {
        List<String> names = channelsOf.entrySet().stream().filter(entry -> entry.getValue().containsKey(channel)).map(Map.Entry::getKey)
                .toList();
        if (customerIds.isEmpty() || names.isEmpty()) {
            return Map.of();
        }
        Map<String, double[]> counts = new HashMap<>();
        Map<FirstEngagements.Message, Engagement> firsts = new HashMap<>();
        Consumer<Engagement> count = engagement -> counts.computeIfAbsent(engagement.customerId(), id -> new double[HourOfWeek.HOURS])
                [HourOfWeek.of(Instant.ofEpochMilli(engagement.ts()), engagement.zone()).index()]++;
        jdbi.useHandle(handle -> handle.createQuery("SELECT e.customer_id, c.timezone, e.ts, " + messageColumns()
                        + " FROM events e JOIN customers c ON c.id = e.customer_id"
                        + " WHERE " + dialect.inJsonArray("e.customer_id", ":ids") + " AND e.name IN (<names>) AND e.ts >= :since AND e.ts <= :until")
                .bind("ids", Dialect.jsonArray(customerIds))
                .bindList("names", names)
                .bind("since", since.toEpochMilli())
                .bind("until", until.toEpochMilli())
                .setFetchSize(1000)
                .map((rs, ctx) -> new Engagement(rs.getString(1), Customer.zoneOf(rs.getString(2)), rs.getLong(3),
                        FirstEngagements.Message.of(rs.getString(4), rs.getString(5))))
                .forEach(engagement -> {
                    if (engagement.message() == null) {
                        count.accept(engagement);
                    } else {
                        firsts.merge(engagement.message(), engagement, (one, other) -> one.ts() <= other.ts() ? one : other);
                    }
                }));
        firsts.values().forEach(count);
        return counts;
    }
}
