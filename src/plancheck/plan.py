"""The Plan: what was read from a document or register, ready to check.

This is both what rules receive and what the library API hands to a notebook
user (``plancheck.load(...)``), so the two never disagree about the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .model import Claim, Indicator


@dataclass(slots=True)
class Plan:
    """Indicators, their claims, and statements that belong to no one indicator
    (enumerations with a stated count, ratios, register relations), plus what
    looked like a target but could not be read (``unparsed``)."""

    indicators: dict[str, Indicator]
    claims: list[Claim]
    statements: list[dict[str, Any]] = field(default_factory=list)
    path: str = ""
    unparsed: list[dict[str, Any]] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)

    def indicator(self, ind_id: str | None) -> Indicator | None:
        return self.indicators.get(ind_id or "")

    def find(self, name: str) -> Indicator | None:
        """An indicator by id, name or alias (exact, then substring)."""
        if name in self.indicators:
            return self.indicators[name]
        low = name.lower()
        for ind in self.indicators.values():
            names = {ind.id.lower(), ind.name.lower(), ind.name_en.lower(), *(a.lower() for a in ind.aliases)}
            if low in names:
                return ind
        partial = [ind for ind in self.indicators.values() if low in ind.name.lower() or low in ind.name_en.lower()]
        return min(partial, key=lambda ind: len(ind.name)) if partial else None

    def check(self, select: Iterable[str] = (), ignore: Iterable[str] = ()):
        """Run every rule and return a :class:`~plancheck.findings.Report`."""
        from .check import check_plan

        return check_plan(self, self.unparsed, [self.path], select, ignore)

    def to_dataframe(self, what: str = "claims"):
        """Claims or indicators as a pandas DataFrame (pandas imported here)."""
        from .tables import claims_frame, indicators_frame

        return claims_frame(self.claims) if what == "claims" else indicators_frame(self.indicators)

    def _repr_html_(self) -> str:
        from .reports.notebook import plan_html

        return plan_html(self)

    def __repr__(self) -> str:
        return f"<Plan {self.path!r}: {len(self.indicators)} indicators, {len(self.claims)} claims>"
