package io.bindung.sendtime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    private static final int TOP = 3;

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

    /** A whole local hour of a window outside its quiet hours, on one clock: the same for every customer in that zone. */
    record Candidate(Instant at, ZonedDateTime local, int hourOfWeek) {
    }

    /** The window's whole local hours outside the quiet hours, on the clock of {@code zone}, in time order. */
    static List<Candidate> candidates(ZoneId zone, Window window) {
        List<Candidate> candidates = new ArrayList<>();
        ZonedDateTime local = window.from().atZone(zone).truncatedTo(ChronoUnit.HOURS);
        if (local.toInstant().isBefore(window.from())) {
            local = local.plusHours(1);
        }
        for (; local.toInstant().isBefore(window.to()); local = local.plusHours(1)) {
            if (window.quiet().isEmpty() || !window.quiet().get().contains(local.toLocalTime())) {
                candidates.add(new Candidate(local.toInstant(), local, HourOfWeek.of(local).index()));
            }
        }
        return candidates;
    }

    /** Empty when there is no candidate hour (see {@link #candidates}). */
    static Optional<SendTimeChoice> in(Posterior posterior, TimeToEngage engage, List<Candidate> candidates, int horizonHours) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        double[] hazards = new double[candidates.size()];
        for (int c = 0; c < hazards.length; c++) {
            hazards[c] = engage.cumulativeHazard(posterior.shares(), candidates.get(c).hourOfWeek(), horizonHours);
        }
        List<Slot> top = new ArrayList<>(TOP);
        boolean[] taken = new boolean[hazards.length];
        while (top.size() < Math.min(TOP, hazards.length)) {
            int best = -1;
            for (int c = 0; c < hazards.length; c++) {
                // Strictly greater: of equal hours the earlier stays best.
                if (!taken[c] && (best < 0 || hazards[c] > hazards[best])) {
                    best = c;
                }
            }
            taken[best] = true;
            Candidate candidate = candidates.get(best);
            top.add(new Slot(candidate.at(), candidate.local(), posterior.shares()[candidate.hourOfWeek()], hazards[best]));
        }
        return Optional.of(new SendTimeChoice(List.copyOf(top), posterior, engage.calibrated()));
    }
}
