package io.bindung.campaigns;

import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.db.Granularity;
import io.bindung.delivery.MessageChannel;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's stats per calendar period, ready to chart: messages by the time of their delivery
 * and engagement events, and recipients with their conversions by the time they were decided
 * (treatment only). Two statements for the whole series. Thread-safe.
 */
final class CampaignSeriesQuery {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Conversions conversions;

    CampaignSeriesQuery(Database database, Conversions conversions) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
        this.conversions = conversions;
    }

    /** One period: [start, end), clipped to the series' range. */
    record Point(Instant start, Instant end, long sent, long delivered, long opened, long clicked, long unsubscribed, long recipients,
                 long converted, double revenue) {
    }

    List<Point> of(StoredCampaign campaign, CampaignDefinition definition, Granularity granularity, Instant from, Instant to) {
        MessageChannel channel = MessageChannel.parse(definition.channel()).orElseThrow();
        Map<Long, Map<String, Long>> messages = messages(campaign, channel, granularity, from, to);
        Map<Long, double[]> outcomes = outcomes(campaign, definition, granularity, from, to);
        List<Point> points = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = granularity.next(granularity.floor(start))) {
            Instant end = granularity.next(granularity.floor(start));
            long period = granularity.number(start);
            Map<String, Long> counts = messages.getOrDefault(period, Map.of());
            double[] outcome = outcomes.getOrDefault(period, new double[3]);
            points.add(new Point(start, end.isBefore(to) ? end : to, counts.getOrDefault(channel.event("Sent"), 0L),
                    counts.getOrDefault(channel.event("Delivered"), 0L), counts.getOrDefault(CampaignStatsQuery.OPENED, 0L),
                    counts.getOrDefault(CampaignStatsQuery.CLICKED, 0L), counts.getOrDefault("Unsubscribed", 0L), (long) outcome[0],
                    (long) outcome[1], outcome[2]));
        }
        return points;
    }

    private Map<Long, Map<String, Long>> messages(StoredCampaign campaign, MessageChannel channel, Granularity granularity, Instant from,
                                                  Instant to) {
        String period = granularity.number("e.ts", dialect);
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT e.name, " + period + " AS period, COUNT(DISTINCT "
                        + dialect.jsonKeyAsText("e.properties", ":keyKey") + ") AS messages FROM events e"
                        + " WHERE e.name IN (<names>) AND e.ts >= :from AND e.ts < :to"
                        + " AND " + dialect.jsonKeyAsText("e.properties", ":campaignKey") + " = :campaign GROUP BY e.name, " + period)
                .bindList("names", CampaignStatsQuery.deliveryEvents(channel))
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .bind("keyKey", "messageKey")
                .bind("campaignKey", "campaignId")
                .bind("campaign", campaign.id())
                .map((rs, ctx) -> counts.computeIfAbsent(rs.getLong("period"), key -> new HashMap<>())
                        .put(rs.getString("name"), rs.getLong("messages")))
                .list());
        return counts;
    }

    /** Per period: recipients, converted, revenue of the treated entries decided in it. */
    private Map<Long, double[]> outcomes(StoredCampaign campaign, CampaignDefinition definition, Granularity granularity, Instant from,
                                         Instant to) {
        String period = granularity.number("ce.decided_at", dialect);
        Map<Long, double[]> outcomes = new HashMap<>();
        jdbi.useHandle(handle -> conversions.bind(handle.createQuery("SELECT " + period + " AS period, " + conversions.outcomes(definition)
                        + " FROM campaign_entries ce WHERE ce.campaign_id = :campaign AND ce.status = 'queued'"
                        + " AND ce.decided_at >= :from AND ce.decided_at < :to GROUP BY " + period), definition)
                .bind("campaign", campaign.id())
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .map((rs, ctx) -> outcomes.put(rs.getLong("period"),
                        new double[] {rs.getLong("recipients"), rs.getLong("converted"), rs.getDouble("revenue")}))
                .list());
        return outcomes;
    }
}
