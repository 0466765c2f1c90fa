"""A document's own calendar, and the time frame of every block in it.

A figure has no time of its own: "增长5.3%" is last year's result in the review
of a 2026 work report, and "年均增长6.3%" in its "这五年" paragraph is the
average of 2021–2025. Time comes from the document:

* its **kind** (five-year-plan outline, annual government work report, review
  or mid-term evaluation, English-language plan);
* its **own year**: a date line near the top ("2026-02-09", "——2026年2月3日在…",
  "2016年5月", "二○○六年三月"), the year in its title, or the first year of the
  plan it sets out;
* the **periods it names**: five-year-plan ordinals of every era (第一个五年计划
  1953–1957, 第二个 1958–1962, from the third on 1966 + 5(n − 3): "七五"
  1986–1990, 十四五 2021–2025, 十五五 2026–2030), 过去五年 / 今后五年, 上年 /
  今年, long-range goals (2010年远景目标), fiscal years in English (FY19, 2019-20);
* **frames**: every heading, paragraph and sentence is about a year or a period
  and either reports results or states targets. A frame is inferred from the
  headings ("一、2025年工作总结和“十四五”发展成就", "二、“十五五”时期主要任务",
  "2026年主要预期目标", "第一章 发展基础"), from cue words (过去一年, 五年来, 今年,
  到2030年, 力争, 预期) and from the document's kind. An explicit year in a
  sentence overrides its frame when a figure is dated (see claims/prose.py).

A year up to the document's *present* (the last year with results: the year
before the document's own year) holds results; later years hold targets. When
nothing dates a block its frame is ``unknown`` and no rule draws an error from
its figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from . import patterns as P
from .fiscal import parse_fiscal_header

KINDS = ("outline", "work-report", "review", "english-plan", "unknown")

_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

#: The third five-year plan began in 1966, after the 1963–65 adjustment years;
#: from then on the n-th plan covers 1966 + 5(n − 3) … + 4. The first began in 1953.
THIRD_PLAN_START = 1966


def plan_start(n: int) -> int:
    """First year of the n-th five-year plan (1 → 1953, 2 → 1958, 7 → 1986, 13 → 2016)."""
    return 1953 + 5 * (n - 1) if n <= 2 else THIRD_PLAN_START + 5 * (n - 3)


def plan_of_year(year: int) -> int | None:
    """The ordinal of the five-year plan a year falls in (None for 1963–65 and before 1953)."""
    if 1953 <= year <= 1962:
        return 1 + (year - 1953) // 5
    if year >= THIRD_PLAN_START:
        return 3 + (year - THIRD_PLAN_START) // 5
    return None


def small_number(text: str) -> int | None:
    """'7' → 7, '七' → 7, '十四' → 14, '十' → 10 (the ordinals of plan names, up to 99)."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _SMALL and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _SMALL[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_SMALL[tens] if tens else 1) * 10 + (_SMALL[ones] if ones else 0)


def chinese_year(text: str) -> int | None:
    """'一九九五' → 1995, '二○一○' → 2010 (a year written digit by digit)."""
    if len(text) != 4 or any(ch not in _DIGITS for ch in text):
        return None
    return int("".join(str(_DIGITS[ch]) for ch in text))


@dataclass(frozen=True, slots=True)
class Period:
    """A span of years named by the document: 十四五 is 2021–2025 (base year 2020)."""

    first: int
    last: int
    name: str = ""

    @property
    def base(self) -> int:
        """The year before the first: the base of the period's rates and totals."""
        return self.first - 1

    def __str__(self) -> str:
        return f"{self.name or 'period'} {self.first}–{self.last}"


def five_year_plan(n: int) -> Period:
    start = plan_start(n)
    return Period(start, start + 4, f"plan {n}")


@dataclass(frozen=True, slots=True)
class Frame:
    """What a block of text is about: the year (``start`` = year − 1) or period
    (``start`` = the base year, ``end`` = its last year), and whether it
    reports results (``actual``) or states aims (``target``). ``why`` says
    what set it, so that ``plancheck explain`` can show it."""

    role: str  # "actual", "target" or "unknown"
    start: int | None
    end: int | None
    why: str = ""

    @property
    def is_period(self) -> bool:
        return self.start is not None and self.end is not None and self.end - self.start > 1

    @property
    def known(self) -> bool:
        return self.role != "unknown" and self.end is not None

    def describe(self) -> str:
        if not self.known:
            return f"unknown ({self.why})" if self.why else "unknown"
        when = f"{self.start + 1}–{self.end}" if self.is_period and self.start is not None else str(self.end)
        return f"{when} {self.role}" + (f" ({self.why})" if self.why else "")


