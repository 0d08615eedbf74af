"""Reference values for io.bindung.stats, computed with SciPy; the JUnit tests compare to them.

Run from the repository root:  python3 tools/stats_reference.py
It rewrites src/test/resources/stats/reference.json (every case of every function) and
src/test/resources/stats/proportions.csv (io.bindung.stats.ProportionComparison).

SciPy is the independent oracle wherever it has the test: chi2_contingency (z-test p-values,
omnibus), ttest_ind / ttest_ind_from_stats (Welch), f_oneway(equal_var=False) (Welch's ANOVA),
chisquare (sample-ratio mismatch), false_discovery_control (Benjamini-Hochberg), integrate.quad
(chance to be best). Formulas SciPy does
not have are written out here with SciPy's quantiles: GrowthBook gbstats' delta-method relative
lift, the Wald interval, Holm's adjustment and the Fleiss sample size; gbstats' Bayesian effect
test (bayesian/tests.py, EffectBayesianABTest: Normal posterior of the relative lift, risk from
truncnorm means as gbstats.utils) and sequential test (frequentist/tests.py, SequentialTwoSidedTTest:
Waudby-Smith et al. 2023 confidence sequences and always-valid p-values); ratio metrics as gbstats'
models/statistics.py RatioStatistic with utils.variance_of_ratios (delta method), tested like means
with ttest_ind_from_stats on each arm's ratio, delta-method variance and n. The factorial ANOVA (Type III
tests on sum-to-zero coding, as R's car::Anova(type = 3) with contr.sum) is fitted by OLS on raw per-unit
data with a full sum-coded design (numpy lstsq), the overall test by f_oneway. CUPED adjusts seeded raw
per-unit data in numpy (theta = pooled cov/var, y - theta (x - pooled mean x)) and tests the adjusted
values with ttest_ind(equal_var=False) and its confidence_interval. Degenerate inputs, where
SciPy raises or answers NaN, get the defined answers the Java code documents (p = 1, no interval).
"""
import csv
import itertools
import json
import math
import os

import numpy as np
from scipy import integrate, optimize, stats

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "test", "resources", "stats")


def f(value):
    return None if value is None else float(value)


# ---------------------------------------------------------------- arm statistics (as the Java records)

def proportion_stats(n, x):
    rate = x / n if n else 0.0
    return n, rate, rate * (1 - rate)


def mean_stats(n, total, squares):
    if n == 0:
        return n, 0.0, 0.0
    mean = total / n
    variance = 0.0 if n <= 1 else max(0.0, (squares - total * total / n) / (n - 1))
    return n, mean, variance


def ratio_stats(n, total, squares, denominator, denominator_squares, products):
    """gbstats RatioStatistic: mean Σx/Σy (0 when Σy = 0); variance variance_of_ratios(μx, s²x, μy, s²y, sxy)
    = s²x/μy² + s²y·μx²/μy⁴ − 2·sxy·μx/μy³ with n − 1 sample (co)variances (compute_covariance); 0 when
    n ≤ 1 or μy = 0."""
    mean = total / denominator if denominator else 0.0
    if n <= 1 or denominator == 0:
        return n, mean, 0.0
    mx, my = total / n, denominator / n
    vx = mean_stats(n, total, squares)[2]
    vy = mean_stats(n, denominator, denominator_squares)[2]
    cov = (products - total * denominator / n) / (n - 1)
    return n, mean, max(0.0, vx / my ** 2 + vy * mx ** 2 / my ** 4 - 2 * cov * mx / my ** 3)


def ratio_sums(seed, n, orders_rate, order_value):
    """Per customer y ~ Poisson(orders_rate) orders and x = revenue, Gamma(2, order_value/2) per order."""
    rng = np.random.default_rng(seed)
    y = rng.poisson(orders_rate, n).astype(float)
    x = np.array([rng.gamma(2.0, order_value / 2, int(k)).sum() for k in y])
    return (n, float(x.sum()), float((x * x).sum()), float(y.sum()), float((y * y).sum()), float((x * y).sum()))


def sums(n, mean, sd):
    """Sum and sum of squares of n values with this mean and sample standard deviation."""
    total = n * mean
    return total, (n - 1) * sd * sd + total * total / n


# ---------------------------------------------------------------- shared pieces

def welch_df(a, b):
    """Welch-Satterthwaite; a and b are (n, mean, variance). None when neither arm varies."""
    va, vb = a[2] / a[0], b[2] / b[0]
    if not va + vb > 0:
        return None
    term = lambda v, n: 0.0 if v == 0 else v * v / (n - 1)
    return (va + vb) ** 2 / (term(va, a[0]) + term(vb, b[0]))


def relative_lift(a, b, alpha):
    """gbstats TwoSidedTTest: delta-method variance, t quantile with Welch df."""
    (na, ma, va), (nb, mb, vb) = a, b
    if ma == 0:
        return None
    lift = (mb - ma) / ma
    variance = vb / (nb * ma ** 2) + va * mb ** 2 / (na * ma ** 4)
    df = welch_df(a, b)
    if not variance > 0 or df is None:
        return {"estimate": lift, "lower": None, "upper": None}
    width = stats.t.ppf(1 - alpha / 2, df) * math.sqrt(variance)
    return {"estimate": lift, "lower": lift - width, "upper": lift + width}


# ---------------------------------------------------------------- two proportions

def two_proportions(control, treatment, alpha):
    (nc, xc), (nt, xt) = control, treatment
    a, b = proportion_stats(nc, xc), proportion_stats(nt, xt)
    difference = b[1] - a[1]
    se = math.sqrt(a[2] / nc + b[2] / nt)
    z_quantile = stats.norm.ppf(1 - alpha / 2)
    pooled = (xc + xt) / (nc + nt)
    if pooled in (0.0, 1.0):
        z, p = 0.0, 1.0
    else:
        chi2, p, _, _ = stats.chi2_contingency([[xt, nt - xt], [xc, nc - xc]], correction=False)
        z = math.copysign(math.sqrt(chi2), difference)
    return {
        "absolute": {"estimate": difference, "lower": difference - z_quantile * se, "upper": difference + z_quantile * se},
        "relative": relative_lift(a, b, alpha),
        "statistic": z, "df": welch_df(a, b), "pValue": p,
    }


