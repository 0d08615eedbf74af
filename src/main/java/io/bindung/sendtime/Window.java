package io.bindung.sendtime;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a send time may fall: from {@code from} (inclusive) to {@code to} (exclusive), outside the
 * quiet hours on the customer's clock, and for how many hours after a send engagement counts.
 */
record Window(Instant from, Instant to, Optional<QuietHours> quiet, int horizonHours) {
    static final int DEFAULT_HORIZON_HOURS = 24;

    Window {
        Objects.requireNonNull(from, "null from");
        Objects.requireNonNull(to, "null to");
        Objects.requireNonNull(quiet, "null quiet");
        if (!from.isBefore(to) || horizonHours < 1 || horizonHours > HourOfWeek.HOURS) {
            throw new IllegalArgumentException("need from before to and a horizon of 1 to 168 hours");
        }
    }
}
