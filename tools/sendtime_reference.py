"""Reference values for io.bindung.stats.DirichletMultinomial and io.bindung.stats.CyclicHazard, computed with
SciPy; DirichletMultinomialReferenceTest and CyclicHazardReferenceTest compare to them.

Run from the repository root:  python3 tools/sendtime_reference.py
It rewrites src/test/resources/stats/dirichlet_multinomial.json and src/test/resources/stats/cyclic_hazard.json
(seeded, so the same files every run).

The model: customer i's counts n_ik over K categories (hours of the week) are Dirichlet-multinomial with mean m_i
and concentration a, i.e. Dirichlet parameters a_ik = a m_ik; the mean is one m for all customers (cases
"logLikelihood" and "fits", key "mean") or one per customer (cases "perCustomerLogLikelihood" and
"perCustomerFits", key "means", one row per customer). The oracle, written for a mean per customer (m_ik = m_k when
shared):
- log-likelihood of whole counts: scipy.stats.dirichlet_multinomial.logpmf(n_i, a m_i, N_i) summed over the
  customers; of fractional (recency-decayed) counts: the same formula written with scipy.special.gammaln,
  sum_i [gammaln(N_i + 1) - sum_k gammaln(n_ik + 1) + gammaln(a) - gammaln(N_i + a)
         + sum_k (gammaln(n_ik + a_ik) - gammaln(a_ik))],
  which is checked against logpmf on every whole-count case (and at every whole-count fit);
- fitted concentration in [lower, upper] with the means fixed: scipy.optimize.brentq (xtol 1e-14 on ln a) on
  a dL/da = a sum_i [digamma(a) - digamma(N_i + a) + sum_k m_ik (digamma(n_ik + a_ik) - digamma(a_ik))] with
  scipy.special.digamma, over every customer (none left out). Same sign at both bounds: upper when positive,
  lower when negative; negative at lower and positive at upper: the bound with the larger likelihood. Every
  interior root is checked against mpmath (30 digits) to 1e-10, and the fitted likelihood against its
  neighbours.
- digamma differences psi(x + n) - psi(x), which the Java code computes directly: mpmath at 30 digits.
Counts are stored sparse per customer (categories and counts), fractional weights rounded to 6 decimals so
that Java parses exactly the numbers used here. Means per customer (each customer's own smoothed weekday and
weekend rhythm mixed with the group's, or random ones over four categories) are rounded to 8 decimals with the
largest entry making the sum 1, for the same reason and to keep the file small. A mean repeated for every customer
is checked to give exactly the numbers of the mean given once.

The hazard by period times a cyclic activity (cyclic_hazard.json): subject i starts at phase s_i of a cycle of C
phases and has its event in period eventAt_i, or none (-1) after observing observed_i whole periods. In cell (s, d)
the events E(s, d) are Poisson with mean T(s, d) b(d) A((s + d) mod C), where T is the person-time: 1 for each
subject starting at s watched through period d (before its event or censoring, so events beyond the periods and
censorings after more periods than estimated count in every period), 1/2 for each whose event fell in period d.
Each A has a Gamma prior adding k log A - k A to the log-posterior, k = 1. The tables E and T are built here from
the subjects with numpy (indicator matrices, not loops over subjects), and the oracle minimises the negative
log-posterior
  f(theta, phi) = sum_{s,d} [T e^(theta_d + phi_h) - E (theta_d + phi_h)] - sum_h [k phi_h - k e^phi_h]
over theta_d for the periods with an event (b = 0 for the others) and phi_h for every phase, with analytic
gradient and Hessian, by scipy.optimize.minimize(method="trust-exact"). f is known only to about 1e-16 |f|, which
stalls the trust region's test once the gradient is near 1e-9, so Newton steps on the gradient finish it to a
gradient norm below 1e-10. scipy.optimize.root(method="hybr") on the gradient, from the same start, must reach a
gradient norm below 1e-10 too and give the same rates and activity to 1e-9 (every case). Then b = e^theta and
A = e^phi, A divided by its mean and b multiplied by it. Stored per case: cycle, periods, startPhase, eventAt,
observed, rates b(0 .. periods - 1) and activity A(0 .. C - 1). The cases: one start phase (each period on its own
phase, so the prior alone sets A = 1 and b(d) = E(d) / T(d), checked against values worked out by hand); starts
spread over a day (C = 24, 12 periods) and over a week (C = 168, 168 periods, 3000 subjects), events simulated at
the rate 0.1 or 0.12 e^(-d/4) times a known rhythm, some subjects observed only up to 7 periods; starts at only
phases 9, 12 and 18 of 24, whose differences share the factor 3, so the three classes of phases mod 3 are linked
only through the prior; and events beyond the periods, censorings after 0 periods and a phase nobody is watched in.
"""
import json
import math
import os

