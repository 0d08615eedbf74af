package io.bindung.campaigns;

import java.time.Instant;

/**
 * An entry as the API shows it: who, for which occurrence, and what was decided.
 *
 * @param timingArm the {@link TimingArm} label once a campaign with optimised timing has timed the entry, else null
 */
record EntryView(String customerId, String occurrence, String status, String reason, String variant,
                 String messageKey, String timingArm, Instant triggeredAt, Instant dueAt, Instant decidedAt) {
}
