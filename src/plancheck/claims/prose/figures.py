"""One number in its clause: its unit, range end and qualifier — or nothing,
for years, codes, durations and other numbers that are no quantity."""

from __future__ import annotations

from ...documents import patterns as DP
from ...documents.segment import Paragraph
from .. import patterns as P
from . import patterns as PP
from ...units.text import canonical_text_unit, english_unit, unit_pattern
from .context import Figure
from .scope import defines_scope
from .timing import in_aside

#: How far before (and after) a number its keywords, subject and unit are sought.
HEAD_WINDOW = 160


def figure(para: Paragraph, c_start: int, clause: str, s: int, e: int, state: dict) -> Figure | None:
    """The number at clause[s:e] with its unit, range end and qualifier; None for
    years, codes, durations and other numbers that are no quantity."""
    num_text = clause[s:e]
    # the words that classify a figure stand just before it: a bounded window
    # keeps a clause of many numbers linear (a 1 MB line of figures is read in time)
    before, after = clause[max(0, s - HEAD_WINDOW):s], clause[e:e + HEAD_WINDOW]
    if PP.YEAR_NUMBER.fullmatch(num_text) and is_year(before, after):
        # 比2015年 names a base; 2015 年的 47.2% dates only the figure it precedes; 1962年的国民收入
        # dates the sentence's subject
        if not PP.COMPARISON_END.search(before) and not in_aside(before) \
                and (not PP.YEAR_OF_AFTER.match(after) or PP.YEAR_OF_SUBJECT_AFTER.match(after)) \
                and not P.YEAR_SPAN_AFTER.match(after) \
                and not P.PRICE_BASE_YEAR.match(after):  # 按1980年不变价格计算: a price base
            state["year"] = int(num_text)
            if (fy := P.EN_FISCAL_YEAR_END.match(after)) and int(fy.group(1)) == (int(num_text) + 1) % 100:
                state["year"] = int(num_text) + 1  # in 2016-17: the fiscal year ends in 2017 (documents/fiscal.py)
        return None
    if P.NOT_A_QUANTITY_BEFORE.search(before[-3:]) or P.NOT_A_QUANTITY_AFTER.match(after[:6]):
        return None
    upper, consumed = None, 0
    rng = P.RANGE_AFTER.match(after)
    if rng and not P.RANGE_OF_YEARS.match(after) and (rng.group("mult") is None or rng.group("mult") == rng.group("mult2")):
        # 550万一600万吨: the multiplier stays with the unit; 2500～3500万吨: it belongs to both
        end = rng.end() if rng.group("mult") else rng.end("upper")
        upper, consumed = rng.group("upper").replace(",", ""), end
        after = (rng.group("mult") or "") + after[end:]
    unit, rest, more = "", after, None
    if (more := P.QUAL_MORE_AFTER.match(after)) and unit_pattern().match(after[more.end():].lstrip()):
        after = after[more.end():]  # 2800多个: more than 2800, in 个
    else:
        more = None
    rest = after
    obj, more_word = "", more.group(1) if more is not None else None
    mm = P.MAGNITUDE_MORE.match(after)
    mu = unit_pattern().match(after[mm.end():]) if mm else None
    people = P.PEOPLE_AFTER.match(after) if not mu else None
    if people and (people.group("mag") or people.group("more") or people.group("more2")
                   or after.lstrip().startswith("名")) and not unit_pattern().match(after.lstrip()[:1] or "-"):
        # 52万群众, 4.1万名农民工, 3000多万群众: people counted in 万, who they are after
        unit, obj = (people.group("mag") or "") + "人", people.group("obj")
        rest = obj + after[people.end():]
        more_word = more_word or people.group("more") or people.group("more2")
        if people.group("qual"):
            rest = people.group("qual") + rest
    elif mm and mu:  # 11万多户, 10亿多元: more than 11万户
        unit, rest = canonical_text_unit(mm.group(1) + mu.group()), after[mm.end() + mu.end():]
        more_word = mm.group(2)
    elif um := unit_pattern().match(after.lstrip()):
        unit, rest = canonical_text_unit(um.group()), after.lstrip()[um.end():]
    elif en := P.EN_UNITS.match(after):
        unit, rest = english_unit(en.group(1)), after[en.end():]
    elif (bare := P.BARE_MULTIPLIER.match(after.lstrip())) or (
            (bare := P.BARE_MULTIPLIER_OBJECT.match(after.lstrip())) and P.BUILD_BEFORE.search(before)):
        unit, rest = bare.group(1), after.lstrip()[bare.end():]  # 13亿以内 / 转移4000万农业劳动力
    if unit in ("", "个") and (shared := P.LIST_SHARED_UNIT.match(rest)):
        unit = canonical_text_unit(shared.group("unit"))  # 分别提高15、22个百分点: the last figure's unit
    if unit == "年" and (P.DURATION_BEFORE.search(before) or not (
            P.YEARS_MEASURE.search(before[-12:])  # 平均受教育年限11年
            or (P.YEARS_MEASURE.search(before) and P.LEVEL_VERB_BEFORE.search(before))  # …年限…提升至10.2年
            or P.EN_YEARS_MEASURE.search(before))):  # mean years of schooling will increase to 8.5 years
        return None  # 5年, 3年内, 连续3年: durations, not quantities
    if P.NOT_A_MEASURE_AFTER.match(rest) and unit:
        return None  # 连续24个月: a duration; 30万吨级泊位: a class of project
    qual, qual_first, head = None, False, before
    rng = P.RANGE_AFTER_UNIT.match(rest) if unit in ("%", "‰") and not upper else None
    if rng and rng.group(2) == unit:  # 6.5%—7%: a range printed with its unit twice
        consumed = len(clause[e:e + HEAD_WINDOW]) - len(rest) + rng.end()
        upper, rest = rng.group(1), rest[rng.end():]
    if qa := P.QUAL_AFTER.match(rest) or P.EN_QUAL_AFTER.match(rest):
        qual = qual_word(qa.group(1))
    elif more_word:
        qual = more_word
    gap = P.GAP_BEFORE.search(before) if unit == "百分点" else None
    things = P.SHARE_OF_THINGS.match(rest) if unit == "%" else None
    lead = before[: qb.start()] if (qb := P.QUAL_BEFORE.search(before)) else before
    if things and not (P.SHARE_LEAD.match(lead) or P.SHARE_CAUSE_LEAD.match(lead.strip())):
        things = None  # 覆盖全省85%的街道: the share delimits what the clause speaks of
    if P.COUNT_THEN_THRESHOLD.match(before) and unit and unit not in ("%", "‰"):
        return None  # 6个产业规模超1000亿元: the threshold each of the counted things passed
    if gap is None and things is None and defines_scope(before, unit, rest):
        return None
    if num_text == "1" and P.WORD_COUNTER.match(unit or "-"):
        return None  # 一起, 一处, 一批: words, not counts
    if qb := P.QUAL_BEFORE.search(before) or P.EN_QUAL_BEFORE.search(before):
        qual_first = qual is None
        qual = qual or qual_word(qb.group(1))
        head = before[: qb.start()]
    line, col = para.position(c_start + s)
    if consumed:  # the upper end of the range is read with this figure, not again
        state["range_end"] = (c_start, e + consumed)
    return Figure(num_text, before, after, rest, head, unit, upper, qual, qual_first, line, col, clause,
                  obj=obj, things=P.QUOTES.sub("", things.group("things")) if things else "",
                  gap=(gap.group("rel"), gap.group("ref").strip()) if gap else None)


def is_year(before: str, after: str) -> bool:
    """2020年, 2016-2020, by 2025 — but not 达到 2050 亿元 (an amount after 到)."""
    if PP.YEAR_MARK_AFTER.match(after):
        return True
    return bool(PP.EN_YEAR_PREPOSITION_END.search(before)) and not PP.CJK_OR_PERCENT_AFTER.match(after)


def qual_word(word: str) -> str:
    w = DP.WHITESPACE_RUN.sub(" ", word.strip().lower())
    return {"内": "以内", "之内": "以内", "or more": "at least", "or above": "at least", "and above": "at least",
            "or less": "at most", "under": "below"}.get(w, w)