import mpmath
import numpy as np
from scipy import optimize, special, stats

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "test", "resources", "stats", "dirichlet_multinomial.json")
CYCLIC_OUT = os.path.join(ROOT, "src", "test", "resources", "stats", "cyclic_hazard.json")
HOURS_OF_WEEK = 168
CYCLIC_PRIOR_EVENTS = 1.0


# ---------------------------------------------------------------- the model

def per_customer(mean, counts):
    """The prior mean of every customer, one row each: a single mean (K,) is shared by all, means (customers, K)
    are theirs already."""
    return np.broadcast_to(mean, np.shape(counts))


def log_likelihood(mean, counts, a):
    """The formula with gammaln; zero counts and empty customers contribute exactly 0."""
    total = 0.0
    for m, n in zip(per_customer(mean, counts), counts):
        prior = a * m
        nz = n > 0
        big_n = n.sum()
        if big_n == 0:
            continue
        total += (special.gammaln(big_n + 1) - special.gammaln(n[nz] + 1).sum() + special.gammaln(a)
                  - special.gammaln(big_n + a) + (special.gammaln(n[nz] + prior[nz]) - special.gammaln(prior[nz])).sum())
    return float(total)


def scipy_log_likelihood(mean, counts, a):
    """Whole counts only: SciPy's dirichlet_multinomial.logpmf summed over the (non-empty) customers."""
    total = 0.0
    for m, n in zip(per_customer(mean, counts), counts):
        big_n = int(n.sum())
        if big_n == 0:
            continue
        total += stats.dirichlet_multinomial.logpmf(n.astype(int), a * m, big_n)
    return float(total)


def slope(mean, counts, a):
    """a dL/da with scipy.special.digamma, dense, every customer."""
    means = per_customer(mean, counts)
    prior = a * means
    per_category = (means * (special.digamma(counts + prior) - special.digamma(prior))).sum(axis=1)
    totals = counts.sum(axis=1)
    return float(a * (per_category + special.digamma(a) - special.digamma(totals + a)).sum())


def mp_slope(mean, counts, a):
    """a dL/da in mpmath, sparse."""
    a = mpmath.mpf(a)
    total = mpmath.mpf(0)
    for means, n in zip(per_customer(mean, counts), counts):
        big_n = mpmath.mpf(float(n.sum()))
        total += mpmath.digamma(a) - mpmath.digamma(big_n + a)
        for k in np.nonzero(n)[0]:
            m = mpmath.mpf(float(means[k]))
            total += m * (mpmath.digamma(mpmath.mpf(float(n[k])) + a * m) - mpmath.digamma(a * m))
    return a * total


def fit(mean, counts, lower, upper):
    """The maximum-likelihood concentration in [lower, upper] and which bound it is on, if any."""
    at_lower, at_upper = slope(mean, counts, lower), slope(mean, counts, upper)
    if at_lower >= 0 and at_upper >= 0:
        return upper, "upper"
    if at_lower <= 0 and at_upper <= 0:
        return lower, "lower"
    if at_lower < 0:
        better = log_likelihood(mean, counts, lower) >= log_likelihood(mean, counts, upper)
        return (lower, "lower") if better else (upper, "upper")
    root = optimize.brentq(lambda u: slope(mean, counts, math.exp(u)), math.log(lower), math.log(upper),
                           xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=500)
    a = math.exp(root)
    check_root(mean, counts, a)
    return a, None


def check_root(mean, counts, a):
    with mpmath.workdps(30):
        exact = mpmath.findroot(lambda u: mp_slope(mean, counts, mpmath.exp(u)), mpmath.log(a))
        exact = float(mpmath.exp(exact))
    assert abs(a - exact) <= 1e-10 * exact, (a, exact)
    best = log_likelihood(mean, counts, a)
    for neighbour in (a * (1 - 1e-4), a * (1 + 1e-4)):
        assert log_likelihood(mean, counts, neighbour) < best, (a, neighbour)


# ---------------------------------------------------------------- synthetic customers

