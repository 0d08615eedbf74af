import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Send-time evaluation harness (issue: send time; see bench/sendtime.sh and docs/benchmarks.md).
 *
 * <pre>
 * java -cp target/bindung.jar bench/SendTimeEval.java URL KEY CUSTOMERS SEED OUT_DIR
 * java -cp target/bindung.jar bench/SendTimeEval.java world CUSTOMERS SEED
 * </pre>
 *
 * The model is a black box behind the public HTTP API of a running server: the harness identifies
 * synthetic customers (Segment {@code POST /v1/batch}, trait {@code timezone}), sends their training
 * history ({@code POST /v1/events/batch}, 1,000 events a request, three in flight), asks
 * {@code POST /v1/send-times} (channel {@code email}, 1,000 customers a request) for the best hour of
 * each of seven daily windows, and scores every answer against the hidden truth. It prints
 * {@code key=value} lines and writes {@code OUT_DIR/table.md}.
 *
 * <h2>The synthetic world (seeded by SEED)</h2>
 * <ul>
 * <li><b>Time zones.</b> Each customer gets an IANA zone from a weighted spread around the world
 * (the Americas, Europe, Africa, Asia, Oceania), with half- and quarter-hour offsets
 * (Asia/Kolkata, America/St_Johns, Australia/Adelaide, Asia/Kathmandu) and daylight-saving zones
 * (Europe/Berlin, America/New_York, Australia/Sydney, …). All hours below are local.</li>
 * <li><b>Activity λ over the 168 local hours of the week</b> (Monday 00:00 = 0), per customer:
 * λ(h) = c · L(h) · ((1 − w) · S(h) / mean(S) + w · B(h) / mean(B)) · ε(h), where S is the daily
 * curve of the customer's segment (five segments, each with its own weekday and weekend curve:
 * early birds 20%, commuters 25%, evening browsers 25%, night owls 15%, weekend shoppers 15%; sums of circular
 * Gaussian bumps of height up to 1.4 over a floor of 0.15), B a personal circular Gaussian bump
 * (height 1, same floor) around a fractional peak hour (the segment's main peak + N(0, 1.5 h),
 * width U(0.8, 2) h) which moves by N(+1.5 h, 1 h) on Saturdays and Sundays, w ~ U(0.25, 0.75) the
 * personal weight, L(h) the weekend level (the segment's, 0.8–1.8, times exp(N(0, 0.25)), on
 * weekends; 1 on weekdays), ε(h) = exp(N(0, 0.25)) multiplicative noise per hour of the week, and c
 * a scale fitted so that the customer's mean P over the week is their responsiveness
 * r = 0.10 + 0.25 · (mean of three uniforms) (mean 22.5%). Curves are evaluated at the middle of
 * each hour. A customer's best hour is then about 2× their median hour and 3.5× their worst.</li>
 * <li><b>How a message is opened.</b> A message sent at local hour-of-week x is opened in hour d
 * after the send (d = 0, 1, …) with hazard min(1, λ̄(x + d) · g(d)), g(d) = exp(−d / 6) ({@code -Ddecay}), where
 * λ̄ is λ averaged over that hour (piecewise constant by local hour, so a send at 19:30 mixes
 * hours 19 and 20). The truth the oracle uses is P(x) = 1 − Π_{d<24} (1 − min(1, λ̄(x + d) g(d))),
 * the chance of an open within 24 hours. (The local clock is taken to run on uniformly for the
 * 24 hours after a send: a daylight-saving change inside them shifts that window by an hour.)</li>
 * <li><b>Training history</b>: the 26 weeks before now (the run's start on this machine, the
 * server's clock). A customer's number of past emails is drawn so that past engagements fall
 * into the depth groups 0, 1–5, 6–20 and &gt; 20 in roughly 20/30/30/20 proportions (21/28/32/19
 * for seed 1; 0–2, 1–16, 17–55 or 60–140 emails); each is sent at
 * a uniformly random instant, becomes {@code Email Sent} and, when opened (simulated from the
 * hazard above, up to 48 h after the send, and only if before now), {@code Email Opened}; a
 * customer-specific 15–45% of opens are followed within minutes by {@code Email Link Clicked},
 * and 15% of clicks by {@code Order Completed} within an hour. Message events carry
 * {@code campaignId = "history"} and a unique {@code messageKey}. Past engagements = opens +
 * clicks + orders.</li>
 * <li><b>Evaluation</b>: seven days from E, the second whole UTC hour after the history is ingested
 * and one send time has been asked for unscored (what the server prepares on first use is timed
 * apart); E is within a few hours of now, the truth does not drift, and every answer must arrive
 * before E. Window k is [E + k days, E + k days + 24 h). Candidate send times are the window's
 * whole local hours.
 * Policies: the model ({@code sendAt} of {@code POST /v1/send-times}); the best global hour (one
 * UTC hour of day for everybody: the one whose training sends had the highest open-within-24 h
 * rate, sends of the last day before now left out); a uniformly random candidate; the oracle
 * (the candidate with the highest true P). Realised engagement of a customer-day is
 * U &lt; P(policy's hour) with one uniform U per customer-day shared by all policies (common random
 * numbers); the expected rate is the mean of P.</li>
 * </ul>
 *
 * <h2>Statistics</h2>
 * Rates are means over customers of each customer's mean over the seven days, with 95% normal
 * intervals over customers; lifts are paired per customer against the best global hour; share =
 * model lift / oracle lift with a 95% percentile bootstrap interval (customers resampled within
 * each group, 2,000 resamples, seeded).
 *
 * <p>Three reference policies, scored alike but never part of the verdicts, put the targets in
 * perspective: the oracle without the hourly noise ε (the hour a perfect model of everything else
 * would pick, scored with the true P: how much of the oracle's lift no model could learn with
 * unlimited history); {@link ReferenceLearner}, a plain histogram learner on the same events the
 * server got (what needs no cleverness); and {@link StructureLearner}, a Bayesian learner on the
 * same events that knows how this world is made (what these histories allow at best: no model
 * without that knowledge should be expected to beat it). Their expected shares are in the second table.
 *
 * <p>{@code world} describes the synthetic world without a server (depth groups, spread of P, the
 * best global hour, the references' shares). {@code -Dfloor=0.15} (the curves' floor: lower makes
 * peaks sharper and easier to learn) and {@code -Dnoise=0.25} (σ of ε) change the world, in both
 * modes, so that a model tuned on the default world can be checked on another (bench/sendtime.sh
 * passes {@code WORLD_OPTS}); {@code -DsendHour=10} sends every history email at 10:00–10:59 UTC
 * instead of at a uniformly random instant (a shop on a fixed schedule: the opens then crowd the
 * hours after 10:00 UTC whatever the customers' rhythms); {@code -DrecordedSends=0.3} records only
 * that share of the history's {@code Email Sent} events (a sender that reports few of its sends);
 * {@code -DrecordedWeeks=4} records only the sends of the last four weeks (one that began reporting
 * them lately, so older engagement has no send on record);
 * {@code -Ddecay=6} is the hours in g(d) = exp(−d / decay), how fast receptiveness fades after a send
 * (2: opened within the hour or not at all; 18: over a day), which the model must measure;
 * {@code -Dstrength=20} is the reference learner's prior strength in {@code world}.
 */
public final class SendTimeEval {
    static final int DAYS = 7;
    static final int BATCH = 1000;
    /** The speed target's 100,000 customers: customer-days of the scored windows asked again. */
    static final int SPEED_CUSTOMER_DAYS = 100_000;
    /** A pass takes about two seconds, short enough for this machine's noise to move it by a quarter (45,680 to 63,286 a second
     * on one day): the median of five passes is reported. */
    static final int SPEED_PASSES = 5;
    static final String[] GROUPS = {"all", "0", "1–5", "6–20", "> 20"};

    private SendTimeEval() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("world")) {
            describeWorld(Integer.parseInt(args[1]), Long.parseLong(args[2]));
            return;
        }
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: URL KEY CUSTOMERS SEED OUT_DIR | world CUSTOMERS SEED");
        }
        Api api = new Api(args[0], args[1]);
        int customers = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Path out = Path.of(args[4]);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        long started = System.nanoTime();
        World world = World.generate(customers, seed);
        History history = History.simulate(world, now, seed);
        log("world: %,d customers, %,d events in %.1f s", customers, history.events.size(), seconds(started));
        printWorld(world, history);

        started = System.nanoTime();
        api.identify(world, now.minus(History.SPAN).minus(Duration.ofDays(1)));
        log("identified %,d customers in %.1f s", customers, seconds(started));
        started = System.nanoTime();
        api.sendEvents(history);
        double ingest = seconds(started);
        log("ingested %,d events in %.1f s (%,.0f events/s)", history.events.size(), ingest, history.events.size() / ingest);
        println("ingest.events", history.events.size());
        println("ingest.seconds", fixed(ingest, 1));

        started = System.nanoTime();
        api.firstSendTime();
        double first = seconds(started);
        log("the first send time took %.1f s", first);
        println("answers.first_call_seconds", fixed(first, 2));

        Instant evaluationStart = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
        started = System.nanoTime();
        Answers answers = api.askSendTimes(world, evaluationStart);
        double asking = seconds(started);
        log("asked %,d send times in %.1f s", customers * DAYS, asking);
        if (Instant.now().isAfter(evaluationStart)) {
            throw new IllegalStateException("the answers came after the first window had begun: " + evaluationStart);
        }
        println("answers.requests", answers.requests);
        println("answers.seconds", fixed(asking, 1));
        println("answers.per_second", fixed(customers * DAYS / asking, 0));
        List<Double> sorted = answers.requestSeconds.stream().sorted().toList();
        println("answers.median_request_seconds", fixed(sorted.get(sorted.size() / 2), 2));
        println("answers.max_request_seconds", fixed(sorted.get(sorted.size() - 1), 2));

        int timed = 0;
        double[] rates = new double[SPEED_PASSES];
        for (int pass = 0; pass < SPEED_PASSES; pass++) {
            started = System.nanoTime();
            timed = api.timeSendTimes(world, evaluationStart, SPEED_CUSTOMER_DAYS);
            rates[pass] = timed / seconds(started);
            log("answered %,d send times again, bodies unread: %,.0f a second", timed, rates[pass]);
        }
        println("speed.customer_days", timed);
        println("speed.passes", String.join(", ", Arrays.stream(rates).mapToObj(rate -> fixed(rate, 0)).toList()));
        double[] ordered = rates.clone();
        Arrays.sort(ordered);
        println("speed.per_second", fixed(ordered[SPEED_PASSES / 2], 0));

        Answers learner = ReferenceLearner.answer(world, history, evaluationStart, ReferenceLearner.STRENGTH);
        Answers structure = StructureLearner.answer(world, history, evaluationStart);
        Evaluation evaluation = Evaluation.score(world, history, answers, learner, structure, evaluationStart, seed);
        Report report = new Report(evaluation, seed);
        report.print();
        Files.writeString(out.resolve("table.md"), report.markdown(history, answers));
    }

    /** The world alone: its depth groups, spread of P and, per group, the share of the oracle's lift reached without knowing the noise. */
    private static void describeWorld(int customers, long seed) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        World world = World.generate(customers, seed);
        History history = History.simulate(world, now, seed);
        printWorld(world, history);
        Instant evaluationStart = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        double strength = Double.parseDouble(System.getProperty("strength", String.valueOf(ReferenceLearner.STRENGTH)));
        Answers learner = ReferenceLearner.answer(world, history, evaluationStart, strength);
        Answers structure = StructureLearner.answer(world, history, evaluationStart);
        Evaluation evaluation = Evaluation.score(world, history, new Answers(customers), learner, structure, evaluationStart, seed);
        Report report = new Report(evaluation, seed);
        for (int g = 0; g < GROUPS.length; g++) {
            println("expected_oracle_lift." + Report.KEYS[g], fixed(report.group(g).expectedOracleLift.mean(), 4));
            println("without_noise_share." + Report.KEYS[g], fixed(report.group(g).referenceShare(Evaluation.WITHOUT_NOISE), 3));
            println("learner_share." + Report.KEYS[g], fixed(report.group(g).referenceShare(Evaluation.LEARNER), 3));
            println("structure_share." + Report.KEYS[g], fixed(report.group(g).referenceShare(Evaluation.STRUCTURE), 3));
        }
        println("learner_regret_by_zone", report.byZone(Evaluation.LEARNER));
    }

    private static void printWorld(World world, History history) {
        int[] counts = new int[GROUPS.length];
        for (int i = 0; i < world.size(); i++) {
            counts[history.group(i) + 1]++;
        }
        for (int g = 1; g < GROUPS.length; g++) {
            println("world.group." + Report.KEYS[g] + ".customers", counts[g]);
        }
        double[] bestOverWorst = new double[world.size()];
        double[] bestOverMedian = new double[world.size()];
        double meanP = 0;
        for (int i = 0; i < world.size(); i++) {
            double[] p = new double[HourOfWeek.HOURS];
            for (int h = 0; h < p.length; h++) {
                p[h] = world.truth(i).openWithinDay(h);
                meanP += p[h] / p.length / world.size();
            }
            Arrays.sort(p);
            bestOverWorst[i] = p[p.length - 1] / p[0];
            bestOverMedian[i] = p[p.length - 1] / p[p.length / 2];
        }
        Arrays.sort(bestOverWorst);
        Arrays.sort(bestOverMedian);
        println("world.mean_p", fixed(meanP, 3));
        println("world.median_best_over_worst", fixed(bestOverWorst[bestOverWorst.length / 2], 2));
        println("world.median_best_over_median", fixed(bestOverMedian[bestOverMedian.length / 2], 2));
        println("world.global_utc_hour", history.globalUtcHour);
        println("world.events", history.events.size());
    }

    static void log(String format, Object... values) {
        System.err.printf(Locale.ROOT, format + "%n", values);
    }

    static void println(String key, Object value) {
        System.out.println(key + "=" + value);
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** SplitMix64 of the parts: independent, reproducible random streams per purpose, customer and day. */
    static SplittableRandom stream(long... parts) {
        long state = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            state = mix(state ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return new SplittableRandom(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

/** Local hours of the week: Monday 00:00 = 0, fractional within the hour. */
final class HourOfWeek {
    static final int HOURS = 168;

    private HourOfWeek() {
    }

    static double of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        int day = local.getDayOfWeek().getValue() - 1;
        return day * 24 + local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0;
    }

    static boolean weekend(int hour) {
        return hour / 24 >= DayOfWeek.SATURDAY.getValue() - 1;
    }
}

/** A sum of circular Gaussian bumps over the 24 hours of a day: a segment's daily curve. */
record DailyCurve(double floor, double[] peaks, double[] widths, double[] heights) {
    double at(double hour) {
        double value = floor;
        for (int j = 0; j < peaks.length; j++) {
            value += heights[j] * bump(hour, peaks[j], widths[j]);
        }
        return value;
    }

    static double bump(double hour, double peak, double width) {
        double distance = Math.abs(hour - peak) % 24;
        distance = Math.min(distance, 24 - distance);
        return Math.exp(-distance * distance / (2 * width * width));
    }
}

/** A segment of customers: its share, weekday and weekend curves, weekend level and main peak. */
record Segment(String name, double share, DailyCurve weekday, DailyCurve weekend, double weekendLevel, double mainPeak) {
    static final double FLOOR = Double.parseDouble(System.getProperty("floor", "0.15"));
    static final List<Segment> ALL = List.of(
            new Segment("early birds", 0.20,
                    new DailyCurve(FLOOR, new double[] {6.5, 12.5}, new double[] {1.2, 1.5}, new double[] {1.0, 0.3}),
                    new DailyCurve(FLOOR, new double[] {8.5, 14.0}, new double[] {1.5, 2.0}, new double[] {1.0, 0.3}), 0.9, 6.5),
            new Segment("commuters", 0.25,
                    new DailyCurve(FLOOR, new double[] {7.8, 12.5, 17.8}, new double[] {1.0, 1.0, 1.2}, new double[] {0.8, 0.3, 1.0}),
                    new DailyCurve(FLOOR, new double[] {11.0, 20.0}, new double[] {2.5, 2.0}, new double[] {0.7, 0.5}), 0.8, 17.8),
            new Segment("evening browsers", 0.25,
                    new DailyCurve(FLOOR, new double[] {13.0, 20.5}, new double[] {1.5, 1.8}, new double[] {0.25, 1.0}),
                    new DailyCurve(FLOOR, new double[] {15.0, 20.5}, new double[] {3.0, 2.0}, new double[] {0.6, 0.8}), 1.1, 20.5),
            new Segment("night owls", 0.15,
                    new DailyCurve(FLOOR, new double[] {23.3, 1.5}, new double[] {1.5, 1.5}, new double[] {1.0, 0.5}),
                    new DailyCurve(FLOOR, new double[] {1.0, 14.0}, new double[] {2.0, 2.0}, new double[] {1.0, 0.3}), 1.1, 23.3),
            new Segment("weekend shoppers", 0.15,
                    new DailyCurve(FLOOR, new double[] {19.5}, new double[] {2.0}, new double[] {0.6}),
                    new DailyCurve(FLOOR, new double[] {11.0, 16.0}, new double[] {2.0, 2.5}, new double[] {1.4, 1.0}), 1.8, 19.5));

    static Segment draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (Segment segment : ALL) {
            u -= segment.share;
            if (u < 0) {
                return segment;
            }
        }
        return ALL.get(ALL.size() - 1);
    }

    /** The segment's daily curve divided by its mean over the day (evaluated at the middle of each hour). */
    double[] normalised(boolean weekendDay) {
        DailyCurve curve = weekendDay ? weekend : weekday;
        double[] values = new double[24];
        for (int h = 0; h < 24; h++) {
            values[h] = curve.at(h + 0.5);
        }
        return divideByMean(values);
    }

    static double[] divideByMean(double[] values) {
        double mean = Arrays.stream(values).average().orElse(1);
        double[] result = new double[values.length];
        for (int h = 0; h < values.length; h++) {
            result[h] = values[h] / mean;
        }
        return result;
    }
}

/** A customer's hidden truth: activity λ over the 168 local hours of the week and the open chances it implies. */
final class Truth {
    static final double DECAY_HOURS = Double.parseDouble(System.getProperty("decay", "6"));
    static final int HORIZON = 24;
    static final int SIMULATED_HOURS = 48;
    static final double NOISE = Double.parseDouble(System.getProperty("noise", "0.25"));
    private static final double[] AGE_FACTOR = new double[SIMULATED_HOURS];

    static {
        for (int d = 0; d < SIMULATED_HOURS; d++) {
            AGE_FACTOR[d] = Math.exp(-d / DECAY_HOURS);
        }
    }

    final ZoneId zone;
    final double clickShare;
    /** λ per local hour of the week, and the same without the hourly noise ε (a reference only: what a perfect model of the structure could know). */
    private final double[] activity;
    private final double[] withoutNoise;

    private Truth(ZoneId zone, double clickShare, double[] activity, double[] withoutNoise) {
        this.zone = zone;
        this.clickShare = clickShare;
        this.activity = activity;
        this.withoutNoise = withoutNoise;
    }

    static Truth draw(SplittableRandom random, ZoneId zone) {
        Segment segment = Segment.draw(random);
        double personalWeight = 0.25 + 0.5 * random.nextDouble();
        double peak = floorMod(segment.mainPeak() + 1.5 * random.nextGaussian(), 24);
        double width = 0.8 + 1.2 * random.nextDouble();
        double weekendPeak = floorMod(peak + 1.5 + random.nextGaussian(), 24);
        double weekendLevel = segment.weekendLevel() * Math.exp(0.25 * random.nextGaussian());
        double responsiveness = 0.10 + 0.25 * (random.nextDouble() + random.nextDouble() + random.nextDouble()) / 3;
        double clickShare = 0.15 + 0.30 * random.nextDouble();
        double[] activity = new double[HourOfWeek.HOURS];
        double[] withoutNoise = new double[HourOfWeek.HOURS];
        for (int day = 0; day < 7; day++) {
            boolean weekendDay = HourOfWeek.weekend(day * 24);
            double[] group = segment.normalised(weekendDay);
            double[] personal = personalBump(weekendDay ? weekendPeak : peak, width);
            for (int h = 0; h < 24; h++) {
                double mixed = (1 - personalWeight) * group[h] + personalWeight * personal[h];
                withoutNoise[day * 24 + h] = mixed * (weekendDay ? weekendLevel : 1);
                activity[day * 24 + h] = withoutNoise[day * 24 + h] * Math.exp(NOISE * random.nextGaussian());
            }
        }
        Truth truth = new Truth(zone, clickShare, activity, withoutNoise);
        truth.scaleTo(responsiveness);
        return truth;
    }

    private static double[] personalBump(double peak, double width) {
        double[] values = new double[24];
        for (int h = 0; h < 24; h++) {
            values[h] = DailyCurve.bump(h + 0.5, peak, width) + Segment.FLOOR;
        }
        return Segment.divideByMean(values);
    }

    private static double floorMod(double value, double modulus) {
        return ((value % modulus) + modulus) % modulus;
    }

    /** Scales λ (both arrays alike) so that the mean of P over the 168 whole hours of the week is {@code target}: bisection on log scale. */
    private void scaleTo(double target) {
        double low = -12;
        double high = 4;
        double[] original = activity.clone();
        double scale = 1;
        for (int iteration = 0; iteration < 22; iteration++) {
            double middle = (low + high) / 2;
            scale = Math.exp(middle);
            for (int h = 0; h < activity.length; h++) {
                activity[h] = original[h] * scale;
            }
            double mean = 0;
            for (int h = 0; h < activity.length; h++) {
                mean += openWithinDay(h) / activity.length;
            }
            if (mean < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        for (int h = 0; h < withoutNoise.length; h++) {
            withoutNoise[h] *= scale;
        }
    }

    /** The hazard of an open in hour {@code age} after a send at local hour-of-week {@code x}. */
    double hazard(double x, int age) {
        return hazard(activity, x, age);
    }

    private static double hazard(double[] lambda, double x, int age) {
        int hour = (int) Math.floor(x);
        double fraction = x - hour;
        double first = lambda[(hour + age) % HourOfWeek.HOURS];
        double second = lambda[(hour + age + 1) % HourOfWeek.HOURS];
        return Math.min(1, ((1 - fraction) * first + fraction * second) * AGE_FACTOR[age]);
    }

    /** Where in hour {@code age} after a send at {@code x} an open falls, in [0, 1), for a uniform {@code u} and {@code v}. */
    double positionInHour(double x, int age, double u, double v) {
        int hour = (int) Math.floor(x);
        double fraction = x - hour;
        double first = (1 - fraction) * activity[(hour + age) % HourOfWeek.HOURS];
        double second = fraction * activity[(hour + age + 1) % HourOfWeek.HOURS];
        if (u * (first + second) < first) {
            return v * (1 - fraction);
        }
        return (1 - fraction) + v * fraction;
    }

    /** P(x): the chance of an open within 24 hours of a send at local hour-of-week {@code x}. */
    double openWithinDay(double x) {
        return openWithinDay(activity, x);
    }

    double openWithinDay(Instant sendAt) {
        return openWithinDay(activity, HourOfWeek.of(sendAt, zone));
    }

    /** P without the hourly noise: used only to pick the reference "oracle without noise" hour, which is then scored with the true P. */
    double openWithinDayWithoutNoise(Instant sendAt) {
        return openWithinDay(withoutNoise, HourOfWeek.of(sendAt, zone));
    }

    private static double openWithinDay(double[] lambda, double x) {
        double notYet = 1;
        for (int d = 0; d < HORIZON; d++) {
            notYet *= 1 - hazard(lambda, x, d);
        }
        return 1 - notYet;
    }
}

/** The customers: ids, zones and hidden truths. */
final class World {
    private static final Object[][] ZONES = {
            {"America/Los_Angeles", 8}, {"America/Denver", 3}, {"America/Chicago", 6}, {"America/New_York", 10},
            {"America/Mexico_City", 4}, {"America/Sao_Paulo", 6}, {"America/St_Johns", 1}, {"Europe/London", 7},
            {"Europe/Berlin", 9}, {"Europe/Madrid", 4}, {"Europe/Istanbul", 3}, {"Africa/Lagos", 3},
            {"Africa/Johannesburg", 2}, {"Asia/Dubai", 2}, {"Asia/Kolkata", 8}, {"Asia/Kathmandu", 1},
            {"Asia/Singapore", 4}, {"Asia/Shanghai", 5}, {"Asia/Tokyo", 5}, {"Australia/Adelaide", 1},
            {"Australia/Sydney", 4}, {"Pacific/Auckland", 2}};

    private final Truth[] truths;

    private World(Truth[] truths) {
        this.truths = truths;
    }

    static World generate(int customers, long seed) {
        int totalWeight = Arrays.stream(ZONES).mapToInt(zone -> (Integer) zone[1]).sum();
        Truth[] truths = new Truth[customers];
        for (int i = 0; i < customers; i++) {
            SplittableRandom random = SendTimeEval.stream(seed, 1, i);
            ZoneId zone = zone(random.nextInt(totalWeight));
            truths[i] = Truth.draw(random, zone);
        }
        return new World(truths);
    }

    private static ZoneId zone(int pick) {
        for (Object[] candidate : ZONES) {
            pick -= (Integer) candidate[1];
            if (pick < 0) {
                return ZoneId.of((String) candidate[0]);
            }
        }
        throw new IllegalArgumentException("pick beyond the zones' weights");
    }

    int size() {
        return truths.length;
    }

    Truth truth(int customer) {
        return truths[customer];
    }

    static String id(int customer) {
        return String.format(Locale.ROOT, "st%06d", customer);
    }
}

/** The training history: every event, in time order, and what the harness may learn from it. */
final class History {
    static final byte SENT = 0;
    static final byte OPENED = 1;
    static final byte CLICKED = 2;
    static final byte ORDERED = 3;
    static final String[] NAMES = {"Email Sent", "Email Opened", "Email Link Clicked", "Order Completed"};
    static final Duration SPAN = Duration.ofDays(26 * 7);
    /** Depth classes: share of customers and range of past emails, so engagements land near 20/30/30/20 in 0, 1–5, 6–20, > 20. */
    private static final double[] CLASS_SHARES = {0.14, 0.35, 0.29, 0.22};
    private static final int[][] CLASS_SENDS = {{0, 2}, {1, 16}, {17, 55}, {60, 140}};
    private static final int SEND_HOUR = Integer.getInteger("sendHour", -1);
    private static final double RECORDED_SENDS = Double.parseDouble(System.getProperty("recordedSends", "1"));
    /** Sends older than this many weeks are not recorded (a sender that began reporting sends lately); 26 records all. */
    private static final int RECORDED_WEEKS = Integer.getInteger("recordedWeeks", 26);

    final Events events;
    final int[] engagements;
    final int globalUtcHour;

    private History(Events events, int[] engagements, int globalUtcHour) {
        this.events = events;
        this.engagements = engagements;
        this.globalUtcHour = globalUtcHour;
    }

    /** 0 for no past engagement, 1 for 1–5, 2 for 6–20, 3 for more. */
    int group(int customer) {
        int count = engagements[customer];
        return count == 0 ? 0 : count <= 5 ? 1 : count <= 20 ? 2 : 3;
    }

    static History simulate(World world, Instant now, long seed) {
        Events events = new Events();
        int[] engagements = new int[world.size()];
        long[] sendsByUtcHour = new long[24];
        long[] opensByUtcHour = new long[24];
        long end = now.toEpochMilli();
        long start = now.minus(SPAN).toEpochMilli();
        long hour = Duration.ofHours(1).toMillis();
        int message = 0;
        for (int i = 0; i < world.size(); i++) {
            SplittableRandom random = SendTimeEval.stream(seed, 2, i);
            Truth truth = world.truth(i);
            int sends = sends(random);
            for (int s = 0; s < sends; s++, message++) {
                long sentAt = sendAt(start, end, random);
                if (random.nextDouble() < RECORDED_SENDS && sentAt >= end - Duration.ofDays(7L * RECORDED_WEEKS).toMillis()) {
                    events.add(sentAt, i, message, SENT);
                }
                long openedAt = open(truth, sentAt, random, hour);
                boolean countable = sentAt <= end - 24 * hour;
                int utcHour = (int) ((sentAt / hour) % 24);
                sendsByUtcHour[utcHour] += countable ? 1 : 0;
                if (openedAt < 0 || openedAt >= end) {
                    continue;
                }
                opensByUtcHour[utcHour] += countable && openedAt - sentAt < 24 * hour ? 1 : 0;
                events.add(openedAt, i, message, OPENED);
                engagements[i]++;
                if (random.nextDouble() >= truth.clickShare) {
                    continue;
                }
                long clickedAt = openedAt + (long) (Math.min(30, -3 * Math.log(1 - random.nextDouble())) * 60_000) + 1000;
                if (clickedAt >= end) {
                    continue;
                }
                events.add(clickedAt, i, message, CLICKED);
                engagements[i]++;
                long orderedAt = clickedAt + (long) ((2 + 58 * random.nextDouble()) * 60_000);
                if (random.nextDouble() < 0.15 && orderedAt < end) {
                    events.add(orderedAt, i, message, ORDERED);
                    engagements[i]++;
                }
            }
        }
        events.sortByTime();
        return new History(events, engagements, bestHour(sendsByUtcHour, opensByUtcHour));
    }

    /**
     * A uniformly random instant of the history, or with {@code -DsendHour=H} one at H:00–H:59 UTC
     * on a random day: a shop that always sends at the same time, so opens crowd the hours after it.
     */
    private static long sendAt(long start, long end, SplittableRandom random) {
        long at = start + (long) (random.nextDouble() * (end - start));
        if (SEND_HOUR < 0) {
            return at;
        }
        long day = Duration.ofDays(1).toMillis();
        long hour = Duration.ofHours(1).toMillis();
        long moved = at - Math.floorMod(at, day) + SEND_HOUR * hour + Math.floorMod(at, hour);
        return moved < end ? moved : moved - day;
    }

    private static int sends(SplittableRandom random) {
        double u = random.nextDouble();
        int depthClass = 0;
        while (depthClass < CLASS_SHARES.length - 1 && u >= CLASS_SHARES[depthClass]) {
            u -= CLASS_SHARES[depthClass];
            depthClass++;
        }
        int[] range = CLASS_SENDS[depthClass];
        if (depthClass == 0 && random.nextDouble() < 0.7) {
            return 0;
        }
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }

    /** When the message sent at {@code sentAt} is opened (within 48 h), or −1. */
    private static long open(Truth truth, long sentAt, SplittableRandom random, long hour) {
        double x = HourOfWeek.of(Instant.ofEpochMilli(sentAt), truth.zone);
        for (int age = 0; age < Truth.SIMULATED_HOURS; age++) {
            if (random.nextDouble() < truth.hazard(x, age)) {
                double position = truth.positionInHour(x, age, random.nextDouble(), random.nextDouble());
                return sentAt + (long) ((age + position) * hour);
            }
        }
        return -1;
    }

    private static int bestHour(long[] sends, long[] opens) {
        int best = 0;
        for (int h = 1; h < 24; h++) {
            if (opens[h] * (double) sends[best] > opens[best] * (double) sends[h]) {
                best = h;
            }
        }
        return best;
    }
}

/** Events as parallel arrays (a million objects would be wasteful), sortable by time. */
final class Events {
    long[] at = new long[1024];
    int[] customer = new int[1024];
    int[] message = new int[1024];
    byte[] kind = new byte[1024];
    private int size;

    void add(long time, int who, int messageNumber, byte what) {
        if (size == at.length) {
            int capacity = size * 2;
            at = Arrays.copyOf(at, capacity);
            customer = Arrays.copyOf(customer, capacity);
            message = Arrays.copyOf(message, capacity);
            kind = Arrays.copyOf(kind, capacity);
        }
        at[size] = time;
        customer[size] = who;
        message[size] = messageNumber;
        kind[size] = what;
        size++;
    }

    int size() {
        return size;
    }

    void sortByTime() {
        if (size >= 1 << 24) {
            throw new IllegalStateException("more than 16,777,215 events: use fewer customers");
        }
        long base = Arrays.stream(at, 0, size).min().orElse(0);
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((at[i] - base) << 24) | i;
        }
        Arrays.sort(keys);
        long[] sortedAt = new long[size];
        int[] sortedCustomer = new int[size];
        int[] sortedMessage = new int[size];
        byte[] sortedKind = new byte[size];
        for (int j = 0; j < size; j++) {
            int i = (int) (keys[j] & 0xFFFFFF);
            sortedAt[j] = at[i];
            sortedCustomer[j] = customer[i];
            sortedMessage[j] = message[i];
            sortedKind[j] = kind[i];
        }
        at = sortedAt;
        customer = sortedCustomer;
        message = sortedMessage;
        kind = sortedKind;
    }
}

/** The model's answers: per customer and day the chosen instant (null: none), and what it said about it. */
final class Answers {
    final Instant[][] sendAt;
    final double[][] predicted;
    final double[][] ownWeight;
    final List<Double> requestSeconds = new ArrayList<>();
    int requests;
    int unknown;
    int withoutHour;
    int uncalibrated;
    int otherZone;

    Answers(int customers) {
        sendAt = new Instant[customers][SendTimeEval.DAYS];
        predicted = new double[customers][SendTimeEval.DAYS];
        ownWeight = new double[customers][SendTimeEval.DAYS];
    }
}

/** The public HTTP API of the server under test; nothing else. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IN_FLIGHT = 3;
    private static final int BATCH_SIZE = SendTimeEval.BATCH;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    private final String key;

    Api(String url, String key) {
        this.url = url;
        this.key = key;
    }

    /** Every customer with a {@code timezone} trait, through Segment's batch (1,000 identifies a request, about 140 KB), dated {@code since}. */
    void identify(World world, Instant since) throws Exception {
        int requests = (world.size() + BATCH_SIZE - 1) / BATCH_SIZE;
        postConcurrently("/v1/batch", requests, request -> identifyBatch(world, since, request * BATCH_SIZE), (request, answer, seconds) -> {
            if (answer.path("rejected").asInt() != 0) {
                throw new IllegalStateException("identify rejected messages: " + answer);
            }
        });
    }

    private static String identifyBatch(World world, Instant since, int from) {
        StringBuilder body = new StringBuilder("{\"batch\":[");
        for (int i = from; i < Math.min(world.size(), from + BATCH_SIZE); i++) {
            body.append(i == from ? "" : ",").append("{\"type\":\"identify\",\"userId\":\"").append(World.id(i))
                    .append("\",\"messageId\":\"identify-").append(World.id(i)).append("\",\"timestamp\":\"").append(since)
                    .append("\",\"traits\":{\"timezone\":\"").append(world.truth(i).zone.getId()).append("\"}}");
        }
        return body.append("]}").toString();
    }

    /** The history in time order, 1,000 events a request. */
    void sendEvents(History history) throws Exception {
        Events events = history.events;
        int requests = (events.size() + BATCH_SIZE - 1) / BATCH_SIZE;
        postConcurrently("/v1/events/batch", requests, request -> eventBatch(events, request * BATCH_SIZE,
                Math.min(events.size(), (request + 1) * BATCH_SIZE)), (request, answer, seconds) -> {
            int size = Math.min(events.size(), (request + 1) * BATCH_SIZE) - request * BATCH_SIZE;
            if (answer.path("accepted").asInt() + answer.path("duplicates").asInt() != size) {
                throw new IllegalStateException("a batch of " + size + " events answered " + answer);
            }
        });
    }

    /** POSTs {@code requests} bodies, built as needed, three in flight and at most three more built ahead; fails on the first failure. */
    private void postConcurrently(String path, int requests, IntFunction<String> body, Check check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        ArrayDeque<Future<?>> pending = new ArrayDeque<>();
        try {
            for (int request = 0; request < requests; request++) {
                String json = body.apply(request);
                int number = request;
                pending.add(pool.submit(() -> {
                    long started = System.nanoTime();
                    JsonNode answer = post(path, json);
                    check.accept(number, answer, SendTimeEval.seconds(started));
                    return null;
                }));
                if (pending.size() == 2 * IN_FLIGHT) {
                    pending.remove().get();
                }
            }
            while (!pending.isEmpty()) {
                pending.remove().get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Check {
        void accept(int request, JsonNode answer, double seconds) throws Exception;
    }

    private static String eventBatch(Events events, int from, int to) {
        StringBuilder body = new StringBuilder(to * 200 - from * 200 + 16).append("{\"events\":[");
        for (int i = from; i < to; i++) {
            byte kind = events.kind[i];
            String messageKey = "h" + events.message[i];
            body.append(i == from ? "" : ",").append("{\"type\":\"track\",\"event\":\"").append(History.NAMES[kind])
                    .append("\",\"customerId\":\"").append(World.id(events.customer[i]))
                    .append("\",\"messageId\":\"").append(messageKey).append('-').append(kind)
                    .append("\",\"timestamp\":\"").append(Instant.ofEpochMilli(events.at[i])).append("\",\"properties\":");
            if (kind == History.ORDERED) {
                body.append(String.format(Locale.ROOT, "{\"orderId\":\"%s\",\"revenue\":%.2f}", messageKey, 20.0 + events.message[i] % 80));
            } else {
                body.append("{\"campaignId\":\"history\",\"messageKey\":\"").append(messageKey).append("\",\"channel\":\"email\"}");
            }
            body.append('}');
        }
        return body.append("]}").toString();
    }

    /** One unscored call (up to 30 minutes), so that what the server prepares on first use is timed apart from the scored requests. */
    void firstSendTime() throws IOException, InterruptedException {
        post("/v1/send-times", "{\"channel\":\"email\",\"customerIds\":[\"" + World.id(0) + "\"]}", Duration.ofMinutes(30));
    }

    /**
     * {@code POST /v1/send-times} for every customer and each of the seven daily windows, 1,000
     * customers a request, three in flight (as a campaign tool would ask a server of two cores).
     */
    Answers askSendTimes(World world, Instant evaluationStart) throws Exception {
        Answers answers = new Answers(world.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < world.size(); i++) {
            index.put(World.id(i), i);
        }
        int perDay = (world.size() + BATCH_SIZE - 1) / BATCH_SIZE;
        postConcurrently("/v1/send-times", SendTimeEval.DAYS * perDay, request -> {
            Instant from = evaluationStart.plus(Duration.ofDays(request / perDay));
            int first = request % perDay * BATCH_SIZE;
            StringBuilder body = new StringBuilder("{\"channel\":\"email\",\"from\":\"").append(from).append("\",\"to\":\"")
                    .append(from.plus(Duration.ofHours(24))).append("\",\"customerIds\":[");
            for (int i = first; i < Math.min(world.size(), first + BATCH_SIZE); i++) {
                body.append(i == first ? "\"" : ",\"").append(World.id(i)).append('"');
            }
            return body.append("]}").toString();
        }, (request, answer, seconds) -> {
            synchronized (answers) {
                answers.requestSeconds.add(seconds);
                answers.requests++;
                record(answers, answer, index, request / perDay, world);
            }
        });
        return answers;
    }

    /**
     * The server's rate alone: the first {@code customerDays} (customer, day) questions of
     * {@link #askSendTimes} asked again, two in flight (one per core of this machine), the answers
     * checked for status only and not parsed, so that the client's own JSON work does not take the
     * server's cores. Returns how many customer-days were asked.
     */
    int timeSendTimes(World world, Instant evaluationStart, int customerDays) throws Exception {
        int perDay = (world.size() + BATCH_SIZE - 1) / BATCH_SIZE;
        int requests = Math.min(SendTimeEval.DAYS * perDay, (customerDays + BATCH_SIZE - 1) / BATCH_SIZE);
        int[] asked = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int request = 0; request < requests; request++) {
                Instant from = evaluationStart.plus(Duration.ofDays(request / perDay));
                int first = request % perDay * BATCH_SIZE;
                int last = Math.min(world.size(), first + BATCH_SIZE);
                StringBuilder body = new StringBuilder("{\"channel\":\"email\",\"from\":\"").append(from).append("\",\"to\":\"")
                        .append(from.plus(Duration.ofHours(24))).append("\",\"customerIds\":[");
                for (int i = first; i < last; i++) {
                    body.append(i == first ? "\"" : ",\"").append(World.id(i)).append('"');
                }
                asked[0] += last - first;
                HttpRequest http = HttpRequest.newBuilder(URI.create(url + "/v1/send-times")).timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString())).build();
                pending.add(pool.submit(() -> {
                    int status = client.send(http, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("POST /v1/send-times answered " + status);
                    }
                    return null;
                }));
            }
            for (Future<?> request : pending) {
                request.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return asked[0];
    }

    private static void record(Answers answers, JsonNode answer, Map<String, Integer> index, int day, World world) {
        answers.unknown += answer.path("unknownCustomers").size();
        answers.withoutHour += answer.path("withoutHour").size();
        for (JsonNode sendTime : answer.path("sendTimes")) {
            int customer = index.get(sendTime.path("customerId").asText());
            answers.sendAt[customer][day] = Instant.parse(sendTime.path("sendAt").asText());
            JsonNode probability = sendTime.path("engagementProbability");
            answers.predicted[customer][day] = probability.isNumber() ? probability.asDouble() : Double.NaN;
            answers.ownWeight[customer][day] = sendTime.path("explanation").path("ownWeight").asDouble(Double.NaN);
            answers.uncalibrated += sendTime.path("explanation").path("calibrated").asBoolean(true) ? 0 : 1;
            answers.otherZone += sendTime.path("timezone").asText().equals(world.truth(customer).zone.getId()) ? 0 : 1;
        }
    }

    /** POSTs JSON; honours 429/503 with Retry-After (the server's back-pressure); any other non-2xx is fatal. */
    JsonNode post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, Duration.ofMinutes(5));
    }

    private JsonNode post(String path, String json, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout)
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status < 300) {
                return JSON.readTree(response.body());
            }
            if ((status != 429 && status != 503) || attempt > 100) {
                throw new IllegalStateException("POST " + path + " answered " + status + ": " + response.body());
            }
            Thread.sleep(response.headers().firstValueAsLong("Retry-After").orElse(1) * 1000);
        }
    }
}

