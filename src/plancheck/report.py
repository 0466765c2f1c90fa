"""The report of a check: claims, indicators and findings, with their views.

A :class:`Report` is what checking one or several plans (or a register) gives:
every claim read, the indicators they were grouped into, the findings of the
rules, the figures that could not be read and each document's calendar. It
offers the views a reader asks for — a summary line, a filter by rule, JSON
(``to_dict``), pandas tables (``to_dataframe``, including every recomputation
with its verdict) and a notebook rendering — so it sits above the rules
(recomputations.py redoes their arithmetic) and above ``findings.py``, whose
:class:`~plancheck.findings.Finding` the rules build and ``tables.py`` reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from . import SCHEMA_VERSION
from .findings import _RANK, SEVERITIES, Finding, _rule_match, sort_findings
from .model import Claim, Indicator
from .recomputations import recomputations
from .reports.notebook import report_html
from .tables import TABLES, claims_frame, findings_frame, indicators_frame, recomputations_frame


@dataclass(slots=True)
class Report:
    """The outcome of checking one plan (or register): claims, indicators, findings."""

    claims: list[Claim]
    findings: list[Finding]
    indicators: dict[str, Indicator] = field(default_factory=dict)
    unparsed: list[dict[str, Any]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    calendars: list[dict[str, Any]] = field(default_factory=list)  # per document: kind, own year, periods

    def summary(self) -> str:
        """The counts every format prints alike: new findings by severity, then
        the accepted ones (``3 errors, 5 warnings, 1 info (2 accepted)``)."""
        counts = ", ".join(f"{self.count(s)} {s}{'s' if self.count(s) != 1 and s != 'info' else ''}"
                           for s in SEVERITIES)
        accepted = sum(f.accepted for f in self.findings)
        return counts + (f" ({accepted} accepted)" if accepted else "")

    def count(self, severity: str, include_accepted: bool = False) -> int:
        return sum(1 for f in self.findings
                   if f.severity == severity and (include_accepted or not f.accepted))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error" and not f.accepted]

    def failed(self, fail_on: str = "error") -> bool:
        """True when a finding at or above ``fail_on`` severity is not accepted."""
        limit = _RANK[fail_on]
        return any(_RANK[f.severity] <= limit and not f.accepted for f in self.findings)

    def filter(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> "Report":
        sel, ign = set(select), set(ignore)
        kept = [f for f in self.findings
                if (not sel or _rule_match(f.rule, sel)) and not _rule_match(f.rule, ign)]
        return Report(self.claims, kept, self.indicators, self.unparsed, self.paths, self.calendars)

    def sorted_findings(self) -> list[Finding]:
        """The findings in reading order (:func:`sort_findings`)."""
        return sort_findings(self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "claims": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
            "indicators": [i.to_dict() for i in self.indicators.values()],
            "unparsed": list(self.unparsed),
            "calendar": list(self.calendars),
            "summary": {s: self.count(s) for s in SEVERITIES}
            | {"claims": len(self.claims), "accepted": sum(f.accepted for f in self.findings)},
        }

    def to_dataframe(self, what: str = "findings"):
        """A pandas DataFrame (pandas imported when called): ``findings`` (one row a
        finding), ``claims``, ``indicators`` or ``recomputations`` (every
        recomputation with its verdict, see :func:`plancheck.recomputations.recomputations`).
        An unknown name is refused (ValueError), never answered with another table."""
        if what not in TABLES["report"]:
            raise ValueError(f"unknown table {what!r}; choose from {', '.join(TABLES['report'])}")
        if what == "findings":
            return findings_frame(self.findings)
        if what == "claims":
            return claims_frame(self.claims)
        if what == "indicators":
            return indicators_frame(self.indicators)
        return recomputations_frame(recomputations(self))

    def __repr__(self) -> str:
        paths = ", ".join(self.paths[:3]) + (f" and {len(self.paths) - 3} more" if len(self.paths) > 3 else "")
        return (f"<Report {paths or '(no input)'}: {len(self.claims)} claims, {len(self.indicators)} "
                f"indicators: {self.summary()}>")

    def _repr_html_(self) -> str:
        return report_html(self)