UNKNOWN = Frame("unknown", None, None, "")


@dataclass(slots=True)
class Calendar:
    """The document's kind, own year, the plan it sets out and the periods it names."""

    kind: str = "unknown"
    year: int | None = None
    plan: Period | None = None
    why: dict[str, str] = field(default_factory=dict)
    #: English plans: the periods of ordinal plan names as the document dates them
    #: (Twelfth Plan → 2013–2017 for "Twelfth Five Year Plan (2012–17)"), see english_plans.
    named: dict[int, Period] = field(default_factory=dict)
    #: The years an English text dates things to ("by 2025", "in 2019-20"): when it dates none of
    #: its ordinals, the Chinese ones (14th → 2021–2025) apply only if these agree (english_plan).
    ordinal_years: frozenset[int] = frozenset()

    @property
    def present(self) -> int | None:
        """The last year with results: the year before the document's own year."""
        return None if self.year is None else self.year - 1

    def role_of_year(self, year: int) -> str:
        """``actual`` for a year up to the present, ``target`` after it."""
        present = self.present if self.present is not None else (self.plan.base if self.plan else None)
        if present is None:
            return "unknown"
        return "actual" if year <= present else "target"

    def current_plan(self) -> Period | None:
        """The plan in force in the document's year (for a 2026 report, 2026–2030)."""
        if self.plan is not None and (self.year is None or self.plan.first <= self.year <= self.plan.last + 1):
            return self.plan
        n = plan_of_year(self.year) if self.year else None
        return five_year_plan(n) if n else self.plan

    def previous_plan(self) -> Period | None:
        """The plan whose results the document reviews (the one before the current)."""
        cur = self.current_plan()
        if cur is None:
            return None
        n = plan_of_year(cur.first)
        return five_year_plan(n - 1) if n and n > 1 else None

    def period_frame(self, period: Period, why: str) -> Frame:
        """A period is a target when it ends after the present, a result otherwise."""
        present = self.present if self.present is not None else (self.plan.base if self.plan else None)
        role = "unknown" if present is None else ("actual" if period.last <= present else "target")
        return Frame(role, period.base, period.last, why)

    def year_frame(self, year: int, why: str, role: str | None = None) -> Frame:
        return Frame(role or self.role_of_year(year), year - 1, year, why)

    def default_frame(self) -> Frame:
        """The frame of text that nothing else dates: an outline speaks of its
        plan's targets; a work report's sections must say what they are about."""
        if self.kind in ("outline", "english-plan") and self.plan is not None:
            return self.period_frame(self.plan, "the plan the document sets out")
        return Frame("unknown", None, None, "no heading or cue dates this text")

    def describe(self) -> str:
        plan = f", plan {self.plan.first}–{self.plan.last}" if self.plan else ""
        return f"{self.kind}, year {self.year}{plan}"


# -- reading the calendar of a document -------------------------------------------------------

def plans_named(text: str) -> list[tuple[int, Period]]:
    """(offset, period) of every five-year plan the text names, in order."""
    out: list[tuple[int, Period]] = []
    for regex in (P.PLAN_ORDINAL, P.PLAN_SHORT_NAME, P.EN_PLAN_ORDINAL):
        for m in regex.finditer(text):
            n = small_number(m.group("n"))
            if n and 1 <= n <= 30:
                out.append((m.start(), five_year_plan(n)))
    for m in P.PLAN_YEARS.finditer(text):  # 第十二个五年（2011—2015年）: the years say it too
        first, last = _year(m.group("first")), _year(m.group("last"))
        if first and last and 0 < last - first <= 10:
            out.append((m.start(), Period(first, last, "period")))
    return sorted(out, key=lambda x: x[0])


def periods_named(text: str, cal: Calendar) -> list[tuple[int, Period]]:
    """(offset, period) of every plan a document names, by its own calendar: an English plan's
    ordinals as it dates them (:func:`english_plans`), else the five-year plans of China."""
    if cal.kind == "english-plan":
        return [(i, p) for i, p in english_plans(text, cal) if P.EN_PLAN_NAME.match(text, i)]  # not "the Plan"
    return plans_named(text)


