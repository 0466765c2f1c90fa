"""What every sentence form shares: the reading context, a figure in its
clause, and what reading a paragraph returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ...documents.calendar import Calendar
from ...errors import NumberError
from ...model import Claim, Kind
from ...numbers import Printed, Quantity
from ..names import KnownSubjects, NamingRequest


#: What a sentence form reads of a Chinese figure: (kind, extra, head, subject) — the
#: claim's kind and extra fields, the words before the figure that it was read from, and
#: the subject's text.
Reading = tuple[Kind, dict[str, Any], str, str]


@dataclass(slots=True)
class ProseContext:
    """What the prose readers (Chinese and English) share while reading a document:
    where it is, whether a subject is a known indicator (the one question asked of the
    indicators stage while reading), its calendar, and the section read."""

    path: str
    names: KnownSubjects
    next_id: Callable[[], str]
    calendar: Calendar = field(default_factory=Calendar)
    project_box: bool = False
    section: str = ""
    region: str | None = None  # a section about a sub-region (兵团, 南疆) qualifies its figures


@dataclass(slots=True)
class Figure:
    """A number in a clause, with what surrounds it: the words before (``head``
    without a leading qualifier), the unit and what follows it (``rest``)."""

    num: str
    before: str
    after: str
    rest: str
    head: str
    unit: str
    upper: str | None
    qual: str | None
    qual_first: bool
    line: int
    col: int
    clause: str
    obj: str = ""  # who or what a figure counts, printed after it (52万群众: 群众)
    things: str = ""  # 92%的乡镇卫生院达到标准: what a share is a share of, printed after it
    gap: tuple[str, str] | None = None  # (relation, reference) of a gap: 高于全国0.5个百分点

    def quantity(self, sep: str = "") -> Quantity | None:
        """The printed figure, qualifier where it was printed (超过8 / 8以上; English
        words take a space: about 6)."""
        shown = self.num + (f"-{self.upper}" if self.upper else "")
        if self.qual:
            shown = f"{self.qual}{sep}{shown}" if self.qual_first else f"{shown}{sep}{self.qual}"
        try:
            return Quantity(shown, Printed.parse(self.num), self.qual,
                            Printed.parse(self.upper) if self.upper else None)
        except NumberError:
            return None


@dataclass(slots=True)
class ProseResult:
    claims: list[Claim] = field(default_factory=list)
    unparsed: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    #: claim id -> what the indicators stage is to name it by (indicators/naming.py)
    naming: dict[str, NamingRequest] = field(default_factory=dict)


def frame_text(state: dict) -> str:
    """The sentence's frame as a claim records it."""
    frame = state.get("frame")
    return frame.describe() if frame is not None else ""


def unparsed(ctx: ProseContext, out: ProseResult, fig: Figure, sentence: str, reason: str) -> None:
    """A number that looks like a figure but was not read, with the reason."""
    out.unparsed.append({"path": ctx.path, "line": fig.line, "column": fig.col + 1,
                         "text": sentence.strip()[:160], "number": fig.num, "reason": reason})
