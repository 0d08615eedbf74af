package io.bindung.campaigns;

import java.time.Duration;
import java.time.LocalTime;

/** When, once due, a message goes out: straight away or at a local time of the recipient. */
sealed interface Timing {
    record Immediately() implements Timing {
    }

    /** The next {@code time} on the recipient's own clock. */
    record AtLocalTime(LocalTime time) implements Timing {
    }

    /**
     * The recipient's best hour within {@code within} of becoming due, as the send-time model finds
     * it; the next {@code fallback} on the recipient's own clock on a channel the model does not
     * cover (webhook) or when no hour of the window is outside the quiet hours. Recipients are split
     * into {@link TimingArm}s: {@code timingHoldoutPercent} get the {@code fallback} time (to measure
     * the lift of optimising), {@code explorationPercent} a random hour of the window (so the model
     * learns hours it has not tried), the rest the best hour.
     *
     * @param timingHoldoutPercent 0 to 50
     * @param explorationPercent   0 to 20
     */
    record Optimised(Duration within, LocalTime fallback, double timingHoldoutPercent, double explorationPercent) implements Timing {
        public Optimised {
            if (!(timingHoldoutPercent >= 0 && timingHoldoutPercent <= 50)) {
                throw new IllegalArgumentException("timingHoldoutPercent must be 0 to 50: " + timingHoldoutPercent);
            }
            if (!(explorationPercent >= 0 && explorationPercent <= 20)) {
                throw new IllegalArgumentException("explorationPercent must be 0 to 20: " + explorationPercent);
            }
        }
    }
}