/** Scores every customer-day of each policy against the truth: realised (common random numbers) and expected. */
final class Evaluation {
    static final String[] POLICIES = {"model", "best global hour", "random hour", "oracle", "oracle without noise", "histogram learner",
            "structure learner"};
    /**
     * The first four are the policies; the others are references: the hour a perfect model of
     * everything but the hourly noise ε would pick, {@link ReferenceLearner}'s and {@link StructureLearner}'s.
     */
    static final int SCORED = 4;
    static final int MODEL = 0;
    static final int GLOBAL = 1;
    static final int RANDOM = 2;
    static final int ORACLE = 3;
    static final int WITHOUT_NOISE = 4;
    static final int LEARNER = 5;
    static final int STRUCTURE = 6;

    /** [policy][customer]: the customer's mean over the seven days. */
    final double[][] realised;
    final double[][] expected;
    final int[] group;
    final ZoneId[] zone;
    /** [customer]: days the model chose the oracle's hour, the model's predicted P and the true P at its hour (NaN: none). */
    final double[] oracleHourDays;
    final double[] predicted;
    final double[] trueAtModel;
    final double[] ownWeight;
    int missingAnswers;
    int invalidAnswers;
    String invalidExample = "";

    private Evaluation(int customers) {
        realised = new double[POLICIES.length][customers];
        expected = new double[POLICIES.length][customers];
        group = new int[customers];
        zone = new ZoneId[customers];
        oracleHourDays = new double[customers];
        predicted = new double[customers];
        trueAtModel = new double[customers];
        ownWeight = new double[customers];
    }

