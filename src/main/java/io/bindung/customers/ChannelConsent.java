package io.bindung.customers;

import java.time.Instant;
import java.util.Objects;

/** Whether a customer may be messaged on one channel, and when that last changed. */
public record ChannelConsent(boolean subscribed, Instant changedAt) {
    public ChannelConsent {
        Objects.requireNonNull(changedAt, "null changedAt");
    }
}
