"""Findings and reports: what the rules say, in one table.

A :class:`Finding` carries everything a reader needs to check it by hand: the
rule, a severity, one-line message, the arithmetic, every location with the
quoted text, and (for errors) the printed number that would fix it. Field
names live here once, in the dataclasses: ``to_dict`` writes every field not
marked ``INTERNAL`` under its own name (plus the few derived keys in
``DERIVED``), ``reports/schema.json`` is tested against :func:`json_keys`,
and the DataFrame columns (``tables.FINDING_COLUMNS``) are built from them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Callable, Iterable

from . import SCHEMA_VERSION
from .errors import PlancheckError
from .model import Claim, Indicator, Source, origin_text
from .reports.notebook import finding_html, report_html

if TYPE_CHECKING:
    from .localize import Violation

SEVERITIES = ("error", "warning", "info")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}

#: Field metadata of what stays in Python: not written by ``to_dict``.
INTERNAL = {"json": False}
#: Field metadata of a location's page fields: written only for PDFs and web pages.
IF_PAGED = {"json": "if_paged"}
#: Keys ``to_dict`` derives from the fields rather than copies (they are properties).
DERIVED = {"Finding": ("primary_location", "related_locations", "key")}


def json_keys(cls: type) -> list[str]:
    """The keys of ``cls.to_dict()``: its fields not marked INTERNAL, in order,
    then the derived ones — the one list the schema and the tables follow."""
    return [f.name for f in fields(cls) if f.metadata.get("json", True)] + list(DERIVED.get(cls.__name__, ()))


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def _fields_dict(obj: Any) -> dict[str, Any]:
    """Every field of ``obj`` that goes into JSON, under its own name."""
    paged = bool(getattr(obj, "page_line", 0))
    return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)
            if f.metadata.get("json", True) is True or (f.metadata.get("json") == "if_paged" and paged)}


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a document, with the text quoted from it."""

    path: str
    line: int
    column: int = 1
    end_column: int = 1
    text: str = ""
    claim: str | None = None
    # PDF: page and line on it; web page: page 0 and the HTML file's line
    page: int = field(default=0, metadata=IF_PAGED)
    page_line: int = field(default=0, metadata=IF_PAGED)

    @classmethod
    def of(cls, claim: Claim) -> "Location":
        s: Source = claim.source
        return cls(s.path, s.line, s.col_start + 1, s.col_end + 1, claim.text, claim.id, s.page, s.page_line)

    @property
    def where(self) -> str:
        return origin_text(self.page, self.page_line)

    def to_dict(self) -> dict[str, Any]:
        return _fields_dict(self)


@dataclass(frozen=True, slots=True)
class Fix:
    """Which printed number to change, and to what, to resolve a finding."""

    claim: str
    printed: str
    suggested: str
    location: Location | None = None
    reason: str = ""
    resolves: int = 1

    def to_dict(self) -> dict[str, Any]:
        return _fields_dict(self)

    def __str__(self) -> str:
        where = f" at line {self.location.line}" if self.location else ""
        if self.location and self.location.path.endswith(".toml"):
            where = f" in {self.location.path}:{self.location.line}"
        if self.location and self.location.page_line:
            where += f" ({self.location.where})"
        why = f" ({self.reason})" if self.reason else ""
        return f"change {self.printed}{where} to {self.suggested}{why}"


