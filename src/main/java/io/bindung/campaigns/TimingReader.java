package io.bindung.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.http.JsonInput;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a campaign's {@code timing} object for {@link DefinitionReader}, reporting invalid fields under {@code timing.}. */
final class TimingReader {
    private TimingReader() {
    }

    /** The timing, or empty with the problems reported to {@code timing}. */
    static Optional<Timing> read(JsonInput timing, JsonNode raw) {
        timing.rejectUnknown(Set.of("type", "time", "fallbackTime", "withinHours", "timingHoldoutPercent", "explorationPercent"));
        String type = timing.text("type", 20).orElse("");
        switch (type) {
            case "immediately":
                onlyOptimised(timing);
                return Optional.of(new Timing.Immediately());
            case "localTime":
                onlyOptimised(timing);
                return DefinitionReader.localTime(timing, "time").map(Timing.AtLocalTime::new);
            case "optimised":
                return optimised(timing, raw);
            default:
                timing.fail("type", "must be 'immediately', 'localTime' or 'optimised'");
                return Optional.empty();
        }
    }

    private static Optional<Timing> optimised(JsonInput timing, JsonNode raw) {
        Optional<LocalTime> fallback = timing.present("fallbackTime") ? DefinitionReader.localTime(timing, "fallbackTime")
                : Optional.of(LocalTime.of(10, 0));
        Duration within = withinHours(timing, raw.get("withinHours"));
        double holdout = DefinitionReader.percent(timing, raw.get("timingHoldoutPercent"), "timingHoldoutPercent", 50, 10);
        double exploration = DefinitionReader.percent(timing, raw.get("explorationPercent"), "explorationPercent", 20, 5);
        return fallback.map(time -> new Timing.Optimised(within, time, holdout, exploration));
    }

    /** The timing holdout and exploration split the recipients of optimised timing; other timings have none. */
    private static void onlyOptimised(JsonInput timing) {
        for (String field : List.of("timingHoldoutPercent", "explorationPercent")) {
            if (timing.present(field)) {
                timing.fail(field, "is only for optimised timing");
            }
        }
    }

    /** The window of optimised timing: 1 to 168 hours, 24 by default. */
    private static Duration withinHours(JsonInput input, JsonNode value) {
        if (value == null || value.isNull()) {
            return Duration.ofHours(24);
        }
        if (!value.canConvertToExactIntegral() || value.asLong() < 1 || value.asLong() > 168) {
            input.fail("withinHours", "must be a whole number of hours from 1 to 168");
            return Duration.ofHours(24);
        }
        return Duration.ofHours(value.asLong());
    }
}
