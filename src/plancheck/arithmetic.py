"""What printed numbers imply, computed on intervals.

Compound growth is monotone in each argument, so the image of a box of
intervals is spanned by its corners: the lowest rate comes from the lowest
target over the highest baseline, and so on. Every function here returns an
:class:`~plancheck.numbers.Interval` that contains every value the printed
numbers allow.

``cagr_bounds`` is vectorised with numpy because the growth rule recomputes
every (baseline, target) pair of a plan in one call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .numbers import FLOAT_GUARD, INF, Interval, Quantity, _outward


def implied_rate(baseline: Interval, target: Interval, years: int) -> Interval | None:
    """Average annual growth (in %) that takes ``baseline`` to ``target``.

    Returns ``None`` when a baseline could be zero or negative (no rate).

    >>> r = implied_rate(Interval(9324.75, 9324.85), Interval(13077.5, 13078.5), 5)
    >>> round(r.lo, 3), round(r.hi, 3)
    (6.999, 7.0)
    """
    if years <= 0 or baseline.hi <= 0 or target.hi < 0:
        return None
    # a one-sided figure (4.5以内, 220以上) still bounds the rate on one side
    t_lo, b_lo = max(target.lo, 0.0), baseline.lo if baseline.lo > 0 else 0.0
    lo = _rate(t_lo, baseline.hi, years)
    hi = _rate(target.hi, b_lo, years) if b_lo > 0 else INF
    return _outward(lo, hi, target.lo_closed and baseline.hi_closed,
                    target.hi_closed and baseline.lo_closed, magnitude=100.0)


def _rate(t: float, b: float, years: int) -> float:
    if math.isinf(t):
        return INF
    if math.isinf(b):
        return -100.0
    if t == 0:
        return -100.0
    return ((t / b) ** (1.0 / years) - 1.0) * 100.0


def implied_target(baseline: Interval, rate: Interval, years: int) -> Interval:
    """Level reached from ``baseline`` after ``years`` at ``rate`` % a year."""
    lo = _grow(baseline.lo, rate.lo, years)
    hi = _grow(baseline.hi, rate.hi, years)
    return _outward(lo, hi, baseline.lo_closed and rate.lo_closed,
                    baseline.hi_closed and rate.hi_closed)


def _grow(b: float, r: float, years: int) -> float:
    if math.isinf(b) or math.isinf(r):
        return INF if (b > 0 and r > 0) or math.isinf(b) and b > 0 else (
            -INF if math.isinf(b) else (INF if r > 0 else 0.0))
    return b * _power(1.0 + r / 100.0, years)


def _power(x: float, years: int) -> float:
    """x ** years, infinite instead of OverflowError past the largest float."""
    try:
        return x ** years
    except OverflowError:
        return INF


def implied_baseline(target: Interval, rate: Interval, years: int) -> Interval | None:
    """Starting level that ``rate`` % a year over ``years`` turns into ``target``."""
    if rate.lo <= -100:
        return None
    lo = target.lo / _power(1.0 + rate.hi / 100.0, years) if math.isfinite(rate.hi) else 0.0
    hi = target.hi / _power(1.0 + rate.lo / 100.0, years)
    return _outward(lo, hi, target.lo_closed and rate.hi_closed, target.hi_closed and rate.lo_closed)


def price_change(nominal_rate: Interval, real_rate: Interval) -> Interval:
    """Implied average annual price change (%) between a nominal and a real rate.

    (1 + nominal) = (1 + real)(1 + prices), so the deflator's growth is
    (1 + n)/(1 + r) - 1, monotone up in n and down in r.
    """
    lo = ((1 + nominal_rate.lo / 100) / (1 + real_rate.hi / 100) - 1) * 100 \
        if math.isfinite(real_rate.hi) else -100.0
    hi = ((1 + nominal_rate.hi / 100) / (1 + real_rate.lo / 100) - 1) * 100 \
        if math.isfinite(nominal_rate.hi) else INF
    return _outward(lo, hi, True, True, magnitude=100.0)


def cagr_bounds(b_lo, b_hi, t_lo, t_hi, years):
    """Vectorised :func:`implied_rate` on numpy arrays: (low, high) in %.

    Rows with a non-positive baseline give NaN, which callers report as
    "no rate can be computed" rather than skipping silently.
    """
    import numpy as np

    b_lo, b_hi, t_lo, t_hi, years = (np.asarray(a, dtype=float) for a in (b_lo, b_hi, t_lo, t_hi, years))
    # Every step under errstate: open bounds (inf), zero baselines and 0/0 give
    # inf/NaN on purpose, and their warnings must not reach the user's stderr.
    with np.errstate(all="ignore"):
        lo = (np.power(t_lo / b_hi, 1.0 / years) - 1.0) * 100.0
        hi = (np.power(t_hi / b_lo, 1.0 / years) - 1.0) * 100.0
        bad = (b_lo <= 0) | (years <= 0)
        lo = np.where(bad, np.nan, lo - FLOAT_GUARD * np.maximum(np.abs(lo), 100.0))
        hi = np.where(bad, np.nan, hi + FLOAT_GUARD * np.maximum(np.abs(hi), 100.0))
    return lo, hi


@dataclass(frozen=True)
class Recomputation:
    """The answer of :func:`recompute`: what was given, what was solved for."""

    baseline: Interval | None
    target: Interval | None
    rate: Interval | None
    years: int
    solved: str
    consistent: bool | None
    arithmetic: str

    def __str__(self) -> str:
        return self.arithmetic


def _as_interval(x) -> Interval | None:
    from .numbers import parse_quantity

    if x is None:
        return None
    if isinstance(x, Interval):
        return x
    if isinstance(x, Quantity):
        return x.interval()
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        x = repr(x) if isinstance(x, float) else str(x)
    return parse_quantity(str(x)).interval()


def recompute(*, baseline=None, target=None, rate=None, years: int = 5) -> Recomputation:
    """Quick what-if: give two or three of baseline, target and rate (% a year).

    Numbers may be strings as printed ("9324.8", "7左右", "6.5以上"), numbers,
    or intervals. With all three it says whether they agree.

    >>> recompute(baseline="9324.8", rate="7").target.lo > 13000
    True
    """
    b, t, r = _as_interval(baseline), _as_interval(target), _as_interval(rate)
    given = sum(v is not None for v in (b, t, r))
    if given < 2:
        raise ValueError("recompute needs at least two of baseline, target, rate")
    if r is None:
        assert b is not None and t is not None  # two of the three are given
        r = implied_rate(b, t, years)
        text = f"({t} / {b})^(1/{years}) - 1 = {r} %/yr" if r else "no rate: baseline is not positive"
        return Recomputation(b, t, r, years, "rate", None, text)
    if t is None:
        assert b is not None  # two of the three are given
        t = implied_target(b, r, years)
        return Recomputation(b, t, r, years, "target", None, f"{b} × (1 + {r}%)^{years} = {t}")
    if b is None:
        b = implied_baseline(t, r, years)
        return Recomputation(b, t, r, years, "baseline", None, f"{t} / (1 + {r}%)^{years} = {b}")
    implied = implied_rate(b, t, years)
    ok = implied is not None and implied.overlaps(r)
    verdict = "consistent" if ok else "inconsistent"
    text = f"({t} / {b})^(1/{years}) - 1 = {implied} %/yr; stated {r} — {verdict}"
    return Recomputation(b, t, r, years, "check", ok, text)