    static Evaluation score(World world, History history, Answers answers, Answers learner, Answers structure, Instant evaluationStart,
                            long seed) {
        Evaluation evaluation = new Evaluation(world.size());
        Map<ZoneId, Instant[][]> candidates = new HashMap<>();
        for (int i = 0; i < world.size(); i++) {
            Truth truth = world.truth(i);
            Instant[][] hours = candidates.computeIfAbsent(truth.zone, zone -> wholeLocalHours(zone, evaluationStart));
            evaluation.group[i] = history.group(i);
            evaluation.zone[i] = truth.zone;
            evaluation.scoreCustomer(i, truth, hours, answers, new Answers[] {learner, structure}, evaluationStart, history.globalUtcHour, seed);
        }
        return evaluation;
    }

    private void scoreCustomer(int i, Truth truth, Instant[][] hours, Answers answers, Answers[] learners, Instant evaluationStart,
                               int globalUtcHour, long seed) {
        double predictedSum = 0;
        double trueSum = 0;
        double weightSum = 0;
        int predictions = 0;
        for (int day = 0; day < SendTimeEval.DAYS; day++) {
            Instant from = evaluationStart.plus(Duration.ofDays(day));
            Instant[] window = hours[day];
            double[] chance = new double[POLICIES.length];
            int best = 0;
            int bestWithoutNoise = 0;
            double[] candidate = new double[window.length];
            double[] withoutNoise = new double[window.length];
            for (int c = 0; c < window.length; c++) {
                candidate[c] = truth.openWithinDay(window[c]);
                withoutNoise[c] = truth.openWithinDayWithoutNoise(window[c]);
                best = candidate[c] > candidate[best] ? c : best;
                bestWithoutNoise = withoutNoise[c] > withoutNoise[bestWithoutNoise] ? c : bestWithoutNoise;
            }
            Instant model = modelAnswer(answers.sendAt[i][day], from, truth.zone, i, day);
            chance[MODEL] = truth.openWithinDay(model);
            chance[GLOBAL] = truth.openWithinDay(globalHour(from, globalUtcHour));
            chance[RANDOM] = candidate[SendTimeEval.stream(seed, 4, i, day).nextInt(window.length)];
            chance[ORACLE] = candidate[best];
            chance[WITHOUT_NOISE] = candidate[bestWithoutNoise];
            chance[LEARNER] = truth.openWithinDay(learners[0].sendAt[i][day]);
            chance[STRUCTURE] = truth.openWithinDay(learners[1].sendAt[i][day]);
            double uniform = SendTimeEval.stream(seed, 3, i, day).nextDouble();
            for (int policy = 0; policy < POLICIES.length; policy++) {
                realised[policy][i] += (uniform < chance[policy] ? 1.0 : 0.0) / SendTimeEval.DAYS;
                expected[policy][i] += chance[policy] / SendTimeEval.DAYS;
            }
            oracleHourDays[i] += model.equals(window[best]) ? 1 : 0;
            trueSum += chance[MODEL];
            weightSum += answers.ownWeight[i][day];
            if (!Double.isNaN(answers.predicted[i][day])) {
                predictedSum += answers.predicted[i][day];
                predictions++;
            }
        }
        trueAtModel[i] = trueSum / SendTimeEval.DAYS;
        ownWeight[i] = weightSum / SendTimeEval.DAYS;
        predicted[i] = predictions == SendTimeEval.DAYS ? predictedSum / predictions : Double.NaN;
    }

