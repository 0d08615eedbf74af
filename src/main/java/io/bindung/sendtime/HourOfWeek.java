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

    int hourOfDay() {
        return index % HOURS_OF_DAY;
    }

    /** Weights by hour of the week folded into the 24 hours of a day. */
    static double[] daily(double[] weekly) {
        double[] daily = new double[HOURS_OF_DAY];
        for (int h = 0; h < weekly.length; h++) {
            daily[h % HOURS_OF_DAY] += weekly[h];
        }
        return daily;
    }
}