def _year(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return chinese_year(text)


def read_calendar(lines: list[str], head_lines: int = 40) -> Calendar:
    """The calendar of a document from its first lines (title, date lines) and,
    failing those, from the periods its text names."""
    head = "\n".join(lines[:head_lines])
    cal = Calendar()
    letters = sum(ch.isascii() and ch.isalpha() for ch in head)
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in head)
    if P.WORK_REPORT_TITLE.search(head):
        cal.kind, cal.why["kind"] = "work-report", "政府工作报告 in the title"
    elif P.REVIEW_TITLE.search(head):
        cal.kind, cal.why["kind"] = "review", "an evaluation of a plan in the title"
    elif letters > 2 * cjk and letters > 40:
        cal.kind, cal.why["kind"] = "english-plan", "English text"
    elif P.OUTLINE_TITLE.search(head):
        cal.kind, cal.why["kind"] = "outline", "a five-year plan in the title"
    if cal.kind == "english-plan":
        return _english_calendar(lines, head, cal)
    year, why = _own_year(head)
    named = plans_named(head)
    if cal.kind == "work-report":
        if year is None:
            m = P.REPORT_YEAR.search(head)
            year, why = (int(m.group(1)), "the year of the report's title") if m else (None, "")
        n = plan_of_year(year) if year else None
        cal.plan = five_year_plan(n) if n else None
    elif named:
        # the plan the document sets out is the latest one its opening names
        cal.plan = max((p for _, p in named), key=lambda p: p.first)
        if year is None or not (cal.plan.first - 2 <= year <= cal.plan.last):
            year, why = cal.plan.first, "the first year of the plan it sets out"
        if cal.kind == "unknown":
            cal.kind, cal.why["kind"] = "outline", "names a five-year plan in its opening"
    else:
        text = "\n".join(lines)
        targets = [int(y) for y in P.TARGET_YEAR.findall(text)]
        if targets:  # a plan without a name: its most frequent target year ends it
            last = max(set(targets), key=targets.count)
            cal.plan = Period(last - 4, last, "period")
            if year is None:
                year, why = last - 4, f"the most frequent target year {last}, less four"
    cal.year = year
    if why:
        cal.why["year"] = why
    return cal


def _own_year(head: str) -> tuple[int | None, str]:
    """The document's date: an ISO date, 2016年5月 / ——2026年2月3日, 二○○六年三月."""
    m = P.DATE_ISO.search(head)
    if m:
        return int(m.group(1)), f"date line {m.group(0)}"
    m = P.DATE_CN.search(head)
    if m:
        return int(m.group(1)), f"date line {m.group(0)}"
    m = P.DATE_CN_NUMERALS.search(head)
    if m and (y := chinese_year(m.group(1))):
        return y, f"date line {m.group(0)}"
    return None, ""


# -- frames -------------------------------------------------------------------------------------

def heading_frame(text: str, cal: Calendar) -> Frame | None:
    """The frame a heading sets, or None when it names no time and no kind of content."""
    t = text.strip("# *")
    review = bool(P.REVIEW_WORDS.search(P.FOUNDATION_AIM.sub("", t)))
    aims = bool(P.AIM_WORDS.search(t)) or bool(P.FOUNDATION_AIM.search(t))
    years = [int(m.group(1)) for m in P.YEAR_IN_TEXT.finditer(t)]
    plans = [p for _, p in plans_named(t)]
    if cal.kind == "english-plan":
        years, plans = english_heading_years(t), [p for _, p in english_plans(t, cal)]
        aims = aims or (bool(years) and not review)  # "Annual Plan 2017-18", "Towards Vision 2030"
    why = f"heading {t[:30]}"
    if review and not aims:
        if years:
            return cal.year_frame(years[0], why, "actual")
        if plans:
            return Frame("actual", plans[0].base, plans[0].last, why)
        prev = cal.previous_plan() if cal.kind != "work-report" else None
        if cal.kind in ("outline", "english-plan") and cal.plan is not None:
            prev = Period(cal.plan.first - 5, cal.plan.base, "previous plan")
        if prev is not None:
            return Frame("actual", prev.base, prev.last, why)
        if cal.present is not None:
            return cal.year_frame(cal.present, why, "actual")
        return None
    if aims:
        if plans and not years:
            return cal.period_frame(plans[-1], why)
        if years:
            return cal.year_frame(years[-1], why, "target")
        if cal.plan is not None:
            return cal.period_frame(cal.current_plan() or cal.plan, why)
    return None


