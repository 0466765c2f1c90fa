"""Subjects as names: the text normalisation every reader and the indicators
stage share, the result of resolving a subject, and what a reader may ask of
the resolver it is given (the indicators stage's glossary and register)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..documents import patterns as DP
from . import patterns as P

_PREFIXES = ("全区", "我区", "全疆", "新疆", "自治区", "全市", "全省", "全国", "我国", "我市", "我省",
             "其中", "力争", "确保", "实现", "到期末", "期末", "累计", "全年", "今年", "去年", "当年")


def normalise_name(name: str) -> str:
    """Strip numbering, units in brackets, spaces and region prefixes."""
    s = P.NAME_NUMBERING.sub("", name or "")
    s = P.EN_UNIT_PAREN.sub("", s)
    s = P.UNIT_PAREN.sub("", s)
    s = P.NAME_QUOTES.sub("", s)  # “教共体”覆盖率 → 教共体覆盖率
    s = P.SPACE_NOT_BETWEEN_WORDS.sub("", s.strip())  # spaces matter only between words
    s = DP.WHITESPACE_RUN.sub(" ", s)
    s = s.strip("：:，,。;；、“”\"'*#")
    changed = True
    while changed:
        changed = False
        for p in _PREFIXES:
            if s.startswith(p) and len(s) > len(p) + 1:
                s, changed = s[len(p):], True
    return s


@dataclass(frozen=True, slots=True)
class Match:
    id: str
    name: str
    confidence: float
    how: str


class SubjectResolver(Protocol):
    """What a reader may ask of the resolver the pipeline gives it
    (:class:`plancheck.indicators.glossary.Resolver` is one)."""

    def resolve(self, subject: str) -> Match | None: ...

    def resolve_read(self, subject: str, kind: str, unit: str | None = None) -> Match | None:
        """``resolve`` given the reading hints: the figure's kind (from its verb) and unit."""
        ...

    def resolve_each(self, subjects: list[str]) -> list[Match] | None:
        """A known indicator for every subject, or None."""
        ...
