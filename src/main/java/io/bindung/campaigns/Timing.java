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
     * cover (webhook) or when no hour of the window is outside the quiet hours.
     */
    record Optimised(Duration within, LocalTime fallback) implements Timing {
    }
}
