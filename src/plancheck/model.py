"""Claims and indicators: the nouns every stage of plancheck passes along.

A *claim* is one printed figure about one indicator, wherever it stood (a table
cell, a sentence, a register entry). An *indicator* gathers the claims about
one quantity: its baseline, targets, growth rates and cumulative changes, with
every source. Rules read indicators and never the text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from .numbers import Interval, Quantity
from .reports.notebook import indicator_html

#: ``gap``: a difference in percentage points to a named reference (高于全国0.5个百分点),
#: dated and roled but about no indicator of its own, so that no rule compares it.
KINDS = ("level", "growth_rate", "cumulative_change", "share", "ratio", "count",
         "reduction", "status", "project", "gap")
Kind = Literal["level", "growth_rate", "cumulative_change", "share", "ratio", "count",
               "reduction", "status", "project", "gap"]

#: The kind of quantity a claim states, for comparing like with like: a level
#: (levels, shares, counts), a rate, or a change over a period.
MEASURE = {"level": "level", "share": "level", "count": "level", "growth_rate": "rate",
           "cumulative_change": "change", "reduction": "change"}

#: A figure is the plan's target or a reported result (actual or estimate; the
#: base value of a change is an actual too). ``unknown``: nothing in the document
#: dates it, and no rule draws an error from it.
ROLES = ("target", "actual", "unknown")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a figure was read: file, 1-based line, 0-based column span.

    The line is that of the text as read (``plancheck extract FILE --text``);
    for a PDF, ``page`` and ``page_line`` also name the page and the line on it,
    and for a web page (``page`` 0) ``page_line`` is the line of the HTML file.
    """

    path: str
    line: int
    col_start: int = 0
    col_end: int = 0
    page: int = 0
    page_line: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = {"path": self.path, "line": self.line,
             "column": self.col_start + 1, "end_column": self.col_end + 1}
        if self.page_line:
            d.update(page=self.page, page_line=self.page_line)
        return d

    @property
    def where(self) -> str:
        """'page 3, line 12' (PDF), 'file line 230' (web page) or ''."""
        return origin_text(self.page, self.page_line)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col_start + 1}" + (f" ({self.where})" if self.page_line else "")


def origin_text(page: int, page_line: int) -> str:
    if not page_line:
        return ""
    return f"page {page}, line {page_line}" if page else f"file line {page_line}"


@dataclass(slots=True, eq=False)
class Claim:
    """One printed figure about one indicator.

    ``year`` is the year the figure is about (the end of the period for growth
    rates and cumulative changes, whose start is ``start_year``). ``origin`` is
    ``table``, ``prose`` or ``register``; ``context`` names the table or
    section, so that findings can say "专栏2" rather than a bare line number.
    """

    id: str
    indicator: str | None
    name: str
    kind: Kind
    quantity: Quantity
    unit: str
    source: Source
    text: str
    year: int | None = None
    start_year: int | None = None
    role: str = "target"
    origin: str = "prose"
    context: str = ""
    region: str | None = None
    attribute: str | None = None
    match_confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)
    scope: str = "region"  # "project": about a named project or programme, not the region
    frame: str = ""  # the time frame the figure was read in (documents/calendar.py), for explain and JSON

    @property
    def value(self) -> float | None:
        return self.quantity.value

    @property
    def qualifier(self) -> str | None:
        return self.quantity.qualifier

    def interval(self, loose: bool = False) -> Interval:
        return self.quantity.interval(loose)

    @property
    def measure(self) -> str | None:
        """level, rate, change, per_year (an annual average of a change) or
        relative_change (比2015年增长40%); None for ratios, statuses, projects."""
        m = MEASURE.get(self.kind)
        if m == "change" and self.extra.get("per_year"):
            return "per_year"
        if m == "change" and self.extra.get("relative"):
            return "relative_change"
        return m

    @property
    def period(self) -> tuple[int | None, int | None]:
        return (self.start_year, self.year)

    @property
    def years(self) -> int | None:
        if self.start_year is None or self.year is None:
            return None
        return self.year - self.start_year

    def to_dict(self) -> dict[str, Any]:
        """The claim in the JSON contract (see docs/output-formats.md)."""
        q = self.quantity
        iv = q.interval() if q.is_number else None
        return {
            "id": self.id,
            "indicator": self.indicator,
            "name": self.name,
            "kind": self.kind,
            "value": q.value,
            "printed": q.text,
            "interval": None if iv is None else [_json_bound(iv.lo), _json_bound(iv.hi)],
            "unit": self.unit,
            "qualifier": q.qualifier,
            "year": self.year,
            "start_year": self.start_year,
            "role": self.role,
            "frame": self.frame,
            "origin": self.origin,
            "context": self.context,
            "region": self.region,
            "scope": "project" if self.kind == "project" else self.scope,
            "attribute": self.attribute,
            "match_confidence": self.match_confidence,
            "text": self.text,
            "source": self.source.to_dict(),
            **({"ocr": self.extra["ocr"]} if "ocr" in self.extra else {}),
        }

    def describe(self) -> str:
        """Short human label: '2020 target 13078 亿元 (专栏2, line 268)'."""
        when = f"{self.start_year}–{self.year}" if self.start_year else (str(self.year) if self.year else "")
        unit = "" if self.kind == "status" else f" {self.unit}".rstrip()
        where = f"{self.context}, " if self.context else ""
        return f"{when} {self.role} {self.kind.replace('_', ' ')} {self.quantity.text}{unit} ({where}line {self.source.line})".strip()


def _json_bound(x: float) -> float | None:
    return None if math.isinf(x) else x


@dataclass(slots=True, eq=False)
class Indicator:
    """One quantity of the plan and every claim made about it."""

    id: str
    name: str
    name_en: str = ""
    unit: str = ""
    aliases: tuple[str, ...] = ()
    attribute: str | None = None  # "expected" (预期性) or "binding" (约束性)
    basis: str = "nominal"  # "real" for GDP and value added (comparable prices)
    direction: str | None = None  # "increase", "decrease" or None
    group: str = ""
    parent: str | None = None
    claims: list[Claim] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    accept: tuple[str, ...] = ()  # rule ids whose findings the register accepts

    def of_kind(self, *kinds: str, role: str | None = None) -> list[Claim]:
        """Numbered claims of these kinds (of one role); undated ones are never compared."""
        return [c for c in self.claims if c.kind in kinds and (role is None or c.role == role)
                and c.quantity.is_number and c.role != "unknown"]

    def levels(self, year: int, role: str | None = None) -> list[Claim]:
        """Level or share claims about ``year`` (optionally of one role)."""
        return [c for c in self.of_kind("level", "share", "count", role=role) if c.year == year]

    def __repr__(self) -> str:
        unit = f" [{self.unit}]" if self.unit else ""
        return f"<Indicator {self.id} {self.name}{unit}: {len(self.claims)} claims>"

    def _repr_html_(self) -> str:
        """A notebook table of the indicator's statements and their intervals."""
        return indicator_html(self)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "name_en": self.name_en, "unit": self.unit,
                "aliases": list(self.aliases), "attribute": self.attribute, "basis": self.basis,
                "direction": self.direction, "group": self.group,
                "claims": [c.id for c in self.claims]}