PROPORTION_CASES = [
    # name, control (n, conversions), treatment (n, conversions), alpha
    ("balanced 1000", (1000, 100), (1000, 120), 0.05),
    ("small unbalanced", (180, 5), (200, 15), 0.05),
    ("zero control rate", (50, 0), (50, 1), 0.10),
    ("negative lift", (5100, 510), (5000, 480), 0.01),
    ("full treatment", (40, 30), (33, 33), 0.05),
    ("rare events", (987, 9), (1234, 7), 0.20),
    ("identical", (1000, 250), (1000, 250), 0.05),
    ("n = 10", (10, 3), (10, 7), 0.05),
    ("no conversions at all", (10, 0), (10, 0), 0.05),
    ("every unit converted", (10, 10), (10, 10), 0.05),
    ("control all, treatment none", (20, 20), (20, 0), 0.05),
    ("control none, treatment all", (20, 0), (25, 25), 0.05),
    ("unbalanced 100:1", (100000, 5000), (1000, 60), 0.05),
    ("ten million each", (10_000_000, 1_000_000), (10_000_000, 1_001_500), 0.05),
    ("ten million vs one million", (10_000_000, 300_000), (1_000_000, 30_500), 0.05),
    ("p near 1e-12", (20000, 2000), (20000, 2440), 0.05),
    ("p near 1e-12 unbalanced", (50000, 5000), (10000, 1240), 0.01),
    ("p near 1e-30", (20000, 2000), (20000, 2800), 0.05),
    ("n = 10 vs 10 million", (10, 1), (10_000_000, 1_234_567), 0.05),
    ("high rates", (3000, 2900), (3000, 2950), 0.05),
]

# The original fixture of ProportionComparison (treated first, as its API takes them).
COMPARISON_CASES = [
    (120, 1000, 100, 1000, 0.95),
    (15, 200, 5, 180, 0.95),
    (1, 50, 0, 50, 0.90),
    (480, 5000, 510, 5100, 0.99),
    (33, 33, 30, 40, 0.95),
    (7, 1234, 9, 987, 0.80),
    (250, 1000, 250, 1000, 0.95),
]


def comparison_row(x1, n1, x2, n2, level):
    result = two_proportions((n2, x2), (n1, x1), 1 - level)
    absolute = result["absolute"]
    return absolute["estimate"], absolute["lower"], absolute["upper"], result["pValue"]


# ---------------------------------------------------------------- Welch

def welch_from_sums(control, treatment, alpha):
    return welch_from_stats(mean_stats(*control), mean_stats(*treatment), alpha)


def welch_from_stats(a, b, alpha):
    """Welch's test on (n, mean, variance) of each arm."""
    difference = b[1] - a[1]
    relative = relative_lift(a, b, alpha) if a[0] and b[0] else None
    df = welch_df(a, b)
    if min(a[0], b[0]) < 2:
        point = None if a[1] == 0 else {"estimate": difference / a[1], "lower": None, "upper": None}
        return {"absolute": {"estimate": difference, "lower": None, "upper": None},
                "relative": point, "statistic": 0.0, "df": None, "pValue": 1.0}
    if df is None:
        return {"absolute": {"estimate": difference, "lower": None, "upper": None},
                "relative": relative, "statistic": 0.0, "df": None, "pValue": 1.0}
    result = stats.ttest_ind_from_stats(b[1], math.sqrt(b[2]), b[0], a[1], math.sqrt(a[2]), a[0], equal_var=False)
    se = math.sqrt(a[2] / a[0] + b[2] / b[0])
    width = stats.t.ppf(1 - alpha / 2, df) * se
    return {"absolute": {"estimate": difference, "lower": difference - width, "upper": difference + width},
            "relative": relative, "statistic": result.statistic, "df": df, "pValue": result.pvalue}


WELCH_CASES = [
    # name, control (n, mean, sd), treatment (n, mean, sd), alpha
    ("n = 10 vs 12", (10, 5.0, 2.0), (12, 6.5, 3.0), 0.05),
    ("balanced 1000", (1000, 20.0, 8.0), (1000, 20.5, 8.0), 0.05),
    ("unbalanced 50 vs 5000", (50, 100.0, 30.0), (5000, 110.0, 10.0), 0.05),
    ("ten million each", (10_000_000, 50.0, 20.0), (10_000_000, 50.01, 20.0), 0.05),
    ("ten million vs two million", (10_000_000, 3.2, 7.5), (2_000_000, 3.25, 7.9), 0.01),
    ("p near 1e-12", (5000, 10.0, 2.0), (5000, 10.29, 2.1), 0.05),
    ("p near 1e-40", (4000, 10.0, 2.0), (4000, 10.7, 2.2), 0.05),
    ("control mean 0", (100, 0.0, 1.0), (100, 0.3, 1.0), 0.05),
    ("negative means", (200, -5.0, 3.0), (200, -4.0, 3.0), 0.10),
    ("no variance anywhere", (10, 4.0, 0.0), (10, 5.0, 0.0), 0.05),
    ("no variance in control", (10, 4.0, 0.0), (20, 5.0, 1.0), 0.05),
    ("single control unit", (1, 7.0, 0.0), (30, 5.0, 2.0), 0.05),
    ("n = 2 each", (2, 1.0, 0.5), (2, 2.0, 0.7), 0.05),
    ("revenue-like skew", (20000, 12.5, 80.0), (19800, 13.9, 85.0), 0.05),
    ("identical", (500, 7.0, 3.0), (500, 7.0, 3.0), 0.05),
]


def welch_raw(seed, control, treatment, alpha):
    """Welch's test on generated raw values: SciPy's statistic, p-value, df and interval."""
    rng = np.random.default_rng(seed)
    values_a = rng.normal(control[1], control[2], control[0])
    values_b = rng.normal(treatment[1], treatment[2], treatment[0])
    result = stats.ttest_ind(values_b, values_a, equal_var=False)
    interval = result.confidence_interval(confidence_level=1 - alpha)
    arm = lambda values: (len(values), math.fsum(values), math.fsum(values * values))
    a, b = mean_stats(*arm(values_a)), mean_stats(*arm(values_b))
    difference = b[1] - a[1]
    return arm(values_a), arm(values_b), {
        "absolute": {"estimate": difference, "lower": interval.low, "upper": interval.high},
        "relative": relative_lift(a, b, alpha),
        "statistic": result.statistic, "df": result.df, "pValue": result.pvalue}


