"""composition — the parts of one whole must add up.

A ratio of sector shares (三次产业比重 14.5:37:48.5), or the printed shares
of a whole, must sum to 100 for some reading of each printed part; and a
sector share derived from such a ratio must agree with the table row of the
same share (that comparison is made by ``cross-source``, since the parts
become claims of their own).

Near-miss: 14.5 + 37 + 48.5 = [99.45, 100.55) ∋ 100.
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding, finding_from_claims
from ..localize import SharesSum
from ..numbers import Interval, Printed
from .base import Param, Plan, rule

RULE = "composition"
PARAMS = {
    "split_words": Param(("比重", "结构"), "a ratio is a split of 100 only when its name (or the start of its "
                         "sentence, for 比重) says it is one of shares"),
    "split_sum": Param((80, 120), "and when its printed parts sum to about 100 (inclusive band): 1:2:3 is a "
                       "proportion, not shares"),
}


@rule(RULE, "error", "shares of one whole (a:b:c sector ratios) must sum to 100", PARAMS)
def check_composition(plan: Plan) -> Iterator[Finding]:
    for c in plan.claims:
        parts = c.extra.get("parts") if c.kind == "ratio" else None
        if not parts or len(parts) < 3 or not _is_percent_split(c):
            continue
        total = Interval(0.0, 0.0)
        for p in parts:
            total = total + Printed.parse(p).interval()
        if total.contains(100.0):
            continue
        yield finding_from_claims(RULE, "error",
            f"{c.name}: the parts {c.quantity.text} sum to {sum(Printed.parse(p).value for p in parts)}, not 100",
            [c], None, [" + ".join(parts) + f" = {total}", "100 is outside that interval"],
            violated=[SharesSum(c, tuple(parts))])


def _is_percent_split(c) -> bool:
    values = [float(Printed.parse(p).value) for p in c.extra["parts"]]
    share, structure = PARAMS["split_words"].value
    lo, hi = PARAMS["split_sum"].value
    return (share in c.name or structure in c.name or share in c.text[:80]) and lo <= sum(values) <= hi