def hour_of_week_mean():
    """A weekly engagement profile: evenings and weekday lunchtimes, quiet nights, a weekend shift."""
    hours = np.arange(HOURS_OF_WEEK)
    hour, day = hours % 24, hours // 24
    shape = (0.2 + np.exp(-((hour - 20) / 2.5) ** 2) + 0.6 * np.exp(-((hour - 12.5) / 1.5) ** 2) * (day < 5)
             + 0.4 * np.exp(-((hour - 10) / 3.0) ** 2) * (day >= 5))
    return shape / shape.sum()


def draw_customers(rng, mean, concentration, customers, engagements, decayed_share, half_life_days=30.0):
    """Dirichlet-multinomial draws per engagement around one mean (K,) or each customer's own (customers, K); a
    share of customers get recency-decayed weights 0.5^(age / half-life) with ages uniform over 90 days, rounded to
    6 decimals. Returns a dense matrix."""
    k = np.shape(mean)[-1]
    counts = np.zeros((customers, k))
    for i, m in enumerate(per_customer(mean, counts)):
        proportions = rng.dirichlet(concentration * m)
        proportions = proportions / proportions.sum()
        size = 1 + rng.poisson(engagements - 1)
        hours = rng.choice(k, size=size, p=proportions)
        if rng.random() < decayed_share:
            weights = np.round(0.5 ** (rng.uniform(0, 90, size) / half_life_days), 6)
        else:
            weights = np.ones(size)
        np.add.at(counts[i], hours, weights)
    return np.round(counts, 6)


def own_rhythm(rng):
    """A customer's own smoothed week: a bump around an hour of their own on weekdays and another on weekend days,
    each of its own width (circular in the hour of the day), over a floor of their own."""
    hours = np.arange(HOURS_OF_WEEK)
    hour, weekend = hours % 24, hours // 24 >= 5
    peaks, widths, floor = rng.uniform(0, 24, 2), rng.uniform(1.5, 4.0, 2), rng.uniform(0.02, 0.2)
    distance = (hour - np.where(weekend, peaks[1], peaks[0]) + 12) % 24 - 12
    shape = floor + np.exp(-(distance / np.where(weekend, widths[1], widths[0])) ** 2)
    return shape / shape.sum()


def quantized(mean, decimals=8):
    """The mean rounded to 8 decimals, its largest entry set so that the entries sum to 1 (to 1e-15): short in
    the JSON, and exactly the numbers used here."""
    rounded = np.round(mean, decimals)
    top = int(np.argmax(rounded))
    rounded[top] = round(1 - (math.fsum(rounded) - rounded[top]), decimals)
    assert np.all(rounded > 0) and abs(math.fsum(rounded) - 1) <= 1e-15, rounded
    return rounded


def rhythm_means(rng, group, customers):
    """Per customer: their own rhythm mixed with the group's, a weight uniform in [0.2, 0.8] on the group."""
    means = np.empty((customers, len(group)))
    for i in range(customers):
        weight = rng.uniform(0.2, 0.8)
        means[i] = quantized(weight * group + (1 - weight) * own_rhythm(rng))
    return means


def four_category_means(rng, customers):
    """Per customer: half FOUR, half a uniform draw from the simplex."""
    return np.array([quantized(0.5 * FOUR + 0.5 * rng.dirichlet(np.ones(4))) for _ in range(customers)])


def sparse(counts):
    rows = []
    for n in counts:
        nz = np.nonzero(n)[0]
        rows.append({"categories": [int(k) for k in nz], "counts": [float(n[k]) for k in nz]})
    return rows


def is_whole(counts):
    return bool(np.all(counts == np.round(counts)))


# ---------------------------------------------------------------- cases

FOUR = np.array([0.4, 0.3, 0.2, 0.1])
DYADIC = np.array([0.5, 0.25, 0.125, 0.125])


def four_category_customers(seed, concentration, customers, engagements):
    return draw_customers(np.random.default_rng(seed), FOUR, concentration, customers, engagements, 0.0)


def over_dispersed_customers():
    """Each customer keeps to one or two categories of 24: far more dispersed than any moderate prior."""
    rng = np.random.default_rng(7)
    mean = np.full(24, 1 / 24)
    counts = np.zeros((60, 24))
    for i in range(60):
        favourite = rng.integers(24)
        counts[i, favourite] = 2 + rng.poisson(4)
        if i % 4 == 0:
            counts[i, (favourite + 1 + rng.integers(23)) % 24] = 1
    return mean, counts


