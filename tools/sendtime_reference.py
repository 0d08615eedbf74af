"""Reference values for io.bindung.stats.DirichletMultinomial and io.bindung.stats.DiscreteHazard, computed with
SciPy; DirichletMultinomialReferenceTest and DiscreteHazardReferenceTest compare to them.

Run from the repository root:  python3 tools/sendtime_reference.py
It rewrites src/test/resources/stats/dirichlet_multinomial.json and src/test/resources/stats/discrete_hazard.json
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

The Kaplan-Meier estimate in whole periods (discrete_hazard.json): subject i had its event in period eventAt_i,
or none (eventAt_i = -1) after observing observed_i whole periods. The oracle is
scipy.stats.ecdf(scipy.stats.CensoredData(uncensored=eventAt + 0.5, right=observed)) over the subjects with and
without an event: an event in period d falls inside the period, a censoring at its boundary, so a subject censored
after c periods was at risk in periods 0 .. c - 1. Stored per case: survival S(k) = .sf.evaluate(k) for
k = 0 .. periods, and the hazards h(d) = 1 - S(d + 1) / S(d) for d = 0 .. periods - 1, null where S(d) = 0. The
hazards are checked against the events over the number at risk that ecdf reports (its .sf._d / .sf._n), and the
hand-checkable case against values worked out by hand.
"""
import json
import math
import os

import mpmath
import numpy as np
from scipy import optimize, special, stats

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "test", "resources", "stats", "dirichlet_multinomial.json")
HAZARD_OUT = os.path.join(ROOT, "src", "test", "resources", "stats", "discrete_hazard.json")
HOURS_OF_WEEK = 168


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


# ---------------------------------------------------------------- Kaplan-Meier in whole periods

def kaplan_meier(event_at, observed, periods):
    """S(0) .. S(periods) and h(0) .. h(periods - 1) (None where S(d) = 0) from scipy.stats.ecdf."""
    event_at, observed = np.asarray(event_at), np.asarray(observed)
    engaged = event_at >= 0
    data = stats.CensoredData(uncensored=event_at[engaged] + 0.5, right=observed[~engaged])
    sf = stats.ecdf(data).sf
    survival = sf.evaluate(np.arange(periods + 1))
    hazards = [None if survival[d] == 0 else float(1 - survival[d + 1] / survival[d]) for d in range(periods)]
    check_hazards(sf, hazards)
    return [float(s) for s in survival], hazards


def check_hazards(sf, hazards):
    """Each hazard is the events over the number at risk at d + 1/2, 0 in periods without an event."""
    exact = {float(t): d / n for t, d, n in zip(sf.quantiles, sf._d, sf._n)}
    for d, h in enumerate(hazards):
        if h is not None:
            assert abs(h - exact.get(d + 0.5, 0.0)) <= 1e-12, (d, h, exact.get(d + 0.5))


def hand_checked_subjects():
    """Ten subjects over four periods.
    period 0: all 10 at risk, 1 event             h = 1/10  S(1) = 0.9
    period 1: 8 at risk (one event, one censored after 1 period gone), 2 events
                                                  h = 1/4   S(2) = 0.675
    period 2: 5 at risk (two events, one censored after 2 periods gone), 1 event
                                                  h = 1/5   S(3) = 0.54
    period 3: 3 at risk (one event, one censored after 3 periods gone), 1 event
                                                  h = 1/3   S(4) = 0.36"""
    event_at = [0, 1, 1, -1, 2, -1, -1, 3, -1, -1]
    observed = [0, 0, 0, 1, 0, 2, 3, 0, 4, 10]
    return event_at, observed, 4, [1, 0.9, 0.675, 0.54, 0.36]


