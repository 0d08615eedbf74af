package io.bindung.sendtime;

import io.bindung.config.SendTimeModel;
import io.bindung.db.Database;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The send-time model for customers, a channel and a window (see {@link SendTimeChoice}), for the
 * REST and GraphQL APIs and for campaigns with optimised timing. Profiles are kept by the
 * {@link ProfileBook}; each channel's {@link GroupModel} is rebuilt from them at most hourly, in the
 * background.
 * Thread-safe.
 */
public final class SendTimes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SendTimes.class);
    private static final Duration GROUP_KEPT = Duration.ofHours(1);
    /** The engagement the prior strengths are fitted on: a year's, each event counting once. */
    private static final Duration COUNTED = Duration.ofDays(365);

    private final Jdbi jdbi;
    private final SendTimeModel model;
    private final ProfileBook book;
    private final Map<EngagementChannel, GroupModel.Built> groups = new ConcurrentHashMap<>();
    private final Set<EngagementChannel> rebuilding = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "send-time-profiles");
        thread.setDaemon(true);
        return thread;
    });

    public SendTimes(Database database, SendTimeModel model) {
        this.jdbi = database.jdbi();
        this.model = model;
        this.book = new ProfileBook(database, model);
    }

    /**
     * Applies newly stored engagement to the profiles every {@code intervalMillis} (0: only when
     * asked), except while {@code ingestBusy} holds: then it waits for the next round, so a bulk
     * import is stored at full speed. Requests still catch up before they answer.
     */
    public void start(long intervalMillis, BooleanSupplier ingestBusy) {
        if (intervalMillis > 0) {
            background.scheduleWithFixedDelay(() -> catchUp(ingestBusy), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A failed round is logged and the next one tries again: the queue keeps what was not applied.
     * One interrupted by {@link #close()} while it waited for its write turn is no failure.
     */
    private void catchUp(BooleanSupplier ingestBusy) {
        try {
            book.catchUp(ingestBusy);
        } catch (RuntimeException e) {
            if (!background.isShutdown()) {
                LOG.warn("applying engagement to the send-time profiles failed; the next round retries", e);
            }
        }
    }

    /**
     * The start of the best hour in [from, to) for engagement within a day; empty for a channel
     * without engagement events or a window without an hour outside the quiet hours.
     */
    public Optional<Instant> best(String customerId, ZoneId zone, String channel, Instant from, Instant to, Optional<QuietHours> quiet,
                                  Instant now) {
        Window window = new Window(from, to, quiet, Window.DEFAULT_HORIZON_HOURS);
        return EngagementChannel.parse(channel)
                .flatMap(engaged -> Optional.ofNullable(choose(engaged, Map.of(customerId, zone), window, now).get(customerId)))
                .map(choice -> choice.best().at());
    }

    /**
     * Catches the profiles up and builds the channel's group model if it has none: for a caller that
     * is about to choose inside a transaction (the campaign scheduler), so that it does not hold the
     * database's write turn through a catch-up after a large import or the first build (seconds with
     * many customers) while the event mover and the API's writers wait.
     */
    public void prepare(String channel, Instant now) {
        EngagementChannel.parse(channel).ifPresent(engaged -> {
            book.catchUp();
            group(engaged, now);
        });
    }

    /** The events that show engagement on a channel (none for a channel without a send-time model, such as webhooks). */
    public List<String> engagementEvents(String channel) {
        return model.events().getOrDefault(channel, Map.of()).keySet().stream().sorted().toList();
    }

    /** The whole local hours of [from, to) outside the quiet hours on the clock of {@code zone}: the hours the model chooses among. */
    public static List<Instant> wholeHours(ZoneId zone, Instant from, Instant to, Optional<QuietHours> quiet) {
        return SendTimeChoice.candidates(zone, new Window(from, to, quiet, Window.DEFAULT_HORIZON_HOURS)).stream()
                .map(SendTimeChoice.Candidate::at).toList();
    }

    /** The choice for each customer (id → their zone) that has an hour in the window outside the quiet hours. */
    Map<String, SendTimeChoice> choose(EngagementChannel channel, Map<String, ZoneId> customers, Window window, Instant now) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        Map<String, EngagementProfile> profiles = book.of(channel, customers);
        GroupModel group = group(channel, now);
        Map<String, SendTimeChoice> choices = new HashMap<>();
        Map<ZoneId, List<SendTimeChoice.Candidate>> candidates = new HashMap<>();
        double[] none = new double[HourOfWeek.HOURS];
        customers.forEach((id, zone) -> {
            EngagementProfile profile = profiles.get(id);
            double[] own = profile == null ? none : profile.at(now, model.halfLife());
            double[] exposure = group.engage().exposure(profile == null ? none : profile.sendsAt(now, model.halfLife()));
            List<SendTimeChoice.Candidate> hours = candidates.computeIfAbsent(zone, z -> SendTimeChoice.candidates(z, window));
            SendTimeChoice.in(Posterior.of(own, exposure, group), group.engage(), hours, window.horizonHours())
                    .ifPresent(choice -> choices.put(id, choice));
        });
        return choices;
    }

    /**
     * The channel's group model. Only the first is built while the request waits; one older than
     * {@link #GROUP_KEPT} is still used while a new one is built in the background, so no later
     * request waits for a rebuild (seconds with many customers). The first is built from the
     * profiles {@link ProfileBook#of} has just caught up: no catch-up under the lock, which a caller
     * inside a transaction (the campaign scheduler) could wait for while holding the write turn.
     */
    private GroupModel group(EngagementChannel channel, Instant now) {
        GroupModel.Built built = groups.get(channel);
        if (built == null) {
            synchronized (this) {
                built = groups.get(channel);
                if (built == null) {
                    built = new GroupModel.Built(buildGroup(channel, now), now);
                    groups.put(channel, built);
                }
            }
        }
        if (!built.fresh(now, GROUP_KEPT) && rebuilding.add(channel)) {
            try {
                background.execute(() -> rebuild(channel, now));
            } catch (RejectedExecutionException closing) {
                rebuilding.remove(channel);
            }
        }
        return built.model();
    }

    /** A failed rebuild is logged and the model in use kept; the next request past its age tries again. */
    private void rebuild(EngagementChannel channel, Instant now) {
        try {
            book.catchUp();
            groups.put(channel, new GroupModel.Built(buildGroup(channel, now), now));
        } catch (RuntimeException e) {
            LOG.warn("rebuilding the {} send-time group model failed; the model in use is kept", channel.label(), e);
        } finally {
            rebuilding.remove(channel);
        }
    }

    /** Built from the profiles as they are: callers catch up first. */
    private GroupModel buildGroup(EngagementChannel channel, Instant now) {
        long start = System.nanoTime();
        List<String> engaged = engagementEvents(channel.label());
        GroupModel.Builder builder = new GroupModel.Builder(jdbi.withHandle(handle -> TimeToEngage.measure(handle, channel, engaged, now)));
        book.forEach(channel, (id, profile) -> builder.add(id, profile.at(now, model.halfLife()), profile.sendsAt(now, model.halfLife())));
        Map<String, double[]> counts = book.counts(channel, builder.sample(), now.minus(COUNTED), now);
        long fitting = System.nanoTime();
        GroupModel built = builder.build(counts);
        LOG.info("{} send-time group model built in {} ms ({} ms fitting): {} rhythm groups, prior strength {} engagements", channel.label(),
                (System.nanoTime() - start) / 1_000_000, (System.nanoTime() - fitting) / 1_000_000, built.groups().size(),
                Math.round(built.strength()));
        return built;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
