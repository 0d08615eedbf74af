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
 * The best whole local hour to send in a window. Each hour of the week gets its posterior share:
 * the customer's own engagement shrunk toward the group's pattern, (own_h + s · group_h) / (own + s)
 * with a Dirichlet prior of strength s pseudo-engagements, so a customer without history gets the
 * group's pattern on their own clock and a heavy user their own. Hours inside quiet hours are
 * skipped; ties go to the earliest hour.
 */
record SendTimeChoice(List<Slot> top, double ownEngagements, double ownWeight) {
    /** A candidate hour: when it starts, on the customer's clock, and its posterior share. */
    record Slot(Instant at, ZonedDateTime local, double share) {
    }

    /** The best hour: the first of the top ones. */
    Slot best() {
        return top.get(0);
    }

    /** Empty when no whole local hour of the window lies outside the quiet hours. */
    static Optional<SendTimeChoice> in(EngagementProfile own, double[] group, double priorStrength, ZoneId zone, Instant from, Instant to,
                                       Optional<QuietHours> quiet) {
        double ownTotal = own.total();
        List<Slot> slots = new ArrayList<>();
        ZonedDateTime local = from.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        if (local.toInstant().isBefore(from)) {
            local = local.plusHours(1);
        }
        for (; local.toInstant().isBefore(to); local = local.plusHours(1)) {
            if (quiet.isPresent() && quiet.get().contains(local.toLocalTime())) {
                continue;
            }
            HourOfWeek hour = HourOfWeek.of(local);
            double share = (own.at(hour) + priorStrength * group[hour.index()]) / (ownTotal + priorStrength);
            slots.add(new Slot(local.toInstant(), local, share));
        }
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        List<Slot> ranked = new ArrayList<>(slots);
        ranked.sort(Comparator.comparingDouble(Slot::share).reversed().thenComparing(Slot::at));
        return Optional.of(new SendTimeChoice(List.copyOf(ranked.subList(0, Math.min(3, ranked.size()))), ownTotal,
                ownTotal / (ownTotal + priorStrength)));
    }
}
