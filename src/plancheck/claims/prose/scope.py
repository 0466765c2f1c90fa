"""What a figure is of: a threshold or rank that qualifies something else, a
sub-region, a project rather than the region."""

from __future__ import annotations

from .. import patterns as P
from . import patterns as PP
from .context import ProseContext


def defines_scope(before: str, unit: str, rest: str) -> bool:
    """A threshold, age, travel time, rank or gap that qualifies something
    else (see patterns.SCOPE_AFTER): not a figure of the subject."""
    return bool((P.SCOPE_AFTER.match(rest) and not P.OWN_LEVEL_BEFORE.search(before))
                or (unit in P.BRACKET_UNITS and P.BRACKET_AFTER.match(rest))
                or P.RANK_BEFORE.search(before)
                or (P.THRESHOLD_AFTER.match(rest) and (not unit or bool(P.COUNT_UNIT.match(unit))))
                or P.COMPARED_BEFORE.search(before))


def region_of(ctx: ProseContext, subject: str) -> str | None:
    """The sub-region a subject names (南疆四地州…), else the section's."""
    m = P.REGION_RE.search(subject)
    return m.group(1) if m else ctx.region


def counts_projects(unit: str, subject: str) -> bool:
    """实施 14 个大型灌区续建配套: a count of projects is about projects."""
    return unit in ("个", "座", "条", "处", "项", "所") and bool(PP.PROJECT_WORDS.search(subject) or
                                                              PP.WATER_PROJECT.search(subject))


def is_project(ctx: ProseContext, clause: str, unit: str, subject: str) -> bool:
    """A figure of one project (a facility's capacity, length, investment)."""
    if ctx.project_box and PP.CAPACITY_UNIT.fullmatch(unit or "-") and unit not in ("公里",):
        return True
    if PP.CAPACITY_UNIT.fullmatch(unit or "-") and PP.PROJECT_WORDS.search(subject):
        return True
    return bool(PP.PROJECT_NOUN.search(subject)) and unit not in ("%", "亿元", "万人")