    /** The model's instant; a missing answer counts as a send at the window's start, an invalid one as given. */
    private Instant modelAnswer(Instant sendAt, Instant from, ZoneId zone, int customer, int day) {
        if (sendAt == null) {
            missingAnswers++;
            return from;
        }
        ZonedDateTime local = sendAt.atZone(zone);
        boolean inWindow = !sendAt.isBefore(from) && sendAt.isBefore(from.plus(Duration.ofHours(24)));
        if (!inWindow || local.getMinute() != 0 || local.getSecond() != 0 || local.getNano() != 0) {
            invalidAnswers++;
            invalidExample = invalidExample.isEmpty() ? World.id(customer) + " day " + day + ": " + local : invalidExample;
        }
        return sendAt;
    }

    private static Instant globalHour(Instant from, int utcHour) {
        Instant at = from.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(utcHour));
        return at.isBefore(from) ? at.plus(Duration.ofDays(1)) : at;
    }

    /** For each day, the whole local hours whose start lies in [start + day, start + day + 24 h). */
    private static Instant[][] wholeLocalHours(ZoneId zone, Instant start) {
        Instant[][] days = new Instant[SendTimeEval.DAYS][];
        for (int day = 0; day < SendTimeEval.DAYS; day++) {
            List<Instant> hours = new ArrayList<>();
            Instant from = start.plus(Duration.ofDays(day));
            for (Instant at = from; at.isBefore(from.plus(Duration.ofHours(24))); at = at.plus(Duration.ofMinutes(15))) {
                if (at.atZone(zone).getMinute() == 0) {
                    hours.add(at);
                }
            }
            days[day] = hours.toArray(new Instant[0]);
        }
        return days;
    }
}

