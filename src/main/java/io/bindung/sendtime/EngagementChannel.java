package io.bindung.sendtime;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which events show that a customer engages on a channel, and their weights: a click counts twice
 * an open, and an order counts on every channel as a sign of when the customer is active.
 */
enum EngagementChannel {
    EMAIL(Map.of("Email Opened", 1.0, "Email Link Clicked", 2.0, "Order Completed", 1.0)),
    PUSH(Map.of("Push Opened", 2.0, "Order Completed", 1.0)),
    SMS(Map.of("SMS Link Clicked", 2.0, "Order Completed", 1.0)),
    WHATSAPP(Map.of("WhatsApp Read", 1.0, "WhatsApp Link Clicked", 2.0, "Order Completed", 1.0));

    private final Map<String, Double> weights;

    EngagementChannel(Map<String, Double> weights) {
        this.weights = weights;
    }

    Map<String, Double> weights() {
        return weights;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<EngagementChannel> parse(String label) {
        for (EngagementChannel channel : values()) {
            if (channel.label().equals(label)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
