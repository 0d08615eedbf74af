package io.bindung.campaigns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.sendtime.QuietHours;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign as its author defines it, validated; read by {@link DefinitionReader}.
 *
 * @param source           the JSON it was read from, answered back as it was sent
 * @param trigger          empty for a one-off campaign
 * @param segmentId        a one-off campaign's audience; for a triggered one, a filter checked when due
 * @param sendAt           when a one-off campaign is due; empty for "when activated"
 * @param delay            how long after the trigger the message is due (the "wait" field)
 * @param exitEvent        an event that, done after the trigger and before the message is due, cancels it
 * @param holdoutPercent   the share of recipients held out as a control group, 0 to 90
 * @param conversionEvent  the event that counts as a conversion, within {@code conversionWindow} of the send
 */
record CampaignDefinition(ObjectNode source, String name, CampaignType type, Optional<Trigger> trigger,
                          Optional<String> segmentId, Optional<Instant> sendAt, Duration delay,
                          Optional<String> exitEvent, Timing timing, Optional<QuietHours> quietHours,
                          boolean transactional, double holdoutPercent, List<Variant> variants,
                          String conversionEvent, Duration conversionWindow) {
    CampaignDefinition {
        Objects.requireNonNull(source, "null source");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a campaign needs content");
        }
        if (type == CampaignType.TRIGGERED != trigger.isPresent()) {
            throw new IllegalArgumentException("a triggered campaign, and only one, has a trigger");
        }
    }

    /** The message channel of every variant: email, sms, push, whatsapp or webhook. */
    String channel() {
        return variants.get(0).content().source().channel();
    }
}
