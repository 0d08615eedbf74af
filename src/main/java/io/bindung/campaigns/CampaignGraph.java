package io.bindung.campaigns;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.Connection;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.Cursor;

/** {@code Query.campaign}, {@code Query.campaigns} and {@code Campaign.stats}. Thread-safe. */
final class CampaignGraph implements GraphQlFeature {
    private final CampaignStore campaigns;
    private final DefinitionReader reader;
    private final CampaignStatsQuery stats;
    private final Runnable awaitStoredEvents;

    CampaignGraph(CampaignStore campaigns, DefinitionReader reader, CampaignStatsQuery stats, Runnable awaitStoredEvents) {
        this.campaigns = campaigns;
        this.reader = reader;
        this.stats = stats;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("campaign", env -> campaigns.find(env.getArgument("id")).map(StoredCampaign::view).orElse(null))
                .dataFetcher("campaigns", env -> Connection.of(
                        campaigns.list(Arguments.first(env), Arguments.after(env)).map(StoredCampaign::view),
                        campaign -> Cursor.encode(campaign.id()))));
        wiring.type("Campaign", type -> type.dataFetcher("stats", this::stats));
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

    private CampaignStats stats(DataFetchingEnvironment env) {
        StoredCampaign.View view = env.getSource();
        StoredCampaign campaign = campaigns.find(view.id()).orElseThrow();
        awaitStoredEvents.run();
        return stats.of(campaign, reader.read(campaign.definition()));
    }
}