/** Means with 95% intervals, paired lifts and the bootstrap share, overall and per depth group; as key=value lines and markdown. */
final class Report {
    static final String[] KEYS = {"all", "d0", "d1_5", "d6_20", "d21plus"};
    static final int RESAMPLES = 2000;
    private static final double Z = 1.959963984540054;

    private final Evaluation evaluation;
    private final long seed;
    private final Group[] groups = new Group[SendTimeEval.GROUPS.length];

    Report(Evaluation evaluation, long seed) {
        this.evaluation = evaluation;
        this.seed = seed;
        for (int g = 0; g < groups.length; g++) {
            groups[g] = new Group(g, members(g));
        }
    }

    Group group(int g) {
        return groups[g];
    }

    private int[] members(int g) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < evaluation.group.length; i++) {
            if (g == 0 || evaluation.group[i] == g - 1) {
                members.add(i);
            }
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A mean and the half-width of its 95% normal interval. */
    record Estimate(double mean, double halfWidth) {
        static Estimate of(double[] values, int[] members) {
            double sum = 0;
            for (int i : members) {
                sum += values[i];
            }
            double mean = sum / members.length;
            double squares = 0;
            for (int i : members) {
                squares += (values[i] - mean) * (values[i] - mean);
            }
            double variance = members.length > 1 ? squares / (members.length - 1) : Double.NaN;
            return new Estimate(mean, Z * Math.sqrt(variance / members.length));
        }

        static Estimate difference(double[] a, double[] b, int[] members) {
            double[] differences = new double[a.length];
            for (int i : members) {
                differences[i] = a[i] - b[i];
            }
            return of(differences, members);
        }
    }

    /** A ratio and its percentile bootstrap interval. */
    record Share(double value, double low, double high) {
    }

    final class Group {
        final int[] members;
        final Estimate[] rates = new Estimate[Evaluation.POLICIES.length];
        final Estimate[] expectedRates = new Estimate[Evaluation.POLICIES.length];
        final Estimate modelLift;
        final Estimate oracleLift;
        final Estimate expectedOracleLift;
        final Share share;
        final Share expectedShare;

        Group(int g, int[] members) {
            this.members = members;
            for (int policy = 0; policy < rates.length; policy++) {
                rates[policy] = Estimate.of(evaluation.realised[policy], members);
                expectedRates[policy] = Estimate.of(evaluation.expected[policy], members);
            }
            modelLift = lift(evaluation.realised, Evaluation.MODEL);
            oracleLift = lift(evaluation.realised, Evaluation.ORACLE);
            expectedOracleLift = lift(evaluation.expected, Evaluation.ORACLE);
            share = bootstrap(evaluation.realised, g, 5);
            expectedShare = bootstrap(evaluation.expected, g, 6);
        }

        /** The expected share of the oracle's lift that a reference policy reaches. */
        double referenceShare(int policy) {
            return lift(evaluation.expected, policy).mean() / expectedOracleLift.mean();
        }

        private Estimate lift(double[][] rates, int policy) {
            return Estimate.difference(rates[policy], rates[Evaluation.GLOBAL], members);
        }

        private Share bootstrap(double[][] rates, int g, int purpose) {
            if (members.length == 0) {
                return new Share(Double.NaN, Double.NaN, Double.NaN);
            }
            double[] model = new double[members.length];
            double[] oracle = new double[members.length];
            double modelSum = 0;
            double oracleSum = 0;
            for (int j = 0; j < members.length; j++) {
                model[j] = rates[Evaluation.MODEL][members[j]] - rates[Evaluation.GLOBAL][members[j]];
                oracle[j] = rates[Evaluation.ORACLE][members[j]] - rates[Evaluation.GLOBAL][members[j]];
                modelSum += model[j];
                oracleSum += oracle[j];
            }
            SplittableRandom random = SendTimeEval.stream(seed, purpose, g);
            double[] ratios = new double[RESAMPLES];
            for (int b = 0; b < RESAMPLES; b++) {
                double modelResample = 0;
                double oracleResample = 0;
                for (int j = 0; j < members.length; j++) {
                    int pick = random.nextInt(members.length);
                    modelResample += model[pick];
                    oracleResample += oracle[pick];
                }
                ratios[b] = oracleResample > 0 ? modelResample / oracleResample : Double.NaN;
            }
            Arrays.sort(ratios);
            int defined = (int) Arrays.stream(ratios).filter(ratio -> !Double.isNaN(ratio)).count();
            if (defined < RESAMPLES * 0.975) {
                return new Share(modelSum / oracleSum, Double.NaN, Double.NaN);
            }
            return new Share(modelSum / oracleSum, ratios[(int) (0.025 * RESAMPLES)], ratios[(int) Math.ceil(0.975 * RESAMPLES) - 1]);
        }
    }

    void print() {
        for (int g = 0; g < groups.length; g++) {
            Group group = groups[g];
            String prefix = "group." + KEYS[g] + ".";
            SendTimeEval.println(prefix + "customers", group.members.length);
            if (group.members.length == 0) {
                continue;
            }
            for (int policy = 0; policy < Evaluation.POLICIES.length; policy++) {
                String name = Evaluation.POLICIES[policy].replace(' ', '_');
                SendTimeEval.println(prefix + name + ".rate", SendTimeEval.fixed(group.rates[policy].mean(), 5));
                SendTimeEval.println(prefix + name + ".expected_rate", SendTimeEval.fixed(group.expectedRates[policy].mean(), 5));
            }
            printEstimate(prefix + "model_lift", group.modelLift);
            printEstimate(prefix + "oracle_lift", group.oracleLift);
            SendTimeEval.println(prefix + "share", SendTimeEval.fixed(group.share.value(), 4));
            SendTimeEval.println(prefix + "share_low", SendTimeEval.fixed(group.share.low(), 4));
            SendTimeEval.println(prefix + "share_high", SendTimeEval.fixed(group.share.high(), 4));
            SendTimeEval.println(prefix + "expected_share", SendTimeEval.fixed(group.expectedShare.value(), 4));
            SendTimeEval.println(prefix + "without_noise_share", SendTimeEval.fixed(group.referenceShare(Evaluation.WITHOUT_NOISE), 4));
            SendTimeEval.println(prefix + "learner_share", SendTimeEval.fixed(group.referenceShare(Evaluation.LEARNER), 4));
            SendTimeEval.println(prefix + "structure_share", SendTimeEval.fixed(group.referenceShare(Evaluation.STRUCTURE), 4));
        }
        SendTimeEval.println("answers.missing", evaluation.missingAnswers);
        SendTimeEval.println("answers.invalid", evaluation.invalidAnswers);
    }

    private static void printEstimate(String key, Estimate estimate) {
        SendTimeEval.println(key, SendTimeEval.fixed(estimate.mean(), 5));
        SendTimeEval.println(key + "_low", SendTimeEval.fixed(estimate.mean() - estimate.halfWidth(), 5));
        SendTimeEval.println(key + "_high", SendTimeEval.fixed(estimate.mean() + estimate.halfWidth(), 5));
    }

    String markdown(History history, Answers answers) {
        StringBuilder text = new StringBuilder();
        text.append("Realised engagement (opened within 24 h) per customer-day, 95% intervals; lifts against the best global hour")
                .append(String.format(Locale.ROOT, " (%02d:00 UTC for everybody)", history.globalUtcHour))
                .append(", paired per customer; share = model lift / oracle lift with a 95% bootstrap interval (")
                .append(String.format(Locale.ROOT, "%,d", RESAMPLES)).append(" resamples of customers).\n\n");
        text.append("| past engagements | customers | model | best global hour | random hour | oracle | model lift | oracle lift | share of oracle lift |\n");
        text.append("|---|---|---|---|---|---|---|---|---|\n");
        for (int g = 0; g < groups.length; g++) {
            Group group = groups[g];
            text.append("| ").append(SendTimeEval.GROUPS[g]).append(" | ").append(String.format(Locale.ROOT, "%,d", group.members.length));
            if (group.members.length == 0) {
                text.append(" | | | | | | | |\n");
                continue;
            }
            for (int policy = 0; policy < Evaluation.SCORED; policy++) {
                text.append(" | ").append(percent(group.rates[policy]));
            }
            text.append(" | ").append(points(group.modelLift)).append(" | ").append(points(group.oracleLift))
                    .append(" | ").append(share(group.share)).append(" |\n");
        }
        text.append("\nExpected rates (mean true P at each policy's hour, no draw) and what the server said:\n\n");
        text.append("| past engagements | model | best global hour | random hour | oracle | share (expected) | references' shares: oracle without noise, histogram learner, structure learner | days at the oracle's hour | model's predicted P | true P at its hour | own weight |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int g = 0; g < groups.length; g++) {
            Group group = groups[g];
            if (group.members.length == 0) {
                continue;
            }
            text.append("| ").append(SendTimeEval.GROUPS[g]);
            for (int policy = 0; policy < Evaluation.SCORED; policy++) {
                text.append(" | ").append(SendTimeEval.fixed(100 * group.expectedRates[policy].mean(), 1)).append('%');
            }
            text.append(" | ").append(share(group.expectedShare))
                    .append(" | ").append(SendTimeEval.fixed(100 * group.referenceShare(Evaluation.WITHOUT_NOISE), 0)).append("%, ")
                    .append(SendTimeEval.fixed(100 * group.referenceShare(Evaluation.LEARNER), 0)).append("%, ")
                    .append(SendTimeEval.fixed(100 * group.referenceShare(Evaluation.STRUCTURE), 0)).append('%')
                    .append(" | ").append(SendTimeEval.fixed(100 * mean(evaluation.oracleHourDays, group.members) / SendTimeEval.DAYS, 0)).append('%')
                    .append(" | ").append(percentOrNone(mean(evaluation.predicted, group.members)))
                    .append(" | ").append(percentOrNone(mean(evaluation.trueAtModel, group.members)))
                    .append(" | ").append(SendTimeEval.fixed(mean(evaluation.ownWeight, group.members), 2)).append(" |\n");
        }
        text.append("\nThe model's regret (oracle minus model, expected, in points) by time zone, customers with any history: ").append(byZone(Evaluation.MODEL)).append('\n');
        text.append(String.format(Locale.ROOT, "%nAnswers: %,d customer-days in %,d requests; %,d unknown customers, %,d without an hour,"
                        + " %,d missing, %,d not a whole local hour of the window%s, %,d uncalibrated, %,d in another time zone than identified.%n",
                evaluation.group.length * SendTimeEval.DAYS, answers.requests, answers.unknown, answers.withoutHour,
                evaluation.missingAnswers, evaluation.invalidAnswers,
                evaluation.invalidExample.isEmpty() ? "" : " (e.g. " + evaluation.invalidExample + ")", answers.uncalibrated, answers.otherZone));
        return text.toString();
    }

    /** A policy's expected regret (oracle − policy) per time zone, so that a zone read wrongly stands out; customers with history only. */
    String byZone(int policy) {
        Map<ZoneId, List<Integer>> members = new java.util.TreeMap<>(java.util.Comparator.comparing(ZoneId::getId));
        for (int i = 0; i < evaluation.zone.length; i++) {
            if (evaluation.group[i] > 0) {
                members.computeIfAbsent(evaluation.zone[i], zone -> new ArrayList<>()).add(i);
            }
        }
        List<String> parts = new ArrayList<>();
        members.forEach((zone, customers) -> {
            int[] ids = customers.stream().mapToInt(Integer::intValue).toArray();
            double regret = Estimate.difference(evaluation.expected[Evaluation.ORACLE], evaluation.expected[policy], ids).mean();
            parts.add(String.format(Locale.ROOT, "%s %.1f", zone.getId(), 100 * regret));
        });
        return String.join(", ", parts) + ".";
    }

    private static double mean(double[] values, int[] members) {
        double sum = 0;
        for (int i : members) {
            sum += values[i];
        }
        return sum / members.length;
    }

    private static String percent(Estimate estimate) {
        return SendTimeEval.fixed(100 * estimate.mean(), 1) + "% ± " + SendTimeEval.fixed(100 * estimate.halfWidth(), 1);
    }

    private static String percentOrNone(double value) {
        return Double.isNaN(value) ? "–" : SendTimeEval.fixed(100 * value, 1) + "%";
    }

    private static String points(Estimate estimate) {
        return String.format(Locale.ROOT, "%+.1f pp [%+.1f, %+.1f]", 100 * estimate.mean(),
                100 * (estimate.mean() - estimate.halfWidth()), 100 * (estimate.mean() + estimate.halfWidth()));
    }

    private static String share(Share share) {
        if (Double.isNaN(share.low())) {
            return SendTimeEval.fixed(100 * share.value(), 0) + "% [undefined]";
        }
        return String.format(Locale.ROOT, "%.0f%% [%.0f, %.0f]", 100 * share.value(), 100 * share.low(), 100 * share.high());
    }
}

