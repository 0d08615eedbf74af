package io.bindung.campaigns;

import io.bindung.db.Database;
import io.bindung.delivery.MessageChannel;
import io.bindung.stats.ProportionComparison;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Computes {@link CampaignStats} with SQL aggregates over entries and events. Thread-safe. */
final class CampaignStatsQuery {
    private static final double CONFIDENCE = 0.95;
    /** The engagement with a campaign's messages that its stats count. */
    static final String OPENED = "Email Opened";
    static final String CLICKED = "Email Link Clicked";

    private final Jdbi jdbi;
    private final Conversions conversions;
    private final TimingStatsQuery timing;

    /** @param engagementsOf a channel's engagement events, which the lift of optimised timing counts */
    CampaignStatsQuery(Database database, Conversions conversions, Function<String, List<String>> engagementsOf) {
        this.jdbi = database.jdbi();
        this.conversions = conversions;
        this.timing = new TimingStatsQuery(jdbi, conversions, engagementsOf, CONFIDENCE);
    }

    CampaignStats of(StoredCampaign campaign, CampaignDefinition definition) {
        MessageChannel channel = MessageChannel.parse(definition.channel()).orElseThrow();
        Map<String, Long> delivery = deliveryCounts(campaign, channel);
        long sent = delivery.getOrDefault(channel.event("Sent"), 0L);
        long delivered = delivery.getOrDefault(channel.event("Delivered"), 0L);
        long opened = delivery.getOrDefault(OPENED, 0L);
        long clicked = delivery.getOrDefault(CLICKED, 0L);
        long unsubscribed = delivery.getOrDefault("Unsubscribed", 0L);
        CampaignStats.Messages messages = new CampaignStats.Messages(sent, delivered, delivery.getOrDefault(channel.event("Bounced"), 0L),
                delivery.getOrDefault(channel.event("Failed"), 0L), opened, clicked, unsubscribed, CampaignStats.rate(delivered, sent),
                CampaignStats.rate(opened, delivered), CampaignStats.rate(clicked, delivered), CampaignStats.rate(unsubscribed, delivered));

        List<CampaignStats.VariantGroup> variants = new ArrayList<>();
        long treatedRecipients = 0;
        long treatedConverted = 0;
        double treatedRevenue = 0;
        CampaignStats.Group holdout = new CampaignStats.Group(0, 0, null, 0);
        for (Map<String, Object> row : conversions(campaign.id(), definition)) {
            long recipients = ((Number) row.get("recipients")).longValue();
            long converted = ((Number) row.get("converted")).longValue();
            double revenue = ((Number) row.get("revenue")).doubleValue();
            if ("held_out".equals(row.get("status"))) {
                holdout = new CampaignStats.Group(recipients, converted, CampaignStats.rate(converted, recipients), revenue);
                continue;
            }
            treatedRecipients += recipients;
            treatedConverted += converted;
            treatedRevenue += revenue;
            variants.add(new CampaignStats.VariantGroup((String) row.get("variant"), recipients, converted,
                    CampaignStats.rate(converted, recipients), revenue));
        }
        CampaignStats.Group treatment = new CampaignStats.Group(treatedRecipients, treatedConverted,
                CampaignStats.rate(treatedConverted, treatedRecipients), treatedRevenue);
        return new CampaignStats(campaign.id(),
                new CampaignStats.Conversion(definition.conversionEvent(), definition.conversionWindow().toDays()),
                messages, treatment, holdout, lift(treatment, holdout), variants, timing.of(campaign.id(), definition));
    }

    private static CampaignStats.Lift lift(CampaignStats.Group treatment, CampaignStats.Group holdout) {
        if (treatment.recipients() == 0 || holdout.recipients() == 0) {
            return null;
        }
        ProportionComparison comparison = ProportionComparison.of(treatment.converted(), treatment.recipients(),
                holdout.converted(), holdout.recipients(), CONFIDENCE);
        return new CampaignStats.Lift(comparison.difference(), comparison.lower(), comparison.upper(), CONFIDENCE, comparison.pValue());
    }

    /** Recipients, converters and revenue per decision (queued by variant, held out). */
    private List<Map<String, Object>> conversions(String campaignId, CampaignDefinition definition) {
        return jdbi.withHandle(handle -> conversions.bind(handle.createQuery("SELECT ce.status, ce.variant, "
                        + conversions.outcomes(definition) + " FROM campaign_entries ce WHERE ce.campaign_id = :campaign"
                        + " AND ce.status IN ('queued', 'held_out') GROUP BY ce.status, ce.variant ORDER BY ce.status, ce.variant"), definition)
                .bind("campaign", campaignId)
                .mapToMap()
                .list());
    }

    /** The delivery and engagement events counted for a campaign on this channel. */
    static List<String> deliveryEvents(MessageChannel channel) {
        return List.of(channel.event("Sent"), channel.event("Delivered"), channel.event("Bounced"),
                channel.event("Failed"), OPENED, CLICKED, "Unsubscribed");
    }

    /** Messages of the campaign per delivery and engagement event with such an event since it was activated (campaign_messages). */
    private Map<String, Long> deliveryCounts(StoredCampaign campaign, MessageChannel channel) {
        List<String> names = deliveryEvents(channel);
        Instant since = campaign.activatedAt().orElse(campaign.createdAt());
        Map<String, Long> counts = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT name, COUNT(*) AS messages FROM campaign_messages"
                        + " WHERE campaign_id = :campaign AND name IN (<names>) AND ts >= :since GROUP BY name")
                .bindList("names", names)
                .bind("since", since.toEpochMilli())
                .bind("campaign", campaign.id())
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getLong("messages")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }
}
