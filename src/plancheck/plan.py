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
    raw_lines: list[str] = field(default_factory=list)  # as in the file: inline comments kept

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
        from .inline import apply_inline

        report = check_plan(self, self.unparsed, [self.path], select, ignore)
        _register_fixes_in_register(self, report)
        if self.raw_lines:
            apply_inline(report, self.path, self.raw_lines)
        return report

    def to_dataframe(self, what: str = "claims"):
        """Claims or indicators as a pandas DataFrame (pandas imported here)."""
        from .tables import TABLES, claims_frame, indicators_frame

        if what not in TABLES["plan"]:
            raise ValueError(f"unknown table {what!r}; choose from {', '.join(TABLES['plan'])}")
        return claims_frame(self.claims) if what == "claims" else indicators_frame(self.indicators)

    def _repr_html_(self) -> str:
        from .reports.notebook import plan_html

        return plan_html(self)

    def __repr__(self) -> str:
        return f"<Plan {self.path!r}: {len(self.indicators)} indicators, {len(self.claims)} claims>"


def _same_file(a: str, b: str) -> bool:
    import os

    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normpath(a) == os.path.normpath(b)


def locate_register_figures(doc_claims: list[Claim], reg_claims: list[Claim], register_path: str,
                            doc_path: str) -> None:
    """Point each register figure at the same figure *in the draft under check*.

    A register's ``line = N`` counts lines of the document it was typed from;
    checking another draft against it, those lines mean nothing. A figure of
    the draft with the register figure's indicator, kind, period and role (of
    equal printed value, preferably) lends it its location; a register figure
    that the draft does not state points at its own entry in the register
    (``targets.toml:LINE``), unless the draft is the register's own document.
    ``extra["in_draft"]`` records whether a counterpart was found (the
    ``missing`` rule reads it). Claims are changed in place (they are copies).
    """
    from dataclasses import replace

    def family(kind: str) -> str:  # a register's "level" in % is the draft's "share"
        return "level" if kind in ("level", "share", "count") else kind

    index: dict[tuple, list[Claim]] = {}
    stated: set[tuple] = set()  # (indicator, year) and (indicator, printed value) the draft states
    for c in doc_claims:
        index.setdefault((c.indicator, family(c.kind), c.start_year, c.year), []).append(c)
        stated.add((c.indicator, c.year))
        stated.add((c.indicator, c.quantity.text.replace(" ", "")))
    for r in reg_claims:
        same = index.get((r.indicator, family(r.kind), r.start_year, r.year), [])
        pick = sorted(same, key=lambda c: (c.role != r.role, c.quantity.text.replace(" ", "")
                                           != r.quantity.text.replace(" ", "")))
        r.extra = dict(r.extra)
        # present for the ``missing`` rule when the draft states the indicator for that
        # year, or the same printed value, in any kind: a figure read as another kind
        # (a level printed in the growth column) is not a missing target
        r.extra["in_draft"] = bool(pick) or (r.indicator, r.year) in stated or (
            r.indicator, r.quantity.text.replace(" ", "")) in stated
        if pick:
            src = pick[0].source
            r.source = replace(src)
            r.extra["located_at"] = pick[0].id
        elif not _same_file(r.source.path, doc_path) and r.extra.get("register_line"):
            from .model import Source

            r.source = Source(register_path, r.extra["register_line"])


def _register_fixes_in_register(plan: "Plan", report) -> None:
    """A fix that changes a register figure is made in the register: when a
    draft is checked against a register, such a fix points at the figure's
    entry in targets.toml, not at the draft line the figure was located at."""
    if not any(c.origin != "register" for c in plan.claims):
        return  # a register checked alone: its figures' lines are its own document's
    reg = {c.id: c for c in plan.claims if c.origin == "register" and c.extra.get("register_line")}
    if not reg:
        return
    from dataclasses import replace

    from .findings import Location

    for f in report.findings:
        if any(fx.claim in reg for fx in f.fixes):
            f.fixes = [replace(fx, location=Location(reg[fx.claim].extra["register"],
                                                     reg[fx.claim].extra["register_line"],
                                                     text=reg[fx.claim].text, claim=fx.claim))
                       if fx.claim in reg else fx for fx in f.fixes]
