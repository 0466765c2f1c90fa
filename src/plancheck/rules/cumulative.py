"""cumulative — a five-year change must equal target minus baseline.

A bracketed figure such as ``[10]`` beside 48 → 58 states the change over
the plan period. When both levels are known, ``target - baseline`` (an
interval, from two printed numbers) must contain a reading of the stated
change. Five-year *totals* of flows (``[99]`` 万套 of housing built) have no
levels to compare with and are left to the ``totals`` rule.

Near-miss that must not fire: 4.7 → 5.6 with [0.9]; 1.32 → 2.5以上 with
[1.18以上] (both lower bounds).
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding, finding_from_claims
from ..localize import Difference, RelativeChange
from ..model import Indicator
from ..numbers import Interval, fmt
from .base import Plan, linked_statements, per_indicator, rule

RULE = "cumulative"


def _relative(ind, changes, bs, ts) -> Iterator[Finding]:
    """比2015年增长 40%: target / baseline - 1 must contain a reading of the change."""
    c, b, t = changes[0], bs[0], ts[0]
    bi, ti = b.interval(), t.interval()
    if bi.lo <= 0:
        return
    ratio = Interval((ti.lo / bi.hi - 1) * 100, (ti.hi / bi.lo - 1) * 100 if ti.hi != float("inf") else float("inf"))
    if ratio.overlaps(c.interval()):
        return
    yield finding_from_claims(RULE, "error",
        f"{ind.name}: {b.quantity.text} → {t.quantity.text} is a rise of {fmt(ratio.mid, 3)} %, "
        f"not {c.quantity.text} %", [*bs, *ts, *changes], ind,
        [f"({t.quantity.text} / {b.quantity.text} - 1) × 100 = {ratio} %", f"stated {c.quantity.text} % → {c.interval()}"],
        violated=[RelativeChange(c, b, t)])


@rule(RULE, "error", "a stated cumulative change must equal target minus baseline")
@per_indicator
def check_cumulative(ind: Indicator, plan: Plan) -> Iterator[Finding]:
    """Compare each [cumulative] figure with the two levels of its period."""
    for changes, bs, ts in linked_statements(ind, "cumulative_change"):
        c, b, t = changes[0], bs[0], ts[0]
        if c.extra.get("relative"):
            yield from _relative(ind, changes, bs, ts)
            continue
        if c.unit not in (b.unit, "百分点", ""):
            continue  # 300 万人 beside levels in 亿元: not a change of these levels
        if b.interval().lo >= 0 and c.interval().lo > t.interval().hi:
            continue  # larger than the end level itself: a five-year total of a flow, not a change
        diff = t.interval() - b.interval()
        if diff.overlaps(c.interval()):
            continue
        loose = t.interval(True) - b.interval(True)
        arithmetic = [f"{t.quantity.text} - {b.quantity.text} = {diff}",
                      f"stated {c.quantity.text} → {c.interval()}"]
        claims = [*bs, *ts, *changes]
        if loose.overlaps(c.interval(True)):
            yield finding_from_claims(RULE, "warning",
                f"{ind.name}: change {c.quantity.text} agrees with {b.quantity.text} → "
                f"{t.quantity.text} only under a loose reading of round figures",
                claims, ind, arithmetic)
            continue
        yield finding_from_claims(RULE, "error",
            f"{ind.name}: {b.quantity.text} → {t.quantity.text} is a change of "
            f"{fmt(diff.mid, 4)}, not {c.quantity.text}", claims, ind, arithmetic,
            violated=[Difference(c, b, t)])
