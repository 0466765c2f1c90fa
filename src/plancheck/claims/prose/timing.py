"""When a figure is: its year (or start and end) and role, from the words
before it and the sentence's frame in the document's calendar."""

from __future__ import annotations

from ...documents.calendar import UNKNOWN, Frame, five_year_plan, plan_of_year
from .. import patterns as P
from . import patterns as PP
from .context import ProseContext


def when(ctx: ProseContext, kind: str, clause: str, head: str, state: dict, annual: bool = False,
         extra: dict | None = None):
    """(year, start year, role) of a figure: an explicit year in the words
    before it, else the sentence's frame; the role from the calendar — except
    that what a plan prescribed (计划规定的1957年…) is a target even for a year the
    calendar has passed, until the sentence turns to the expected result (预计…)."""
    year, start, r = _when(ctx, kind, clause, head, state, annual, extra)
    if r == "actual" and year is not None and prescribed(head, state):
        r = "target"
    return year, start, r


def in_aside(before: str) -> bool:
    """What follows ``before`` stands in an aside in brackets (比1957年计划（系指第一个五年计划中的
    1957年计划，下同）增长75%): a year there dates nothing after the aside."""
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def prescribed(text: str, state: dict) -> bool:
    """The last of 计划规定 / 预计 in ``text`` (else in the clauses before it) is 计划规定."""
    last = None
    for m in P.PRESCRIBED_OR_ESTIMATED.finditer(text):
        last = m
    if last is None:
        return bool(state.get("prescribed"))
    return last.group("prescribed") is not None


def _when(ctx: ProseContext, kind: str, clause: str, head: str, state: dict, annual: bool = False,
          extra: dict | None = None):
    frame = state.get("frame") or UNKNOWN
    years = [int(m.group(2)) for m in P.YEAR_RE.finditer(head)
             if 1949 <= int(m.group(2)) <= 2100
             # 2020年, by / in 2020, 2016-2020 — not a number a Chinese word follows (推进2000个项目)
             and (m.group(0).rstrip().endswith(("年", "年底", "年末"))
                  or ((m.group(1) or "").isascii() and not P.ONE_HAN.match(head, m.end(2))))
             and not PP.VERSUS_END.search(head[:m.start()])  # the base of a change
             and not P.PRICE_BASE_YEAR.match(head[m.start(2) + 4:])  # a price base
             and not P.YEAR_SPAN_AFTER.match(head[m.start(2) + 4:])  # 1958年和以后年度: a span
             and not P.A_DIGIT.search(head[m.end():])]  # 由2015年的 47.2%提高到: dates the earlier figure
    explicit = years[-1] if years else state.get("year")
    if years and not PP.YEAR_OF_END.search(head):  # 2015 年的 A dates A alone
        state["year"] = years[-1]

    def role(year: int) -> str:
        return role_of(ctx, year, frame)

    flags = extra or {}
    if kind in ("level", "share") and flags.get("base_year"):
        return flags["base_year"], None, role(flags["base_year"])  # 比1995年的4.65亿吨
    if kind in ("level", "share") and flags.get("from"):
        return from_when(ctx, flags["from"], flags.get("from_year"), state, frame, role)
    versus = P.VERSUS_BASE_YEAR.findall(head)
    if versus and kind in ("cumulative_change", "reduction") and not flags.get("per_year"):
        # 比1985年增长38%: the named year is the base of the change
        year, start, r = _when(ctx, kind, clause, P.VERSUS_BASE_YEAR.sub(" ", head), state, annual, extra)
        base = int(versus[-1])
        return (year, base, r) if year is not None and year > base else (year, start, r)

    if kind == "growth_rate" and annual:  # 比上年增长 / 增长 5%: a one-year rate
        year = explicit or (frame.end if frame.known and not frame.is_period else None)
        if year is None:  # a bare 增长 in a five-year frame: over which years?
            return (frame.end, None, "unknown") if frame.known else (None, None, "unknown")
        return year, year - 1, role(year)
    if kind in ("growth_rate", "cumulative_change", "reduction"):
        flags = extra or {}
        yearly = not flags.get("per_year") and (kind == "reduction" or (
            kind == "cumulative_change" and (not flags.get("total") or not P.OVER_PLAN.search(head))))
        if (kind == "cumulative_change" and flags.get("total") and frame.known and not frame.is_period
                and frame.role == "target" and not explicit):
            return frame.end, None, frame.role  # 累计建成…个: this year's task, by the end of it
        if explicit and yearly and frame.known and not frame.is_period and frame.end == explicit:
            return explicit, explicit - 1, role(explicit)  # 刚刚过去的2030年，新增就业12万人
        if explicit:
            return explicit, start_of(ctx, explicit, frame), role(explicit)
        if not frame.known or frame.end is None:  # (a known frame has an end)
            return None, None, "unknown"
        if frame.is_period:
            return frame.end, frame.start, frame.role
        # a one-year frame: 新增 is that year's change, 年均 and 累计 run over the plan
        if yearly:
            return frame.end, frame.start, frame.role  # 下降3.8% / 新增65万人: that year's change
        n = plan_of_year(frame.end - 1) if frame.role == "actual" else plan_of_year(frame.end)
        if n is None:
            return frame.end, None, "unknown"
        plan = five_year_plan(n)
        if plan.last != frame.end and frame.role == "actual":
            return frame.end, None, "unknown"  # a total to date within a plan: since when?
        return plan.last, plan.base, role(plan.last)
    year = explicit or (frame.end if frame.known else None)
    if year is None:
        return None, None, "unknown"
    return year, None, role(year)

def one_year_frame(state: dict) -> bool:
    """The sentence is read in a one-year frame (the review of a year, this year's tasks)."""
    frame = state.get("frame") or UNKNOWN
    return frame.known and not frame.is_period


def role_of(ctx: ProseContext, year: int, frame: Frame | None) -> str:
    """A year's role by the calendar (up to its present: ``actual``), else by the frame."""
    r = ctx.calendar.role_of_year(year)
    return (frame or UNKNOWN).role if r == "unknown" else r


def from_when(ctx: ProseContext, period, own_year, state: dict, frame: Frame, role):
    """The time of the start of a from-to (由X提高到Y): its own year or plan period,
    else the start of an earlier from-to of the sentence, else the frame's start
    (for a plan's target year, the plan's base year)."""
    cal = ctx.calendar
    if period == "decade":  # 由八十年代末的8500万人: a time without a year
        return None, None, frame.role
    if period is not True and period:
        last = five_year_plan(period).last
        return last, None, role(last)
    if own_year:
        state["from_year"] = own_year
        return own_year, None, role(own_year)
    year = state.get("from_year")
    if year is None and frame.known and frame.start is not None:
        year = frame.start
        if not frame.is_period and cal.plan is not None and frame.end == cal.plan.last:
            year = cal.plan.base  # 到1990年，…由38%上升到39.4%: the plan's base year
    if year is None:
        return None, None, "unknown"
    return year, None, role(year)


def start_of(ctx: ProseContext, end: int, frame: Frame) -> int | None:
    """The base year of a rate or change that ends in ``end``: the frame's,
    when the frame ends there; else the plan that ends there; else the
    present, for a target after it (到2030年累计…: from now)."""
    if frame.known and frame.start is not None and frame.end == end and frame.is_period:
        return frame.start
    n = plan_of_year(end)
    if n is not None and five_year_plan(n).last == end:
        return five_year_plan(n).base
    if frame.known and frame.start is not None and frame.start < end:
        return frame.start
    present = ctx.calendar.present
    if present is not None and end > present:
        return present
    return None