def log_likelihood_cases():
    hour_mean = hour_of_week_mean()
    whole_week = draw_customers(np.random.default_rng(101), hour_mean, 12.0, 40, 8, 0.0)
    decayed_week = draw_customers(np.random.default_rng(102), hour_mean, 12.0, 40, 8, 1.0)
    fractional_four = np.array([[0.5, 0.25, 0, 1.75], [0, 0, 0, 0], [0.3, 0, 0, 0], [1, 0, 0, 0],
                                [2.000001, 3.5, 0.125, 0], [12.25, 0, 7.5, 0.062500]])
    return [
        ("four categories, whole counts", FOUR, four_category_customers(11, 3.0, 12, 10), 2.5),
        ("four categories, small concentration", FOUR, four_category_customers(12, 0.5, 12, 10), 0.05),
        ("four categories, large concentration", FOUR, four_category_customers(13, 50.0, 12, 30), 1e5),
        ("four categories, fractional and empty customers", FOUR, fractional_four, 7.3),
        ("168 hours of the week, whole counts", hour_mean, whole_week, 12.0),
        ("168 hours of the week, decayed weights", hour_mean, decayed_week, 12.0),
        ("168 hours of the week, decayed weights, tiny concentration", hour_mean, decayed_week, 0.01),
        ("dyadic mean, proportional counts", DYADIC, np.array([[8, 4, 2, 2], [4, 2, 1, 1], [2.4, 1.2, 0.6, 0.6]]), 40.0),
    ]


def fit_cases():
    hour_mean = hour_of_week_mean()
    week = draw_customers(np.random.default_rng(2024), hour_mean, 15.0, 200, 8, 0.5)
    week = np.vstack([week, np.zeros((1, HOURS_OF_WEEK))])
    over_mean, over_counts = over_dispersed_customers()
    over_root, _ = fit(over_mean, over_counts, 1e-6, 1e6)
    proportional = np.array([[8, 4, 2, 2], [4, 2, 1, 1], [2.4, 1.2, 0.6, 0.6], [16, 8, 4, 4], [1, 0, 0, 0]])
    return [
        ("168 hours of the week, 200 customers, half decayed", hour_mean, week, 0.01, 1e4),
        ("168 hours of the week, whole counts only", hour_mean,
         draw_customers(np.random.default_rng(2025), hour_mean, 4.0, 150, 6, 0.0), 1e-3, 1e6),
        ("four categories", FOUR, four_category_customers(21, 3.0, 15, 8), 0.01, 1e4),
        ("four categories, decayed weights", FOUR,
         draw_customers(np.random.default_rng(22), FOUR, 1.0, 25, 8, 1.0), 0.01, 1e4),
        ("over-dispersed, just above the lower bound", over_mean, over_counts, round(over_root * 0.8, 6), 1e3),
        ("over-dispersed, on the lower bound", over_mean, over_counts, round(over_root * 2, 6), 1e3),
        ("counts proportional to the mean, on the upper bound", DYADIC, proportional, 0.01, 1e4),
    ]


def per_customer_log_likelihood_cases():
    group = hour_of_week_mean()
    four_means = four_category_means(np.random.default_rng(301), 12)
    week_means = rhythm_means(np.random.default_rng(303), group, 20)
    whole_week = draw_customers(np.random.default_rng(304), week_means, 12.0, 20, 8, 0.0)
    decayed_week = draw_customers(np.random.default_rng(305), week_means, 12.0, 20, 8, 1.0)
    fractional_four = np.array([[0.5, 0.25, 0, 1.75], [0, 0, 0, 0], [0.3, 0, 0, 0], [1, 0, 0, 0],
                                [2.000001, 3.5, 0.125, 0], [12.25, 0, 7.5, 0.062500]])
    fractional_means = np.array([[0.4, 0.3, 0.2, 0.1], [0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4],
                                 [0.7, 0.1, 0.1, 0.1], [0.05, 0.05, 0.45, 0.45], [0.125, 0.5, 0.25, 0.125]])
    return [
        ("four categories, a mean per customer, whole counts", four_means,
         draw_customers(np.random.default_rng(302), four_means, 3.0, 12, 10, 0.0), 2.5),
        ("four categories, a mean per customer, fractional and empty customers", fractional_means, fractional_four,
         7.3),
        ("168 hours, own rhythms mixed with the group, whole counts", week_means, whole_week, 12.0),
        ("168 hours, own rhythms mixed with the group, decayed weights, tiny concentration", week_means,
         decayed_week, 0.01),
        ("168 hours, own rhythms mixed with the group, decayed weights, large concentration", week_means,
         decayed_week, 1e4),
    ]


