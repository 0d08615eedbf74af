package io.bindung.sendtime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The 168 hours of a week on a customer's own clock: 0 is Monday 00:00–01:00, 167 Sunday 23:00–24:00. */
record HourOfWeek(int index) {
    static final int HOURS = 168;
    static final int HOURS_OF_DAY = 24;

    HourOfWeek {
        if (index < 0 || index >= HOURS) {
            throw new IllegalArgumentException("an hour of the week is 0 to 167: " + index);
        }
    }

    /** The local hour holding {@code instant} in {@code zone} (half-hour offsets and daylight saving included). */
    static HourOfWeek of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone));
    }

    static HourOfWeek of(ZonedDateTime local) {
        return new HourOfWeek((local.getDayOfWeek().getValue() - 1) * HOURS_OF_DAY + local.getHour());
    }

    /** Saturday and Sunday start here. */
    private static final int WEEKEND = 5 * HOURS_OF_DAY;
    /** Hours of a weekday and of a weekend day: 2 × 24. */
    static final int DAY_TYPE_HOURS = 2 * HOURS_OF_DAY;

    /** Where an hour of the week falls among the 48 hours of a weekday (0–23) and a weekend day (24–47). */
    static int dayTypeHour(int hourOfWeek) {
        return (hourOfWeek >= WEEKEND ? HOURS_OF_DAY : 0) + hourOfWeek % HOURS_OF_DAY;
    }

    /** Weights by hour of the week folded into the hours of a weekday and of a weekend day. */
    static double[] byDayType(double[] weekly) {
        double[] folded = new double[DAY_TYPE_HOURS];
        for (int h = 0; h < weekly.length; h++) {
            folded[dayTypeHour(h)] += weekly[h];
        }
        return folded;
    }
}