@dataclass(slots=True)
class Finding:
    """One problem (or explained tension) found by one rule."""

    rule: str
    severity: str
    message: str
    indicator: str | None = None
    indicator_name: str = ""
    arithmetic: list[str] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    accepted: bool = False
    figures: list[str] = field(default_factory=list, metadata=INTERNAL)  # the printed figures, for a stable key
    accepted_by: str = ""  # what accepted it: "register", "baseline", "inline comment at FILE:LINE"
    #: the relations the figures violate, as the rule found them; localize() turns them into ``fixes``
    violated: list["Violation"] = field(default_factory=list, metadata=INTERNAL)

    def __post_init__(self) -> None:
        if self.severity not in _RANK:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def key(self) -> str:
        """A stable identity for baselines: rule, indicator and the printed figures involved.

        Line numbers, quotes and the message are left out, so that an edit
        elsewhere in a draft (even in the same table row) does not make an
        accepted finding new again; changing one of its own figures does.
        """
        figures = ",".join(sorted(self.figures)) if self.figures else ",".join(
            sorted(loc.text[:60] for loc in self.locations))
        digest = hashlib.sha1(f"{self.rule}|{self.indicator}|{figures}".encode()).hexdigest()
        return f"{self.rule}:{self.indicator or '-'}:{digest[:12]}"

    @property
    def primary(self) -> "Location | None":
        """The one location a reader should edit: the figure of the top-ranked
        fix when there is one, else the first statement. Every format (text,
        JSON, JUnit, GitHub, SARIF, HTML) uses this one."""
        if self.fixes and self.fixes[0].location is not None:
            want = self.fixes[0].location
            for loc in self.locations:
                if loc.claim == want.claim and loc.path == want.path and loc.line == want.line:
                    return loc
            for loc in self.locations:
                if loc.path == want.path and loc.line == want.line:
                    return loc
            return want
        return self.locations[0] if self.locations else None

    @property
    def related(self) -> "list[Location]":
        """The other statements, one location per statement (a figure printed
        once in a line is one statement however many claims were read from it),
        the primary's own statement left out."""
        primary = self.primary
        seen = {(primary.path, primary.line, primary.column)} if primary is not None else set()
        out = []
        for loc in self.locations:
            k = (loc.path, loc.line, loc.column)
            if k not in seen:
                seen.add(k)
                out.append(loc)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The finding in the JSON contract: every field under its own name
        (``fixes`` included; schema 1.x called it ``fix``), then the derived keys."""
        primary = self.primary
        return _fields_dict(self) | {
            "primary_location": None if primary is None else primary.to_dict(),
            "related_locations": [loc.to_dict() for loc in self.related],
            "key": self.key,
        }

    def __str__(self) -> str:
        where = ", ".join(f"{loc.path}:{loc.line}" for loc in self.locations)
        return f"{self.severity}[{self.rule}] {self.message} ({where})"

    def __repr__(self) -> str:
        p = self.primary
        at = f" at {p.path}:{p.line}" if p is not None else ""
        msg = self.message if len(self.message) <= 80 else self.message[:79] + "…"
        return f"<Finding {self.severity}[{self.rule}]{' accepted' if self.accepted else ''}{at}: {msg}>"

    def _repr_html_(self) -> str:
        """A notebook rendering with the arithmetic, locations and fixes."""
        return finding_html(self)


def finding_from_claims(rule: str, severity: str, message: str, claims: Iterable[Claim],
                        indicator: Indicator | None = None, arithmetic: Iterable[str] = (),
                        fixes: Iterable[Fix] = (), violated: Iterable["Violation"] = ()) -> Finding:
    """Build a finding whose locations are the sources of ``claims``; ``violated``
    are the relations its figures break, from which localisation makes the fixes."""
    cl = list(dict.fromkeys(claims))
    return Finding(rule=rule, severity=severity, message=message,
                   indicator=indicator.id if indicator else (cl[0].indicator if cl else None),
                   indicator_name=indicator.name if indicator else (cl[0].name if cl else ""),
                   arithmetic=list(arithmetic), locations=[Location.of(c) for c in cl],
                   claims=[c.id for c in cl], fixes=list(fixes), violated=list(violated),
                   figures=[f"{c.kind}:{c.year}:{c.role}:{c.quantity.text}{c.unit}" for c in cl])


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """New findings before accepted ones; then most severe first, then by
    indicator and first location."""
    return sorted(findings, key=lambda f: (f.accepted, _RANK[f.severity], f.indicator or "~",
                                           f.locations[0].line if f.locations else 0, f.rule))


@dataclass(slots=True)
class Report:
    """The outcome of checking one plan (or register): claims, indicators, findings."""

    claims: list[Claim]
    findings: list[Finding]
    indicators: dict[str, Indicator] = field(default_factory=dict)
    unparsed: list[dict[str, Any]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    calendars: list[dict[str, Any]] = field(default_factory=list)  # per document: kind, own year, periods
    #: How the rules' arithmetic is redone on this report, every computation with its
    #: verdict (:func:`plancheck.recomputations.recomputations`), handed over by the
    #: stage that ran the rules (``check.check_plan``): this module sits below the rules
    #: and never imports them. ``None`` for a report built by hand.
    recompute: Callable[["Report"], list[Any]] | None = field(default=None, repr=False, compare=False)

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
        return Report(self.claims, kept, self.indicators, self.unparsed, self.paths, self.calendars,
                      self.recompute)

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
        """A pandas DataFrame (pandas imported here): ``findings`` (one row a
        finding), ``claims``, ``indicators`` or ``recomputations`` (every
        recomputation with its verdict, see :func:`plancheck.recomputations.recomputations`).
        An unknown name is refused (ValueError), never answered with another table."""
        # cycle: tables.py builds its columns from the fields of Finding and Fix, below
        # Report; ending it means moving Report above both (issue 9, not done yet)
        from .tables import TABLES, claims_frame, findings_frame, indicators_frame, recomputations_frame

        if what not in TABLES["report"]:
            raise ValueError(f"unknown table {what!r}; choose from {', '.join(TABLES['report'])}")
        if what == "findings":
            return findings_frame(self.findings)
        if what == "claims":
            return claims_frame(self.claims)
        if what == "indicators":
            return indicators_frame(self.indicators)
        if self.recompute is None:
            raise PlancheckError("this report was not made by checking a plan, so it cannot redo the "
                                 "rules' arithmetic: use plancheck.recomputations.recomputations(report)")
        return recomputations_frame(self.recompute(self))

    def __repr__(self) -> str:
        paths = ", ".join(self.paths[:3]) + (f" and {len(self.paths) - 3} more" if len(self.paths) > 3 else "")
        return (f"<Report {paths or '(no input)'}: {len(self.claims)} claims, {len(self.indicators)} "
                f"indicators: {self.summary()}>")

    def _repr_html_(self) -> str:
        return report_html(self)


def _rule_match(rule: str, patterns: set[str]) -> bool:
    return any(rule == p or (p.endswith("*") and rule.startswith(p[:-1])) for p in patterns)
