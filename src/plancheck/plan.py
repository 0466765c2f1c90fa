"""The Plan: what was read from a document or register, ready to check.

This is both what rules receive and what the library API hands to a notebook
user (``plancheck.load(...)``), so the two never disagree about the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from .check import check_plan
from .findings import Location
from .inline import apply_inline
from .model import Claim, Indicator
from .reports.notebook import plan_html
from .report import Report
from .tables import TABLES, claims_frame, indicators_frame


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
    raw_lines: list[str] = field(default_factory=list)  # as in the file: inline comments kept
    calendar: dict[str, Any] | None = None  # the document's kind, own year and periods (JSON "calendar")

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

    def check(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Report:
        """Run every rule and return a :class:`~plancheck.report.Report`."""
        report = check_plan(self, self.unparsed, [self.path], select, ignore)
        _register_fixes_in_register(self, report)
        if self.raw_lines:
            apply_inline(report, self.path, self.raw_lines)
        return report

    def to_dataframe(self, what: str = "claims"):
        """Claims or indicators as a pandas DataFrame (plancheck.tables imports pandas when called)."""
        if what not in TABLES["plan"]:
            raise ValueError(f"unknown table {what!r}; choose from {', '.join(TABLES['plan'])}")
        return claims_frame(self.claims) if what == "claims" else indicators_frame(self.indicators)

    def _repr_html_(self) -> str:
        return plan_html(self)

    def __repr__(self) -> str:
        return f"<Plan {self.path!r}: {len(self.indicators)} indicators, {len(self.claims)} claims>"


def _register_fixes_in_register(plan: "Plan", report) -> None:
    """A fix that changes a register figure is made in the register: when a
    draft is checked against a register, such a fix points at the figure's
    entry in targets.toml, not at the draft line the figure was located at."""
    if not any(c.origin != "register" for c in plan.claims):
        return  # a register checked alone: its figures' lines are its own document's
    reg = {c.id: c for c in plan.claims if c.origin == "register" and c.extra.get("register_line")}
    if not reg:
        return
    for f in report.findings:
        if any(fx.claim in reg for fx in f.fixes):
            f.fixes = [replace(fx, location=Location(reg[fx.claim].extra["register"],
                                                     reg[fx.claim].extra["register_line"],
                                                     text=reg[fx.claim].text, claim=fx.claim))
                       if fx.claim in reg else fx for fx in f.fixes]
