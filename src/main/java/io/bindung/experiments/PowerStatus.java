package io.bindung.experiments;

import io.bindung.stats.Power;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Where the primary metric stands on power: the smallest relative lift the exposures so far can
 * detect, and with a {@code minimumDetectableEffect} the exposures each arm needs, how many more
 * the smallest arm needs and how many days that takes at its exposure rate since the phase started.
 *
 * @param baseline                the control's rate or mean
 * @param reachableMde            the relative lift detectable with the smallest arm's exposures; null when none is
 * @param minimumDetectableEffect the definition's, or null
 * @param requiredPerArm          exposures per arm for it, or null
 * @param smallestArm             the exposures of the smallest arm
 * @param smallestArmPerDay       its exposures per day since the phase started
 * @param expectedDaysRemaining   days until it has {@code requiredPerArm}; 0 when it has; null when unknown
 * @param explanation             why figures are null, or null
 */
record PowerStatus(double baseline, Double reachableMde, Double minimumDetectableEffect, Long requiredPerArm, long smallestArm,
                   double smallestArmPerDay, Double expectedDaysRemaining, String explanation) {

    /** For a conversion ({@code standardDeviation} null) or a mean metric. */
    static PowerStatus of(double baseline, Double standardDeviation, Double mde, double alpha, double power, long smallestArm,
                          Instant from, Instant asOf) {
        double days = Math.max(Duration.between(from, asOf).toMillis(), 1) / 86_400_000.0;
        double perDay = smallestArm / days;
        String unusable = unusable(baseline, standardDeviation);
        if (unusable != null) {
            return new PowerStatus(baseline, null, mde, null, smallestArm, perDay, null, unusable);
        }
        OptionalDouble reachable = standardDeviation == null
                ? Power.proportionReachableMde(baseline, smallestArm, alpha, power)
                : Power.meanReachableMde(baseline, standardDeviation, smallestArm, alpha, power);
        Double reachableMde = reachable.isPresent() ? reachable.getAsDouble() : null;
        if (mde == null) {
            return new PowerStatus(baseline, reachableMde, null, null, smallestArm, perDay, null, null);
        }
        long required = (long) Math.ceil(standardDeviation == null
                ? Power.proportionSampleSize(baseline, mde, alpha, power)
                : Power.meanSampleSize(baseline, standardDeviation, mde, alpha, power));
        long missing = Math.max(0, required - smallestArm);
        Double remaining = missing == 0 ? Double.valueOf(0) : perDay > 0 ? Double.valueOf(missing / perDay) : null;
        String explanation = remaining == null ? "No exposures yet, so there is no rate to project from." : null;
        return new PowerStatus(baseline, reachableMde, mde, required, smallestArm, perDay, remaining, explanation);
    }

    private static String unusable(double baseline, Double standardDeviation) {
        if (standardDeviation == null && !(baseline > 0 && baseline < 1)) {
            return "The control's conversion rate is " + baseline + "; power needs a rate strictly between 0 and 1.";
        }
        if (standardDeviation != null && (baseline == 0 || !(standardDeviation > 0))) {
            return "Power needs a control mean other than 0 with some variation.";
        }
        return null;
    }
}
