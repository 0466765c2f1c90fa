"""growth — baseline, target and average annual growth rate must agree.

For every stated growth rate over a period (s, e), the level at s (any
source) and the level at e of the same role (a target rate with a target
level, an actual rate with an actual level) must be linked by
``target = baseline × (1 + rate)^(e - s)`` for some reading of each printed
number. The three may stand in one table row or in different sentences and
tables: the rule works on indicators, not on rows.

* no reading agrees → ``error`` (nominal indicators), with the value of each
  figure that would make the other two consistent;
* agreement only when an integer's trailing zeros are not taken as
  significant (11000 as "about 11 thousand") → ``warning``;
* reported results of a real-basis indicator (GDP, value added: growth at
  comparable prices) whose current-price levels grow at another rate →
  ``info`` giving the implied annual price change, or ``warning`` when that
  change is outside the plausible band (parameter ``plausible_price_change``). Plan
  *targets* get no such explanation: a plan computes its target level by
  applying the real rate to the base level (9324.8 × 1.07^5 = 13078).

Near-misses that must not fire: 9324.8 → 13078 at 7%左右 (7.0 %/yr);
1386 → 2606 at 13.4 % (13.45–13.47 %/yr meets [13.35, 13.45) only through
rounding — which is enough).
"""

from __future__ import annotations

import math
from typing import Iterator

from ..findings import Finding, finding_from_claims
from ..localize import Growth
from ..model import Claim, Indicator
from ..numbers import fmt
from ..arithmetic import cagr_bounds, implied_rate, implied_target, price_change
from .base import Param, Plan, distinct, endpoints, rule

RULE = "growth"
PARAMS = {
    "plausible_price_change": Param(
        (-3.0, 6.0), "implied annual price change (%) regarded as plausible when current-price levels are "
        "compared with a real (comparable-price) rate; outside it the gap is a warning, not info"),
}


@rule(RULE, "error", "baseline × (1 + rate)^years must reach the target level", PARAMS)
def check_growth(plan: Plan) -> Iterator[Finding]:
    """Check every growth rate of the plan against its two levels.

    All (baseline, target, rate) triples of the plan are recomputed at once
    with numpy (:func:`~plancheck.arithmetic.cagr_bounds`); only the triples
    whose rate falls outside, or on the edge of, the recomputed band get the
    exact interval treatment that decides the severity and the fixes.
    """
    triples: list[tuple] = []
    for ind in plan.indicators.values():
        for rates in distinct(ind.of_kind("growth_rate")):
            yield from _collect(ind, rates, triples)
    if not triples:
        return
    lo, hi = _bounds(triples)
    for (ind, rates, bs, ts), low, high in zip(triples, lo, hi, strict=True):
        stated = rates[0].interval()
        if low == low and stated.lo < low and high < stated.hi:  # strictly inside: consistent
            continue
        if low == low and stated.contains(low) and stated.contains(high) and low < high:
            continue
        finding = _check(ind, rates, bs, ts)
        if finding is not None:
            yield finding


check_growth.scope = "indicator"  # type: ignore[attr-defined]  # every finding names its indicator


def _collect(ind: Indicator, rates: list[Claim], triples: list) -> Iterator[Finding]:
    """Add the (baseline, target) pairs of one rate; a rate cell that repeats the
    level beside it is reported at once instead."""
    g = rates[0]
    if not g.years or g.years <= 0:
        return
    starts, ends = endpoints(ind, g)
    repeated = [ts for ts in ends if g.extra.get("repeats_level") == ts[0].year
                and g.quantity.text == ts[0].quantity.text]
    if repeated and starts:
        b, ts = starts[0][0], repeated[0]
        yield finding_from_claims(RULE, "warning",
            f"{ind.name}: the growth column repeats the {g.year} value {g.quantity.text} — "
            "a level printed where an annual rate belongs", [*rates, *ts], ind,
            [f"as a rate: {b.quantity.text} × (1 + {g.quantity.text}%)^{g.years} would be "
             f"{implied_target(b.interval(), g.interval(), g.years)}, not {ts[0].quantity.text}"])
        return
    for bs in starts:
        for ts in ends:
            if bs[0].unit == ts[0].unit:
                triples.append((ind, rates, bs, ts))
            elif (converted := _in_unit(ts, bs[0].unit)) is not None:
                triples.append((ind, rates, bs, converted))  # 9324.8 亿元 → 1.51 万亿元