def cue_frame(text: str, cal: Calendar, window: int | None = None) -> Frame | None:
    """The frame a sentence (or a paragraph's opening) sets by its cue words;
    of several cues the first in the text wins. A period named as the base of a
    comparison (比“六五”期间增长12%, 为“十三五”时期的1.5倍) or as the start of a
    change (由“六五”期间的27.9%提高到30.8%) is no frame."""
    found: list[tuple[int, Frame]] = []
    text = P.COMPARED_PERIOD.sub(lambda m: " " * len(m.group()), text)  # keep offsets
    text = text if window is None else text[:window]  # an opening cue: masked before the cut
    m = P.LAST_YEAR_CUE.search(text)
    if m and cal.present is not None:
        found.append((m.start(), cal.year_frame(cal.present, f"cue {m.group(0)}", "actual")))
    m = P.PAST_PERIOD_CUE.search(text)
    if m and (prev := _period_before(cal)) is not None:
        found.append((m.start(), Frame("actual", prev.base, prev.last, f"cue {m.group(0)}")))
    m = P.NEXT_PERIOD_CUE.search(text)
    if m and (nxt := _period_ahead(cal)) is not None:
        found.append((m.start(), Frame("target", nxt.base, nxt.last, f"cue {m.group(0)}")))
    m = P.THIS_YEAR_CUE.search(text)
    if m and cal.year is not None and cal.kind == "work-report":
        found.append((m.start(), cal.year_frame(cal.year, f"cue {m.group(0)}", "target")))
    for cue in (P.PLAN_PERIOD_CUE, P.PLAN_FULL_PERIOD_CUE):  # “十四五”时期 / 第二个五年计划期间
        m = cue.search(text)
        if m and (n := small_number(m.group("n"))):
            found.append((m.start(), cal.period_frame(five_year_plan(n), f"cue {m.group(0)}")))
    if cal.kind == "english-plan":
        found.extend(english_cues(text, cal, sentence=window is None))
    return min(found, key=lambda x: x[0])[1] if found else None


def _period_before(cal: Calendar) -> Period | None:
    """The five years before the document (过去五年, 五年来)."""
    if cal.kind in ("outline", "english-plan") and cal.plan is not None:
        return Period(cal.plan.first - 5, cal.plan.base, "the five years before")
    if cal.year is not None:
        return Period(cal.year - 5, cal.year - 1, "the five years before")
    return None


def _period_ahead(cal: Calendar) -> Period | None:
    """The five years ahead (今后五年, 未来五年)."""
    if cal.kind in ("outline", "english-plan") and cal.plan is not None:
        return cal.plan
    if cal.year is not None:
        return Period(cal.year, cal.year + 4, "the five years ahead")
    return None


def assign_frames(blocks: Iterable, cal: Calendar) -> None:
    """Give every heading, paragraph and table its frame.

    A heading dates what follows it when it reports results or states aims; a
    top-level heading (第一篇, 一、, #) that does neither resets the frame to the
    document's default, a lower one keeps its parent's. A paragraph's opening
    cue (过去五年，… / 今后五年，…) dates it and the paragraphs after it, until the
    next heading or cue."""
    current = cal.default_frame()
    for block in blocks:
        if getattr(block, "heading", False):
            f = heading_frame(block.text, cal)
            if f is not None:
                current = f
            elif P.TOP_LEVEL_HEADING.match(block.text):
                current = cal.default_frame()
            block.frame = current
            continue
        text = getattr(block, "text", None)
        if text is None:  # a table: its header gives its years; the frame is its context
            block.frame = current
            continue
        inline = P.INLINE_HEADING.match(text)  # 第三章　主要目标　　按照…: a heading run into its text
        if inline and (f := heading_frame(inline.group("title"), cal)) is not None:
            current = f
        elif P.SUB_HEADING.match(text) and len(text) < 40 and (f := heading_frame(text, cal)) is not None:
            current = f  # （一）2025年工作回顾: a short paragraph that works as a heading
        opening = cue_frame(text[:P.OPENING_CUE_WINDOW + 40], cal, window=P.OPENING_CUE_WINDOW)
        if opening is None and (year := P.OPENING_YEAR.match(text)):
            opening = cal.year_frame(int(year.group(1)), f"opening {year.group(0)}")
        if opening is not None:  # 过去五年，… / 这五年，…: dates this paragraph and those after it
            current = opening
        block.frame = current


