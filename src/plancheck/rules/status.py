"""status — 完成 / 未完成 must agree with the figures it summarises.

A results table (专栏1 of a five-year plan) prints, for each indicator, the
plan's targets (a level, a growth rate, a cumulative change) beside the
actual figures, and a verdict. For each target the rule decides *met*, *not
met* or *undecided* on intervals (every reading meets / none does / some do):

* 完成 while every target is missed, or 未完成 while every target is met →
  ``error``;
* 完成 while the level target is missed but the growth target met (or left
  undecided by rounding) → ``warning``: the verdict rests on one of two targets;
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
from ..numbers import Interval
from .base import Param, Plan, per_indicator, rule

RULE = "status"
MET = ("完成", "已完成", "超额完成", "全面完成", "达到", "met", "achieved", "completed", "done", "exceeded")
NOT_MET = ("未完成", "没有完成", "未达到", "not met", "not achieved", "missed")
PARAMS = {
    "met": Param(MET, "verdicts that say the targets were met (compared whole, case-insensitive)"),
    "not_met": Param(NOT_MET, "verdicts that say they were not; any other verdict is a qualified one"),
}


def verdict_of(text: str) -> str | None:
    t = text.strip().lower()
    if t in PARAMS["not_met"].value:
        return "not met"
    if t in PARAMS["met"].value:
        return "met"
    return None


def _is_ceiling(target: Claim, ind: Indicator) -> bool:
    """以内/低于 targets, and plain targets of indicators meant to fall, are ceilings;
    everything else (以上, 左右, plain targets, reductions) is a floor."""
    kind = target.quantity.bound_kind
    if kind in ("at_most", "less_than"):
        return True
    if kind in ("at_least", "more_than"):
        return False
    return ind.direction == "decrease" and target.kind != "reduction"


def _threshold(target: Claim) -> Interval:
    """The readings of the target's threshold (its number, widened by 左右)."""
    q = target.quantity
    return q.interval() if q.bound_kind == "about" or q.printed is None else q.printed.interval()


def _assess(target: Claim, actual: Claim, ind: Indicator) -> str:
    """*met* when every reading of the actual meets every reading of the target,
    *not met* when none does, *undecided* otherwise (38.5 against 38.5)."""
    t, a = _threshold(target), actual.interval()
    if _is_ceiling(target, ind):
        if a.hi <= t.lo:
            return "met"
        return "not met" if a.lo > t.hi or (a.lo == t.hi and not a.lo_closed) else "undecided"
    if a.lo >= t.hi:
        return "met"
    return "not met" if a.hi < t.lo or (a.hi == t.lo and not a.hi_closed) else "undecided"


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


@rule(RULE, "error", "a 完成/未完成 verdict must agree with the targets and results it summarises", PARAMS)
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
        open_ = [label for label, *_, r in results if r == "undecided"]
        if verdict == "met" and missed and not (met or open_):
            yield finding_from_claims(RULE, "error",
                f"{ind.name}: marked {status.quantity.text} but the {', '.join(missed)} target was not met",
                claims, ind, lines)
        elif verdict == "met" and missed:
            other = met or open_
            how = "was met" if met else "may have been met (its figures allow both readings)"
            yield finding_from_claims(RULE, "warning",
                f"{ind.name}: marked {status.quantity.text} although the {', '.join(missed)} target was missed; "
                f"the {', '.join(other)} target {how}", claims, ind, lines)
        elif verdict == "not met" and met and not (missed or open_):
            yield finding_from_claims(RULE, "error",
                f"{ind.name}: marked {status.quantity.text} but every target was met",
                claims, ind, lines)
        elif verdict is None and missed:
            yield finding_from_claims(RULE, "warning",
                f"{ind.name}: qualified verdict '{status.quantity.text}' beside a "
                f"{', '.join(missed)} target that was missed over the whole period",
                claims, ind, lines)
