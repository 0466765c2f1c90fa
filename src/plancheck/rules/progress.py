"""progress — a result and a later target are progress, never a contradiction.

A document that reports a level (2025: 人均可支配收入 7 万元) and sets a later
target for it (2030: 9 万元) does not contradict itself: the two are the road
ahead. The rule says what that road takes, as ``info``: the average annual
growth the target needs from the latest result before it,
``(target / result)^(1/years) - 1``, on intervals (every reading of the two
printed figures; a one-sided target such as 9以上 gives a bound), or, for a
figure in % or ‰ (a share), the change in points a year.

When the document also states the planned rate of a period that ends in the
target's year but starts elsewhere (a rate over 2026–2030 beside a 2024
result), the finding says whether that rate can reach the target: over the
years from the result or over the rate's own years. If neither reading of the
three printed figures does, it is a ``warning`` — but only when identity and
time are firm: the indicator is known to the register or the glossary (not
by its wording alone) and each year is printed beside the figure (a table
column, a register entry, or the year in its own sentence); otherwise it stays
``info``.

Pairs another rule already recomputes are left to it: a target rate or a
[cumulative] change over exactly (result year, target year) is checked by
``growth`` or ``cumulative``.

Fires (info): "2025年，城镇居民人均可支配收入7万元" and "到2030年，城镇居民人均可
支配收入达到9万元" → 2025: 7 万元 → 2030 target 9 万元 needs 5.2 %/yr.
Near-misses that say nothing: the result and the target of two regions; a
figure whose role is unknown; a result and a target of the same year (that is
``status``); an indicator joined only by its wording.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..arithmetic import implied_rate
from ..findings import Finding, finding_from_claims
from ..model import Claim, Indicator
from ..numbers import INF, Interval, fmt
from .base import Param, Plan, distinct, per_indicator, rule

RULE = "progress"
LEVELS = ("level", "share", "count")
PARAMS = {
    "point_units": Param(("%", "‰"), "units of a share or rate: their progress is a change in points a year, "
                         "not a growth rate"),
}


def _firm_time(c: Claim) -> bool:
    """The figure's year is printed beside it: a table column, a register entry,
    or the year written in its own sentence (not inferred from a heading)."""
    return c.origin in ("table", "register") or (c.year is not None and str(c.year) in c.text)


def _firm_identity(ind: Indicator, claims: list[Claim]) -> bool:
    return not ind.id.startswith("name:") and all(c.match_confidence >= 1.0 for c in claims)


def _year(c: Claim) -> int:
    assert c.year is not None  # only dated claims get here (_comparable, _stated_rates)
    return c.year


def _value(c: Claim) -> Decimal:
    assert c.quantity.printed is not None  # only numbers get here
    return c.quantity.printed.value


def _comparable(c: Claim) -> bool:
    return (c.quantity.is_number and c.year is not None and c.scope != "project"
            and not c.extra.get("per_year") and not c.extra.get("total"))


@rule(RULE, "info", "a result and a later target are progress: the rate the target needs", PARAMS)
@per_indicator
def check_progress(ind: Indicator, plan: Plan) -> Iterator[Finding]:
    """For each target level, the rate it needs from the latest result before it."""
    if ind.id.startswith("name:"):
        return  # wording alone is no identity: the two may be different things
    actual = [c for c in ind.of_kind(*LEVELS, role="actual") if _comparable(c)]
    linked = {(c.start_year, c.year) for c in ind.of_kind("growth_rate", "cumulative_change", "reduction")
              if c.start_year is not None and c.year is not None}
    for targets in distinct(c for c in ind.of_kind(*LEVELS, role="target") if _comparable(c)):
        t = targets[0]
        before = [a for a in actual if _year(a) < _year(t) and a.unit == t.unit
                  and (a.region or None) == (t.region or None)]
        if not before or any(a.year == t.year for a in actual):
            continue  # no result before it, or its own year's result is in: that is status's
        year = max(_year(a) for a in before)
        if (year, t.year) in linked:
            continue  # growth or cumulative recomputes this pair
        bases = distinct(a for a in before if a.year == year)
        if not all(bs[0].interval().overlaps(bases[0][0].interval()) for bs in bases):
            continue  # results that disagree are cross-source's finding
        finding = _progress(ind, bases[0], targets)
        if finding is not None:
            yield finding


def _progress(ind: Indicator, bs: list[Claim], ts: list[Claim]) -> Finding | None:
    b, t = bs[0], ts[0]
    n = _year(t) - _year(b)
    head = f"{ind.name}: {b.year}: {_figure(b)} → {t.year} target {_figure(t)}"
    claims = [*bs, *ts]
    if t.unit in PARAMS["point_units"].value:
        change = (t.interval() - b.interval()).scale(1 / n)
        verb = _verb(t, change, -INF)
        if verb is None:
            return None  # both one-sided (5以内 → 5以内): no change is implied
        per_year = float(_value(t) - _value(b)) / n
        return finding_from_claims(RULE, "info", f"{head} {verb} {_signed(per_year)} points a year",
                                   claims, ind,
                                   [f"({_printed(t)} - {_printed(b)}) / {n} = {_range(change)} points a year"])
    needed = implied_rate(b.interval(), t.interval(), n)
    if needed is None or _value(b) <= 0:
        return None  # a zero or negative base: no rate
    verb = _verb(t, needed, -100.0)
    if verb is None:
        return None  # both one-sided (突破1300 → 1300以上): any rate may do
    at_printed = implied_rate(Interval.point(float(_value(b))), Interval.point(float(_value(t))), n)
    centre = f"{fmt(at_printed.mid, 2)} %/yr" if at_printed is not None else f"{_range(needed)} %/yr"
    arithmetic = [f"({_printed(t)} / {_printed(b)})^(1/{n}) - 1 = {_range(needed)} %/yr over every reading"]
    if at_printed is not None:
        arithmetic.append(f"at the printed figures: {fmt(at_printed.mid, 4)} %/yr")
    severity, tail = "info", ""
    for g in _stated_rates(ind, t):
        readings = sorted({n, _year(g) - (g.start_year or 0)})
        reach = [r for k in readings if (r := implied_rate(b.interval(), t.interval(), k)) is not None]
        stated = g.interval()
        claims.append(g)
        arithmetic.append(f"stated {g.quantity.text} % ({g.start_year}–{g.year}) → {stated}")
        if any(r.overlaps(stated) for r in reach):
            tail = f"; the stated {g.quantity.text} % ({g.start_year}–{g.year}) can reach it"
            continue
        side = "below" if all(stated.hi <= r.lo for r in reach) else (
            "above" if all(stated.lo >= r.hi for r in reach) else "outside")
        tail = (f"; the stated {g.quantity.text} % ({g.start_year}–{g.year}) lies {side} it over "
                f"{' and over '.join(f'{k} years' for k in readings)}: no reading reaches the target")
        arithmetic.append(f"no reading of the stated rate over {' or '.join(map(str, readings))} years "
                          f"lies in {', '.join(map(str, reach))}")
        if _firm_identity(ind, [*bs, *ts, g]) and all(_firm_time(c) for c in (b, t, g)):
            severity = "warning"
        break
    return finding_from_claims(RULE, severity, f"{head} {verb} {centre}{tail}", claims, ind, arithmetic)


def _verb(t: Claim, needed: Interval, floor: float) -> str | None:
    """What the way to the target asks, read off the needed interval: a one-sided
    figure (9以上, 突破10, 4.5以内) bounds it on one side only. A ceiling target
    allows rather than needs. None when neither side is bounded."""
    ceiling = t.quantity.bound_kind in ("at_most", "less_than")
    verb = "allows" if ceiling else "needs"
    up, down = needed.hi == INF, needed.lo <= floor
    if up and down:
        return None
    return f"{verb} at least" if up else f"{verb} at most" if down else verb


def _figure(c: Claim) -> str:
    """The figure as a reader would print it: 7 万元, 95%以上, 10 万元以上."""
    p = c.quantity.printed
    if p is None:
        return c.quantity.text
    unit = c.unit if c.unit in ("%", "‰") or not c.unit else f" {c.unit}"
    return f"{c.quantity.text.replace(p.text, p.text + unit, 1)}" if p.text in c.quantity.text \
        else f"{c.quantity.text}{unit}"


def _stated_rates(ind: Indicator, t: Claim) -> list[Claim]:
    """Target growth rates of a period ending in the target's year (annual averages, not totals)."""
    return [g for g in ind.of_kind("growth_rate", role="target")
            if g.year == t.year and g.start_year is not None and g.years and g.years > 0
            and not g.extra.get("total") and (g.region or None) == (t.region or None)]


def _range(iv: Interval) -> str:
    if iv.hi == float("inf"):
        return f"at least {fmt(iv.lo, 3)}"
    if iv.lo == float("-inf"):
        return f"at most {fmt(iv.hi, 3)}"
    return f"{fmt(iv.lo, 3)}…{fmt(iv.hi, 3)}"


def _signed(x: float) -> str:
    return f"{'+' if x >= 0 else ''}{fmt(x, 3)}"


def _printed(c: Claim) -> str:
    return c.quantity.printed.text if c.quantity.printed is not None else c.quantity.text
