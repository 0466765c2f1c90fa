"""Grouping claims that speak of the same thing (shared by cross-source rules).

Two claims are about the same figure when they share the indicator (region
included), the measure (a level, a rate, a change, a per-year average), the
year or period, and the role (target or actual).
"""

from __future__ import annotations

from collections import defaultdict

from ..model import MEASURE, Claim, Indicator  # noqa: F401  (MEASURE: kept importable here)


def measure_of(c: Claim) -> str | None:
    return c.measure


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
