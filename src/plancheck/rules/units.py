"""units — one indicator, one unit (or a correct conversion).

Two statements of the same figure in different units must convert into each
other (万人 ↔ 人, 亿元 ↔ 万亿元, % ↔ ‰) *and* their numbers must follow the
conversion. The classic slip keeps the number and changes the unit
(人口自然增长率 11.6 ‰ in the table, 11.6 % in the prose): an error. A lone
statement whose unit differs from the unit the plan's other statements of the
indicator use is a warning (a glossary's usual unit is no evidence: a province
reports trade in 万亿元 where another plan used 亿美元).

Near-miss: 3.96 万亿元 vs 39600 亿元 (converted, agrees).
"""

from __future__ import annotations

from typing import Iterator

from .. import units as U
from ..findings import Finding, finding_from_claims
from ..localize import SameUnit
from ..model import Indicator
from ._groups import same_figure_groups
from .base import Plan, distinct, per_indicator, rule

RULE = "units"
#: Units a level of this indicator may legitimately be given in besides its own.
RATE_UNITS = {"%", "百分点"}


@rule(RULE, "error", "statements of one indicator must use convertible units, with numbers converted")
@per_indicator
def check_units(ind: Indicator, plan: Plan) -> Iterator[Finding]:
    reported: set[str] = set()
    for group in same_figure_groups(ind):
        units = {c.unit for c in group}
        if len(units) < 2:
            continue
        statements = distinct(group)
        for i, a_group in enumerate(statements):
            for b_group in statements[i + 1:]:
                a, b = a_group[0], b_group[0]
                if a.unit == b.unit:
                    continue
                reported.update(c.id for c in (*a_group, *b_group))
                finding = _pair(ind, a_group, b_group)
                if finding is not None:
                    yield finding
    levels = ind.of_kind("level", "share", "count")
    worded = ind.id.startswith("name:")  # an indicator known by its wording has no unit of its own
    if ind.unit and not worded and any(c.unit == ind.unit for c in levels):
        # a lone statement in another unit is odd only against the unit the plan itself uses
        for c in levels:
            if c.id in reported or not c.unit or c.unit == ind.unit:
                continue
            factor = U.factor(c.unit, ind.unit)
            if factor is None or (factor != 1 and {c.unit, ind.unit} <= {"%", "‰"}):
                yield finding_from_claims(RULE, "warning",
                    f"{ind.name}: given in {c.unit} at line {c.source.line}, but the indicator is measured in {ind.unit}",
                    [c], ind, [f"{c.quantity.text} {c.unit}; the indicator's unit is {ind.unit}"])


def _pair(ind: Indicator, a_group, b_group):
    a, b = a_group[0], b_group[0]
    factor = U.factor(a.unit, b.unit)
    arithmetic = [f"{a.quantity.text} {a.unit} (line {a.source.line}) vs {b.quantity.text} {b.unit} (line {b.source.line})"]
    if factor is None:
        return finding_from_claims(RULE, "error",
            f"{ind.name}: {a.unit} and {b.unit} do not measure the same kind of quantity",
            [*a_group, *b_group], ind, arithmetic)
    converted = a.interval().scale(factor)
    arithmetic.append(f"{a.quantity.text} {a.unit} = {converted} {b.unit}")
    same_number = a.quantity.printed.value == b.quantity.printed.value != 0 and factor != 1
    if converted.overlaps(b.interval()) and not same_number:
        return None
    if not same_number and a.interval(True).scale(factor).overlaps(b.interval(True)):
        return finding_from_claims(RULE, "warning",
            f"{ind.name}: {a.quantity.text} {a.unit} and {b.quantity.text} {b.unit} agree after conversion "
            "only if a round figure is read loosely", [*a_group, *b_group], ind,
            arithmetic + [f"loose: {a.interval(True).scale(factor)} vs {b.interval(True)}"])
    if same_number or a.interval().overlaps(b.interval()):
        # same number, different unit: the unit of one statement is wrong
        odd = b if ind.unit and a.unit == ind.unit else a
        other = a if odd is b else b
        return finding_from_claims(RULE, "error",
            f"{ind.name}: the same number {a.quantity.text} is printed in {a.unit} and in {b.unit} — "
            "one unit is wrong (the value was not rescaled)", [*a_group, *b_group], ind, arithmetic,
            violated=[SameUnit(odd, other)])
    return finding_from_claims(RULE, "error",
        f"{ind.name}: {a.quantity.text} {a.unit} and {b.quantity.text} {b.unit} disagree after conversion",
        [*a_group, *b_group], ind, arithmetic)
