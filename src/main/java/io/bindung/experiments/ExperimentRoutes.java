package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.events.EventType;
import io.bindung.events.Ingestor;
import io.bindung.events.NewEvent;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.ApiException;
import io.bindung.http.JsonBodies;
import io.bindung.http.Page;
import io.bindung.http.QueryParams;
import io.bindung.http.Routes;
import io.bindung.http.Scope;
import io.bindung.segments.Segments;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Experiments: define, start, stop, new phases, and assignment with exposure recording. */
public final class ExperimentRoutes implements Routes {
    private static final long BODY_LIMIT = 256 * 1024;
    private static final int MAX_ASSIGNMENTS = 1000;
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final Jdbi jdbi;
    private final boolean postgres;
    private final ExperimentStore store;
    private final ExperimentReader reader;
    private final ExperimentResults results;
    private final ExposureQuery exposures;
    private final Segments segments;
    private final Ingestor ingestor;
    private final JsonBodies bodies;
    private final ObjectMapper mapper;
    private final Clock clock;
    /** Definitions read once per text: assignment answers many requests a second. */
    private final Map<String, StoredDefinition> definitions = new ConcurrentHashMap<>();

    private record StoredDefinition(ObjectNode source, ExperimentDefinition definition) {
    }

    /**
     * Experiments as assignment last read them, for at most {@link #FRESH_NANOS}: a change made on
     * this node applies at once, one made on another node within a second.
     */
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();

    private record Recent(StoredExperiment experiment, long readAt) {
    }

    public ExperimentRoutes(Database database, ObjectMapper mapper, Clock clock, Segments segments, Ingestor ingestor,
                            JsonBodies bodies, MeterRegistry registry) {
        this.jdbi = database.jdbi();
        this.postgres = database.dialect() == Dialect.POSTGRESQL;
        this.store = new ExperimentStore(database, mapper, clock);
        this.reader = new ExperimentReader(segments);
        this.exposures = new ExposureQuery(database, segments);
        this.results = new ExperimentResults(exposures, new ResultsCache(exposures, database.dialect() == Dialect.SQLITE, registry));
        this.segments = segments;
        this.ingestor = ingestor;
        this.bodies = bodies;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** One customer's arm, null when they are not in the experiment. */
    record Assignment(String customerId, String variant) {
    }

    record Assignments(List<Assignment> assignments) {
    }

    record ExperimentPage(List<StoredExperiment.View> data, String nextCursor) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/experiments", this::create, Scope.WRITE);
        routes.get("/v1/experiments", this::list, Scope.READ);
        routes.get("/v1/experiments/{key}", ctx -> ctx.json(find(ctx.pathParam("key")).view()), Scope.READ);
        routes.put("/v1/experiments/{key}", ctx -> change(ctx, false), Scope.WRITE);
        routes.post("/v1/experiments/{key}/phases", ctx -> change(ctx, true), Scope.WRITE);
        routes.post("/v1/experiments/{key}/start", ctx -> move(ctx, "draft", true), Scope.WRITE);
        routes.post("/v1/experiments/{key}/stop", ctx -> move(ctx, "running", false), Scope.WRITE);
        routes.post("/v1/experiments/{key}/assignments", this::assign, Scope.WRITE);
        routes.get("/v1/experiments/{key}/results", this::results, Scope.READ);
    }

    private void create(Context ctx) {
        ctx.status(201).json(store.create(reader.read(bodies.object(ctx, BODY_LIMIT))).view());
    }

    private void list(Context ctx) {
        Page<StoredExperiment> page = store.list(QueryParams.limit(ctx), QueryParams.text(ctx, "cursor"));
        ctx.json(new ExperimentPage(page.data().stream().map(StoredExperiment::view).toList(), page.nextCursor()));
    }

    /**
     * Edits a draft, or a running experiment without touching its arms or weights (that would bias
     * results); a new phase may change them and re-salts assignment.
     */
    private void change(Context ctx, boolean newPhase) {
        String key = ctx.pathParam("key");
        ObjectNode body = bodies.object(ctx, BODY_LIMIT);
        if (body.has("key") && !key.equals(body.path("key").asText())) {
            throw new ApiException.Invalid("key", "must be the experiment's key '" + key + "' (keys do not change)");
        }
        body.put("key", key);
        ExperimentDefinition definition = reader.read(body);
        jdbi.useTransaction(handle -> {
            StoredExperiment current = store.findForUpdate(handle, key, postgres).orElseThrow(() -> notFound(key));
            if (newPhase && !current.status().equals("running")) {
                throw new ApiException.Conflict("Experiment '" + key + "' is " + current.status() + "; only a running one starts new phases.");
            }
            if (current.status().equals("stopped")) {
                throw new ApiException.Conflict("Experiment '" + key + "' is stopped and can no longer change.");
            }
            boolean armsChanged = !reader.read(current.definition()).arms().equals(definition.arms());
            if (!newPhase && current.status().equals("running") && armsChanged) {
                throw new ApiException.Conflict("The arms and weights of running experiment '" + key + "' cannot change:"
                        + " that would bias its results. Start a new phase (POST /v1/experiments/" + key + "/phases).");
            }
            store.replace(handle, definition, newPhase);
            if (newPhase) {
                exposures.rebuild(handle, key);
            }
        });
        recent.remove(key);
        ctx.json(find(key).view());
    }

