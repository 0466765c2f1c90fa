"""Subjects as names: the text normalisation every reader and the indicators
stage share, the result of resolving a subject, and what a reader may ask of
the resolver it is given (the indicators stage's glossary and register)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

_PREFIXES = ("全区", "我区", "全疆", "新疆", "自治区", "全市", "全省", "全国", "我国", "我市", "我省",
             "其中", "力争", "确保", "实现", "到期末", "期末", "累计", "全年", "今年", "去年", "当年")
_UNIT_PAREN = re.compile(r"[（(][^()（）]{0,12}[)）]")
#: An English unit in brackets, longer than a Chinese one: "GDP (trillion yuan)", "(billion US dollars)".
_EN_UNIT_PAREN = re.compile(r"\s*[（(]\s*(?:%|per\s*cent|percent|[A-Za-z][A-Za-z ,/]{0,30}?(?:yuan|dollars|"
                            r"people|persons|tonnes|tons|hectares|km|kilometres|kilometers|years|million|"
                            r"billion|units|households))\s*[)）]", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(?:\d+[.、．]|[一二三四五六七八九十]+[、.])\s*")


def normalise_name(name: str) -> str:
    """Strip numbering, units in brackets, spaces and region prefixes."""
    s = _NUMBERING.sub("", name or "")
    s = _EN_UNIT_PAREN.sub("", s)
    s = _UNIT_PAREN.sub("", s)
    s = re.sub(r"[“”\"‘’「」『』]", "", s)  # “教共体”覆盖率 → 教共体覆盖率
    s = re.sub(r"(?<=[^A-Za-z])\s+|\s+(?=[^A-Za-z])", "", s.strip())  # spaces matter only between words
    s = re.sub(r"\s+", " ", s)
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
