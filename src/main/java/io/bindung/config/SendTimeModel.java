package io.bindung.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the send-time model learns from: per channel ({@code email}, {@code push}, {@code sms},
 * {@code whatsapp}) the events that show the customer engaging and their weights, and how fast old
 * engagement fades (its weight halves every {@code halfLife}).
 *
 * @param events   channel → event name → weight (positive)
 * @param halfLife the age at which an engagement counts half
 */
public record SendTimeModel(Map<String, Map<String, Double>> events, Duration halfLife) {
    /**
     * Every engagement counts once: a click mostly follows its open within minutes, so it is more
     * evidence of the same hour, not of another (and the only one where opens go untracked); an order
     * counts on every channel as a sign of when the customer is active.
     */
    public static final Map<String, Map<String, Double>> DEFAULT_EVENTS = Map.of(
            "email", Map.of("Email Opened", 1.0, "Email Link Clicked", 1.0, "Order Completed", 1.0),
            "push", Map.of("Push Opened", 1.0, "Order Completed", 1.0),
            "sms", Map.of("SMS Link Clicked", 1.0, "Order Completed", 1.0),
            "whatsapp", Map.of("WhatsApp Read", 1.0, "WhatsApp Link Clicked", 1.0, "Order Completed", 1.0));

    public SendTimeModel {
        Objects.requireNonNull(halfLife, "null halfLife");
        if (halfLife.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("the send-time half-life must be at least a day");
        }
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        events.forEach((channel, weights) -> {
            if (!DEFAULT_EVENTS.containsKey(channel)) {
                throw new IllegalArgumentException("send-time channels are email, push, sms and whatsapp, not " + channel);
            }
            if (weights.isEmpty() || weights.values().stream().anyMatch(weight -> !(weight > 0) || weight.isInfinite())) {
                throw new IllegalArgumentException("the " + channel + " send-time events need positive finite weights");
            }
            copy.put(channel, Map.copyOf(weights));
        });
        events = Map.copyOf(copy);
    }

    public static SendTimeModel defaults() {
        return new SendTimeModel(DEFAULT_EVENTS, Duration.ofDays(180));
    }

    /** A stable text of the whole definition: profiles built for another are rebuilt. */
    public String fingerprint() {
        Map<String, Map<String, Double>> sorted = new TreeMap<>();
        events.forEach((channel, weights) -> sorted.put(channel, new TreeMap<>(weights)));
        return sorted + " halfLife=" + halfLife;
    }

    /**
     * {@code email:Email Opened=1,Email Link Clicked=2;push:Push Opened=1}: the channels given
     * replace their defaults, the others keep theirs.
     */
    static SendTimeModel parse(String text, Duration halfLife) {
        Map<String, Map<String, Double>> events = new LinkedHashMap<>(DEFAULT_EVENTS);
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("BINDUNG_SEND_TIME_EVENTS takes 'channel:Event Name=weight,…' parts separated by"
                        + " semicolons, got: " + part);
            }
            events.put(part.substring(0, colon).trim(), Config.parseWeights(part.substring(colon + 1), "BINDUNG_SEND_TIME_EVENTS"));
        }
        return new SendTimeModel(events, halfLife);
    }
}