def sentence_frame(sentence: str, frame: Frame, cal: Calendar) -> Frame:
    """A sentence's own cue overrides its paragraph's frame."""
    return cue_frame(sentence, cal) or frame


# -- English plans ---------------------------------------------------------------------------

#: The ordinals of English plan names.
EN_ORDINALS = {w: i + 1 for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth"))}
EN_ORDINALS.update({f"twenty{sep}{w}": 20 + i for sep in ("-", " ") for w, i in EN_ORDINALS.items() if i <= 5})


def english_ordinal(text: str) -> int | None:
    """'Twelfth' → 12, '12th' → 12, 'twenty-first' → 21."""
    t = text.lower()
    if t[:-2].isdigit():
        return int(t[:-2])
    return EN_ORDINALS.get(t)


def english_span(first: str, last: str, years: int | None = 5) -> Period | None:
    """The period a printed span names. A plan of ``years`` years printed over one year more
    (a five-year plan "2012–17") runs over fiscal years, each named by the year it ends in
    (documents/fiscal.py): 2012-13 … 2016-17 are 2013 … 2017, its base year 2011-12 is 2012.
    "2016–2020" is five calendar years; "2018–2027" a ten-year plan."""
    a = int(first)
    b = int(last) if len(last) == 4 else a // 100 * 100 + int(last)
    if len(last) == 2 and b < a:
        b += 100
    if not 0 < b - a <= 30:
        return None
    if years is not None and b - a == years:
        return Period(a + 1, b, "fiscal")
    return Period(a, b, "period")


def _english_calendar(lines: list[str], head: str, cal: Calendar) -> Calendar:
    """An English plan's calendar. Its ordinals are dated by the document: plans are
    numbered in many countries (India's Twelfth Plan is 2012–17, Malaysia's Eleventh
    2016–2020, China's 14th 2021–2025), so "Twelfth Plan (2012–17)" dates the Twelfth,
    and a plan next to a dated one (the Eleventh before the Twelfth) is five years from it;
    other ordinals stay undated. A document that dates none of its ordinals gets the
    Chinese ordinals (the product's home calendar) only where its own years agree or none
    speak against them: the 14th Five-Year Plan with a target "by 2025", dated March 2021 as
    it begins, or naming no year at all; an Eleventh Plan with targets "by 2012" is undated."""
    text = "\n".join(lines)
    for m in P.EN_PLAN_NAME.finditer(text):
        n = english_ordinal(m.group("n"))
        if n and m.group("first") and n not in cal.named:
            period = english_span(m.group("first"), m.group("last"))
            if period is not None:
                cal.named[n] = Period(period.first, period.last, f"plan {n}")
    years = {int(y) for y in P.EN_YEAR_WORD.findall(text)}
    years |= {h.year for f in P.EN_FISCAL_WORD.finditer(text) if (h := parse_fiscal_header(f.group(1))) and not h.span}
    cal.ordinal_years = frozenset(years)
    year, why = _own_year(head)
    if year is None and (date := P.EN_DATE_LINE.search(head)):
        year, why = int(date.group(1)), f"date line {date.group(0)}"
    cal.year = year  # for now: a date line confirms an undated ordinal (english_plan)
    title = "\n".join(lines[:12])
    named = english_plans(title, cal)
    fiscal = False
    if named:
        cal.plan = max((p for _, p in named), key=lambda p: p.first)
        fiscal = (cal.plan.first, cal.plan.last) in {(p.first, p.last) for p in cal.named.values()} and any(
            t.group("first") and (sp := english_span(t.group("first"), t.group("last"))) is not None
            and sp.name == "fiscal" for t in P.EN_PLAN_NAME.finditer(title))
        cal.why["plan"] = "the plan named in the title"
    elif (fy := P.EN_FISCAL_SPAN.search(title)) and (a := parse_fiscal_header(fy.group("a"))) \
            and (b := parse_fiscal_header(fy.group("b"))) and 0 < b.year - a.year <= 30:
        cal.plan, fiscal = Period(a.year, b.year, "fiscal"), True
        cal.why["plan"] = f"the fiscal years of the title {fy.group(0)}"
    elif (ts := P.EN_TITLE_SPAN.search(title)) and (span := english_span(
            ts.group("first"), ts.group("last"), years=5 if P.EN_FIVE_YEAR.search(title) else None)):
        cal.plan, fiscal = span, span.name == "fiscal"
        cal.why["plan"] = f"the years of the title {ts.group(0)}"
    if cal.plan is None and (vision := P.EN_VISION.search(title)) and year is not None \
            and int(vision.group("year")) > year:
        cal.plan = Period(year, int(vision.group("year")), "vision")  # Vision 2030, dated 2016: 2016–2030
        cal.why["plan"] = f"{vision.group(0)} in the title, from the document's date"
    if cal.plan is not None:
        if fiscal and (year is None or cal.plan.first - 1 <= year <= cal.plan.first):
            # dated in the last months of the base fiscal year (March 2017 for 2017-18 on):
            # the base year's figures are its results
            year, why = cal.plan.first, "the first fiscal year of the plan it sets out"
        elif year is None or not (cal.plan.first - 2 <= year <= cal.plan.last):
            year, why = cal.plan.first, "the first year of the plan it sets out"
    cal.year = year
    if why:
        cal.why["year"] = why
    return cal


def english_plans(text: str, cal: Calendar) -> list[tuple[int, Period]]:
    """(offset, period) of each plan an English text names: an ordinal with its years or
    dated by the document (:func:`_english_calendar`), and "the Plan" / "this Plan", the
    plan the document sets out."""
    out: list[tuple[int, Period]] = []
    for m in P.EN_PLAN_NAME.finditer(text):
        n = english_ordinal(m.group("n"))
        if not n:
            continue
        if m.group("first") and (span := english_span(m.group("first"), m.group("last"))):
            out.append((m.start(), Period(span.first, span.last, f"plan {n}")))
        elif (period := english_plan(n, cal)) is not None:
            out.append((m.start(), period))
    for m in P.EN_THE_PLAN_ANYWHERE.finditer(text):
        if cal.plan is not None:
            out.append((m.start(), cal.plan))
    return sorted(out, key=lambda x: x[0])


def english_plan(n: int, cal: Calendar) -> Period | None:
    """The period of the n-th plan of an English document, or None when it does not date it."""
    if n in cal.named:
        return cal.named[n]
    for k in (n - 1, n + 1):  # the plan just before or after a dated one
        if k in cal.named:
            p = cal.named[k]
            shift = 5 * (n - k)
            return Period(p.first + shift, p.last + shift, f"plan {n}")
    if not cal.named and 1 <= n <= 30:
        chinese = five_year_plan(n)
        if (chinese.last in cal.ordinal_years or not cal.ordinal_years
                or (cal.year is not None and chinese.first - 1 <= cal.year <= chinese.first)):
            return chinese  # a target "by 2025", a document dated as the plan begins, or nothing against
    return None


def english_heading_years(text: str) -> list[int]:
    """The years an English heading is about: "Annual Plan 2017-18" (2018), "Towards Vision 2030",
    "Targets for 2025" (not the years of a plan's span, which name the plan)."""
    t = P.EN_PLAN_NAME.sub(" ", text)
    out = []
    for m in P.EN_HEADING_YEAR.finditer(t):
        if m.group("fy"):
            header = parse_fiscal_header(m.group("fy"))
            if header is not None and not header.span:
                out.append(header.year)
        else:
            out.append(int(m.group("year")))
    return out


def english_cues(text: str, cal: Calendar, sentence: bool = True) -> list[tuple[int, Frame]]:
    """The frames English cue words set: "During the Twelfth Plan, …" (that plan's period),
    "over the Plan period" (the plan's), and, for a sentence, an opening year "In 2016-17, …"."""
    found: list[tuple[int, Frame]] = []
    for m in P.EN_PERIOD_CUE.finditer(text):
        after = text[m.end():]
        period = None
        if P.EN_THE_PLAN.match("the " + after[:80]):  # over the Plan period: the plan the document sets out
            period = cal.plan
        elif (name := P.EN_PLAN_NAME.match(after[:80])) and (n := english_ordinal(name.group("n"))):
            period = english_plan(n, cal)
        if period is not None:
            found.append((m.start(), cal.period_frame(period, f"cue {text[m.start():m.end() + 20].strip()}")))
            break
    if sentence and (opening := P.EN_OPENING_YEAR.match(text)):
        header = parse_fiscal_header(opening.group("year"))
        if header is not None and not header.span:
            found.append((opening.start(), cal.year_frame(header.year, f"opening {opening.group(0).strip()}")))
    return found