WELCH_RAW_CASES = [
    ("raw 40 vs 60", 1, (40, 3.0, 1.0), (60, 3.4, 1.5), 0.05),
    ("raw 2000 vs 2000", 2, (2000, 100.0, 15.0), (2000, 101.0, 15.0), 0.05),
    ("raw 300 vs 5000", 3, (300, 1.0, 0.2), (5000, 1.02, 0.3), 0.10),
]


# ---------------------------------------------------------------- omnibus tests

def chi_square_omnibus(arms):
    rows = [[x, n - x] for n, x in arms if n > 0]
    converted = sum(r[0] for r in rows)
    total = sum(r[0] + r[1] for r in rows)
    if len(rows) < 2 or converted in (0, total):
        return {"statistic": 0.0, "df": 0.0 if len(rows) < 2 else 0.0, "df2": None, "pValue": 1.0}
    chi2, p, dof, _ = stats.chi2_contingency(rows, correction=False)
    return {"statistic": chi2, "df": float(dof), "df2": None, "pValue": p}


CHI_SQUARE_CASES = [
    ("two arms", [(1000, 100), (1000, 120)]),
    ("three arms", [(500, 50), (520, 61), (480, 70)]),
    ("six arms", [(10000, 1000), (10000, 1040), (10000, 980), (10000, 1100), (10000, 1010), (10000, 1060)]),
    ("six arms unbalanced", [(5000, 260), (1200, 70), (800, 39), (3000, 171), (400, 31), (10, 1)]),
    ("ten million", [(10_000_000, 500_000), (10_000_000, 501_000), (5_000_000, 250_900)]),
    ("p near 1e-12", [(20000, 2000), (20000, 2440), (20000, 2100)]),
    ("no conversions", [(100, 0), (120, 0), (90, 0)]),
    ("empty arm left out", [(300, 30), (0, 0), (310, 45)]),
]


def welch_anova(seed, arms):
    rng = np.random.default_rng(seed)
    samples = [rng.normal(mean, sd, n) for n, mean, sd in arms]
    result = stats.f_oneway(*samples, equal_var=False)
    k = len(arms)
    summaries = [mean_stats(len(s), math.fsum(s), math.fsum(s * s)) for s in samples]
    weights = [n / v for n, _, v in summaries]
    total = sum(weights)
    lam = sum((1 - w / total) ** 2 / (n - 1) for w, (n, _, _) in zip(weights, summaries))
    sums_of_arms = [(len(s), math.fsum(s), math.fsum(s * s)) for s in samples]
    return sums_of_arms, {"statistic": result.statistic, "df": float(k - 1), "df2": (k * k - 1) / (3 * lam),
                          "pValue": result.pvalue}


WELCH_ANOVA_CASES = [
    ("three arms", 11, [(50, 10.0, 2.0), (60, 10.5, 3.0), (40, 11.0, 1.0)]),
    ("six arms", 12, [(1000, 5.0, 2.0), (1000, 5.1, 2.0), (900, 5.0, 2.5), (1100, 5.2, 1.5), (1000, 4.9, 2.0), (950, 5.05, 3.0)]),
    ("two arms", 13, [(30, 1.0, 1.0), (300, 1.5, 0.5)]),
    ("p tiny", 14, [(3000, 20.0, 5.0), (3000, 21.0, 5.0), (3000, 20.2, 6.0)]),
]


# ---------------------------------------------------------------- sample-ratio mismatch

def srm(exposures, weights):
    unexpected = [i for i, (o, w) in enumerate(zip(exposures, weights)) if w == 0 and o > 0]
    observed = [o for o, w in zip(exposures, weights) if w > 0]
    positive = [w for w in weights if w > 0]
    total = sum(observed)
    if len(observed) < 2 or total == 0:
        return {"statistic": 0.0, "df": max(0, len(observed) - 1), "pValue": 1.0,
                "unexpectedArms": unexpected, "mismatch": bool(unexpected)}
    expected = [total * w / sum(positive) for w in positive]
    result = stats.chisquare(observed, expected)
    return {"statistic": result.statistic, "df": len(observed) - 1, "pValue": result.pvalue,
            "unexpectedArms": unexpected, "mismatch": bool(result.pvalue < 0.001 or unexpected)}


SRM_CASES = [
    ("even split", [5000, 5000], [0.5, 0.5]),
    ("slightly off", [5050, 4950], [0.5, 0.5]),
    ("broken split", [5300, 4700], [1, 1]),
    ("three arms 50/25/25", [10010, 4950, 5040], [0.5, 0.25, 0.25]),
    ("weight 0 with traffic", [1000, 990, 15], [0.5, 0.5, 0]),
    ("ten million", [10_000_000, 10_004_000], [0.5, 0.5]),
    ("p near 1e-12", [10000, 9050], [0.5, 0.5]),
    ("six arms", [1000, 1010, 990, 1005, 995, 1020], [1, 1, 1, 1, 1, 1]),
]


# ---------------------------------------------------------------- multiple comparisons

def holm(p_values):
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[index]))
        adjusted[index] = running
    return adjusted


ADJUSTMENT_CASES = [
    ("five comparisons", [0.01, 0.04, 0.03, 0.005, 0.2]),
    ("ties", [0.02, 0.02, 0.02]),
    ("one", [0.03]),
    ("tiny and large", [1e-12, 0.5, 0.9, 1.0, 0.0001]),
]


# ---------------------------------------------------------------- power