/**
 * A reference, never part of the verdicts: a plain learner on the same training events the server
 * gets, from the harness's own copy of them. Per customer, opens by local hour of the day, kernel-smoothed
 * (circular Gaussian, 1 h), separately for weekdays and weekends, shrunk toward everybody's pattern
 * with {@code strength} pseudo-opens; the hour is the window's whole local hour with the highest
 * Σ_{d<24} λ̂(x + d) · g(d) (it is given the true decay).
 */
final class ReferenceLearner {
    static final double STRENGTH = 20;
    private static final double[] DAYS_OF_TYPE = {5, 2};

    private ReferenceLearner() {
    }

    static Answers answer(World world, History history, Instant evaluationStart, double strength) {
        double[][][] counts = new double[world.size()][2][24];
        double[][] everybody = new double[2][24];
        Events events = history.events;
        for (int e = 0; e < events.size(); e++) {
            if (events.kind[e] != History.OPENED) {
                continue;
            }
            int customer = events.customer[e];
            double x = HourOfWeek.of(Instant.ofEpochMilli(events.at[e]), world.truth(customer).zone);
            int dayType = HourOfWeek.weekend((int) x) ? 1 : 0;
            for (int h = 0; h < 24; h++) {
                counts[customer][dayType][h] += DailyCurve.bump(h + 0.5, x % 24, 1.0) / Math.sqrt(2 * Math.PI);
            }
        }
        for (double[][] customer : counts) {
            double total = Arrays.stream(customer[0]).sum() + Arrays.stream(customer[1]).sum();
            for (int dayType = 0; dayType < 2 && total > 0; dayType++) {
                for (int h = 0; h < 24; h++) {
                    everybody[dayType][h] += customer[dayType][h] / total / DAYS_OF_TYPE[dayType];
                }
            }
        }
        Answers answers = new Answers(world.size());
        for (int i = 0; i < world.size(); i++) {
            choose(answers, i, estimate(counts[i], everybody, strength), world.truth(i).zone, evaluationStart);
        }
        return answers;
    }

