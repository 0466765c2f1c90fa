"""Indicator identity: one id for one quantity, however a chapter names it.

Names resolve in order of confidence: the register's names and aliases, the
built-in glossary (glossary.toml), the longest known name contained in the
subject (confidence 0.9), then a fuzzy match (difflib ratio, recorded as the
claim's ``match_confidence``). A subject that matches nothing keeps an id of
its own (``name:<subject>``): repeated statements of it still meet, but it is
never merged with another indicator silently.
"""

from __future__ import annotations

import difflib
import functools
import tomllib
from importlib import resources

from ..claims.names import Match, normalise_name, subject_key
from ..model import Indicator
from . import patterns as P

#: Below this similarity a fuzzy match is not taken. High on purpose: 绿洲森林覆盖率
#: is not 森林覆盖率 (ratio 0.83), and a wrong merge invents contradictions.
FUZZY_MIN = 0.93


@functools.lru_cache(maxsize=1)
def builtin() -> dict[str, Indicator]:
    data = tomllib.loads(resources.files(__package__).joinpath("glossary.toml").read_text("utf-8"))
    return {e["id"]: Indicator(id=e["id"], name=e["name"], name_en=e.get("name_en", ""),
                               unit=e.get("unit", ""), aliases=tuple(e.get("aliases", [])),
                               basis=e.get("basis", "nominal"), direction=e.get("direction"))
            for e in data["indicator"]}


def indicator_template(ind_id: str, name: str, unit: str) -> Indicator:
    """The glossary entry for ``ind_id``, or a bare indicator for an unknown one."""
    known = builtin().get(ind_id)
    if known is not None:
        return known
    clean = ind_id[5:] if ind_id.startswith("name:") else name
    direction = "decrease" if P.DECREASE_WORDS.search(clean) else None
    return Indicator(id=ind_id, name=clean, unit=unit, direction=direction)


def resolver_for(register: dict[str, Indicator] | None = None) -> "Resolver":
    """A resolver; the glossary-only one is shared, so its cache serves every document."""
    return _builtin_resolver() if not register else Resolver(register)


@functools.lru_cache(maxsize=1)
def _builtin_resolver() -> "Resolver":
    return Resolver()


class Resolver:
    """Resolve subjects to indicator ids (register first, then the glossary)."""

    def __init__(self, register: dict[str, Indicator] | None = None) -> None:
        self.indicators: dict[str, Indicator] = dict(builtin())
        self.names: dict[str, str] = {}
        for ind in self.indicators.values():
            self._add(ind)
        for ind in (register or {}).values():  # the register wins over the glossary
            self.indicators[ind.id] = ind
            self._add(ind, force=True)
        self._by_length = sorted(self.names, key=len, reverse=True)
        self._by_size: dict[int, list[str]] = {}
        for name in self.names:
            for size in (len(name) - 1, len(name), len(name) + 1):
                self._by_size.setdefault(size, []).append(name)

    def _add(self, ind: Indicator, force: bool = False) -> None:
        for n in (ind.name, *ind.aliases, ind.name_en):
            key = normalise_name(n).lower()
            if key and (force or key not in self.names):
                self.names[key] = ind.id

    @functools.lru_cache(maxsize=4096)  # noqa: B019  resolvers live for the process (one per register)
    def resolve(self, subject: str) -> Match | None:
        """The indicator a subject names, or None when the subject is empty."""
        key = subject_key(subject)  # 南疆四地州城镇新增就业: the region is kept apart
        if len(key) < 2:  # (claims.names.nameable)
            return None
        if key in self.names:
            ind_id = self.names[key]
            return Match(ind_id, self.indicators[ind_id].name, 1.0, "exact")
        for name in self._by_length:
            if len(name) >= 3 and name in key:
                before, _, after = key.partition(name)
                if P.NOISE_AROUND.match(before) and P.NOISE_AROUND.match(after):
                    ind_id = self.names[name]
                    return Match(ind_id, self.indicators[ind_id].name, 0.9, "contains")
        near = self._by_size.get(len(key), ())  # only names of about the same length can match
        close = difflib.get_close_matches(key, near, n=1, cutoff=FUZZY_MIN)
        if close:
            ratio = difflib.SequenceMatcher(None, key, close[0]).ratio()
            ind_id = self.names[close[0]]
            return Match(ind_id, self.indicators[ind_id].name, round(ratio, 2), "fuzzy")
        return Match(f"name:{key}", key, 0.5, "unresolved")

    def resolve_read(self, subject: str, kind: str, unit: str | None = None) -> Match | None:
        """Resolve a subject with what its reader saw: the kind its verb gave the
        figure and the figure's unit. A reduction's indicator is often named with
        its verb (单位国内生产总值能源消耗 + 降低 → 单位国内生产总值能源消耗降低). A
        rate cannot be counted in people or money: 基本养老保险参保 778 万人 is not
        the 参保率, so such a figure keeps its own wording."""
        match = self.resolve(subject)
        known = self.indicators.get(match.id) if match is not None else None
        if (known is not None and known.unit in ("%", "‰") and kind in ("level", "count", "cumulative_change")
                and unit and unit not in ("%", "‰", "百分点")):
            key = normalise_name(subject).lower()
            return Match(f"name:{key}", key, 0.5, "unresolved")
        if kind == "reduction" and match is not None and match.how == "unresolved":
            for verb in ("降低", "下降"):
                better = self.resolve(subject + verb)
                if better is not None and better.how != "unresolved":
                    return better
        return match

    def known(self, subject: str, kind: str, unit: str | None = None) -> bool:
        """Whether the subject, read as ``kind`` in ``unit``, names a known indicator
        (what a prose reader may ask: claims.names.KnownSubjects)."""
        match = self.resolve_read(subject, kind, unit)
        return match is not None and match.how != "unresolved"

    def resolve_each(self, subjects: list[str]) -> list[Match] | None:
        """One known indicator for each subject (A和B分别年均增长 7%: the figure is
        stated for each), or None when any of them is not a known indicator."""
        matches = [self.resolve(s) for s in subjects]
        if any(m is None or m.how == "unresolved" for m in matches):
            return None
        return [m for m in matches if m is not None]
