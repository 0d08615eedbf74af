package io.bindung.campaigns;

import io.bindung.experiments.Bucketing;

import java.util.Locale;

/**
 * How a recipient of a campaign with {@link Timing.Optimised optimised timing} is timed: at the
 * send-time model's best hour, at the campaign's fixed {@code fallback} time (the timing holdout,
 * against which the lift of optimising is measured), or at a random hour of the window (exploration,
 * so the model sees engagement at hours it would not choose). One draw per campaign and customer,
 * {@code Bucketing.unit(campaignId + ":timing", customerId)}, split in this order: [0, holdout) fixed,
 * [holdout, holdout + exploration) explored, the rest optimised; so a customer stays in one arm.
 */
enum TimingArm {
    OPTIMISED, FIXED, EXPLORED;

    /** The name in the API and in {@code campaign_entries.timing_arm}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The arm of a {@link #label()}. */
    static TimingArm parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** The arm of a customer in a campaign. */
    static TimingArm of(String campaignId, String customerId, Timing.Optimised timing) {
        double point = Bucketing.unit(campaignId + ":timing", customerId) * 100;
        if (point < timing.timingHoldoutPercent()) {
            return FIXED;
        }
        if (point < timing.timingHoldoutPercent() + timing.explorationPercent()) {
            return EXPLORED;
        }
        return OPTIMISED;
    }
}
