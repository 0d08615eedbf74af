package io.bindung.campaigns;

import java.util.List;

/**
 * How a campaign did. Message counts are distinct messages with that delivery event; conversion
 * counts recipients who did the conversion event within the window after their message was
 * decided (the holdout: after they would have got it), so treatment and holdout compare like with
 * like, and {@code lift} is the treatment's conversion rate minus the holdout's. {@code timing}
 * compares the {@link TimingArm}s of a campaign with optimised timing; null for other timings.
 */
record CampaignStats(String campaignId, Conversion conversion, Messages messages, Group treatment, Group holdout,
                     Lift lift, List<VariantGroup> variants, TimingComparison timing) {

    record Conversion(String event, long withinDays) {
    }

    /** Rates are null while their denominator is 0: delivery per sent, the others per delivered. */
    record Messages(long sent, long delivered, long bounced, long failed, long opened, long clicked, long unsubscribed,
                    Double deliveryRate, Double openRate, Double clickRate, Double unsubscribeRate) {
    }

    record Group(long recipients, long converted, Double conversionRate, double revenue) {
    }

    record VariantGroup(String variant, long recipients, long converted, Double conversionRate, double revenue) {
    }

    /** The difference of two groups' rates with its confidence interval and p-value; null without both groups. */
    record Lift(double difference, double lower, double upper, double confidenceLevel, double pValue) {
    }

    /**
     * The recipients (queued messages) of each timing arm, and {@code lift}: the optimised arm's
     * engagement rate minus the fixed arm's (null while either has no recipients).
     */
    record TimingComparison(TimingGroup optimised, TimingGroup fixed, TimingGroup explored, Lift lift) {
    }

    /** Engaged: messages opened or clicked; rates per recipient, null without recipients. */
    record TimingGroup(long recipients, long engaged, Double engagementRate, long converted, Double conversionRate) {
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
