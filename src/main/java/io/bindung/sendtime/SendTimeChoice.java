package io.bindung.sendtime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The best whole local hour to send in a window: the one with the highest chance that the customer
 * engages within the horizon ({@link TimeToEngage}), given their shares of the hours of the week
 * ({@link Posterior}). Hours inside quiet hours are skipped; ties go to the earlier hour.
 *
 * @param top        the best hours, best first (at most 3)
 * @param posterior  the customer's shares of the hours of the week
 * @param calibrated whether the chances were measured on the channel's sends (else only their order counts)
 */
record SendTimeChoice(List<Slot> top, Posterior posterior, boolean calibrated) {
    /** A candidate hour: when it starts, on the customer's clock, its share of the customer's week and expected engagements. */
    record Slot(Instant at, ZonedDateTime local, double share, double cumulativeHazard) {
        double probability() {
            return TimeToEngage.probability(cumulativeHazard);
        }
    }

    /** The best hour: the first of the top ones. */
    Slot best() {
        return top.get(0);
    }

    /** Empty when no whole local hour of the window lies outside the quiet hours. */
    static Optional<SendTimeChoice> in(Posterior posterior, TimeToEngage engage, ZoneId zone, Window window) {
        List<Slot> slots = new ArrayList<>();
        ZonedDateTime local = window.from().atZone(zone).truncatedTo(ChronoUnit.HOURS);
        if (local.toInstant().isBefore(window.from())) {
            local = local.plusHours(1);
        }
        for (; local.toInstant().isBefore(window.to()); local = local.plusHours(1)) {
            if (window.quiet().isPresent() && window.quiet().get().contains(local.toLocalTime())) {
                continue;
            }
            int hour = HourOfWeek.of(local).index();
            double cumulativeHazard = engage.cumulativeHazard(posterior.shares(), hour, window.horizonHours());
            slots.add(new Slot(local.toInstant(), local, posterior.shares()[hour], cumulativeHazard));
        }
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        slots.sort(Comparator.comparingDouble(Slot::cumulativeHazard).reversed().thenComparing(Slot::at));
        return Optional.of(new SendTimeChoice(List.copyOf(slots.subList(0, Math.min(3, slots.size()))), posterior, engage.calibrated()));
    }
}
