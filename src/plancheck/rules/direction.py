"""direction — a target must not move against the indicator's direction.

An indicator meant to rise (a share of non-fossil energy, an income) whose
target is below its baseline, or one meant to fall (a loss rate) whose
target is above it, is almost always a misprint. Warning, because a plan may
knowingly accept a fall.

Near-miss: 耕地保有量 412 → 412 (held, not fallen).
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding, finding_from_claims
from ..model import Indicator
from .base import Plan, distinct, per_indicator, rule

RULE = "direction"


@rule(RULE, "warning", "a target must not lie on the wrong side of its baseline")
@per_indicator
def check_direction(ind: Indicator, plan: Plan) -> Iterator[Finding]:
    """Compare each target level with the latest actual level before it (the baseline it was set from)."""
    if ind.direction not in ("increase", "decrease"):
        return
    actual = sorted((c for c in ind.of_kind("level", "share", "count", role="actual") if c.year),
                    key=lambda c: c.year or 0)
    for targets in distinct(c for c in ind.of_kind("level", "share", "count", role="target") if c.year):
        t = targets[0]
        if t.quantity.bound_kind in ("at_most", "less_than", "at_least", "more_than"):
            continue  # 4.5以内 is a cap and 2以上 a floor, not the expected path
        before = [a for a in actual if (a.year or 0) < (t.year or 0) and a.unit == t.unit]  # all dated
        if not before:
            continue
        b = before[-1]
        tiv, biv = t.interval(), b.interval()
        wrong = tiv.hi < biv.lo if ind.direction == "increase" else tiv.lo > biv.hi
        if wrong:
            word = "below" if ind.direction == "increase" else "above"
            yield finding_from_claims(RULE, "warning",
                f"{ind.name}: the {t.year} target {t.quantity.text} is {word} the {b.year} value "
                f"{b.quantity.text}, though the indicator is meant to {ind.direction}",
                [b, *targets], ind, [f"target {tiv} vs baseline {biv}"])
