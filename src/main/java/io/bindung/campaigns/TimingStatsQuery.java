package io.bindung.campaigns;

import io.bindung.stats.ProportionComparison;
import org.jdbi.v3.core.Jdbi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link CampaignStats.TimingComparison} of a campaign with optimised timing, with one SQL
 * aggregate over its queued entries per {@link TimingArm}: recipients, those whose message has an
 * event in {@code campaign_messages} that shows engagement on the campaign's channel (the events
 * the send-time model learns from: an email open or click, a push open, …), and converters as
 * {@link Conversions} finds them. Thread-safe.
 */
final class TimingStatsQuery {
    private final Jdbi jdbi;
    private final Conversions conversions;
    private final Function<String, List<String>> engagementsOf;
    private final double confidenceLevel;

    TimingStatsQuery(Jdbi jdbi, Conversions conversions, Function<String, List<String>> engagementsOf, double confidenceLevel) {
        this.jdbi = jdbi;
        this.conversions = conversions;
        this.engagementsOf = engagementsOf;
        this.confidenceLevel = confidenceLevel;
    }

    /** Null unless the campaign has optimised timing. */
    CampaignStats.TimingComparison of(String campaignId, CampaignDefinition definition) {
        if (!(definition.timing() instanceof Timing.Optimised)) {
            return null;
        }
        Map<TimingArm, CampaignStats.TimingGroup> groups = new EnumMap<>(TimingArm.class);
        for (TimingArm arm : TimingArm.values()) {
            groups.put(arm, new CampaignStats.TimingGroup(0, 0, null, 0, null));
        }
        for (Map<String, Object> row : rows(campaignId, definition)) {
            long recipients = ((Number) row.get("recipients")).longValue();
            long engaged = ((Number) row.get("engaged")).longValue();
            long converted = ((Number) row.get("converted")).longValue();
            groups.put(TimingArm.parse((String) row.get("arm")), new CampaignStats.TimingGroup(
                    recipients, engaged, CampaignStats.rate(engaged, recipients), converted, CampaignStats.rate(converted, recipients)));
        }
        CampaignStats.TimingGroup optimised = groups.get(TimingArm.OPTIMISED);
        CampaignStats.TimingGroup fixed = groups.get(TimingArm.FIXED);
        return new CampaignStats.TimingComparison(optimised, fixed, groups.get(TimingArm.EXPLORED), lift(optimised, fixed));
    }

    private CampaignStats.Lift lift(CampaignStats.TimingGroup optimised, CampaignStats.TimingGroup fixed) {
        if (optimised.recipients() == 0 || fixed.recipients() == 0) {
            return null;
        }
        ProportionComparison comparison = ProportionComparison.of(optimised.engaged(), optimised.recipients(),
                fixed.engaged(), fixed.recipients(), confidenceLevel);
        return new CampaignStats.Lift(comparison.difference(), comparison.lower(), comparison.upper(), confidenceLevel,
                comparison.pValue());
    }

    private List<Map<String, Object>> rows(String campaignId, CampaignDefinition definition) {
        String engaged = "SUM(CASE WHEN EXISTS (SELECT 1 FROM campaign_messages cm WHERE cm.campaign_id = ce.campaign_id"
                + " AND cm.message_key = ce.message_key AND cm.name IN (<engagements>)) THEN 1 ELSE 0 END) AS engaged";
        List<String> engagements = engagementsOf.apply(definition.channel());
        return jdbi.withHandle(handle -> conversions.bind(handle.createQuery("SELECT ce.timing_arm AS arm, " + engaged + ", "
                        + conversions.outcomes(definition) + " FROM campaign_entries ce WHERE ce.campaign_id = :campaign"
                        + " AND ce.status = 'queued' AND ce.timing_arm IS NOT NULL GROUP BY ce.timing_arm"), definition)
                // A channel without engagement events (webhooks) has no engaged recipients; an empty list would not bind.
                .bindList("engagements", engagements.isEmpty() ? List.of("") : engagements)
                .bind("campaign", campaignId)
                .mapToMap()
                .list());
    }
}
