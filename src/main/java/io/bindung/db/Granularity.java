package io.bindung.db;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar periods in UTC: days, weeks from Monday, months, for series and cohorts. Each period
 * also has a number (days and weeks since the epoch's, months since year 0) that SQL computes from
 * an epoch-millisecond column.
 */
public enum Granularity {
    DAY, WEEK, MONTH;

    private static final long DAY_MILLIS = 86_400_000L;
    /** 1970-01-05, the first Monday after the epoch, is day 4. */
    private static final long FIRST_MONDAY_MILLIS = 4 * DAY_MILLIS;

    /** The start of the period holding {@code instant}. */
    public Instant floor(Instant instant) {
        LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate start = switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The start of the period after the one starting at {@code start}. */
    public Instant next(Instant start) {
        LocalDate date = start.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate next = switch (this) {
            case DAY -> date.plusDays(1);
            case WEEK -> date.plusWeeks(1);
            case MONTH -> date.plusMonths(1);
        };
        return next.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The number of the period holding the epoch milliseconds {@code millis} (a SQL expression). */
    public String number(String millisExpression, Dialect dialect) {
        String millis = "(" + millisExpression + ")";
        return switch (this) {
            case DAY -> "(" + millis + " / " + DAY_MILLIS + ")";
            case WEEK -> "((" + millis + " - " + FIRST_MONDAY_MILLIS + ") / " + 7 * DAY_MILLIS + ")";
            case MONTH -> dialect == Dialect.POSTGRESQL
                    ? "(CAST(EXTRACT(YEAR FROM to_timestamp(" + millis + " / 1000.0) AT TIME ZONE 'UTC') AS INTEGER) * 12"
                    + " + CAST(EXTRACT(MONTH FROM to_timestamp(" + millis + " / 1000.0) AT TIME ZONE 'UTC') AS INTEGER) - 1)"
                    : "(CAST(strftime('%Y', " + millis + " / 1000, 'unixepoch') AS INTEGER) * 12"
                    + " + CAST(strftime('%m', " + millis + " / 1000, 'unixepoch') AS INTEGER) - 1)";
        };
    }

    /** How many periods [from, to) touches (from before to). */
    public long periods(Instant from, Instant to) {
        return number(to) - number(from) + 1;
    }

    /** The number of the period holding {@code instant}, as {@link #number(String, Dialect)} computes it in SQL. */
    public long number(Instant instant) {
        long millis = instant.toEpochMilli();
        return switch (this) {
            case DAY -> Math.floorDiv(millis, DAY_MILLIS);
            case WEEK -> Math.floorDiv(millis - FIRST_MONDAY_MILLIS, 7 * DAY_MILLIS);
            case MONTH -> {
                LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
                yield date.getYear() * 12L + date.getMonthValue() - 1;
            }
        };
    }

    /** The start of the period with this number. */
    public Instant start(long number) {
        return switch (this) {
            case DAY -> Instant.ofEpochMilli(number * DAY_MILLIS);
            case WEEK -> Instant.ofEpochMilli(number * 7 * DAY_MILLIS + FIRST_MONDAY_MILLIS);
            case MONTH -> YearMonth.of((int) (number / 12), (int) (number % 12) + 1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }
}
