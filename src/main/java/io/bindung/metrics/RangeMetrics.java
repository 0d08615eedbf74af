package io.bindung.metrics;

import java.time.Instant;

/**
 * The metrics of a time range as {@code Metrics} in schema.graphqls defines them; a figure without
 * data is null.
 */
record RangeMetrics(Instant from, Instant to, String segmentId, long orders, long customersWithOrders, double revenue,
                    Double repeatPurchaseRate, Double purchaseFrequency, Double averageOrderValue, Double averageDaysBetweenPurchases,
                    SurveyScore nps, SurveyScore csat, SurveyScore ces, Double firstContactResolutionRate, Double productReturnRate) {

    record SurveyScore(Double score, long responses) {
    }

    /** part / whole × 100, null without a whole. */
    static Double percent(double part, double whole) {
        return whole == 0 ? null : part / whole * 100;
    }

    static Double ratio(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }
}
