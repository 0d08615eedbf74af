package io.bindung.campaigns;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bindung.customers.CustomerStore;
import io.bindung.db.Database;
import io.bindung.delivery.Outbox;
import io.bindung.delivery.Tracking;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.JsonBodies;
import io.bindung.http.Routes;
import io.bindung.segments.Segments;
import io.bindung.sendtime.SendTimes;
import io.bindung.templates.TemplateEngine;

import java.time.Clock;

/**
 * The campaigns feature put together: its stores, the scheduler that runs active campaigns and
 * the routes. Built once by the application; close it before the database.
 */
public final class Campaigns implements AutoCloseable {
    private final CampaignStore campaigns;
    private final CampaignScheduler scheduler;
    private final CampaignRoutes routes;
    private final CampaignGraph graph;

    /**
     * @param purchaseEvent     the default conversion event
     * @param revenueProperty   the property of a conversion event that holds its revenue
     * @param sendTimes         the send-time model, for campaigns with optimised timing
     * @param awaitStoredEvents returns once every acknowledged event is stored; each scheduler round
     *                          calls it first, so triggers see every event sent before it
     */
    public Campaigns(Database database, ObjectMapper mapper, Clock clock, CustomerStore customers, Segments segments,
                     TemplateEngine templates, Outbox outbox, Tracking tracking, JsonBodies bodies, String purchaseEvent,
                     String revenueProperty, SendTimes sendTimes, Runnable awaitStoredEvents) {
        this.campaigns = new CampaignStore(database, mapper, clock);
        EntryStore entries = new EntryStore(database);
        FrequencyCapStore caps = new FrequencyCapStore(database);
        DefinitionReader reader = new DefinitionReader(templates, segments, purchaseEvent);
        EntryDecider decider = new EntryDecider(entries, customers, segments, outbox, tracking, sendTimes, mapper);
        this.scheduler = new CampaignScheduler(database, campaigns, entries, caps, reader, decider, segments, clock, awaitStoredEvents);
        Conversions conversions = new Conversions(database.dialect(), purchaseEvent, revenueProperty);
        CampaignStatsQuery stats = new CampaignStatsQuery(database, conversions, sendTimes::engagementEvents);
        this.routes = new CampaignRoutes(campaigns, entries, caps, reader, stats, bodies, awaitStoredEvents);
        this.graph = new CampaignGraph(campaigns, reader, stats, new CampaignSeriesQuery(database, conversions), awaitStoredEvents);
    }

    /** Starts background scheduler rounds every {@code intervalMillis}; 0 starts none. */
    public void start(long intervalMillis) {
        scheduler.start(intervalMillis);
    }

    /** Whether a campaign that is not archived sends to the segment (so it must not be deleted). */
    public boolean usesSegment(String segmentId) {
        return campaigns.usesSegment(segmentId);
    }

    public CampaignScheduler scheduler() {
        return scheduler;
    }

    public Routes routes() {
        return routes;
    }

    /** Campaigns and their stats in GraphQL. */
    public GraphQlFeature graph() {
        return graph;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