    /** Each day's whole local hour with the highest Σ_{d<24} λ̂(x + d) · g(d): the reference learners' choice, given the true decay. */
    static void choose(Answers answers, int i, double[] lambda, ZoneId zone, Instant evaluationStart) {
        for (int day = 0; day < SendTimeEval.DAYS; day++) {
            Instant from = evaluationStart.plus(Duration.ofDays(day));
            double bestScore = -1;
            for (Instant at = from; at.isBefore(from.plus(Duration.ofHours(24))); at = at.plus(Duration.ofMinutes(15))) {
                if (at.atZone(zone).getMinute() != 0) {
                    continue;
                }
                int x = (int) HourOfWeek.of(at, zone);
                double score = 0;
                for (int d = 0; d < Truth.HORIZON; d++) {
                    score += lambda[(x + d) % HourOfWeek.HOURS] * Math.exp(-d / Truth.DECAY_HOURS);
                }
                if (score > bestScore) {
                    bestScore = score;
                    answers.sendAt[i][day] = at;
                }
            }
            answers.predicted[i][day] = Double.NaN;
        }
    }

    /** Opens per day of each type and hour, shrunk toward everybody's (customer-normalised) pattern. */
    private static double[] estimate(double[][] own, double[][] everybody, double strength) {
        double ownTotal = Arrays.stream(own[0]).sum() + Arrays.stream(own[1]).sum();
        double groupTotal = 0;
        for (int dayType = 0; dayType < 2; dayType++) {
            groupTotal += Arrays.stream(everybody[dayType]).sum() * DAYS_OF_TYPE[dayType];
        }
        double[] lambda = new double[HourOfWeek.HOURS];
        for (int hour = 0; hour < HourOfWeek.HOURS; hour++) {
            int dayType = HourOfWeek.weekend(hour) ? 1 : 0;
            double ownRate = own[dayType][hour % 24] / DAYS_OF_TYPE[dayType];
            lambda[hour] = (ownRate + strength * everybody[dayType][hour % 24] / groupTotal) / (ownTotal + strength);
        }
        return lambda;
    }
}