def tied_subjects():
    """Per period several events together with censorings after that period (still at risk in it) and right
    before it (no longer at risk); three subjects observed for no period; periods without events; and a last
    period in which everybody still at risk has the event, so S reaches 0 and the later hazards are undefined."""
    event_at, observed = [], []
    groups = [  # (events in period d, censored after d periods, censored after d + 1 periods)
        (3, 2, 2), (0, 1, 3), (4, 0, 4), (2, 3, 1), (0, 0, 0), (5, 2, 2), (1, 1, 0)]
    for d, (events, before, after) in enumerate(groups):
        event_at += [d] * events + [-1] * (before + after)
        observed += [0] * events + [d] * before + [d + 1] * after
    event_at += [-1, -1, -1, 7, 7, 7]
    observed += [0, 0, 0, 0, 0, 0]
    return event_at, observed, 10


def censored_early_subjects():
    """Nobody has an event; everybody is censored within the first few of 24 periods."""
    observed = [0, 1, 1, 2, 3, 3, 3, 5, 0, 2]
    return [-1] * len(observed), observed, 24


def simulated_sends(sends=2000, periods=HOURS_OF_WEEK):
    """Sends of ages uniform over 0 .. 399 whole hours; 55% engage after a geometric delay in hours, fast
    (p = 0.15) for most and slow (p = 0.02) for a third; an engagement is seen if it came before the send's age.
    Unseen ones are censored at the age, at most the periods watched."""
    rng = np.random.default_rng(168)
    ages = rng.integers(0, 400, sends)
    engages = rng.random(sends) < 0.55
    slow = rng.random(sends) < 1 / 3
    delays = rng.geometric(np.where(slow, 0.02, 0.15)) - 1
    seen = engages & (delays < ages)
    event_at = np.where(seen, delays, -1)
    observed = np.where(seen, 0, np.minimum(ages, periods))
    return [int(e) for e in event_at], [int(o) for o in observed], periods


def late_subjects():
    """Events in period 12 and beyond, and censorings after more periods than the 12 estimated: all of them at
    risk in every period estimated. The periods observed by subjects with an event are arbitrary (ignored)."""
    event_at = [0, 0, 2, 5, 5, 11, 12, 13, 40, 500, -1, -1, -1, -1, -1]
    observed = [3, 0, 1, 0, 9, 0, 2, 0, 7, 0, 1, 6, 12, 13, 1000]
    return event_at, observed, 12


def hazard_cases():
    hand_event_at, hand_observed, hand_periods, by_hand = hand_checked_subjects()
    return [
        ("ten subjects, checked by hand", hand_event_at, hand_observed, hand_periods, by_hand),
        ("ties of events and censorings in the same period, S reaches 0", *tied_subjects(), None),
        ("everybody censored early", *censored_early_subjects(), None),
        ("2000 simulated sends over 168 hours", *simulated_sends(), None),
        ("events and censorings beyond the periods estimated", *late_subjects(), None),
    ]


def write_discrete_hazard():
    reference = {"cases": []}
    for name, event_at, observed, periods, by_hand in hazard_cases():
        survival, hazards = kaplan_meier(event_at, observed, periods)
        if by_hand is not None:
            assert np.allclose(survival, by_hand, rtol=0, atol=1e-15), (name, survival)
        reference["cases"].append({"name": name, "periods": periods, "eventAt": event_at, "observed": observed,
                                   "survival": survival, "hazards": hazards})
    cases = {case["name"]: case for case in reference["cases"]}
    assert all(s == 1 for s in cases["everybody censored early"]["survival"])
    assert cases["ties of events and censorings in the same period, S reaches 0"]["survival"][-1] == 0
    with open(HAZARD_OUT, "w") as out:
        json.dump(reference, out, separators=(",", ":"), allow_nan=False)
        out.write("\n")
    print("wrote %d Kaplan-Meier cases to %s (%d bytes)" % (len(reference["cases"]), HAZARD_OUT,
                                                            os.path.getsize(HAZARD_OUT)))
    for case in reference["cases"]:
        print("  %-65s %5d subjects  S(%d) = %.12g" % (case["name"], len(case["eventAt"]), case["periods"],
                                                         case["survival"][-1]))


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
    write_discrete_hazard()


if __name__ == "__main__":
    main()
