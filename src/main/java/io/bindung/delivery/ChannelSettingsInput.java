package io.bindung.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.JsonInput;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Validates the body of {@code PUT /v1/channels/{channel}} into {@link ChannelSettings}, naming every bad field. */
final class ChannelSettingsInput {
    private static final String TRANSPORTS = "log, webhook or smtp";
    private static final Set<String> LIMITS = Set.of("transport", "ratePerSecond", "maxConcurrent");
    private static final int DEFAULT_TIMEOUT_MILLIS = 10_000;
    private static final int DEFAULT_SMTP_PORT = 587;
    private static final int MIN_SECRET = 16;
    private static final int MAX_TEXT = 2048;

    private ChannelSettingsInput() {
    }

    static ChannelSettings parse(ObjectNode body, MessageChannel channel) {
        JsonInput input = new JsonInput(body);
        Optional<String> transport = input.text("transport", 64);
        if (!input.present("transport")) {
            input.fail("transport", "is required and must be " + TRANSPORTS);
        }
        Optional<ChannelSettings> settings = transport.flatMap(name -> parse(name, input, channel));
        input.throwIfInvalid();
        return settings.orElseThrow();
    }

    private static Optional<ChannelSettings> parse(String transport, JsonInput input, MessageChannel channel) {
        Integer rate = input.integer("ratePerSecond", 1, Limits.MAX_RATE).orElse(null);
        int maxConcurrent = input.integer("maxConcurrent", 1, Limits.MAX_CONCURRENT)
                .orElse(ChannelSettings.DEFAULT_MAX_CONCURRENT);
        return switch (transport) {
            case LogSettings.TRANSPORT -> log(input, rate, maxConcurrent);
            case WebhookSettings.TRANSPORT -> webhook(input, rate, maxConcurrent);
            case SmtpSettings.TRANSPORT -> smtp(input, channel, rate, maxConcurrent);
            default -> unknownTransport(input);
        };
    }

    private static Optional<ChannelSettings> log(JsonInput input, Integer rate, int maxConcurrent) {
        input.rejectUnknown(LIMITS);
        return input.valid() ? Optional.of(new LogSettings(rate, maxConcurrent)) : Optional.empty();
    }

    private static Optional<ChannelSettings> unknownTransport(JsonInput input) {
        input.fail("transport", "must be " + TRANSPORTS);
        return Optional.empty();
    }

    private static Optional<ChannelSettings> webhook(JsonInput input, Integer rate, int maxConcurrent) {
        input.rejectUnknown(withLimits(Set.of("url", "secret", "timeoutMillis")));
        Optional<URI> url = required(input, "url").flatMap(text -> url(input, text));
        Optional<String> secret = required(input, "secret");
        if (secret.isPresent() && secret.get().length() < MIN_SECRET) {
            input.fail("secret", "must be at least " + MIN_SECRET + " characters");
        }
        int timeout = timeout(input);
        if (!input.valid()) {
            return Optional.empty();
        }
        return Optional.of(new WebhookSettings(url.orElseThrow(), secret.orElseThrow(), timeout, rate, maxConcurrent));
    }

    private static Optional<ChannelSettings> smtp(JsonInput input, MessageChannel channel,
                                                  Integer rate, int maxConcurrent) {
        input.rejectUnknown(withLimits(Set.of("host", "port", "username", "password", "from", "startTls", "timeoutMillis")));
        if (channel != MessageChannel.EMAIL) {
            input.fail("transport", "smtp sends email only; use webhook or log for " + channel.label());
        }
        Optional<String> host = required(input, "host");
        int port = input.integer("port", 1, 65535).orElse(DEFAULT_SMTP_PORT);
        Optional<String> username = input.text("username", MAX_TEXT);
        Optional<String> password = input.text("password", MAX_TEXT);
        if (username.isPresent() != password.isPresent()) {
            input.fail(username.isPresent() ? "password" : "username", "is required when the other of username and password is given");
        }
        Optional<String> from = required(input, "from");
        from.ifPresent(address -> checkAddress(input, address));
        boolean startTls = input.bool("startTls").orElse(true);
        int timeout = timeout(input);
        if (!input.valid()) {
            return Optional.empty();
        }
        return Optional.of(new SmtpSettings(host.orElseThrow(), port, username.orElse(null), password.orElse(null),
                from.orElseThrow(), startTls, timeout, rate, maxConcurrent));
    }

    /** The transport's own fields and those every transport takes. */
    private static Set<String> withLimits(Set<String> fields) {
        Set<String> known = new HashSet<>(fields);
        known.addAll(LIMITS);
        return known;
    }

    private static int timeout(JsonInput input) {
        return input.integer("timeoutMillis", 1, Limits.MAX_TIMEOUT_MILLIS).orElse(DEFAULT_TIMEOUT_MILLIS);
    }

    private static Optional<URI> url(JsonInput input, String text) {
        try {
            URI url = new URI(text);
            if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null) {
                return Optional.of(url);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        input.fail("url", "must be an absolute http or https URL");
        return Optional.empty();
    }

    private static void checkAddress(JsonInput input, String address) {
        try {
            new InternetAddress(address, true);
        } catch (AddressException e) {
            input.fail("from", "must be an email address, e.g. \"Shop <news@shop.example>\"");
        }
    }

    private static Optional<String> required(JsonInput input, String name) {
        Optional<String> value = input.text(name, MAX_TEXT);
        if (!input.present(name)) {
            input.fail(name, "is required");
            return Optional.empty();
        }
        if (value.isPresent() && value.get().isBlank()) {
            input.fail(name, "must not be blank");
            return Optional.empty();
        }
        return value;
    }
}