def over_dispersed_against_own_means():
    """Each customer keeps to one or two categories of 24, none of them favoured by their own mean."""
    rng = np.random.default_rng(311)
    means = np.array([quantized(0.5 / 24 + 0.5 * rng.dirichlet(np.ones(24))) for _ in range(60)])
    counts = np.zeros((60, 24))
    for i in range(60):
        favourite = int(np.argmin(means[i]))
        counts[i, favourite] = 2 + rng.poisson(4)
        if i % 4 == 0:
            counts[i, (favourite + 1 + rng.integers(23)) % 24] = 1
    return means, counts


def per_customer_fit_cases():
    group = hour_of_week_mean()
    week_means = rhythm_means(np.random.default_rng(321), group, 300)
    week = draw_customers(np.random.default_rng(322), week_means, 20.0, 300, 8, 0.5)
    week[-1] = 0
    four_means = four_category_means(np.random.default_rng(323), 25)
    over_means, over_counts = over_dispersed_against_own_means()
    over_root, _ = fit(over_means, over_counts, 1e-6, 1e6)
    proportional_means = np.array([[0.5, 0.25, 0.125, 0.125], [0.25, 0.25, 0.25, 0.25], [0.125, 0.125, 0.25, 0.5],
                                   [0.625, 0.125, 0.125, 0.125], [0.75, 0.125, 0.0625, 0.0625],
                                   [0.5, 0.25, 0.125, 0.125], [0.1, 0.2, 0.3, 0.4]])
    proportional = np.array([16, 8, 16, 8, 16, 4.8, 0])[:, None] * proportional_means
    proportional[-1] = [0, 0, 1, 0]
    return [
        ("168 hours, 300 customers, own rhythms mixed with the group, half decayed", week_means, week, 0.01, 1e4),
        ("four categories, a mean per customer", four_means[:15],
         draw_customers(np.random.default_rng(324), four_means[:15], 3.0, 15, 8, 0.0), 0.01, 1e4),
        ("four categories, a mean per customer, decayed weights", four_means[15:],
         draw_customers(np.random.default_rng(325), four_means[15:], 1.0, 10, 8, 1.0), 0.01, 1e4),
        ("over-dispersed against their own means, on the lower bound", over_means, over_counts,
         round(over_root * 2, 6), 1e3),
        ("counts proportional to their own means, on the upper bound", proportional_means, proportional, 0.01, 1e4),
    ]


# ---------------------------------------------------------------- the hazard by period times a cyclic activity

def cyclic_tables(start_phase, event_at, observed, periods, cycle):
    """E and T, (cycle, periods), from the subjects: a subject is at risk for a whole period in every period before
    its event (or before its censoring, after observed whole periods), at most the periods estimated, and for half
    a period in the period of its event, which counts one event there if it is among the periods estimated."""
    start_phase, event_at, observed = (np.asarray(v) for v in (start_phase, event_at, observed))
    engaged = event_at >= 0
    watched = np.minimum(np.where(engaged, event_at, observed), periods)
    at_risk = (np.arange(periods)[None, :] < watched[:, None]).astype(float)
    by_phase = np.eye(cycle)[start_phase]
    time = by_phase.T @ at_risk
    counted = engaged & (event_at < periods)
    events = by_phase[counted].T @ np.eye(periods)[event_at[counted]]
    return events, time + 0.5 * events


def cyclic_phases(cycle, periods):
    """h = (s + d) mod C for every cell."""
    return (np.arange(cycle)[:, None] + np.arange(periods)[None, :]) % cycle