/**
 * A reference, never part of the verdicts: what the data allow a learner that knows the world's
 * structure. It knows the five segments' curves and shares, that a customer's activity is their
 * segment's curve mixed with a personal bump whose peak moves on weekends, the weekend level, the
 * world's priors and the response decay; it infers each customer's segment, peak, width, weight,
 * weekend shift and weekend level from their sends and opens by Bayes' rule over a grid of
 * {@link #hypotheses()} (Poisson likelihood of the opens given each send's exposure, hour by hour
 * until its open). Only the hourly noise ε is beyond it. Its posterior mean λ chooses the hour as
 * {@link ReferenceLearner} does. The gap between this learner and the oracle is what no model
 * could learn from these histories.
 */
final class StructureLearner {
    private static final double[] PEAK_OFFSETS = {-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3};
    private static final double[] WIDTHS = {0.9, 1.4, 1.9};
    private static final double[] WEIGHTS = {0.33, 0.5, 0.67};
    private static final double[] WEEKEND_SHIFTS = {0, 1, 2, 3};
    private static final double[] WEEKEND_LEVELS = {0.8, 1, 1.25};
    private static final int SIMULATED_HOURS = Truth.SIMULATED_HOURS;
    private static final double[] ONES = new double[HourOfWeek.HOURS];

    static {
        Arrays.fill(ONES, 1);
    }

    private record Hypothesis(double[] shape, double logPrior) {
    }

    private StructureLearner() {
    }

    static Answers answer(World world, History history, Instant evaluationStart) {
        double[][] opens = new double[world.size()][HourOfWeek.HOURS];
        double[][] exposure = new double[world.size()][HourOfWeek.HOURS];
        observe(world, history, opens, exposure);
        List<Hypothesis> hypotheses = hypotheses();
        Answers answers = new Answers(world.size());
        java.util.stream.IntStream.range(0, world.size()).parallel().forEach(i ->
                ReferenceLearner.choose(answers, i, posteriorMean(hypotheses, opens[i], exposure[i]), world.truth(i).zone, evaluationStart));
        return answers;
    }

    /** Opens by local hour of the week, and exposure: Σ over sends of g(d) for each hour d after the send until its open. */
    private static void observe(World world, History history, double[][] opens, double[][] exposure) {
        Events events = history.events;
        Map<Integer, Long> openedAt = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            if (events.kind[e] == History.OPENED) {
                openedAt.putIfAbsent(events.message[e], events.at[e]);
            }
        }
        long end = events.at[events.size() - 1];
        long hour = Duration.ofHours(1).toMillis();
        for (int e = 0; e < events.size(); e++) {
            int customer = events.customer[e];
            ZoneId zone = world.truth(customer).zone;
            if (events.kind[e] == History.OPENED) {
                opens[customer][(int) HourOfWeek.of(Instant.ofEpochMilli(events.at[e]), zone)]++;
            } else if (events.kind[e] == History.SENT) {
                long sent = events.at[e];
                long opened = openedAt.getOrDefault(events.message[e], Long.MAX_VALUE);
                double x = HourOfWeek.of(Instant.ofEpochMilli(sent), zone);
                int start = (int) x;
                double fraction = x - start;
                for (int d = 0; d < SIMULATED_HOURS && sent + d * hour <= Math.min(end, opened); d++) {
                    double weight = Math.exp(-d / Truth.DECAY_HOURS) * Math.min(1, (double) (opened - sent - d * hour) / hour);
                    exposure[customer][(start + d) % HourOfWeek.HOURS] += (1 - fraction) * weight;
                    exposure[customer][(start + d + 1) % HourOfWeek.HOURS] += fraction * weight;
                }
            }
        }
    }

    /** The grid: every segment, personal peak (the segment's main peak + offset), width, weight, weekend shift and level, with the world's priors. */
    private static List<Hypothesis> hypotheses() {
        List<Hypothesis> hypotheses = new ArrayList<>();
        for (Segment segment : Segment.ALL) {
            for (double offset : PEAK_OFFSETS) {
                for (double width : WIDTHS) {
                    for (double weight : WEIGHTS) {
                        for (double shift : WEEKEND_SHIFTS) {
                            for (double level : WEEKEND_LEVELS) {
                                double peak = segment.mainPeak() + offset;
                                double[] shape = new double[HourOfWeek.HOURS];
                                for (int day = 0; day < 7; day++) {
                                    boolean weekendDay = HourOfWeek.weekend(day * 24);
                                    double[] group = segment.normalised(weekendDay);
                                    double[] bump = new double[24];
                                    for (int h = 0; h < 24; h++) {
                                        bump[h] = DailyCurve.bump(h + 0.5, weekendDay ? peak + shift : peak, width) + Segment.FLOOR;
                                    }
                                    bump = Segment.divideByMean(bump);
                                    for (int h = 0; h < 24; h++) {
                                        shape[day * 24 + h] = ((1 - weight) * group[h] + weight * bump[h])
                                                * (weekendDay ? segment.weekendLevel() * level : 1);
                                    }
                                }
                                double z = offset / 1.5;
                                double zShift = shift - 1.5;
                                hypotheses.add(new Hypothesis(shape, Math.log(segment.share()) - z * z / 2 - zShift * zShift / 2));
                            }
                        }
                    }
                }
            }
        }
        return hypotheses;
    }

    /**
     * Σ_k posterior(k) · c_k · shape_k, the scale c_k = opens / Σ_h shape_k(h) · exposure(h) at its
     * maximum, and the likelihood Π_opens shape_k(h) / (Σ_h shape_k(h) · exposure(h))^opens (the scale profiled out).
     */
    private static double[] posteriorMean(List<Hypothesis> hypotheses, double[] opens, double[] recorded) {
        double total = Arrays.stream(opens).sum();
        // Without a recorded send (-DrecordedSends below 1), every hour counts as exposed alike.
        double[] exposure = Arrays.stream(recorded).sum() > 0 ? recorded : ONES;
        double[] logPosterior = new double[hypotheses.size()];
        double[] scale = new double[hypotheses.size()];
        double highest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < logPosterior.length; k++) {
            double[] shape = hypotheses.get(k).shape();
            double exposed = 0;
            double logOpens = 0;
            for (int h = 0; h < HourOfWeek.HOURS; h++) {
                exposed += shape[h] * exposure[h];
                logOpens += opens[h] > 0 ? opens[h] * Math.log(shape[h]) : 0;
            }
            // Without history, every hypothesis counts at its prior and its own mean level.
            scale[k] = exposed > 0 && total > 0 ? total / exposed : 1;
            logPosterior[k] = hypotheses.get(k).logPrior() + (total > 0 ? logOpens - total * Math.log(exposed) : 0);
            highest = Math.max(highest, logPosterior[k]);
        }
        double[] lambda = new double[HourOfWeek.HOURS];
        double evidence = 0;
        for (int k = 0; k < logPosterior.length; k++) {
            double posterior = Math.exp(logPosterior[k] - highest);
            evidence += posterior;
            double[] shape = hypotheses.get(k).shape();
            for (int h = 0; h < HourOfWeek.HOURS; h++) {
                lambda[h] += posterior * scale[k] * shape[h];
            }
        }
        for (int h = 0; h < HourOfWeek.HOURS; h++) {
            lambda[h] /= evidence;
        }
        return lambda;
    }
}
