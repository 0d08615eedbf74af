package io.bindung.campaigns;

import io.bindung.sendtime.QuietHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SendTimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Optional<QuietHours> NIGHT = Optional.of(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));

    @Test
    void aLocalTimeSkippedBySummerTimeMovesForwardByTheGap() {
        Instant due = Instant.parse("2026-03-28T12:00:00Z");
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                SendTime.of(due, BERLIN, new Timing.AtLocalTime(LocalTime.of(2, 30)), Optional.empty()),
                "02:30 does not exist on 29 March in Berlin; 03:30 CEST is 01:30Z");
    }

    @Test
    void aRepeatedLocalTimeInAutumnTakesTheEarlierOffset() {
        Instant due = Instant.parse("2026-10-24T12:00:00Z");
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"),
                SendTime.of(due, BERLIN, new Timing.AtLocalTime(LocalTime.of(2, 30)), Optional.empty()),
                "02:30 happens twice on 25 October; the first is 02:30 CEST = 00:30Z");
    }

    @Test
    void quietHoursAcrossMidnightEndAtTheirEnd() {
        assertEquals(Instant.parse("2026-07-02T06:00:00Z"),
                SendTime.of(Instant.parse("2026-07-01T20:30:00Z"), BERLIN, new Timing.Immediately(), NIGHT), "22:30 CEST is quiet");
        assertEquals(Instant.parse("2026-07-02T06:00:00Z"),
                SendTime.of(Instant.parse("2026-07-02T01:00:00Z"), BERLIN, new Timing.Immediately(), NIGHT), "03:00 CEST is quiet");
        assertEquals(Instant.parse("2026-07-02T06:00:00Z"),
                SendTime.of(Instant.parse("2026-07-02T06:00:00Z"), BERLIN, new Timing.Immediately(), NIGHT), "08:00 is not");
        assertEquals(Instant.parse("2026-07-01T18:59:00Z"),
                SendTime.of(Instant.parse("2026-07-01T18:59:00Z"), BERLIN, new Timing.Immediately(), NIGHT), "20:59 is not");
    }

    @Test
    void anExploredHourIsAWholeLocalHourOfTheWindowOutsideTheQuietHours() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Instant from = Instant.parse("2026-07-01T14:10:00Z");
        Instant to = from.plus(Duration.ofHours(24));
        assertEquals(Optional.of(Instant.parse("2026-07-01T14:30:00Z")), SendTime.hourAt(0, from, to, kolkata, NIGHT),
                "19:40 IST: 20:00 IST is the first whole local hour");
        assertEquals(Optional.of(Instant.parse("2026-07-02T02:30:00Z")), SendTime.hourAt(0.08, from, to, kolkata, NIGHT),
                "21:00 to 07:00 are quiet, so 08:00 IST is the second of 13 hours");
        assertEquals(Optional.of(Instant.parse("2026-07-01T15:30:00Z")), SendTime.hourAt(0.08, from, to, kolkata, Optional.empty()),
                "without quiet hours 21:00 IST is the second of 24");
        assertEquals(Optional.of(Instant.parse("2026-07-02T13:30:00Z")), SendTime.hourAt(0.999, from, to, kolkata, NIGHT),
                "the last hour starting before the window ends: 19:00 IST");
        assertEquals(13, IntStream.range(0, 1000)
                .mapToObj(i -> SendTime.hourAt(i / 1000.0, from, to, kolkata, NIGHT).orElseThrow()).distinct().count(),
                "20:00 and 08:00 to 19:00 IST, each drawn");
        assertEquals(Optional.empty(), SendTime.hourAt(0.5, Instant.parse("2026-07-01T20:00:00Z"), Instant.parse("2026-07-02T05:00:00Z"),
                BERLIN, NIGHT), "22:00 to 07:00 CEST is all quiet");
    }

    @Test
    void aLocalTimeInsideQuietHoursWaitsForTheirEnd() {
        assertEquals(Instant.parse("2026-07-02T06:00:00Z"), SendTime.of(Instant.parse("2026-07-01T10:00:00Z"), BERLIN,
                new Timing.AtLocalTime(LocalTime.of(22, 0)), NIGHT));
    }
}
