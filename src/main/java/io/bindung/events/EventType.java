package io.bindung.events;

import java.util.Locale;
import java.util.Optional;

/** The kinds of call an event records, named as in the Segment spec. */
public enum EventType {
    TRACK, IDENTIFY, PAGE, SCREEN, GROUP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventType> parse(String label) {
        for (EventType type : values()) {
            if (type.label().equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
