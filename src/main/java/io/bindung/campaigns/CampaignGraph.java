package io.bindung.campaigns;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.db.Granularity;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.Connection;
import io.bindung.graphql.Costly;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.ApiException;

import java.time.Instant;
import java.util.List;

/** {@code Query.campaign}, {@code Query.campaigns} and {@code Campaign.stats}. Thread-safe. */
final class CampaignGraph implements GraphQlFeature {
    private static final int MAX_PERIODS = 1000;

    private final CampaignStore campaigns;
    private final DefinitionReader reader;
    private final CampaignStatsQuery stats;
    private final CampaignSeriesQuery series;
    private final Runnable awaitStoredEvents;

    CampaignGraph(CampaignStore campaigns, DefinitionReader reader, CampaignStatsQuery stats, CampaignSeriesQuery series,
                  Runnable awaitStoredEvents) {
        this.campaigns = campaigns;
        this.reader = reader;
        this.stats = stats;
        this.series = series;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("campaign", env -> campaigns.find(env.getArgument("id")).orElse(null))
                .dataFetcher("campaigns", env -> Connection.of(campaigns.list(Arguments.first(env), Arguments.after(env)),
                        CampaignStore::cursorOf)));
        wiring.type("Campaign", type -> type
                .dataFetcher("status", env -> ((StoredCampaign) env.getSource()).status().label())
                .dataFetcher("stats", new Costly<>(this::stats))
                .dataFetcher("series", new Costly<>(this::series)));
        wiring.type("CampaignMessages", type -> type.dataFetcher("clickToOpenRate", env -> {
            CampaignStats.Messages messages = env.getSource();
            return CampaignStats.rate(messages.clicked(), messages.opened());
        }));
        wiring.type("CampaignGroup", type -> type.dataFetcher("revenuePerRecipient", env -> {
            CampaignStats.Group group = env.getSource();
            return perRecipient(group.revenue(), group.recipients());
        }));
        wiring.type("CampaignVariantGroup", type -> type.dataFetcher("revenuePerRecipient", env -> {
            CampaignStats.VariantGroup group = env.getSource();
            return perRecipient(group.revenue(), group.recipients());
        }));
    }

    private static Double perRecipient(double revenue, long recipients) {
        return recipients == 0 ? null : revenue / recipients;
    }

    private List<CampaignSeriesQuery.Point> series(DataFetchingEnvironment env) {
        Instant from = env.getArgument("from");
        Instant to = env.getArgument("to");
        Granularity granularity = Granularity.valueOf(env.getArgument("granularity"));
        if (!from.isBefore(to)) {
            throw new ApiException.Invalid("to", "must be after from");
        }
        long periods = granularity.periods(from, to);
        if (periods > MAX_PERIODS) {
            throw new ApiException.Invalid("from", "the range holds " + periods + " periods; at most " + MAX_PERIODS);
        }
        StoredCampaign campaign = env.getSource();
        awaitStoredEvents.run();
        return series.of(campaign, reader.read(campaign.definition()), granularity, from, to);
    }

    private CampaignStats stats(DataFetchingEnvironment env) {
        StoredCampaign campaign = env.getSource();
        awaitStoredEvents.run();
        return stats.of(campaign, reader.read(campaign.definition()));
    }
}
