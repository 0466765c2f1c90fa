"""Grouping claims that speak of the same thing (shared by cross-source rules).

Two claims are about the same figure when they share the indicator (region
included), the measure (a level, a rate, a change, a per-year average), the
year or period, and the role (target or actual).
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Claim, Indicator

MEASURE = {"level": "level", "share": "level", "count": "level", "growth_rate": "rate",
           "cumulative_change": "change", "reduction": "change"}


def measure_of(c: Claim) -> str | None:
    m = MEASURE.get(c.kind)
    if m == "change" and c.extra.get("per_year"):
        return "per_year"
    if m == "change" and c.extra.get("relative"):
        return "relative_change"
    return m


def same_figure_groups(ind: Indicator) -> list[list[Claim]]:
    """Claims of one indicator grouped by measure, period and role."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in ind.claims:
        m = measure_of(c)
        if m is None or not c.quantity.is_number or c.year is None or c.role == "unknown":
            continue
        start = c.start_year if m in ("rate", "change", "relative_change") else None
        groups[(m, c.year, start, c.role)].append(c)
    return [g for g in groups.values() if len(g) > 1]
