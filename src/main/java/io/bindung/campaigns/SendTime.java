package io.bindung.campaigns;

import io.bindung.sendtime.QuietHours;
import io.bindung.sendtime.SendTimes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The instant a due message goes out for one recipient: first the campaign's timing, then its
 * quiet hours, both on the recipient's own clock. Local times that a daylight-saving change skips
 * move forward by the length of the gap, as {@link ZonedDateTime#of} resolves them; in a repeated
 * hour the earlier offset wins.
 */
final class SendTime {
    private SendTime() {
    }

    static Instant of(Instant due, ZoneId zone, Timing timing, Optional<QuietHours> quietHours) {
        Instant timed = timed(due, zone, timing);
        return quietHours.map(quiet -> outside(timed, zone, quiet)).orElse(timed);
    }

    private static Instant timed(Instant due, ZoneId zone, Timing timing) {
        if (timing instanceof Timing.AtLocalTime at) {
            return nextLocal(due, zone, at.time());
        }
        if (timing instanceof Timing.Optimised optimised) {
            // EntryDecider times optimised entries per TimingArm; on its own, optimised timing is its fallback.
            return nextLocal(due, zone, optimised.fallback());
        }
        return due;
    }

    /** The first instant at or after {@code from} whose local time is {@code time}. */
    static Instant nextLocal(Instant from, ZoneId zone, LocalTime time) {
        LocalDate day = from.atZone(zone).toLocalDate();
        Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
        return candidate.isBefore(from) ? ZonedDateTime.of(day.plusDays(1), time, zone).toInstant() : candidate;
    }

    /**
     * The whole local hour of [from, to) outside the quiet hours that {@code point} (in [0, 1)) picks,
     * each such hour with the same share, as the send-time model's window holds them; empty when
     * there is none.
     */
    static Optional<Instant> hourAt(double point, Instant from, Instant to, ZoneId zone, Optional<QuietHours> quietHours) {
        List<Instant> hours = SendTimes.wholeHours(zone, from, to, quietHours);
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hours.get(Math.min((int) (point * hours.size()), hours.size() - 1)));
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    private static Instant outside(Instant at, ZoneId zone, QuietHours quiet) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return quiet.contains(local) ? nextLocal(at, zone, quiet.end()) : at;
    }
}