def cyclic_negative_log_posterior(events, time, cycle):
    """f(theta, phi) over the periods with an event (theta) and all phases (phi), with its gradient and Hessian."""
    phase = cyclic_phases(cycle, events.shape[1])
    active = np.nonzero(events.sum(axis=0) > 0)[0]
    events, time, phase = events[:, active], time[:, active], phase[:, active]
    n = len(active)
    period = np.broadcast_to(np.arange(n)[None, :], phase.shape)

    def expected(x):
        return time * np.exp(x[:n][None, :] + x[n:][phase])

    def f(x):
        eta = x[:n][None, :] + x[n:][phase]
        phi = x[n:]
        return float((time * np.exp(eta) - events * eta).sum() - (CYCLIC_PRIOR_EVENTS * (phi - np.exp(phi))).sum())

    def gradient(x):
        residual = expected(x) - events
        by_phase = np.bincount(phase.ravel(), residual.ravel(), cycle)
        return np.concatenate([residual.sum(axis=0), by_phase + CYCLIC_PRIOR_EVENTS * (np.exp(x[n:]) - 1)])

    def hessian(x):
        mu = expected(x)
        h = np.zeros((n + cycle, n + cycle))
        h[np.arange(n), np.arange(n)] = mu.sum(axis=0)
        h[n + np.arange(cycle), n + np.arange(cycle)] = (np.bincount(phase.ravel(), mu.ravel(), cycle)
                                                         + CYCLIC_PRIOR_EVENTS * np.exp(x[n:]))
        np.add.at(h, (period.ravel(), n + phase.ravel()), mu.ravel())
        h[n:, :n] = h[:n, n:].T
        return h

    return f, gradient, hessian, active


def cyclic_hazard(start_phase, event_at, observed, periods, cycle):
    """b (rates) and A (activity), A scaled to mean 1 and b the other way, at the posterior mode found by
    scipy.optimize.minimize(method="trust-exact") and finished by Newton steps, cross-checked by
    scipy.optimize.root(method="hybr") on the gradient from the same start; both to a gradient norm below 1e-10,
    and agreeing to 1e-9."""
    events, time = cyclic_tables(start_phase, event_at, observed, periods, cycle)
    f, gradient, hessian, active = cyclic_negative_log_posterior(events, time, cycle)
    start = np.concatenate([np.log(events.sum(axis=0)[active] / time.sum(axis=0)[active]), np.zeros(cycle)])
    mode = optimize.minimize(f, start, jac=gradient, hess=hessian, method="trust-exact",
                             options={"gtol": 1e-12, "maxiter": 1000}).x
    mode = newton_finish(mode, gradient, hessian)
    root = optimize.root(gradient, start, jac=hessian, method="hybr", options={"xtol": 1e-15}).x
    for x in (mode, root):
        assert np.linalg.norm(gradient(x)) < 1e-10, np.linalg.norm(gradient(x))
    rates, activity = scaled(mode, active, periods)
    root_rates, root_activity = scaled(root, active, periods)
    assert np.allclose(root_rates, rates, rtol=1e-9, atol=0) and np.allclose(root_activity, activity, rtol=1e-9,
                                                                               atol=0)
    return rates, activity


def newton_finish(x, gradient, hessian, steps=5):
    """Newton steps x - H^-1 g until the gradient norm is below 1e-10: f is only known to about 1e-16 |f|, below
    the decrease a step predicts once the gradient is near 1e-9, so the trust region's test of f stalls there."""
    for _ in range(steps):
        if np.linalg.norm(gradient(x)) < 1e-10:
            return x
        x = x - np.linalg.solve(hessian(x), gradient(x))
    return x


def scaled(x, active, periods):
    """b = e^theta (0 for periods without an event) and A = e^phi, A divided by its mean and b multiplied by it."""
    rates = np.zeros(periods)
    rates[active] = np.exp(x[:len(active)])
    activity = np.exp(x[len(active):])
    mean = activity.mean()
    return rates * mean, activity / mean


def daily_rhythm(cycle=24):
    """Evenings and lunchtimes over quiet nights, mean 1."""
    hour = np.arange(cycle)
    shape = 0.2 + np.exp(-((hour - 20) / 2.5) ** 2) + 0.6 * np.exp(-((hour - 12.5) / 1.5) ** 2)
    return shape / shape.mean()


def rhythmic_subjects(rng, subjects, periods, rhythm, base, starts, short_share, longest):
    """Subjects starting at phases drawn from starts whose event in period d comes at the rate
    base e^(-d/4) rhythm((s + d) mod C), i.e. with probability 1 - exp(-rate) if none came before; each is
    observed for a number of periods uniform over 0 .. 7 (a share short_share of them) or over 0 .. longest - 1,
    and its event is seen only within them. The periods observed are kept for subjects with an event too (the
    estimate ignores them)."""
    cycle = len(rhythm)
    start_phase = rng.choice(starts, size=subjects)
    rate = base * np.exp(-np.arange(periods)[None, :] / 4) * rhythm[cyclic_phases(cycle, periods)[start_phase]]
    came = rng.random((subjects, periods)) < 1 - np.exp(-rate)
    first = np.where(came.any(axis=1), came.argmax(axis=1), periods + 1000)
    observed = np.where(rng.random(subjects) < short_share, rng.integers(0, 8, subjects),
                        rng.integers(0, longest, subjects))
    event_at = np.where(first < observed, first, -1)
    return [int(s) for s in start_phase], [int(e) for e in event_at], [int(o) for o in observed], periods, cycle


