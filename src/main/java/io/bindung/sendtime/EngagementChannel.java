package io.bindung.sendtime;

import io.bindung.delivery.MessageChannel;

import java.util.Locale;
import java.util.Optional;

/** The channels the send-time model covers; which events show engagement on each is configuration ({@code SendTimeModel}). */
enum EngagementChannel {
    EMAIL(MessageChannel.EMAIL), PUSH(MessageChannel.PUSH), SMS(MessageChannel.SMS), WHATSAPP(MessageChannel.WHATSAPP);

    private final MessageChannel messages;

    EngagementChannel(MessageChannel messages) {
        this.messages = messages;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A delivery event of a message on this channel, e.g. {@code Email Sent} for {@code Sent}. */
    String messageEvent(String outcome) {
        return messages.event(outcome);
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
