package io.bindung.sendtime;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The send-time model's per-event and per-customer work, without database or HTTP (see
 * bench/sendtime-model.sh and docs/benchmarks.md).
 *
 * <p>{@link #addEvent} is what applying one queued engagement event costs a profile in memory (its
 * local hour of the week and the scaled weight), {@link #addSend} the same for a send;
 * {@link #applyStoredEvent} adds decoding the stored 1,008 bytes and encoding them again, as a
 * catch-up does once per customer and round. {@link #chooseForCustomer} is one customer's answer:
 * their exposure from their sends, the posterior over the week and the best of
 * the 24 hours of a day's window (its hours on the customer's clock are worked out once per zone and
 * request) by the chance to engage within 24 hours; its inverse is the
 * customers per second one core chooses for. Profiles hold 1 to 60 engagements around a personal
 * peak hour (± 1.5 hours) and four times as many sends over a year; the group model is fitted to all
 * of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SendTimeBench {
    private static final Duration HALF_LIFE = Duration.ofDays(60);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final int PROFILES = 1024;

    private final List<EngagementProfile> profiles = new ArrayList<>();
    private final List<byte[]> stored = new ArrayList<>();
    private final List<double[]> weights = new ArrayList<>();
    private final List<double[]> sends = new ArrayList<>();
    private final Instant[] events = new Instant[PROFILES];
    private GroupModel group;
    private TimeToEngage engage;
    private List<SendTimeChoice.Candidate> candidates;
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(168);
        double[] increments = new double[TimeToEngage.PERIODS];
        for (int d = 0; d < increments.length; d++) {
            increments[d] = 0.08 * Math.exp(-d / 6.0);
        }
        engage = TimeToEngage.of(increments, true);
        GroupModel.Builder builder = new GroupModel.Builder(engage);
        for (int i = 0; i < PROFILES; i++) {
            EngagementProfile profile = EngagementProfile.empty(BERLIN, NOW.minus(Duration.ofDays(365)));
            int engagements = 1 + random.nextInt(60);
            int peak = random.nextInt(24);
            for (int e = 0; e < engagements; e++) {
                int hour = Math.floorMod(peak + (int) Math.round(1.5 * random.nextGaussian()), 24);
                Instant at = NOW.atZone(BERLIN).minusDays(random.nextInt(365)).withHour(hour).withMinute(random.nextInt(60)).toInstant();
                profile.add(at, 1 + random.nextInt(2), HALF_LIFE);
            }
            for (int s = 0; s < 4 * engagements; s++) {
                profile.sent(NOW.minusSeconds(random.nextLong(365L * 24 * 3600)), HALF_LIFE);
            }
            profiles.add(profile);
            stored.add(profile.encode());
            weights.add(profile.at(NOW, HALF_LIFE));
            sends.add(profile.sendsAt(NOW, HALF_LIFE));
            builder.add("c" + i, weights.get(i), sends.get(i));
            events[i] = NOW.minusSeconds(random.nextLong(7L * 24 * 3600));
        }
        Map<String, double[]> counts = new HashMap<>();
        for (int i = 0; i < PROFILES; i++) {
            counts.put("c" + i, weights.get(i));
        }
        group = builder.build(counts);
        // Read by bench/sendtime-model.sh: the choice's cost grows with the number of groups.
        System.out.println("rhythm groups: " + group.groups().size());
        candidates = SendTimeChoice.candidates(BERLIN, new Window(NOW, NOW.plus(Duration.ofHours(24)), Optional.empty(),
                Window.DEFAULT_HORIZON_HOURS));
    }

    private int nextIndex() {
        next = (next + 1) % PROFILES;
        return next;
    }

    @Benchmark
    public EngagementProfile addEvent() {
        int i = nextIndex();
        EngagementProfile profile = profiles.get(i);
        profile.add(events[i], 1, HALF_LIFE);
        return profile;
    }

    @Benchmark
    public EngagementProfile addSend() {
        int i = nextIndex();
        EngagementProfile profile = profiles.get(i);
        profile.sent(events[i], HALF_LIFE);
        return profile;
    }

    @Benchmark
    public byte[] applyStoredEvent() {
        int i = nextIndex();
        EngagementProfile profile = EngagementProfile.decode(BERLIN, NOW.minus(Duration.ofDays(365)).toEpochMilli(), stored.get(i));
        profile.add(events[i], 1, HALF_LIFE);
        return profile.encode();
    }

    @Benchmark
    public Optional<SendTimeChoice> chooseForCustomer() {
        int i = nextIndex();
        return SendTimeChoice.in(Posterior.of(weights.get(i), engage.exposure(sends.get(i)), group), engage, candidates,
                Window.DEFAULT_HORIZON_HOURS);
    }
}