def one_start_phase_subjects():
    """Eleven subjects all starting at phase 3 of 4, over 5 periods (period 4 falls on phase 3 again). Each phase
    sees each period once, so the likelihood depends on b(d) A(h) only and the prior alone fixes A = 1:
    b(d) = E(d) / T(d).
    period 0: 10 subjects watched through it, 1 event (T = 10.5)     b = 2/21
    period 1: 7 watched through it, 2 events (T = 8)                   b = 1/4
    period 2: 5 watched through it, 1 event (T = 5.5)                  b = 2/11
    period 3: 3 watched through it, 1 event (T = 3.5)                  b = 2/7
    period 4: 2 watched through it (censored after 10 periods, an event in period 7), no event   b = 0"""
    event_at = [0, 1, 1, -1, 2, -1, -1, 3, -1, -1, 7]
    observed = [0, 0, 0, 1, 0, 2, 3, 0, 4, 10, 0]
    return [3] * len(event_at), event_at, observed, 5, 4, [2 / 21, 1 / 4, 2 / 11, 2 / 7, 0]


def late_and_unobserved_subjects():
    """Eight phases, six periods, starts at phases 0 and 1 only (so phase 7 is never watched and keeps A = 1 before
    scaling): events in period 6 and far beyond (at risk in every period estimated), censorings after 0 periods
    (never at risk) and after more periods than estimated, and periods observed by subjects with an event
    arbitrary (ignored)."""
    start_phase = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1]
    event_at = [0, 0, 1, 2, 2, 3, 5, 5, 6, 9, 100, -1, -1, -1, -1, -1, -1, 4, 1, 6]
    observed = [0, 3, 0, 50, 0, 0, 2, 0, 0, 7, 0, 0, 0, 0, 2, 6, 1000, 0, 0, 0]
    return start_phase, event_at, observed, 6, 8


def cyclic_hazard_cases():
    hand = one_start_phase_subjects()
    spread_day = rhythmic_subjects(np.random.default_rng(24), 600, 12, daily_rhythm(), 0.12, np.arange(24), 0.2, 40)
    week = rhythmic_subjects(np.random.default_rng(168168), 3000, HOURS_OF_WEEK, hour_of_week_mean() * HOURS_OF_WEEK,
                             0.1, np.arange(HOURS_OF_WEEK), 0.3, 400)
    three = rhythmic_subjects(np.random.default_rng(3), 900, 24, daily_rhythm(), 0.12, np.array([9, 12, 18]), 0.2, 60)
    return [
        ("eleven subjects at one start phase, checked by hand", *hand),
        ("600 subjects over 12 hours, starts spread over the day", *spread_day, None),
        ("3000 sends over 168 hours, starts spread over the week", *week, None),
        ("900 subjects starting at 9, 12 or 18 of 24 phases, linked only through the prior", *three, None),
        ("events beyond the periods, subjects observed 0 periods, a phase never watched",
         *late_and_unobserved_subjects(), None),
    ]


def write_cyclic_hazard():
    reference = {"cases": []}
    for name, start_phase, event_at, observed, periods, cycle, by_hand in cyclic_hazard_cases():
        rates, activity = cyclic_hazard(start_phase, event_at, observed, periods, cycle)
        assert abs(activity.mean() - 1) <= 1e-14, (name, activity.mean())
        if by_hand is not None:
            assert np.allclose(rates, by_hand, rtol=1e-12, atol=0) and np.allclose(activity, 1, rtol=0, atol=1e-12), (
                name, rates, activity)
        reference["cases"].append({"name": name, "cycle": cycle, "periods": periods, "startPhase": start_phase,
                                   "eventAt": event_at, "observed": observed, "rates": [float(b) for b in rates],
                                   "activity": [float(a) for a in activity]})
    with open(CYCLIC_OUT, "w") as out:
        json.dump(reference, out, separators=(",", ":"), allow_nan=False)
        out.write("\n")
    print("wrote %d cyclic hazard cases to %s (%d bytes)" % (len(reference["cases"]), CYCLIC_OUT,
                                                               os.path.getsize(CYCLIC_OUT)))
    for case in reference["cases"]:
        events = sum(0 <= e < case["periods"] for e in case["eventAt"])
        print("  %-85s %5d subjects %5d events  A in [%.4g, %.4g]" % (
            case["name"], len(case["eventAt"]), events, min(case["activity"]), max(case["activity"])))


