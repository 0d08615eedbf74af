package io.bindung.customers;

import java.util.Locale;
import java.util.Optional;

/** A messaging channel a customer can consent to. */
public enum Channel {
    EMAIL, SMS, PUSH, WHATSAPP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String subscribedColumn() {
        return label() + "_subscribed";
    }

    String changedAtColumn() {
        return label() + "_consent_at";
    }

    public static Optional<Channel> parse(String label) {
        for (Channel channel : values()) {
            if (channel.label().equals(label)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