def fleiss(p1, p2, alpha, power):
    average = (p1 + p2) / 2
    null = stats.norm.ppf(1 - alpha / 2) * math.sqrt(2 * average * (1 - average))
    alternative = stats.norm.ppf(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return (null + alternative) ** 2 / (p2 - p1) ** 2


def mean_sample_size(mean, sd, mde, alpha, power):
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return 2 * sd * sd * z * z / (mean * mde) ** 2


def proportion_mde(p1, n, alpha, power):
    if fleiss(p1, 1, alpha, power) > n:
        return None
    lowest = p1 + 1e-12 * max(p1, 1e-3)
    p2 = optimize.brentq(lambda p: fleiss(p1, p, alpha, power) - n, lowest, 1, xtol=1e-15, rtol=1e-15)
    return p2 / p1 - 1


def mean_mde(mean, sd, n, alpha, power):
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return z * sd * math.sqrt(2 / n) / abs(mean)


POWER_CASES = [
    # kind, parameters, alpha, power
    ("proportionSampleSize", {"baseline": 0.10, "mde": 0.05}, 0.05, 0.80),
    ("proportionSampleSize", {"baseline": 0.02, "mde": 0.10}, 0.05, 0.90),
    ("proportionSampleSize", {"baseline": 0.50, "mde": -0.02}, 0.01, 0.80),
    ("proportionSampleSize", {"baseline": 0.001, "mde": 0.20}, 0.10, 0.80),
    ("meanSampleSize", {"baseline": 50.0, "sd": 20.0, "mde": 0.02}, 0.05, 0.80),
    ("meanSampleSize", {"baseline": -3.0, "sd": 10.0, "mde": 0.10}, 0.01, 0.95),
    ("proportionReachableMde", {"baseline": 0.10, "n": 10000}, 0.05, 0.80),
    ("proportionReachableMde", {"baseline": 0.03, "n": 1_000_000}, 0.05, 0.90),
    ("proportionReachableMde", {"baseline": 0.60, "n": 100}, 0.05, 0.80),
    ("proportionReachableMde", {"baseline": 0.95, "n": 5}, 0.05, 0.80),
    ("meanReachableMde", {"baseline": 50.0, "sd": 20.0, "n": 5000}, 0.05, 0.80),
    ("meanReachableMde", {"baseline": 2.0, "sd": 9.0, "n": 10_000_000}, 0.05, 0.80),
]


def power_case(kind, parameters, alpha, power):
    p = parameters
    if kind == "proportionSampleSize":
        value = fleiss(p["baseline"], p["baseline"] * (1 + p["mde"]), alpha, power)
    elif kind == "meanSampleSize":
        value = mean_sample_size(p["baseline"], p["sd"], p["mde"], alpha, power)
    elif kind == "proportionReachableMde":
        value = proportion_mde(p["baseline"], p["n"], alpha, power)
    else:
        value = mean_mde(p["baseline"], p["sd"], p["n"], alpha, power)
    return value


# ---------------------------------------------------------------- whole analyses

def analysis(metric, arms, control, alpha, correction):
    compare = two_proportions if metric == "proportion" else welch_from_sums
    comparisons = [None if i == control else compare(arms[control], arm, alpha) for i, arm in enumerate(arms)]
    raw = [c["pValue"] for c in comparisons if c is not None]
    if correction == "holm":
        adjusted = holm(raw)
    elif correction == "benjamini-hochberg":
        adjusted = list(stats.false_discovery_control(raw, method="bh"))
    else:
        adjusted = raw
    adjusted_iter = iter(adjusted)
    results = [None if c is None else dict(c, adjustedPValue=float(next(adjusted_iter))) for c in comparisons]
    omnibus = chi_square_omnibus(arms) if metric == "proportion" else None
    return {"arms": results, "omnibus": omnibus}


SIX_ARMS = [(10000, 1000), (10000, 1040), (10000, 980), (10000, 1100), (10000, 1010), (10000, 1060)]
MEAN_ARMS = [sums_arm for sums_arm in [(n,) + sums(n, m, s) for n, m, s in
                                      [(800, 20.0, 6.0), (820, 20.9, 6.5), (790, 19.8, 5.5), (805, 21.5, 7.0)]]]
ANALYSIS_CASES = [
    ("six arms holm", "proportion", SIX_ARMS, 0, 0.05, "holm"),
    ("six arms benjamini-hochberg", "proportion", SIX_ARMS, 0, 0.05, "benjamini-hochberg"),
    ("six arms none, control third", "proportion", SIX_ARMS, 2, 0.10, "none"),
    ("four mean arms holm", "mean", MEAN_ARMS, 0, 0.05, "holm"),
]


# ---------------------------------------------------------------- Bayesian (gbstats EffectBayesianABTest)

def truncated_normal_mean(mu, sigma, a, b):
    """gbstats utils.truncated_normal_mean: SciPy's truncnorm with the bounds in deviations."""
    a, b = (a - mu) / sigma, (b - mu) / sigma
    return float(stats.truncnorm.stats(a, b, loc=mu, scale=sigma, moments="m"))


def bayesian(stats_a, stats_b, alpha, prior):
    """gbstats bayesian/tests.py EffectBayesianABTest, relative difference, relative prior:
    delta-method data mean and variance, conjugate Normal update when the prior is proper,
    chance to win norm.sf(0), credible interval norm.ppf, risk by get_risk (truncated normal means)."""
    (na, ma, va), (nb, mb, vb) = stats_a, stats_b
    if na == 0 or nb == 0 or ma == 0 or not va > 0 or not vb > 0:
        return None
    data_mean = (mb - ma) / ma
    data_variance = vb / (nb * ma ** 2) + va * mb ** 2 / (na * ma ** 4)
    if prior is None:
        precision = 1 / data_variance
        mean = data_mean
    else:
        precision = 1 / data_variance + 1 / prior["variance"]
        mean = (data_mean / data_variance + prior["mean"] / prior["variance"]) / precision
    sd = math.sqrt(1 / precision)
    lower, upper = stats.norm.ppf([alpha / 2, 1 - alpha / 2], mean, sd)
    prob_control_better = stats.norm.cdf(0.0, loc=mean, scale=sd)
    mean_negative = truncated_normal_mean(mean, sd, -np.inf, 0.0)
    mean_positive = truncated_normal_mean(mean, sd, 0.0, np.inf)
    return {"expected": mean, "standardDeviation": sd, "chanceToBeatControl": stats.norm.sf(0, mean, sd),
            "lower": lower, "upper": upper,
            "risk": -prob_control_better * mean_negative,
            "controlRisk": (1 - prob_control_better) * mean_positive}


BAYESIAN_CASES = [
    # name, metric, control, treatment, alpha, prior on the relative lift (None: flat)
    ("proportions flat", "proportion", (1000, 100), (1000, 120), 0.05, None),
    ("proportions N(0, 0.3^2)", "proportion", (1000, 100), (1000, 120), 0.05, {"mean": 0.0, "variance": 0.09}),
    ("proportions strong prior", "proportion", (500, 40), (520, 61), 0.10, {"mean": 0.02, "variance": 0.0025}),
    ("proportions negative lift", "proportion", (5100, 510), (5000, 480), 0.01, None),
    ("proportions large", "proportion", (200000, 10000), (200000, 10350), 0.05, {"mean": 0.0, "variance": 0.09}),
    ("proportions clear winner", "proportion", (20000, 2000), (20000, 2440), 0.05, None),
    ("means flat", "mean", (800,) + sums(800, 20.0, 6.0), (820,) + sums(820, 20.9, 6.5), 0.05, None),
    ("means prior", "mean", (800,) + sums(800, 20.0, 6.0), (820,) + sums(820, 20.9, 6.5), 0.05,
     {"mean": 0.0, "variance": 0.09}),
    ("means noisy", "mean", (60,) + sums(60, 5.0, 9.0), (55,) + sums(55, 4.1, 8.0), 0.20, {"mean": 0.1, "variance": 0.04}),
]


# ---------------------------------------------------------------- sequential (gbstats SequentialTwoSidedTTest)

def sequential_rho(alpha, tuning):
    """gbstats sequential_rho, Waudby-Smith et al. 2023 eq. 161."""
    return math.sqrt((-2 * math.log(alpha) + math.log(-2 * math.log(alpha) + 1)) / tuning)


def sequential_halfwidth(variance, n, alpha, tuning):
    """gbstats sequential_interval_halfwidth with s2 = variance * n (eq. 9)."""
    rho = sequential_rho(alpha, tuning)
    s2 = variance * n
    return math.sqrt(s2) * math.sqrt(2 * (n * rho ** 2 + 1) * math.log(math.sqrt(n * rho ** 2 + 1) / alpha) / (n * rho) ** 2)


def sequential_p_value(estimate, variance, n, alpha, tuning):
    """gbstats SequentialTwoSidedTTest.p_value, eq. 155."""
    rho = sequential_rho(alpha, tuning)
    st2 = estimate ** 2 * n / variance
    tr2p1 = n * rho ** 2 + 1
    evalue = math.exp(rho ** 2 * st2 / (2 * tr2p1)) / math.sqrt(tr2p1)
    return min(1 / evalue, 1)


def sequential(stats_a, stats_b, alpha, tuning):
    (na, ma, va), (nb, mb, vb) = stats_a, stats_b
    n = na + nb
    difference = mb - ma
    absolute_variance = va / na + vb / nb
    absolute_width = sequential_halfwidth(absolute_variance, n, alpha, tuning)
    relative = (mb - ma) / ma
    relative_variance = vb / (nb * ma ** 2) + va * mb ** 2 / (na * ma ** 4)
    relative_width = sequential_halfwidth(relative_variance, n, alpha, tuning)
    return {"rho": sequential_rho(alpha, tuning),
            "absolute": {"estimate": difference, "lower": difference - absolute_width, "upper": difference + absolute_width},
            "relative": {"estimate": relative, "lower": relative - relative_width, "upper": relative + relative_width},
            "pValue": sequential_p_value(difference, absolute_variance, n, alpha, tuning)}


SEQUENTIAL_CASES = [
    # name, metric, control, treatment, alpha, tuning
    ("proportions default tuning", "proportion", (1000, 100), (1000, 120), 0.05, 5000),
    ("proportions at the tuning size", "proportion", (2500, 250), (2500, 300), 0.05, 5000),
    ("proportions large", "proportion", (200000, 10000), (200000, 10350), 0.05, 5000),
    ("proportions tuned large", "proportion", (200000, 10000), (200000, 10350), 0.01, 400000),
    ("proportions no difference", "proportion", (1000, 250), (1000, 250), 0.05, 5000),
    ("proportions clear winner", "proportion", (20000, 2000), (20000, 2440), 0.05, 5000),
    ("means default", "mean", (800,) + sums(800, 20.0, 6.0), (820,) + sums(820, 20.9, 6.5), 0.05, 5000),
    ("means small tuning", "mean", (60,) + sums(60, 5.0, 9.0), (55,) + sums(55, 4.1, 8.0), 0.10, 100),
]


# ---------------------------------------------------------------- ratio metrics (gbstats RatioStatistic)

def ratio_case(control, treatment, alpha):
    a, b = ratio_stats(*control), ratio_stats(*treatment)
    regular = min(a[0], b[0]) > 1 and a[1] != 0 and a[2] > 0 and b[2] > 0
    return {"control": {"mean": a[1], "variance": a[2]}, "treatment": {"mean": b[1], "variance": b[2]},
            "comparison": welch_from_stats(a, b, alpha),
            "bayesian": bayesian(a, b, alpha, None) if regular else None,
            "sequential": sequential(a, b, alpha, 5000) if regular else None}


RATIO_CASES = [
    # name, control (n, Σx, Σx², Σy, Σy², Σxy), treatment, alpha
    ("revenue per order 2000 each", ratio_sums(11, 2000, 1.2, 50.0), ratio_sums(12, 2000, 1.2, 53.0), 0.05),
    ("revenue per order unbalanced", ratio_sums(13, 300, 0.8, 40.0), ratio_sums(14, 5000, 0.9, 41.0), 0.05),
    ("orders per visit small", ratio_sums(15, 40, 2.0, 3.0), ratio_sums(16, 45, 2.5, 3.0), 0.10),
    ("large 100000 each", ratio_sums(17, 100000, 1.0, 25.0), ratio_sums(18, 100000, 1.0, 25.2), 0.01),
    ("identical arms", ratio_sums(19, 800, 1.5, 30.0), ratio_sums(19, 800, 1.5, 30.0), 0.05),
    ("hand-made sums", (10, 120.0, 2100.0, 15.0, 29.0, 240.0), (12, 180.0, 3300.0, 18.0, 34.0, 330.0), 0.05),
    ("negative numerator", (50, -200.0, 1500.0, 80.0, 160.0, -250.0), (50, -150.0, 1200.0, 75.0, 140.0, -180.0), 0.05),
    ("denominator sum 0 in control", (20, 0.0, 0.0, 0.0, 0.0, 0.0), ratio_sums(20, 20, 1.0, 10.0), 0.05),
    ("single control unit", (1, 30.0, 900.0, 2.0, 4.0, 60.0), ratio_sums(21, 30, 1.0, 10.0), 0.05),
    ("constant ratio in both arms", (5, 50.0, 700.0, 5.0, 7.0, 70.0), (6, 66.0, 968.0, 6.0, 8.0, 88.0), 0.05),
]


# ---------------------------------------------------------------- chance to be best (numerical integration)

def chance_to_be_best(means, deviations):
    """P_k = integral of phi(z) * prod_{j != k} Phi((m_k - m_j + s_k z) / s_j) over z, by scipy.integrate.quad
    on [-12, 12] with the turning points of every other arm as break points."""
    chances = []
    for k in range(len(means)):
        def integrand(z, k=k):
            x = means[k] + deviations[k] * z
            value = stats.norm.pdf(z)
            for j in range(len(means)):
                if j != k:
                    value *= stats.norm.cdf((x - means[j]) / deviations[j])
            return value
        points = sorted({(means[j] + t * deviations[j] - means[k]) / deviations[k]
                         for j in range(len(means)) if j != k for t in (-6, -3, -1, 0, 1, 3, 6)
                         if -12 < (means[j] + t * deviations[j] - means[k]) / deviations[k] < 12})
        value, _ = integrate.quad(integrand, -12, 12, points=points or None, limit=500, epsabs=1e-15, epsrel=1e-12)
        chances.append(value)
    return chances


BEST_CASES = [
    # name, metric, arms
    ("two proportions", "proportion", [(1000, 100), (1000, 120)]),
    ("six proportions", "proportion", SIX_ARMS_BEST := [(10000, 1000), (10000, 1040), (10000, 980), (10000, 1100),
                                                         (10000, 1010), (10000, 1060)]),
    ("three close proportions", "proportion", [(5000, 500), (5200, 530), (4900, 495)]),
    ("unequal sizes", "proportion", [(100000, 5000), (1000, 55), (20000, 1010)]),
    ("four means", "mean", [(n,) + sums(n, m, s) for n, m, s in
                            [(800, 20.0, 6.0), (820, 20.9, 6.5), (790, 19.8, 5.5), (805, 21.5, 7.0)]]),
    ("two noisy means", "mean", [(60,) + sums(60, 5.0, 9.0), (55,) + sums(55, 4.1, 8.0)]),
]


def arm_stats(metric, arm):
    if metric == "ratio":
        return ratio_stats(*arm)
    return proportion_stats(*arm) if metric == "proportion" else mean_stats(*arm)


def metric_arm_json(metric, arm):
    if metric == "ratio":
        return ratio_json(arm)
    return {"n": arm[0], "conversions": arm[1]} if metric == "proportion" else arm_json(arm)


# ---------------------------------------------------------------- factorial ANOVA (Type III, sum coding)

def sum_coding(level, count):
    """R's contr.sum: column j (j < count - 1) is 1 at level j, -1 at the last level, 0 elsewhere."""
    return [1.0 if level == j else (-1.0 if level == count - 1 else 0.0) for j in range(count - 1)]


def factorial_terms(k):
    """Every main effect and interaction: by size, then in lexicographic order ([0], [1], [0, 1], ...)."""
    return [list(term) for size in range(1, k + 1) for term in itertools.combinations(range(k), size)]


def factorial_design_row(cell, levels, terms):
    """Intercept, then per term the products of its factors' sum-coded columns; the columns of each term."""
    row, columns = [1.0], []
    for term in terms:
        block = [1.0]
        for factor in term:
            block = [a * b for a in block for b in sum_coding(cell[factor], levels[factor])]
        columns.append(list(range(len(row), len(row) + len(block))))
        row.extend(block)
    return row, columns


def factorial_raw(seed, metric, levels, cell_parameters):
    """Raw values per cell, cells in row-major order (first factor slowest): Bernoulli(rate) for
    (n, rate), Normal(mean, sd) for (n, mean, sd)."""
    rng = np.random.default_rng(seed)
    cells = list(itertools.product(*[range(count) for count in levels]))
    values = []
    for cell in cells:
        parameters = cell_parameters(*cell)
        if metric == "proportion":
            values.append((rng.random(parameters[0]) < parameters[1]).astype(float))
        else:
            values.append(rng.normal(parameters[1], parameters[2], parameters[0]))
    return cells, values


def factorial(seed, metric, levels, cell_parameters, alpha):
    """The fixed-effects factorial ANOVA on the raw data, independent of the Java formula on cell means:
    OLS (numpy lstsq) on the full sum-coded design; Type III F of a term = ((SSE_reduced - SSE_full)/q) /
    (SSE_full/(N - C)) with the term's columns dropped; the overall test by scipy f_oneway on the cells;
    each marginal mean is the average of the fitted cell means, a linear function a'b of the coefficients,
    and a difference d'b has variance MSE * d'(X'X)^-1 d."""
    cells, values = factorial_raw(seed, metric, levels, cell_parameters)
    terms = factorial_terms(len(levels))
    design, y = [], []
    for cell, cell_values in zip(cells, values):
        row, columns = factorial_design_row(cell, levels, terms)
        design.extend([row] * len(cell_values))
        y.extend(cell_values)
    x, y = np.array(design), np.array(y)

    def sse(matrix):
        beta = np.linalg.lstsq(matrix, y, rcond=None)[0]
        return math.fsum((y - matrix @ beta) ** 2), beta

    full, beta = sse(x)
    df = len(y) - len(cells)
    mse = full / df
    term_results = []
    for term, columns in zip(terms, factorial_design_row(cells[0], levels, terms)[1]):
        reduced, _ = sse(np.delete(x, columns, axis=1))
        q = len(columns)
        statistic = (reduced - full) / q / mse
        term_results.append({"factors": term, "df": q, "df2": df, "statistic": statistic,
                             "pValue": stats.f.sf(statistic, q, df)})
    overall = stats.f_oneway(*values)
    cell_rows = np.array([factorial_design_row(cell, levels, terms)[0] for cell in cells])
    covariance = mse * np.linalg.inv(x.T @ x)
    quantile = stats.t.ppf(1 - alpha / 2, df)
    effects = []
    for factor, count in enumerate(levels):
        averages = [cell_rows[[c[factor] == level for c in cells]].mean(axis=0) for level in range(count)]
        differences = []
        for level in range(1, count):
            d = averages[level] - averages[0]
            estimate = float(d @ beta)
            se = math.sqrt(d @ covariance @ d)
            t = estimate / se
            differences.append({"level": level, "estimate": estimate, "lower": estimate - quantile * se,
                                "upper": estimate + quantile * se, "statistic": t,
                                "pValue": 2 * stats.t.sf(abs(t), df)})
        effects.append({"factor": factor, "levelMeans": [float(a @ beta) for a in averages],
                        "differences": differences})
    if metric == "proportion":
        cells_json = [{"n": len(v), "conversions": int(v.sum())} for v in values]
    else:
        cells_json = [arm_json((len(v), math.fsum(v), math.fsum(v * v))) for v in values]
    return cells_json, {"residualDf": df, "meanSquaredError": mse,
                        "overall": {"df": len(cells) - 1, "df2": df, "statistic": overall.statistic,
                                    "pValue": overall.pvalue},
                        "terms": term_results, "mainEffects": effects}


FACTORIAL_CASES = [
    # name, seed, metric, levels, cell parameters by the cell's levels: (n, rate) or (n, mean, sd), alpha
    ("2x2 means balanced", 31, "mean", [2, 2], lambda a, b: (60, 10.0 + 0.8 * a + 0.3 * b, 2.0), 0.05),
    ("2x3 means unbalanced", 32, "mean", [2, 3],
     lambda a, b: (((25, 40, 33), (51, 18, 44))[a][b], 5.0 + 0.5 * b - 0.4 * a * b, 1.5 + 0.5 * a), 0.10),
    ("2x2x2 proportions", 33, "proportion", [2, 2, 2],
     lambda a, b, c: (800, 0.10 + 0.02 * a + 0.01 * b - 0.015 * c + 0.02 * a * b), 0.05),
    ("3x2 proportions unequal n, strong interaction", 34, "proportion", [3, 2],
     lambda a, b: (((400, 350), (500, 300), (450, 380))[a][b], ((0.10, 0.10), (0.12, 0.25), (0.15, 0.05))[a][b]), 0.05),
    ("one factor with 3 levels", 35, "mean", [3], lambda a: ((70, 55, 62)[a], (3.0, 3.4, 2.9)[a], 1.2), 0.01),
    ("2x2x2x2 means", 36, "mean", [2, 2, 2, 2],
     lambda a, b, c, d: (30 + 5 * a + 3 * c, 20.0 + 1.0 * a - 0.5 * b + 0.7 * c * d, 3.0), 0.05),
    ("4x3 means unbalanced", 37, "mean", [4, 3],
     lambda a, b: (20 + 7 * a + 4 * b, 100.0 + 2.0 * a + 1.5 * b * (a == 2), 6.0 + a), 0.05),
]


# ---------------------------------------------------------------- CUPED

def cuped(seed, arms, alpha):
    """Raw (x, y) per arm: x ~ N(mx, sx), y = a + b x + noise + lift. Returns the arms' sums and the expected figures."""
    rng = np.random.default_rng(seed)
    raw = []
    for n, mean_x, sd_x, slope, noise, lift in arms:
        x = rng.normal(mean_x, sd_x, n)
        y = 3.0 + slope * x + rng.normal(0, noise, n) + lift
        raw.append((x, y))
    all_x = np.concatenate([x for x, _ in raw])
    all_y = np.concatenate([y for _, y in raw])
    theta = np.cov(all_x, all_y, ddof=1)[0, 1] / np.var(all_x, ddof=1)
    correlation = np.corrcoef(all_x, all_y)[0, 1]
    adjusted = [y - theta * (x - all_x.mean()) for x, y in raw]
    before = sum(np.var(y, ddof=1) for _, y in raw)
    after = sum(np.var(a, ddof=1) for a in adjusted)
    comparisons = []
    for treatment in adjusted[1:]:
        test = stats.ttest_ind(treatment, adjusted[0], equal_var=False)
        interval = test.confidence_interval(confidence_level=1 - alpha)
        comparisons.append({"estimate": treatment.mean() - adjusted[0].mean(), "lower": interval.low, "upper": interval.high,
                            "statistic": test.statistic, "degreesOfFreedom": test.df, "pValue": test.pvalue})
    sums = [{"n": len(x), "sum": y.sum(), "sumSquares": (y * y).sum(), "covariateSum": x.sum(),
             "covariateSumSquares": (x * x).sum(), "sumProducts": (x * y).sum()} for x, y in raw]
    expected = {"theta": theta, "correlation": correlation, "varianceReduction": 1 - after / before,
                "means": [a.mean() for a in adjusted], "variances": [np.var(a, ddof=1) for a in adjusted],
                "comparisons": comparisons}
    return sums, expected


CUPED_CASES = [
    # name, seed, arms [(n, mean x, sd x, slope, noise sd, lift)], alpha
    ("strong covariate, two arms", 101, [(500, 10, 2, 1.5, 1.0, 0), (520, 10, 2, 1.5, 1.0, 0.3)], 0.05),
    ("weak covariate", 102, [(800, 50, 10, 0.05, 5.0, 0), (790, 50, 10, 0.05, 5.0, 0.5)], 0.05),
    ("negative correlation, unbalanced", 103, [(300, 5, 1, -2.0, 1.5, 0), (900, 5, 1, -2.0, 1.5, -0.4)], 0.01),
    ("three arms", 104, [(400, 20, 4, 0.8, 2.0, 0), (410, 20, 4, 0.8, 2.0, 0.5), (395, 20, 4, 0.8, 2.0, -0.2)], 0.05),
    ("small arms", 105, [(12, 3, 1, 1.0, 0.5, 0), (15, 3, 1, 1.0, 0.5, 0.4)], 0.1),
    ("large arms", 106, [(200000, 100, 30, 0.9, 20.0, 0), (200000, 100, 30, 0.9, 20.0, 0.2)], 0.05),
]


# ---------------------------------------------------------------- output

def main():
    reference = {"twoProportions": [], "welch": [], "chiSquare": [], "welchAnova": [], "srm": [],
                 "adjustments": [], "power": [], "analyses": [], "bayesian": [], "sequential": [], "chanceToBeBest": [], "ratios": [],
                 "factorial": [], "cuped": []}
    for name, control, treatment, alpha in PROPORTION_CASES:
        reference["twoProportions"].append({"name": name, "control": {"n": control[0], "conversions": control[1]},
                                            "treatment": {"n": treatment[0], "conversions": treatment[1]},
                                            "alpha": alpha, "expected": two_proportions(control, treatment, alpha)})
    for name, control, treatment, alpha in WELCH_CASES:
        a, b = (control[0],) + sums(*control), (treatment[0],) + sums(*treatment)
        reference["welch"].append({"name": name, "control": arm_json(a), "treatment": arm_json(b), "alpha": alpha,
                                   "expected": welch_from_sums(a, b, alpha)})
    for name, seed, control, treatment, alpha in WELCH_RAW_CASES:
        a, b, expected = welch_raw(seed, control, treatment, alpha)
        reference["welch"].append({"name": name, "control": arm_json(a), "treatment": arm_json(b), "alpha": alpha,
                                   "expected": expected})
    for name, arms in CHI_SQUARE_CASES:
        reference["chiSquare"].append({"name": name, "arms": [{"n": n, "conversions": x} for n, x in arms],
                                       "expected": chi_square_omnibus(arms)})
    for name, seed, arms in WELCH_ANOVA_CASES:
        sums_of_arms, expected = welch_anova(seed, arms)
        reference["welchAnova"].append({"name": name, "arms": [arm_json(a) for a in sums_of_arms], "expected": expected})
    for name, exposures, weights in SRM_CASES:
        reference["srm"].append({"name": name, "exposures": exposures, "weights": weights,
                                 "expected": srm(exposures, weights)})
    for name, p_values in ADJUSTMENT_CASES:
        reference["adjustments"].append({"name": name, "pValues": p_values, "holm": holm(p_values),
                                         "benjaminiHochberg": [float(v) for v in stats.false_discovery_control(p_values, method="bh")]})
    for kind, parameters, alpha, power in POWER_CASES:
        reference["power"].append({"kind": kind, "parameters": parameters, "alpha": alpha, "power": power,
                                   "expected": power_case(kind, parameters, alpha, power)})
    for name, metric, arms, control, alpha, correction in ANALYSIS_CASES:
        arms_json = [{"n": a[0], "conversions": a[1]} if metric == "proportion" else arm_json(a) for a in arms]
        reference["analyses"].append({"name": name, "metric": metric, "arms": arms_json, "control": control,
                                      "alpha": alpha, "correction": correction,
                                      "expected": analysis(metric, arms, control, alpha, correction)})
    for name, metric, control, treatment, alpha, prior in BAYESIAN_CASES:
        reference["bayesian"].append({"name": name, "metric": metric, "control": metric_arm_json(metric, control),
                                      "treatment": metric_arm_json(metric, treatment), "alpha": alpha, "prior": prior,
                                      "expected": bayesian(arm_stats(metric, control), arm_stats(metric, treatment),
                                                           alpha, prior)})
    for name, metric, control, treatment, alpha, tuning in SEQUENTIAL_CASES:
        reference["sequential"].append({"name": name, "metric": metric, "control": metric_arm_json(metric, control),
                                        "treatment": metric_arm_json(metric, treatment), "alpha": alpha,
                                        "tuning": tuning,
                                        "expected": sequential(arm_stats(metric, control), arm_stats(metric, treatment),
                                                               alpha, tuning)})
    for name, metric, arms in BEST_CASES:
        arm_figures = [arm_stats(metric, arm) for arm in arms]
        reference["chanceToBeBest"].append({
            "name": name, "metric": metric, "arms": [metric_arm_json(metric, arm) for arm in arms],
            "expected": chance_to_be_best([a[1] for a in arm_figures], [math.sqrt(a[2] / a[0]) for a in arm_figures])})
    for name, control, treatment, alpha in RATIO_CASES:
        reference["ratios"].append({"name": name, "control": ratio_json(control), "treatment": ratio_json(treatment),
                                    "alpha": alpha, "expected": ratio_case(control, treatment, alpha)})
    for name, seed, metric, levels, cell_parameters, alpha in FACTORIAL_CASES:
        cells, expected = factorial(seed, metric, levels, cell_parameters, alpha)
        reference["factorial"].append({"name": name, "metric": metric, "levels": levels, "cells": cells,
                                       "alpha": alpha, "expected": expected})
    for name, seed, arms, alpha in CUPED_CASES:
        arm_sums, expected = cuped(seed, arms, alpha)
        reference["cuped"].append({"name": name, "arms": arm_sums, "alpha": alpha, "expected": expected})
    with open(os.path.join(OUT, "reference.json"), "w") as out:
        json.dump(to_plain(reference), out, indent=1, allow_nan=False)
        out.write("\n")
    with open(os.path.join(OUT, "proportions.csv"), "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["x1", "n1", "x2", "n2", "level", "difference", "lower", "upper", "p_value"])
        for case in COMPARISON_CASES:
            writer.writerow(list(case) + ["%.17g" % value for value in comparison_row(*case)])
    count = sum(len(section) for section in reference.values()) + len(COMPARISON_CASES)
    print("wrote %d reference cases to %s" % (count, OUT))


def arm_json(arm):
    return {"n": arm[0], "sum": arm[1], "sumSquares": arm[2]}


def ratio_json(arm):
    return dict(zip(["n", "sum", "sumSquares", "denominatorSum", "denominatorSumSquares", "sumProducts"], arm))


def to_plain(value):
    """JSON-ready: NumPy scalars to Python numbers; NaN or infinity is a bug here, so json refuses it."""
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    return value


if __name__ == "__main__":
    main()
