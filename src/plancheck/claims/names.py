"""Subjects as names: the text normalisation every reader and the indicators
stage share, the result of resolving a subject, what a reader hands the
indicators stage to name a claim by (:class:`NamingRequest`: the subject's text
and the hints of its reading; :class:`RowNaming` for a table row), what the stage
resolves with (:class:`SubjectResolver`), and the one question a prose reader may ask of
the stage while reading (:class:`KnownSubjects`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..documents import patterns as DP
from . import patterns as P

if TYPE_CHECKING:
    from ..model import Claim

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


def subject_key(subject: str) -> str:
    """The key a subject is looked up by: its normalised name in lower case, without a
    sub-region that opens it (南疆四地州城镇新增就业: the region is kept apart)."""
    key = normalise_name(subject).lower()
    region = P.REGION_RE.match(key)
    if region and len(key) > region.end() + 1:
        key = normalise_name(key[region.end():])
    return key


def nameable(subject: str) -> bool:
    """Whether a subject can name an indicator at all (two characters of a name at
    least): the resolver names nothing else, and a reader makes no claim of it."""
    return len(subject_key(subject)) >= 2


@dataclass(slots=True)
class NamingRequest:
    """What a prose claim is to be named by, handed with it to the indicators stage
    (indicators/naming.py), which sets its ``indicator``, ``name`` and
    ``match_confidence``: the reader names no indicator itself.

    ``subject`` is the text the figure is about. With ``kind`` (and ``unit``) the
    subject is resolved with those reading hints (the verb's kind, the figure's unit),
    else as it is. ``region`` qualifies the id (``id@region``); ``indicator`` is an id the
    reader knows already (``project:…``); without ``confidence`` the claim keeps its
    default confidence. Then, in this order: ``pronoun`` (它所占的比重 standing for
    nothing) names no indicator; ``rename`` names the first figure of a list by its own
    subject of the list; ``unnamed`` (a list whose subjects could not be paired, a part
    of a whole stated as a ratio) names no indicator; ``respectively`` (A和B分别…) states
    the figure once for each subject when every one is a known indicator. ``name_of``
    (a list's ratio) takes the name of that claim, and no indicator."""

    subject: str
    kind: str | None = None
    unit: str | None = None
    region: str | None = None
    indicator: str | None = None
    confidence: bool = True
    pronoun: bool = False
    rename: str | None = None
    unnamed: bool = False
    respectively: list[str] = field(default_factory=list)
    name_of: str | None = None


@dataclass(slots=True, eq=False)
class RowNaming:
    """What a table row is to be named by, handed to the indicators stage with the
    claims of its cells (indicators/naming.py sets their ``indicator``, ``name`` and
    ``match_confidence``, and the row's statements): the table reader names nothing.

    The stage tries ``first`` (the whole：part of a part row, the subject of a growth
    row), or takes the indicator of the row above (``inherit``: a 其中 row of a
    sub-region), then ``name``, then ``parent``; an unknown name that has a parent is
    tried as parent + name (not for a part row). ``region`` qualifies the id;
    ``display`` is the name shown when no indicator is known. ``statement`` is the
    row's ``table_row`` statement; each of ``relations`` (statement, other, operator,
    claim) becomes a ``table_relation`` when ``other`` names another known indicator,
    and is dropped otherwise."""

    name: str
    parent: str
    first: str | None = None
    inherit: RowNaming | None = None
    part: bool = False
    region: str | None = None
    display: str = ""
    claims: list[Claim] = field(default_factory=list)
    statement: dict[str, Any] | None = None
    relations: list[tuple[dict[str, Any], str, str, Claim]] = field(default_factory=list)
    #: set by the stage: the row's match before the parent fallback (what a row that
    #: inherits it takes)
    match: Match | None = None


class KnownSubjects(Protocol):
    """The one question a prose reader asks of the indicators stage while reading: is
    this subject, read as this kind in this unit, a known indicator? (An unknown subject
    that reads like a facility is a project: its kind, dating and scope follow from
    that, and so does the reading of the rest of its sentence.)"""

    def known(self, subject: str, kind: str, unit: str | None = None) -> bool: ...


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