def log_likelihood_entry(name, mean, counts, a):
    """A log-likelihood case; "mean" when shared by all customers, "means" when one per customer."""
    expected = log_likelihood(mean, counts, a)
    if is_whole(counts):
        oracle = scipy_log_likelihood(mean, counts, a)
        assert abs(expected - oracle) <= 1e-10 * abs(oracle), (name, expected, oracle)
        expected = oracle
    return {"name": name, "mean" if mean.ndim == 1 else "means": mean.tolist(), "customers": sparse(counts),
            "concentration": a, "expected": expected}


def fit_entry(name, mean, counts, lower, upper):
    """A fit case; "mean" when shared by all customers, "means" when one per customer."""
    a, bound = fit(mean, counts, lower, upper)
    if name.endswith("on the upper bound"):
        grid = np.geomspace(lower, upper, 50)
        values = [log_likelihood(mean, counts, g) for g in grid]
        assert bound == "upper" and all(np.diff(values) > 0), name
    if "just above the lower bound" in name:
        assert bound is None and a < 1.5 * lower, (name, a, lower)
    if name.endswith("on the lower bound"):
        assert bound == "lower", name
    fitted = log_likelihood(mean, counts, a)
    if is_whole(counts):
        oracle = scipy_log_likelihood(mean, counts, a)
        assert abs(fitted - oracle) <= 1e-10 * abs(oracle), (name, fitted, oracle)
    return {"name": name, "mean" if mean.ndim == 1 else "means": mean.tolist(), "customers": sparse(counts),
            "lower": lower, "upper": upper, "bound": bound, "expected": a, "logLikelihood": fitted}


def check_shared_means(name, mean, counts, a):
    """The same mean given once per customer gives the same numbers as given once."""
    repeated = np.tile(mean, (len(counts), 1))
    assert log_likelihood(repeated, counts, a) == log_likelihood(mean, counts, a), name
    assert slope(repeated, counts, a) == slope(mean, counts, a), name


def main():
    reference = {"logLikelihood": [], "fits": [], "digammaDifference": []}
    for name, mean, counts, a in log_likelihood_cases():
        check_shared_means(name, mean, counts, a)
        reference["logLikelihood"].append(log_likelihood_entry(name, mean, counts, a))
    for name, mean, counts, lower, upper in fit_cases():
        reference["fits"].append(fit_entry(name, mean, counts, lower, upper))
    with mpmath.workdps(30):
        for x in (1e-6, 1e-4, 0.03, 0.7, 1.0, 3.5, 9.999, 10.0, 55.5, 1e4, 1e6, 1e9):
            for n in (1e-6, 0.3, 1.0, 2.5, 40.0, 1e4):
                exact = mpmath.digamma(mpmath.mpf(x) + mpmath.mpf(n)) - mpmath.digamma(mpmath.mpf(x))
                reference["digammaDifference"].append({"x": x, "n": n, "expected": float(exact)})
    reference["perCustomerLogLikelihood"] = [log_likelihood_entry(*case) for case in per_customer_log_likelihood_cases()]
    reference["perCustomerFits"] = [fit_entry(*case) for case in per_customer_fit_cases()]
    with open(OUT, "w") as out:
        json.dump(reference, out, separators=(",", ":"), allow_nan=False)
        out.write("\n")
    print("wrote %d log-likelihoods, %d fits, %d digamma differences, %d log-likelihoods and %d fits with a mean per "
          "customer to %s (%d bytes)" % (
              len(reference["logLikelihood"]), len(reference["fits"]), len(reference["digammaDifference"]),
              len(reference["perCustomerLogLikelihood"]), len(reference["perCustomerFits"]), OUT,
              os.path.getsize(OUT)))
    for case in reference["fits"] + reference["perCustomerFits"]:
        print("  %-75s a = %.12g %s" % (case["name"], case["expected"], case["bound"] or ""))
    write_cyclic_hazard()


if __name__ == "__main__":
    main()
