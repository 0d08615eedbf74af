package io.bindung.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.customers.ChannelConsent;
import io.bindung.customers.Customer;
import io.bindung.customers.CustomerStore;
import io.bindung.db.SqlCondition;
import io.bindung.delivery.MessageRef;
import io.bindung.experiments.Bucketing;
import io.bindung.delivery.OutboundMessage;
import io.bindung.delivery.Outbox;
import io.bindung.delivery.Tracking;
import io.bindung.segments.Segments;
import io.bindung.sendtime.SendTimes;
import io.bindung.templates.Content;
import io.bindung.templates.RenderException;
import io.bindung.templates.TemplateData;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what happens to one due entry, inside the scheduler's transaction: it exits (the exit
 * event happened, or the customer left the audience), waits for its send time, is held out as
 * control, is suppressed (no consent, no address, frequency cap) or becomes one outbox message.
 * The message and the decision commit together. Thread-safe.
 */
final class EntryDecider {
    private final EntryStore entries;
    private final CustomerStore customers;
    private final Segments segments;
    private final Outbox outbox;
    private final Tracking tracking;
    private final SendTimes sendTimes;
    private final ObjectMapper mapper;

    EntryDecider(EntryStore entries, CustomerStore customers, Segments segments, Outbox outbox, Tracking tracking, SendTimes sendTimes,
                 ObjectMapper mapper) {
        this.entries = entries;
        this.customers = customers;
        this.segments = segments;
        this.outbox = outbox;
        this.tracking = tracking;
        this.sendTimes = sendTimes;
        this.mapper = mapper;
    }

    /**
     * Before the scheduler's transactions: makes the send-time model ready ({@link SendTimes#prepare})
     * for each channel whose campaigns with optimised timing have due entries to time, so that
     * deciding inside them holds the write turn only for the decisions. Other rounds leave the
     * catch-up to the background, which waits while an import is stored.
     */
    void prepare(List<LiveCampaign> live, Instant now) {
        Map<String, List<String>> optimisedByChannel = new HashMap<>();
        for (LiveCampaign campaign : live) {
            if (campaign.definition().timing() instanceof Timing.Optimised) {
                optimisedByChannel.computeIfAbsent(campaign.definition().channel(), channel -> new ArrayList<>()).add(campaign.id());
            }
        }
        optimisedByChannel.forEach((channel, campaignIds) -> {
            if (entries.anyUntimedDue(campaignIds, now)) {
                sendTimes.prepare(channel, now);
            }
        });
    }

    void decide(Handle handle, LiveCampaign campaign, Entry entry, Map<String, FrequencyCap> caps, Instant now) {
        CampaignDefinition definition = campaign.definition();
        Optional<Customer> found = customers.find(entry.customerId());
        if (found.isEmpty()) {
            return;
        }
        Customer customer = found.get();
        if (definition.exitEvent().isPresent() && entries.didSince(handle, entry, definition.exitEvent().get(), now)) {
            entries.decide(handle, entry, "exited", "did '" + definition.exitEvent().get() + "'", null, null, now);
            return;
        }
        Optional<String> outsideAudience = outsideAudience(definition, entry);
        if (outsideAudience.isPresent()) {
            entries.decide(handle, entry, "exited", outsideAudience.get(), null, null, now);
            return;
        }
        Instant sendAt = entry.sendAt().orElseGet(() -> sendAt(handle, campaign, entry, customer, now));
        if (sendAt.isAfter(now)) {
            entries.postpone(handle, entry, sendAt);
            return;
        }
        Optional<String> unreachable = unreachable(definition.channel(), customer);
        if (unreachable.isPresent()) {
            entries.decide(handle, entry, "suppressed", unreachable.get(), null, null, now);
            return;
        }
        // The control group is drawn from reachable recipients only, so it compares like with like.
        if (Bucketing.unit(campaign.id() + ":holdout", entry.customerId()) * 100 < definition.holdoutPercent()) {
            entries.decide(handle, entry, "held_out", null, null, null, now);
            return;
        }
        Optional<String> capped = definition.transactional() ? Optional.empty()
                : capped(handle, caps.get(definition.channel()), customer.id(), now);
        if (capped.isPresent()) {
            entries.decide(handle, entry, "suppressed", capped.get(), null, null, now);
            return;
        }
        send(handle, campaign, entry, customer, now);
    }

    /**
     * When the entry's message goes out, decided once: with optimised timing per the recipient's
     * {@link TimingArm} (recorded on the entry), else at the campaign's timing.
     */
    private Instant sendAt(Handle handle, LiveCampaign campaign, Entry entry, Customer customer, Instant now) {
        CampaignDefinition definition = campaign.definition();
        if (!(definition.timing() instanceof Timing.Optimised optimised)) {
            return SendTime.of(entry.dueAt(), customer.zone(), definition.timing(), definition.quietHours());
        }
        TimingArm arm = TimingArm.of(campaign.id(), entry.customerId(), optimised);
        entries.timed(handle, entry, arm);
        return optimisedSendAt(campaign, arm, optimised, entry, customer, now);
    }

