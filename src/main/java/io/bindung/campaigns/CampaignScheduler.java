package io.bindung.campaigns;

import io.bindung.db.Database;
import io.bindung.db.SqlCondition;
import io.bindung.http.ApiException;
import io.bindung.segments.Segments;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the campaigns: each round enrols customers into active campaigns (triggers since the last
 * round, a one-off campaign's audience once it is due) and decides every due entry. Every node may
 * run rounds against a shared PostgreSQL database: enrolment is idempotent, and due entries are
 * claimed with {@code FOR UPDATE SKIP LOCKED}. Thread-safe.
 */
public final class CampaignScheduler implements AutoCloseable {
    /**
     * How far back each round looks again for trigger events: an event stored up to this long
     * after its own timestamp (a slow commit, a client that sends late) still triggers.
     */
    static final Duration TRIGGER_LOOKBACK = Duration.ofMinutes(10);
    private static final int DECISIONS_PER_TRANSACTION = 200;
    private static final Logger LOG = LoggerFactory.getLogger(CampaignScheduler.class);

    private final Jdbi jdbi;
    private final CampaignStore campaigns;
    private final EntryStore entries;
    private final FrequencyCapStore caps;
    private final DefinitionReader reader;
    private final EntryDecider decider;
    private final Segments segments;
    private final Clock clock;
    private final Runnable awaitStoredEvents;
    private final Map<String, LiveCampaign> parsed = new ConcurrentHashMap<>();
    private final Set<String> reportedUnreadable = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "campaign-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    CampaignScheduler(Database database, CampaignStore campaigns, EntryStore entries, FrequencyCapStore caps,
                      DefinitionReader reader, EntryDecider decider, Segments segments, Clock clock, Runnable awaitStoredEvents) {
        this.jdbi = database.jdbi();
        this.campaigns = campaigns;
        this.entries = entries;
        this.caps = caps;
        this.reader = reader;
        this.decider = decider;
        this.segments = segments;
        this.clock = clock;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    /** Runs a round every {@code intervalMillis} in the background; 0 runs none. */
    void start(long intervalMillis) {
        if (intervalMillis > 0) {
            rounds.scheduleWithFixedDelay(this::runQuietly, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("campaign scheduler round failed; the next round tries again", e);
        }
    }

    /** One round: enrols, then decides every due entry. Answers how many entries were decided or moved. */
    public int runOnce() {
        awaitStoredEvents.run();
        Instant now = clock.instant();
        List<LiveCampaign> live = live();
        live.forEach(campaign -> enrol(campaign, now));
        Map<String, LiveCampaign> byId = new HashMap<>();
        live.forEach(campaign -> byId.put(campaign.id(), campaign));
        Map<String, FrequencyCap> capsByChannel = caps.byChannel();
        decider.prepare(live, now);
        int decided = 0;
        int batch;
        do {
            batch = jdbi.inTransaction(handle -> {
                List<Entry> due = entries.claimDue(handle, now, DECISIONS_PER_TRANSACTION);
                for (Entry entry : due) {
                    LiveCampaign campaign = byId.get(entry.campaignId());
                    if (campaign != null) {
                        decider.decide(handle, campaign, entry, capsByChannel, now);
                    }
                }
                return due.size();
            });
            decided += batch;
        } while (batch == DECISIONS_PER_TRANSACTION);
        return decided;
    }

    /** Active campaigns with their definitions read; one whose definition no longer reads is skipped. */
    private List<LiveCampaign> live() {
        List<LiveCampaign> live = new ArrayList<>();
        for (StoredCampaign stored : campaigns.active()) {
            LiveCampaign cached = parsed.get(stored.id());
            if (cached != null && cached.stored().updatedAt().equals(stored.updatedAt())) {
                live.add(new LiveCampaign(stored, cached.definition()));
                continue;
            }
            try {
                LiveCampaign campaign = new LiveCampaign(stored, reader.read(stored.definition()));
                parsed.put(stored.id(), campaign);
                live.add(campaign);
            } catch (ApiException e) {
                if (reportedUnreadable.add(stored.id() + "@" + stored.updatedAt())) {
                    LOG.warn("campaign {} is active but its definition no longer reads ({}); it waits", stored.id(), e.getMessage());
                }
            }
        }
        return live;
    }

    private void enrol(LiveCampaign campaign, Instant now) {
        CampaignDefinition definition = campaign.definition();
        StoredCampaign stored = campaign.stored();
        if (definition.trigger().isEmpty()) {
            enrolAudience(campaign, now);
            return;
        }
        Instant resumed = stored.resumedAt().orElse(now);
        Instant scanned = stored.scannedTo().orElse(resumed).minus(TRIGGER_LOOKBACK);
        Instant from = scanned.isAfter(resumed) ? scanned : resumed;
        Trigger trigger = definition.trigger().get();
        if (trigger instanceof Trigger.OnEvent onEvent) {
            entries.enrolEvents(campaign.id(), segments.eventMatch(onEvent.condition(), "trigger"), from, now, definition.delay());
        } else if (trigger instanceof Trigger.Inactivity inactivity) {
            entries.enrolLapsed(campaign.id(), inactivity.event(), inactivity.after(), from, now, definition.delay());
        } else {
            entries.enrolCreated(campaign.id(), from, now, definition.delay());
        }
        campaigns.scanned(campaign.id(), now);
    }

    /** A one-off campaign takes in its audience once, when it is due. */
    private void enrolAudience(LiveCampaign campaign, Instant now) {
        CampaignDefinition definition = campaign.definition();
        Instant due = definition.sendAt().orElse(campaign.stored().activatedAt().orElse(now));
        if (campaign.stored().enrolledAt().isPresent() || due.isAfter(now)) {
            return;
        }
        Optional<SqlCondition> audience = definition.segmentId().flatMap(segments::condition);
        if (audience.isEmpty()) {
            return;
        }
        entries.enrolAudience(campaign.id(), audience.get(), due);
        campaigns.enrolled(campaign.id(), now);
    }

    /** Stops the background rounds, letting a running one finish. */
    @Override
    public void close() {
        rounds.shutdown();
        try {
            rounds.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
