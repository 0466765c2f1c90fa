"""Findings: what the rules say, each with everything needed to check it.

A :class:`Finding` carries everything a reader needs to check it by hand: the
rule, a severity, one-line message, the arithmetic, every location with the
quoted text, and (for errors) the printed number that would fix it. Field
names live here once, in the dataclasses: ``to_dict`` writes every field not
marked ``INTERNAL`` under its own name (plus the few derived keys in
``DERIVED``), ``reports/schema.json`` is tested against :func:`json_keys`,
and the DataFrame columns (``tables.FINDING_COLUMNS``) are built from them.
The :class:`~plancheck.report.Report` that gathers a check's findings lives
above this module and above the rules (report.py), so that it can offer
tables and recomputations without this module importing them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Iterable

from .model import Claim, Indicator, Source, origin_text
from .reports.notebook import finding_html

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


def _rule_match(rule: str, patterns: set[str]) -> bool:
    return any(rule == p or (p.endswith("*") and rule.startswith(p[:-1])) for p in patterns)