    /**
     * Within the window from when the entry became due (or from now, if that is later): the
     * customer's best hour ({@code optimised}) or a random whole hour outside the quiet hours
     * ({@code explored}); else, and for {@code fixed}, the next {@code fallback} time after it became due.
     */
    private Instant optimisedSendAt(LiveCampaign campaign, TimingArm arm, Timing.Optimised optimised, Entry entry, Customer customer,
                                    Instant now) {
        CampaignDefinition definition = campaign.definition();
        ZoneId zone = customer.zone();
        Instant from = entry.dueAt().isAfter(now) ? entry.dueAt() : now;
        Instant to = from.plus(optimised.within());
        Optional<Instant> chosen = switch (arm) {
            case OPTIMISED -> sendTimes.best(customer.id(), zone, definition.channel(), from, to, definition.quietHours(), now);
            case EXPLORED -> SendTime.hourAt(Bucketing.unit(campaign.id() + ":explore", entry.customerId() + ":" + entry.occurrence()),
                    from, to, zone, definition.quietHours());
            case FIXED -> Optional.empty();
        };
        Timing.AtLocalTime fixed = new Timing.AtLocalTime(optimised.fallback());
        return chosen.orElseGet(() -> SendTime.of(entry.dueAt(), zone, fixed, definition.quietHours()));
    }

    private void send(Handle handle, LiveCampaign campaign, Entry entry, Customer customer, Instant now) {
        CampaignDefinition definition = campaign.definition();
        double[] weights = definition.variants().stream().mapToDouble(Variant::weight).toArray();
        double point = Bucketing.unit(campaign.id() + ":variant", customer.id());
        Variant variant = definition.variants().get(Bucketing.pick(point, weights));
        MessageRef ref = new MessageRef(entry.messageKey(), campaign.id(), variant.key(), customer.id(), definition.channel());
        Content content;
        try {
            Map<String, Object> links = Map.of("unsubscribeUrl", tracking.unsubscribeUrl(ref));
            Content rendered = variant.content().render(new TemplateData(customer, properties(entry), links));
            content = tracking.instrument(rendered, ref, !definition.transactional());
        } catch (RenderException e) {
            entries.decide(handle, entry, "failed", "content." + e.field() + " " + e.getMessage(), variant.key(), null, now);
            return;
        }
        OutboundMessage message = new OutboundMessage(entry.messageKey(), campaign.id(), customer.id(), definition.channel(),
                variant.key(), address(definition.channel(), customer).orElse(null), content, now, definition.transactional());
        outbox.enqueue(handle, message);
        entries.decide(handle, entry, "queued", null, variant.key(), message.key(), now);
    }

    private Optional<String> outsideAudience(CampaignDefinition definition, Entry entry) {
        if (definition.type() != CampaignType.TRIGGERED || definition.segmentId().isEmpty()) {
            return Optional.empty();
        }
        Optional<SqlCondition> audience = segments.condition(definition.segmentId().get());
        if (audience.isEmpty()) {
            return Optional.of("the audience segment no longer exists");
        }
        Map<String, Object> binds = new HashMap<>(audience.get().binds());
        binds.put("entryCustomer", entry.customerId());
        SqlCondition one = new SqlCondition("customers.id = :entryCustomer AND (" + audience.get().sql() + ")", binds);
        return customers.count(one) == 0 ? Optional.of("not in the audience segment") : Optional.empty();
    }

    /** Why the customer cannot get a message on the channel, if they cannot. */
    private static Optional<String> unreachable(String channel, Customer customer) {
        if (channel.equals("webhook")) {
            return Optional.empty();
        }
        ChannelConsent consent = customer.consent().get(channel);
        if (consent == null || !consent.subscribed()) {
            return Optional.of("no consent for " + channel);
        }
        return address(channel, customer).isEmpty() ? Optional.of("no " + channel + " address") : Optional.empty();
    }

    /** Email address, phone number (SMS, WhatsApp) or the {@code pushToken} attribute. */
    private static Optional<String> address(String channel, Customer customer) {
        String address = switch (channel) {
            case "email" -> customer.email();
            case "sms", "whatsapp" -> customer.phone();
            case "push" -> customer.attributes().path("pushToken").textValue();
            default -> null;
        };
        return Optional.ofNullable(address).filter(text -> !text.isBlank());
    }

    private Optional<String> capped(Handle handle, FrequencyCap cap, String customerId, Instant now) {
        if (cap == null) {
            return Optional.empty();
        }
        customers.lock(handle, customerId);
        int recent = outbox.count(handle, customerId, cap.channel(), now.minus(cap.period()), now.plus(cap.period()));
        return recent < cap.messages() ? Optional.empty()
                : Optional.of("frequency cap: at most " + cap.messages() + " " + cap.channel() + " per " + cap.days() + " day(s)");
    }

    private ObjectNode properties(Entry entry) {
        try {
            return (ObjectNode) mapper.readTree(entry.properties());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored trigger properties are not JSON", e);
        }
    }
}
