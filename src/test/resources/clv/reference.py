"""Reference values for BgNbdTest and GammaGammaTest, with mpmath (40-90 digits); run from anywhere.

The maximum-likelihood estimates are the root of the analytic gradient of the log-likelihood
(BG/NBD: Fader, Hardie & Lee 2005, eq. 6; Gamma-Gamma: Fader & Hardie 2013, eq. 1a, both as the
lifetimes package), polished by mpmath.findroot from a rough optimum. Expectations use eqs. 9 and
10 with mpmath's hyp2f1; a = 1 is evaluated at a = 1 + 1e-35 with 90 digits.
"""
import csv
import os
from collections import Counter

import mpmath as mp

mp.mp.dps = 90
HERE = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(HERE, name)) as f:
        return list(csv.DictReader(f))


customers = Counter((int(r['frequency']), mp.mpf(r['recency']), mp.mpf(r['T']))
                    for r in rows('cdnow_customers_summary.csv'))


def bg_gradient(r, al, a, b):
    g = [mp.mpf(0)] * 4
    for (x, tx, T), w in customers.items():
        A3 = -(r + x) * mp.log(al + T)
        wt = 1 / (1 + mp.exp(A3 - (mp.log(a) - mp.log(b + x - 1) - (r + x) * mp.log(al + tx)))) if x > 0 else 0
        parts = (mp.digamma(r + x) - mp.digamma(r) + mp.log(al) - (1 - wt) * mp.log(al + T) - wt * mp.log(al + tx),
                 r / al - (1 - wt) * (r + x) / (al + T) - wt * (r + x) / (al + tx),
                 mp.digamma(a + b) - mp.digamma(a + b + x) + (wt / a if x > 0 else 0),
                 mp.digamma(a + b) + mp.digamma(b + x) - mp.digamma(b) - mp.digamma(a + b + x)
                 - (wt / (b + x - 1) if x > 0 else 0))
        for i, part in enumerate(parts):
            g[i] += w * part
    return g


def bg_log_likelihood(r, al, a, b):
    total = 0
    for (x, tx, T), w in customers.items():
        inner = mp.exp(-(r + x) * mp.log(al + T))
        if x > 0:
            inner += a / (b + x - 1) * mp.exp(-(r + x) * mp.log(al + tx))
        total += w * (mp.loggamma(r + x) - mp.loggamma(r) + r * mp.log(al) + mp.loggamma(a + b)
                      + mp.loggamma(b + x) - mp.loggamma(b) - mp.loggamma(a + b + x) + mp.log(inner))
    return total


def alive(A, rho, a, B, t):
    A, rho, a, B, t = map(mp.mpf, (A, rho, a, B, t))
    if a == 1:
        a += mp.mpf(10) ** -35
    z = t / (rho + t)
    c = a + B - 1
    return c / (a - 1) * (1 - (1 - z) ** A * mp.hyp2f1(A, B, c, z))


def p_alive(model, x, tx, T):
    r, al, a, b = model
    return mp.mpf(1) if x == 0 else 1 / (1 + a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x))


def conditional(model, t, x, tx, T):
    r, al, a, b = model
    return p_alive(model, x, tx, T) * alive(r + x, al + T, a, b + x, t)


def show(label, value):
    print(label, mp.nstr(value, 17))


bg = tuple(mp.findroot(lambda *p: bg_gradient(*p), (0.2425929, 4.413531, 0.7928861, 2.425753)))
print('BG/NBD r, alpha, a, b:', [mp.nstr(v, 15) for v in bg])
show('BG/NBD log-likelihood', bg_log_likelihood(*bg))
# the tests use the estimates rounded to 15 digits
bg = tuple(mp.mpf(s) for s in ('0.242592907204466', '4.41353156120543', '0.792886148098769', '2.42575343649362'))
for t in ['0.1429', '1', '3', '31.8571', '32', '78', '430', '445', '10000', '1000000']:
    show('E[X(%s)]' % t, alive(bg[0], bg[1], bg[2], bg[3], mp.mpf(t)))
for t in ['39', '1000', '100000']:
    show('E[Y(%s) | 2, 30.43, 38.86]' % t, conditional(bg, mp.mpf(t), 2, mp.mpf('30.43'), mp.mpf('38.86')))
show('P(alive | 2, 30.43, 38.86)', p_alive(bg, 2, mp.mpf('30.43'), mp.mpf('38.86')))
show('P(alive | 5, 10, 38.86)', p_alive(bg, 5, 10, mp.mpf('38.86')))
for model in [(0.5, 2, 1, 3), (0.5, 2, 3.5, 0.2), (0.3, 1, 0.4, 0.3), (2, 10, 5, 40), (50, 0.5, 500, 3000),
              (0.5, 2, 0.002, 30)]:
    m = tuple(mp.mpf(v) for v in model)
    print(model, 'E[X(0.5, 20, 1e4)]', [mp.nstr(alive(*m, t), 17) for t in (0.5, 20, 10000)],
          'E[Y(30, 5000) | 3, 12, 20]', [mp.nstr(conditional(m, t, 3, 12, 20), 17) for t in (30, 5000)])

spenders = Counter((int(r['x']), mp.mpf(r['zbar'])) for r in rows('cdnow_customers_summary_with_transactions.csv')
                   if int(r['x']) > 0)


def gg_gradient(p, q, v):
    g = [mp.mpf(0)] * 3
    for (x, m), w in spenders.items():
        g[0] += w * x * (mp.digamma(p * x + q) - mp.digamma(p * x) + mp.log(m) + mp.log(x) - mp.log(x * m + v))
        g[1] += w * (mp.digamma(p * x + q) - mp.digamma(q) + mp.log(v) - mp.log(x * m + v))
        g[2] += w * (q / v - (p * x + q) / (x * m + v))
    return g


p, q, v = mp.findroot(lambda *a: gg_gradient(*a), (6.2488, 3.7446, 15.4478))
print('Gamma-Gamma p, q, v:', [mp.nstr(t, 15) for t in (p, q, v)])
show('Gamma-Gamma log-likelihood', sum(
    w * (mp.loggamma(p * x + q) - mp.loggamma(p * x) - mp.loggamma(q) + q * mp.log(v) + (p * x - 1) * mp.log(m)
         + p * x * mp.log(x) - (p * x + q) * mp.log(x * m + v)) for (x, m), w in spenders.items()))
p, q, v = (mp.mpf(s) for s in ('6.2488024897091', '3.74458845328747', '15.4477480094637'))
x, tx, T, m = 2, mp.mpf('30.43'), mp.mpf('38.86'), mp.mpf('22.35')
spend = p * (v + x * m) / (p * x + q - 1)
show('E[Z | 2, 22.35]', spend)
month = mp.mpf('4.345')
clv = sum(spend * (conditional(bg, k * month, x, tx, T) - conditional(bg, (k - 1) * month, x, tx, T))
          / (1 + mp.mpf('0.01')) ** k for k in range(1, 13))
show('CLV 12 months, 1 % a month (lifetimes customer_lifetime_value)', clv)
show('CLV 12 months undiscounted', spend * conditional(bg, 12 * month, x, tx, T))
