"""status — 完成 / 未完成 must agree with the figures it summarises.

A results table (专栏1 of a five-year plan) prints, for each indicator, the
plan's targets (a level, a growth rate, a cumulative change) beside the
actual figures, and a verdict. For each target the rule decides *met*, *not
met* or *undecided* on intervals (every reading meets / none does / some do):

* 完成 while every decidable target is missed, or 未完成 while every target
  is met → ``error``;
* 完成 while the level target is missed but the growth target met (or the
  reverse) → ``warning``: the verdict rests on one of two targets;
* a qualified verdict (2014-2015年完成年度目标) beside a five-year target that
  was missed → ``warning``.

A target without a qualifier is a floor for indicators that should rise and
a ceiling for those that should fall; a reduction target is always a floor.

Fires: 城市建成区绿化覆盖率 target 38.5, actual 38.3, marked 完成.
Near-misses: 城镇登记失业率 target "4 以内", actual 4, 完成 (4 is within);
单位工业增加值用水量降低 target [9], actual [33], 完成 (a larger reduction meets it).
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding, finding_from_claims
from ..model import Claim, Indicator
from ..numbers import INF, Interval
from .base import Plan, per_indicator, rule

RULE = "status"
MET = ("完成", "已完成", "达到", "met", "achieved", "completed", "done")
NOT_MET = ("未完成", "没有完成", "未达到", "not met", "not achieved", "missed")


def verdict_of(text: str) -> str | None:
    t = text.strip().lower()
    if t in NOT_MET:
        return "not met"
    if t in MET:
        return "met"
    return None


def _goal(target: Claim, ind: Indicator) -> Interval:
    """The set of actual values that meet ``target``."""
    iv = target.interval()
    if target.quantity.bound_kind:
        return iv
    if target.kind == "reduction":  # a reduction target is met by reducing at least as much
        return Interval(iv.lo, INF, iv.lo_closed, False)
    if ind.direction == "decrease":
        return Interval(-INF, iv.hi, False, iv.hi_closed)
    return Interval(iv.lo, INF, iv.lo_closed, False)


def _assess(target: Claim, actual: Claim, ind: Indicator) -> str:
    goal, got = _goal(target, ind), actual.interval()
    inside = goal.intersect(got)
    if inside is None:
        return "not met"
    if inside.lo == got.lo and inside.hi == got.hi:
        return "met"
    return "undecided"


def _index(ind: Indicator) -> dict[tuple, list[Claim]]:
    """Numbered claims by (kind, role, year), built once per indicator."""
    out: dict[tuple, list[Claim]] = {}
    for c in ind.claims:
        if c.quantity.is_number:
            out.setdefault((c.kind, c.role, c.year), []).append(c)
    return out


def _pairs(ind: Indicator, status: Claim, index: dict[tuple, list[Claim]]) -> list[tuple[str, Claim, Claim]]:
    out = []
    year, start = status.year, status.start_year
    for kind, label in (("level", "level"), ("share", "level"), ("count", "level"),
                        ("growth_rate", "growth"), ("cumulative_change", "cumulative"),
                        ("reduction", "cumulative")):
        targets = index.get((kind, "target", year), [])
        actuals = index.get((kind, "actual", year), [])
        if start is not None and kind in ("growth_rate", "cumulative_change", "reduction"):
            targets = [c for c in targets if c.start_year in (None, start)]
        for t in targets[:1]:
            for a in actuals[:1]:
                out.append((label, t, a))
    return out


@rule(RULE, "error", "a 完成/未完成 verdict must agree with the targets and results it summarises")
@per_indicator
def check_status(ind: Indicator, plan: Plan) -> Iterator[Finding]:
    """Decide each target met / not met and compare with the printed verdict."""
    statuses = [c for c in ind.claims if c.kind == "status"]
    index = _index(ind) if statuses else {}
    for status in statuses:
        pairs = _pairs(ind, status, index)
        if not pairs:
            continue
        results = [(label, t, a, _assess(t, a, ind)) for label, t, a in pairs]
        lines = [f"{label}: target {t.quantity.text} vs actual {a.quantity.text} → {res}"
                 for label, t, a, res in results]
        claims = [status, *(c for _, t, a, _ in results for c in (t, a))]
        verdict = verdict_of(status.quantity.text)
        decided = [r for *_, r in results if r != "undecided"]
        if not decided:
            continue
        missed = [label for label, *_, r in results if r == "not met"]
        met = [label for label, *_, r in results if r == "met"]
        if verdict == "met" and missed and not met:
            yield finding_from_claims(RULE, "error",
                f"{ind.name}: marked {status.quantity.text} but the {', '.join(missed)} target was not met",
                claims, ind, lines)
        elif verdict == "met" and missed:
            yield finding_from_claims(RULE, "warning",
                f"{ind.name}: marked {status.quantity.text} on the {', '.join(met)} target although the "
                f"{', '.join(missed)} target was missed", claims, ind, lines)
        elif verdict == "not met" and met and not missed:
            yield finding_from_claims(RULE, "error",
                f"{ind.name}: marked {status.quantity.text} but every target was met",
                claims, ind, lines)
        elif verdict is None and missed:
            yield finding_from_claims(RULE, "warning",
                f"{ind.name}: qualified verdict '{status.quantity.text}' beside a "
                f"{', '.join(missed)} target that was missed over the whole period",
                claims, ind, lines)
