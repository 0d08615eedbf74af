package io.bindung.sendtime;

import io.bindung.db.Database;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The send-time model for a customer, channel and window (see {@link SendTimeChoice}), for the
 * REST API and for campaigns with optimised timing. Thread-safe.
 */
public final class SendTimes {
    /** Pseudo-engagements of the group's pattern in every customer's profile. */
    static final double PRIOR_STRENGTH = 10;

    private final EngagementHistory history;

    public SendTimes(Database database) {
        this.history = new EngagementHistory(database);
    }

    /** The start of the best hour in [from, to); empty for a channel without engagement events or a window without an hour. */
    public Optional<Instant> best(String customerId, ZoneId zone, String channel, Instant from, Instant to, Optional<QuietHours> quiet,
                                  Instant now) {
        return EngagementChannel.parse(channel).flatMap(engaged -> choose(customerId, zone, engaged, from, to, quiet, now))
                .map(choice -> choice.best().at());
    }

    Optional<SendTimeChoice> choose(String customerId, ZoneId zone, EngagementChannel channel, Instant from, Instant to,
                                    Optional<QuietHours> quiet, Instant now) {
        return SendTimeChoice.in(history.of(customerId, zone, channel, now), history.group(channel, now), PRIOR_STRENGTH, zone, from, to,
                quiet);
    }
}
