"""What a figure is of: a threshold or rank that qualifies something else, a
sub-region, a project rather than the region."""

from __future__ import annotations

import re

from .. import patterns as P
from .context import ProseContext

PROJECT_WORDS = re.compile(r"项目|工程|电站|水库|枢纽|机场|铁路|公路|管道|管线|基地|园区|炼油|炼化|装置|生产线|"
                           r"输电|特高压|电厂|矿|坝|渠|厂|线路|通道|口岸|站")
CAPACITY_UNIT = re.compile(r"万吨/年|吨/年|万吨|万千瓦|千瓦|千伏|万标箱|亿立方米|立方米|公里|座|台|辆|套")


def defines_scope(before: str, unit: str, rest: str) -> bool:
    """A threshold, age, travel time, rank or gap that qualifies something
    else (see patterns.SCOPE_AFTER): not a figure of the subject."""
    return bool((P.SCOPE_AFTER.match(rest) and not P.OWN_LEVEL_BEFORE.search(before))
                or (unit in P.BRACKET_UNITS and P.BRACKET_AFTER.match(rest))
                or P.RANK_BEFORE.search(before) or P.THRESHOLD_AFTER.match(rest)
                or P.COMPARED_BEFORE.search(before))


def region_of(ctx: ProseContext, subject: str) -> str | None:
    """The sub-region a subject names (南疆四地州…), else the section's."""
    m = P.REGION_RE.search(subject)
    return m.group(1) if m else ctx.region


def counts_projects(unit: str, subject: str) -> bool:
    """实施 14 个大型灌区续建配套: a count of projects is about projects."""
    return unit in ("个", "座", "条", "处", "项", "所") and bool(PROJECT_WORDS.search(subject) or
                                                              re.search(r"灌区|水闸|水库|河流|堤防", subject))


def is_project(ctx: ProseContext, clause: str, unit: str, subject: str) -> bool:
    """A figure of one project (a facility's capacity, length, investment)."""
    if ctx.project_box and CAPACITY_UNIT.fullmatch(unit or "-") and unit not in ("公里",):
        return True
    if CAPACITY_UNIT.fullmatch(unit or "-") and PROJECT_WORDS.search(subject):
        return True
    return bool(re.search(r"项目|工程|电站|水库|机场", subject)) and unit not in ("%", "亿元", "万人")
