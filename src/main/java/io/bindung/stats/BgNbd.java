package io.bindung.stats;

import org.apache.commons.numbers.gamma.LogGamma;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The BG/NBD model of repeat buying (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy
 * way: an alternative to the Pareto/NBD model", <i>Marketing Science</i> 24(2)): while alive a
 * customer buys at rate λ ~ Gamma(r, α) and after each repeat purchase drops out with probability
 * p ~ Beta(a, b). A customer is described by x, the number of repeat purchases, t_x, the time of the
 * last purchase since the first, and T, the time since the first purchase (x = 0 ⇒ t_x = 0), all in
 * one time unit, which α shares. The estimates and predictions match the {@code lifetimes} package's
 * {@code BetaGeoFitter}.
 *
 * @param r     shape of the purchase-rate distribution
 * @param alpha rate (inverse scale) of the purchase-rate distribution, in the time unit of the data
 * @param a     first shape of the dropout-probability distribution
 * @param b     second shape of the dropout-probability distribution
 */
public record BgNbd(double r, double alpha, double a, double b) {
    private static final double FITTING_AGE = 10;

    public BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)
                || !Double.isFinite(r) || !Double.isFinite(alpha) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("r, α, a and b must be positive and finite");
        }
    }

    /**
     * A fitted model.
     *
     * @param model         the maximum-likelihood estimates
     * @param logLikelihood the maximised Σ ln Lᵢ over the customers (eq. 6), in the data's time unit
     */
    public record Fit(BgNbd model, double logLikelihood) {
    }

    /**
     * Maximum-likelihood estimates of r, α, a, b from the customers' (x, t_x, T), with
     * ln Lᵢ = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b)
     * + ln[(α + T)^−(r+x) + δ_{x&gt;0} · a/(b + x − 1) · (α + t_x)^−(r+x)] (eq. 6; the beta functions
     * expanded as in lifetimes). Identical triples are counted once with their multiplicity. Time is
     * rescaled so that the oldest customer has T = 10 and the search starts from r = α = a = b = 1 on
     * that scale, as lifetimes does; see {@link MaximumLikelihood} for the optimiser and its bounds.
     *
     * @throws IllegalArgumentException without customers, with arrays of different lengths, an invalid
     *                                  customer, nobody with a repeat purchase or nobody older than 0
     */
    public static Fit fit(double[] frequency, double[] recency, double[] age) {
        Likelihood likelihood = Likelihood.of(frequency, recency, age);
        if (!likelihood.anyRepeatPurchase()) {
            throw new IllegalArgumentException("nobody has a repeat purchase: the purchase rate cannot be estimated");
        }
        double scale = FITTING_AGE / likelihood.oldest();
        Likelihood scaled = likelihood.withTimeScale(scale);
        double[] best = MaximumLikelihood.maximise(p -> scaled.value(p[0], p[1], p[2], p[3]), 4);
        BgNbd model = new BgNbd(best[0], best[1] / scale, best[2], best[3]);
        return new Fit(model, likelihood.value(model.r, model.alpha, model.a, model.b));
    }

    /** Σ ln Lᵢ (eq. 6, see {@link #fit}) of these customers under this model. */
    public double logLikelihood(double[] frequency, double[] recency, double[] age) {
        return Likelihood.of(frequency, recency, age).value(r, alpha, a, b);
    }

    /**
     * P(alive | x, t_x, T) = 1/(1 + δ_{x&gt;0} · a/(b + x − 1) · ((α + T)/(α + t_x))^(r+x)) (Fader, Hardie
     * &amp; Lee, "Computing P(alive) using the BG/NBD model", brucehardie.com note 021, 2008); 1 for x = 0,
     * as nobody drops out before a repeat purchase.
     */
    public double probabilityAlive(double frequency, double recency, double age) {
        check(frequency, recency, age, "");
        if (frequency == 0) {
            return 1;
        }
        double logOdds = (r + frequency) * Math.log1p((age - recency) / (alpha + recency))
                + Math.log(a) - Math.log(b + frequency - 1);
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[X(t)], the expected number of repeat purchases of a new customer in (0, t] (eq. 9):
     * (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r · ₂F₁(r, b; a + b − 1; t/(α + t))], evaluated as in
     * {@link PurchaseExpectation} so that it is finite for every a &gt; 0, including a = 1.
     */
    public double expectedPurchases(double t) {
        checkHorizon(t);
        return PurchaseExpectation.alive(r, alpha, a, b, t);
    }

    /**
     * E[Y(t) | x, t_x, T], the expected number of purchases in (T, T + t] of a customer with that
     * history (eq. 10): P(alive) · (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r+x)
     * · ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))], i.e. {@link #probabilityAlive} times the
     * expectation for a customer alive at T, whose λ ~ Gamma(r + x, α + T) and p ~ Beta(a, b + x).
     */
    public double conditionalExpectedPurchases(double t, double frequency, double recency, double age) {
        checkHorizon(t);
        double alive = probabilityAlive(frequency, recency, age);
        return alive * PurchaseExpectation.alive(r + frequency, alpha + age, a, b + frequency, t);
    }

    static void check(double frequency, double recency, double age, String who) {
        if (!(frequency >= 0) || frequency != Math.rint(frequency) || Double.isInfinite(frequency)) {
            throw new IllegalArgumentException(who + "the frequency x must be a whole number ≥ 0");
        }
        if (!(recency >= 0 && recency <= age) || Double.isInfinite(age)) {
            throw new IllegalArgumentException(who + "need 0 ≤ recency t_x ≤ age T < ∞");
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException(who + "without repeat purchases the recency t_x must be 0");
        }
    }

    private static void checkHorizon(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("the horizon t must be finite and ≥ 0");
        }
    }

    private record Customer(double frequency, double recency, double age) {
    }

    /** The customers grouped by distinct (x, t_x, T), with the distinct values of each. */
    private record Likelihood(double[] frequencies, double[] recencies, double[] ages, int[] frequencyOf,
                              int[] recencyOf, int[] ageOf, double[] count) {
        static Likelihood of(double[] frequency, double[] recency, double[] age) {
            if (frequency.length != recency.length || frequency.length != age.length) {
                throw new IllegalArgumentException("frequency, recency and age need one value per customer");
            }
            if (frequency.length == 0) {
                throw new IllegalArgumentException("no customers");
            }
            Map<Customer, Integer> groups = new HashMap<>();
            for (int i = 0; i < frequency.length; i++) {
                check(frequency[i], recency[i], age[i], "customer " + i + ": ");
                groups.merge(new Customer(frequency[i], recency[i], age[i]), 1, Integer::sum);
            }
            Map<Double, Integer> frequencies = new HashMap<>();
            Map<Double, Integer> recencies = new HashMap<>();
            Map<Double, Integer> ages = new HashMap<>();
            int n = groups.size();
            int[] frequencyOf = new int[n];
            int[] recencyOf = new int[n];
            int[] ageOf = new int[n];
            double[] count = new double[n];
            int g = 0;
            for (Map.Entry<Customer, Integer> group : groups.entrySet()) {
                Customer customer = group.getKey();
                frequencyOf[g] = frequencies.computeIfAbsent(customer.frequency(), k -> frequencies.size());
                recencyOf[g] = recencies.computeIfAbsent(customer.recency(), k -> recencies.size());
                ageOf[g] = ages.computeIfAbsent(customer.age(), k -> ages.size());
                count[g++] = group.getValue();
            }
            return new Likelihood(values(frequencies), values(recencies), values(ages), frequencyOf, recencyOf, ageOf,
                    count);
        }

        private static double[] values(Map<Double, Integer> index) {
            double[] values = new double[index.size()];
            index.forEach((value, i) -> values[i] = value);
            return values;
        }

        boolean anyRepeatPurchase() {
            return Arrays.stream(frequencies).anyMatch(x -> x > 0);
        }

        double oldest() {
            double oldest = Arrays.stream(ages).max().orElse(0);
            if (!(oldest > 0)) {
                throw new IllegalArgumentException("every customer has age T = 0");
            }
            return oldest;
        }

        Likelihood withTimeScale(double scale) {
            double[] scaledRecencies = Arrays.stream(recencies).map(t -> t * scale).toArray();
            double[] scaledAges = Arrays.stream(ages).map(t -> t * scale).toArray();
            return new Likelihood(frequencies, scaledRecencies, scaledAges, frequencyOf, recencyOf, ageOf, count);
        }

        double value(double r, double alpha, double a, double b) {
            double[] purchaseTerm = new double[frequencies.length];
            double[] dropoutTerm = new double[frequencies.length];
            double common = -LogGamma.value(r) + r * Math.log(alpha) + LogGamma.value(a + b) - LogGamma.value(b);
            for (int j = 0; j < frequencies.length; j++) {
                double x = frequencies[j];
                purchaseTerm[j] = common + LogGamma.value(r + x) + LogGamma.value(b + x) - LogGamma.value(a + b + x);
                dropoutTerm[j] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
            }
            double[] logAge = Arrays.stream(ages).map(t -> Math.log(alpha + t)).toArray();
            double[] logRecency = Arrays.stream(recencies).map(t -> Math.log(alpha + t)).toArray();
            double sum = 0;
            for (int g = 0; g < count.length; g++) {
                int j = frequencyOf[g];
                double x = frequencies[j];
                double survived = -(r + x) * logAge[ageOf[g]];
                double droppedOut = dropoutTerm[j] - (r + x) * logRecency[recencyOf[g]];
                sum += count[g] * (purchaseTerm[j] + (x > 0 ? logSumExp(survived, droppedOut) : survived));
            }
            return sum;
        }

        private static double logSumExp(double first, double second) {
            double high = Math.max(first, second);
            return high + Math.log(1 + Math.exp(-Math.abs(first - second)));
        }
    }
}
