package io.bindung;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bindung.campaigns.CampaignScheduler;
import io.bindung.campaigns.Campaigns;
import io.bindung.config.Config;
import io.bindung.customers.CustomerGraph;
import io.bindung.customers.CustomerImport;
import io.bindung.customers.CustomerRoutes;
import io.bindung.customers.CustomerStore;
import io.bindung.db.Database;
import io.bindung.db.Migrations;
import io.bindung.delivery.ChannelRoutes;
import io.bindung.delivery.Dispatcher;
import io.bindung.delivery.MessageRoutes;
import io.bindung.delivery.Outbox;
import io.bindung.delivery.ReceiptRoutes;
import io.bindung.delivery.Tracking;
import io.bindung.delivery.TrackingRoutes;
import io.bindung.events.EventGraph;
import io.bindung.events.EventRoutes;
import io.bindung.events.EventStore;
import io.bindung.events.Ingestor;
import io.bindung.experiments.AnalyzeRoutes;
import io.bindung.experiments.ExperimentRoutes;
import io.bindung.graphql.GraphQlEngine;
import io.bindung.graphql.GraphQlRoutes;
import io.bindung.http.Authenticator;
import io.bindung.http.HttpServer;
import io.bindung.http.JsonBodies;
import io.bindung.http.OpsRoutes;
import io.bindung.keys.ApiKeyStore;
import io.bindung.keys.KeyRoutes;
import io.bindung.metrics.MetricsGraph;
import io.bindung.segments.PurchaseGraph;
import io.bindung.sdk.SdkRoutes;
import io.bindung.sendtime.SendTimeGraph;
import io.bindung.sendtime.SendTimeRoutes;
import io.bindung.sendtime.SendTimes;
import io.bindung.segments.OrderBook;
import io.bindung.segments.Purchases;
import io.bindung.segments.SegmentGraph;
import io.bindung.segments.SegmentRoutes;
import io.bindung.segments.Segments;
import io.bindung.templates.TemplateEngine;
import io.bindung.templates.TemplateRoutes;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Clock;
import java.util.List;

/**
 * The composition root: builds configuration, database, stores, the ingestion writer and the
 * HTTP server, in that order, and closes them in reverse. Used by {@link Main} and by the tests.
 */
public final class App implements AutoCloseable {
    /** How often newly stored engagement is applied to the send-time profiles between requests. */
    private static final long PROFILE_CATCH_UP_MILLIS = 5000;

    private final Database database;
    private final SendTimes sendTimes;
    private final Ingestor ingestor;
    private final Campaigns campaigns;
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final Javalin server;

    private App(Database database, Ingestor ingestor, Campaigns campaigns, SendTimes sendTimes, Outbox outbox, Dispatcher dispatcher,
                Javalin server) {
        this.database = database;
        this.sendTimes = sendTimes;
        this.ingestor = ingestor;
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.server = server;
    }

    /** Migrates the database and starts serving on the configured port. */
    public static App start(Config config) {
        return start(config, Clock.systemUTC());
    }

    /** As {@link #start(Config)}, with the clock every scheduled decision reads (tests control it). */
    public static App start(Config config, Clock clock) {
        ObjectMapper mapper = objectMapper();
        Database database = Database.open(config);
        Migrations migrations = new Migrations(database);
        migrations.apply();
        Purchases purchases = new Purchases(config.purchaseEvent(), config.revenueProperty());
        OrderBook.install(database, purchases);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        database.measure(registry);

        JsonBodies bodies = new JsonBodies(mapper);
        ApiKeyStore keys = new ApiKeyStore(database, clock, config.adminKey());
        CustomerStore customers = new CustomerStore(database, mapper, clock);
        Ingestor ingestor = Ingestor.open(database, config, registry);
        EventStore events = new EventStore(database, mapper);
        Segments segments = new Segments(database, mapper, customers, purchases, clock, ingestor::awaitStored);
        TemplateEngine templates = new TemplateEngine();
        Outbox outbox = new Outbox(database, mapper, clock);
        Tracking tracking = Tracking.open(database, config.publicUrl());
        Dispatcher dispatcher = new Dispatcher(database, mapper, ingestor, config.delivery(), clock, registry);
        SendTimes sendTimes = new SendTimes(database, config.sendTime());
        Campaigns campaigns = new Campaigns(database, mapper, clock, customers, segments, templates, outbox, tracking, bodies,
                config.purchaseEvent(), config.revenueProperty(), sendTimes, ingestor::awaitStored);

        ExperimentRoutes experiments = new ExperimentRoutes(database, mapper, clock, segments, ingestor, bodies, registry);
        GraphQlEngine graphQl = new GraphQlEngine(List.of(
                new CustomerGraph(customers, ingestor::awaitStored),
                new EventGraph(events, ingestor::awaitStored),
                new SegmentGraph(segments),
                new PurchaseGraph(database, clock, ingestor::awaitStored),
                new MetricsGraph(database, segments, customers, config.engagementWeights(), clock, ingestor::awaitStored),
                campaigns.graph(),
                experiments.graph(),
                new SendTimeGraph(sendTimes, clock, ingestor::awaitStored)));
        Authenticator authenticator = new Authenticator(keys);
        Javalin server = HttpServer.create(config, mapper, keys, registry, List.of(
                new OpsRoutes(() -> database.reachable() && migrations.upToDate(), registry),
                new KeyRoutes(keys, bodies),
                new CustomerRoutes(customers, new CustomerImport(customers, mapper), bodies, ingestor::awaitStored),
                new EventRoutes(ingestor, events, customers, bodies, clock),
                new TemplateRoutes(templates, customers, bodies, ingestor::awaitStored),
                new SegmentRoutes(segments, bodies, campaigns::usesSegment),
                experiments,
                new ChannelRoutes(dispatcher, bodies),
                new MessageRoutes(dispatcher, clock),
                campaigns.routes(),
                new TrackingRoutes(tracking, ingestor, customers, mapper, clock),
                new ReceiptRoutes(database, ingestor, customers, bodies, mapper, clock),
                new AnalyzeRoutes(bodies),
                new SdkRoutes(database, ingestor, customers, authenticator, bodies, clock, registry),
                new SendTimeRoutes(sendTimes, customers, bodies, clock, ingestor::awaitStored),
                new GraphQlRoutes(graphQl, authenticator, bodies, mapper)));
        server.start();
        campaigns.start(config.schedulerMillis());
        sendTimes.start(config.schedulerMillis() == 0 ? 0 : PROFILE_CATCH_UP_MILLIS, ingestor::busy);
        dispatcher.start();
        return new App(database, ingestor, campaigns, sendTimes, outbox, dispatcher, server);
    }

    public static ObjectMapper objectMapper() {
        // Schubfach instead of Double.toString: answers full of numbers (send times, metrics) write several times faster.
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
        return new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public int port() {
        return server.port();
    }

    /** The campaign scheduler, for tests that run its rounds on a clock they control. */
    public CampaignScheduler campaignScheduler() {
        return campaigns.scheduler();
    }

    /** The outbox campaigns add messages to, for tests that enqueue messages themselves. */
    public Outbox outbox() {
        return outbox;
    }

    /** The delivery dispatcher, for tests that run its rounds on a clock they control. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Stops accepting requests, finishes those in flight, commits queued events, closes the database. */
    @Override
    public void close() {
        server.stop();
        campaigns.close();
        sendTimes.close();
        dispatcher.close();
        ingestor.close();
        database.close();
    }
}
