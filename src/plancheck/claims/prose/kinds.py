"""What a figure is (growth rate, reduction, change, total, share, level,
ratio), from the verb just before it and its unit."""

from __future__ import annotations

from typing import Any

from ...documents.calendar import small_number
from ...model import Kind
from .. import patterns as P
from . import patterns as PP


def classify(head: str, unit: str, num_text: str, clause: str) -> tuple[Kind | None, int, dict[str, Any]]:
    """(kind, where the subject ends in head, extra) or (None, 0, {})."""
    pct = unit in ("%", "‰")
    # 年均分别增长 / 分别年均增长: 分别 inside the verb does not change what the figure is
    # (dropping it keeps every position before it, so the subject ends where it did)
    head = P.RESPECTIVELY_INSIDE.sub("", head)
    for regex in (P.GROWTH_WORDS, P.EN_GROWTH):
        m = regex.search(head)
        if m and (pct or not unit):
            return "growth_rate", m.start(), {}
    m = PP.YEARLY_REDUCTION_WORDS.search(head)
    if m and pct:  # 年均下降 3.2%: a yearly fall, not the five-year reduction
        return "reduction", m.start(), {"per_year": True}
    m = P.REDUCTION_WORDS.search(head) or P.EN_REDUCTION.search(head)
    if m and (pct or unit == "百分点"):
        return "reduction", m.start(), {"pp": unit == "百分点"}
    m = P.CHANGE_WORDS.search(head)
    if m and unit == "百分点":
        return "cumulative_change", m.start(), {"pp": True}
    if m and pct and m.group(1) and PP.YEAR_ON_YEAR.search(m.group(1)):
        return "growth_rate", m.start(), {"annual": True}  # 比上年增长 3.5%: a one-year rate
    if m and pct and m.group(1):
        return "cumulative_change", m.start(), {"relative": True}
    if m and pct and not m.group(2):
        # 地区生产总值增长5%以上: growth over one year (年均 would have matched above)
        return "growth_rate", m.start(), {"annual": True, "bare": True}
    if m and unit:
        return "cumulative_change", m.start(), {"absolute": True}
    m = P.BASE_VALUE_BEFORE.search(head)
    if m and (unit or pct):  # 比1995年的4.65亿吨增加…: the level the change starts from
        return "level", m.start(), {"base_year": int(m.group("year"))}
    m = P.FROM_BEFORE.search(head)
    if m and (unit or pct or PP.COEFFICIENT_END.search(head[: m.start()])):
        # 由1985年的12.9吨 / 由“六五”期间的73.6% / 从第六个五年计划的58.2% / 从57600亿元: the level a
        # change starts from
        named = m.group("period") or m.group("ordinal")
        period = small_number(named) if named else ("decade" if m.group("decade") else True)
        return "level", m.start(), {"from": period, "from_year": int(m.group("year")) if m.group("year") else None}
    m = P.SHARE_OF_WORDS.search(head)
    if m and pct:
        return "share", m.start(), {"of": m.group("whole").strip(), "subject_includes_verb": True}
    m = P.SHARE_BARE_END.search(head)
    if m and pct:  # …为13.5亿元，占8%: the share of the subject before, of a whole not named
        return "share", m.start(), {"of": ""}
    m = P.SHARE_OF_WHOLE_END.search(head)
    if m and pct:  # 高标准农田达到耕地总面积的58%: a share of the whole before 的
        return "share", m.start(), {"of": m.group("whole").strip(), "subject_includes_verb": True, "share_of_whole": True}
    m = P.WHOLE_DE_END.search(head)
    if m and pct and (used := P.SHARE_USED_FOR.search(clause)) and used.group("num") == num_text:
        # 新增信贷总规模的15%以上用于农业: the share of the whole used for what follows
        name = m.group("whole") + used.group("use") + used.group("obj") + "比重"
        return "share", len(head), {"of": m.group("whole"), "subject_includes_verb": True, "share_name": name}
    m = P.PER_YEAR_WORDS.search(head)
    if m and unit and not pct:
        return "cumulative_change", m.start(), {"per_year": True, "subject_includes_verb": True}
    m = P.TOTAL_WORDS.search(head)
    if m and unit and not pct:
        return "cumulative_change", m.start(), {change_flag(m.group(1)): True, "subject_includes_verb": True}
    if unit == "倍":
        return "ratio", len(head), {"times": True}
    m = P.LEVEL_WORDS.search(head) or P.EN_LEVEL.search(head)
    if m and (unit or pct or P.COEFFICIENT_BEFORE.search(head[: m.start()])
              or P.UNITLESS_SUBJECT.search(P.FROM_PHRASE.sub("", head[: m.start()]))):
        return "level", m.start(), {}  # 资本系数由3.6降为3左右 / 收入倍差从2.4缩小至2.1: no unit
    m = P.SHARE_WORDS.search(head)
    if m and pct:
        return "level", len(head.rstrip()), {}
    tail = head.rstrip()
    if (unit or pct) and (len(tail) >= 2 or P.OUTPUT_UNIT.fullmatch(unit or "-")) \
            and PP.NAME_CHAR_END.search(tail) \
            and not PP.PARTICLE_END.search(tail):
        # "森林覆盖率 5.6%", "城镇新增就业 220 万人以上": subject followed by the figure
        if PP.NEW_OR_TOTAL.search(tail) and not pct:
            return "cumulative_change", len(tail), {change_flag(tail): True}
        return "level", len(tail), {}
    return None, 0, {}


def change_flag(verb: str) -> str:
    """新增/新建/建成 add to a stock (an increment: target = baseline + it);
    累计/完成/培训 sum a flow over the years (a total, with no such identity)."""
    return "increment" if PP.ADDING_VERB.search(verb) and not PP.CUMULATIVE_WORD.search(verb) else "total"