    private void move(Context ctx, String from, boolean starting) {
        String key = ctx.pathParam("key");
        jdbi.useTransaction(handle -> {
            StoredExperiment current = store.findForUpdate(handle, key, postgres).orElseThrow(() -> notFound(key));
            if (!current.status().equals(from)) {
                throw new ApiException.Conflict("Experiment '" + key + "' is " + current.status() + "; it cannot be "
                        + (starting ? "started" : "stopped") + ".");
            }
            if (starting) {
                store.start(handle, key);
                exposures.rebuild(handle, key);
            } else {
                store.stop(handle, key);
            }
        });
        recent.remove(key);
        ctx.json(find(key).view());
    }

    private void assign(Context ctx) {
        StoredExperiment experiment = recent(ctx.pathParam("key"));
        List<String> customerIds = customerIds(bodies.object(ctx, BODY_LIMIT));
        if (!experiment.status().equals("running")) {
            throw new ApiException.Conflict("Experiment '" + experiment.key() + "' is " + experiment.status() + "; only a running one assigns.");
        }
        ExperimentDefinition definition = definition(experiment);
        Set<String> inSegment = definition.segmentId().flatMap(id -> segments.members(id, customerIds)).orElse(Set.of());
        Instant now = clock.instant();
        List<Assignment> assignments = new ArrayList<>();
        List<NewEvent> exposures = new ArrayList<>();
        for (String customerId : customerIds) {
            String arm = Assigner.arm(definition, experiment.phase(), customerId, inSegment);
            assignments.add(new Assignment(customerId, arm));
            if (arm != null) {
                exposures.add(exposure(experiment, customerId, arm, now));
            }
        }
        if (!exposures.isEmpty()) {
            ingestor.store(exposures);
        }
        ctx.json(new Assignments(assignments));
    }

    /** {@code Experiment Viewed}; its id is the same for every assignment of the customer in this phase, so the first one counts. */
    private NewEvent exposure(StoredExperiment experiment, String customerId, String arm, Instant now) {
        ObjectNode properties = mapper.createObjectNode()
                .put("experimentId", experiment.key())
                .put("variationId", arm)
                .put("phase", experiment.phase());
        return new NewEvent("exposure:" + experiment.key() + ":" + experiment.phase() + ":" + customerId, EventType.TRACK,
                "Experiment Viewed", customerId, null, now, now, properties.toString(), "{}");
    }

    private void results(Context ctx) {
        StoredExperiment experiment = find(ctx.pathParam("key"));
        if (experiment.phaseStartedAt().isEmpty()) {
            throw new ApiException.Conflict("Experiment '" + experiment.key() + "' has not started; it has no results yet.");
        }
        ctx.json(resultsOf(experiment, QueryParams.instant(ctx, "asOf")));
    }

    /** Results as of {@code asked} (default now, or when it stopped); exposures count from the phase's start. */
    ExperimentResults.Results resultsOf(StoredExperiment experiment, Optional<Instant> asked) {
        Instant asOf = asked.orElse(experiment.stoppedAt().orElse(clock.instant()));
        if (!asOf.isAfter(experiment.phaseStartedAt().orElseThrow())) {
            throw new ApiException.Invalid("asOf", "must be after the current phase started (" + experiment.phaseStartedAt().get() + ")");
        }
        ingestor.awaitStored();
        return results.of(experiment, definition(experiment), asOf, asked.isEmpty());
    }

    /** Experiments and their results in GraphQL, sharing this node's results cache. */
    public GraphQlFeature graph() {
        return new ExperimentGraph(store, this::resultsOf);
    }

    private static List<String> customerIds(ObjectNode body) {
        JsonNode list = body.get("customerIds");
        if (body.size() != 1 || list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_ASSIGNMENTS) {
            throw new ApiException.Invalid("customerIds", "must be an array of 1 to " + MAX_ASSIGNMENTS + " customer ids, and the only field");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode id : list) {
            if (!id.isTextual() || id.textValue().isEmpty() || id.textValue().length() > 255) {
                throw new ApiException.Invalid("customerIds", "must hold customer ids: strings of 1 to 255 characters");
            }
            ids.add(id.textValue());
        }
        return List.copyOf(ids);
    }

    private StoredExperiment recent(String key) {
        Recent known = recent.get(key);
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < FRESH_NANOS) {
            return known.experiment();
        }
        StoredExperiment experiment = find(key);
        recent.put(key, new Recent(experiment, now));
        return experiment;
    }

    private ExperimentDefinition definition(StoredExperiment experiment) {
        StoredDefinition known = definitions.get(experiment.key());
        if (known != null && known.source().equals(experiment.definition())) {
            return known.definition();
        }
        ExperimentDefinition definition = reader.read(experiment.definition());
        definitions.put(experiment.key(), new StoredDefinition(experiment.definition(), definition));
        return definition;
    }

    private StoredExperiment find(String key) {
        return store.find(key).orElseThrow(() -> notFound(key));
    }

    private static ApiException.NotFound notFound(String key) {
        return new ApiException.NotFound("No experiment with key '" + key + "'.");
    }
}