def _in_unit(claims: list[Claim], unit: str) -> list[Claim] | None:
    """The claims restated in ``unit`` when the units differ by a power of ten
    (万亿元 → 亿元): the decimal point moves, so the printed precision is kept
    exactly (1.51 万亿元 = 15100 亿元 ± 50). None when they do not convert so."""
    import copy

    from .. import units
    from ..numbers import Printed, Quantity

    factor = units.factor(claims[0].unit, unit)
    if not factor or factor <= 0:
        return None
    shift = round(math.log10(factor))
    if abs(10.0 ** shift - factor) > 1e-9 * factor:
        return None
    out = []
    for c in claims:
        p = c.quantity.printed
        if p is None:
            return None
        moved = Printed(f"{c.quantity.text} {c.unit}", p.value.scaleb(shift), p.decimals - shift)
        view = copy.copy(c)
        view.quantity = Quantity(moved.text, moved, c.quantity.qualifier)
        view.unit = unit
        view.extra = dict(c.extra, converted_from=c.unit)
        out.append(view)
    return out


def _bounds(triples):
    """Implied rates of every triple in one vectorised call (NaN where none exists)."""
    b = [t[2][0].interval() for t in triples]
    e = [t[3][0].interval() for t in triples]
    years = [t[1][0].years for t in triples]
    return cagr_bounds([x.lo for x in b], [x.hi for x in b], [x.lo for x in e], [x.hi for x in e], years)


def _span(iv) -> str:
    """A price change for a message: a number, or a bound when one side is open."""
    if iv.lo <= -100 + 1e-9:
        return f"at most {fmt(iv.hi, 3)}"
    if iv.hi == float("inf"):
        return f"at least {fmt(iv.lo, 3)}"
    return fmt(iv.mid, 2)


def _check(ind: Indicator, rates: list[Claim], bs: list[Claim], ts: list[Claim]) -> Finding | None:
    g, b, t = rates[0], bs[0], ts[0]
    n = g.years
    assert n is not None  # _collect keeps only rates with a number of years

    stated = g.interval()
    implied = implied_rate(b.interval(), t.interval(), n)
    if implied is None:
        return finding_from_claims(RULE, "warning",
                                   f"{ind.name}: no growth rate can be computed from a baseline of {b.quantity.text}",
                                   [*bs, *ts, *rates], ind)
    if implied.overlaps(stated):
        return None
    base_text = (f"({_printed(t)} / {_printed(b)})^(1/{n}) - 1 = "
                 f"{fmt(implied.lo, 4)}…{fmt(implied.hi, 4)} %/yr")
    stated_text = f"stated {g.quantity.text} % → {stated}"
    loose = implied_rate(b.interval(True), t.interval(True), n)
    claims = [*bs, *ts, *rates]
    if loose is not None and loose.overlaps(g.interval(True)):
        return finding_from_claims(
            RULE, "warning",
            f"{ind.name}: {b.quantity.text} → {t.quantity.text} over {n} years agrees with "
            f"{g.quantity.text} %/yr only if a round figure is read as rounded further",
            claims, ind, [base_text, stated_text,
                          f"read loosely: {b.interval(True)} → {t.interval(True)} gives {loose} %/yr"])
    if ind.basis == "real" and g.role == "actual":
        # Results: levels in current prices, growth at comparable prices — the
        # gap is the price change. Plan targets are set by applying the real
        # rate to the base level, so for them no such explanation holds.
        prices = price_change(implied, stated)
        lo, hi = PARAMS["plausible_price_change"].value
        plausible = prices.lo <= hi and prices.hi >= lo
        sev = "info" if plausible else "warning"
        return finding_from_claims(
            RULE, sev,
            f"{ind.name}: levels grow {fmt(implied.mid, 3)} %/yr in current prices against a stated "
            f"real rate of {g.quantity.text} %: an implied price change of {_span(prices)} %/yr"
            + ("" if plausible else f", outside the plausible band {lo:+g}…{hi:+g} %/yr"),
            claims, ind, [base_text, stated_text,
                          f"(1 + nominal)/(1 + real) - 1 = {fmt(prices.lo, 3)}…{fmt(prices.hi, 3)} %/yr"])
    # a suggestion in another unit than printed would mislead: a converted target is not changed
    change = ("rate", "base") if t.extra.get("converted_from") else ("rate", "target", "base")
    target_from_rate = implied_target(b.interval(), stated, n)
    return finding_from_claims(
        RULE, "error",
        f"{ind.name}: {b.quantity.text} → {t.quantity.text} over {n} years is "
        f"{fmt(implied.mid, 3)} %/yr, not {g.quantity.text} %",
        claims, ind,
        [base_text, stated_text,
         f"{_printed(b)} × (1 + {g.quantity.text}%)^{n} = {target_from_rate} "
         f"(printed {t.quantity.text})"],
        violated=[Growth(g, b, t, n, change)])


def _printed(c: Claim) -> str:
    """The figure as printed (its text without qualifier), for the arithmetic lines."""
    return c.quantity.printed.text if c.quantity.printed is not None else c.quantity.text
