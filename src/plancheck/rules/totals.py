"""totals — five-year totals, annual averages, increments and parts.

* a five-year total and an annual average of the same flow (城镇新增就业
  220 万人以上, 平均每年 44 万人以上) must satisfy total = average × years;
* a part cannot exceed its whole: a sub-region's figure (南疆四地州, 兵团)
  against the whole region's, and an 其中 ("of which") figure against the
  figure it is part of — for levels, counts and totals, not for rates or
  shares, which a part may well exceed;
* the parts listed under a total (table rows "- Wind", "- Solar", "of which")
  must not add up to more than the total.

Near-miss: 220以上 total vs 44以上 a year (5 × 44 = 220, both floors).
"""

from __future__ import annotations

from typing import Iterator

from .. import units as U
from ..findings import Finding, finding_from_claims
from ..localize import AtMost, Product
from ..model import Claim
from ..numbers import fmt
from ._groups import measure_of
from .base import Plan, rule
from .patterns import NOT_ADDITIVE, NOT_ADDITIVE_ZH

RULE = "totals"


@rule(RULE, "error", "totals must match annual averages × years, and parts must not exceed wholes")
def check_totals(plan: Plan) -> Iterator[Finding]:
    yield from _averages(plan)
    yield from _parts(plan)
    yield from _sum_of_parts(plan)


def average_total_pairs(ind) -> Iterator[tuple[Claim, Claim]]:
    """(annual average, total) of one indicator over one period, unit and role —
    the pairs this rule checks and ``recompute`` lists."""
    totals = [c for c in ind.claims if measure_of(c) == "change" and c.quantity.is_number
              and c.kind == "cumulative_change" and c.start_year and c.year and c.role != "unknown"]
    per_year = [c for c in ind.claims if measure_of(c) == "per_year" and c.quantity.is_number
                and c.role != "unknown"]
    for avg in per_year:
        for tot in totals:
            if tot.unit != avg.unit or tot.role != avg.role or tot.year != avg.year \
                    or (avg.start_year is not None and tot.start_year != avg.start_year):
                continue  # an average of five years says nothing of one year's total
            yield avg, tot


def _averages(plan: Plan) -> Iterator[Finding]:
    for ind in plan.indicators.values():
        for avg, tot in average_total_pairs(ind):
            assert tot.year is not None and tot.start_year is not None  # average_total_pairs: dated totals
            n = tot.year - tot.start_year
            implied = avg.interval().scale(n)
            if implied.overlaps(tot.interval()):
                continue
            arithmetic = [f"{avg.quantity.text} × {n} years = {implied}", f"stated total {tot.quantity.text} → {tot.interval()}"]
            yield finding_from_claims(RULE, "error",
                f"{ind.name}: an annual average of {avg.quantity.text} {avg.unit} over {n} years "
                f"does not give the total of {tot.quantity.text} {tot.unit}", [tot, avg], ind, arithmetic,
                violated=[Product(tot, avg, n)])


def _key(c: Claim) -> tuple:
    return (c.kind, measure_of(c), c.year, c.role, c.unit)


def _parts(plan: Plan) -> Iterator[Finding]:
    by_id = {c.id: c for c in plan.claims}
    pairs: list[tuple[Claim, Claim, str]] = []
    for c in plan.claims:
        whole = by_id.get(c.extra.get("part_of", ""))
        if whole is not None and _key(whole)[:4] == _key(c)[:4]:  # a yearly average is no whole of a total
            pairs.append((c, whole, "其中"))
    for ind_id, ind in plan.indicators.items():
        if "@" not in ind_id:
            continue
        whole_ind = plan.indicators.get(ind_id.split("@", 1)[0])
        if whole_ind is None:
            continue
        wholes: dict[tuple, list[Claim]] = {}
        for whole in whole_ind.claims:  # indexed once: linear in the claims, not their product
            wholes.setdefault(_key(whole), []).append(whole)
        for part in ind.claims:
            for whole in wholes.get(_key(part), []):
                pairs.append((part, whole, part.region or "sub-region"))
    for part, whole, how in pairs:
        if part.kind in ("growth_rate", "share", "ratio", "status", "reduction") \
                or part.unit in ("%", "‰", "百分点", "倍") or whole.unit in ("倍",) \
                or part.extra.get("relative") or "unknown" in (part.role, whole.role):
            continue  # only additive quantities have parts: not rates, multiples or shares
        if NOT_ADDITIVE_ZH.search(part.name + whole.name):
            continue  # a sub-region's per-capita figure may well exceed the region's
        if not (part.quantity.is_number and whole.quantity.is_number):
            continue
        factor = 1.0 if part.unit == whole.unit else U.factor(part.unit, whole.unit)
        if factor is None:
            continue
        if part.interval().scale(factor).lo > whole.interval().hi:  # 其中高速公路 250000 公里 of 20 万公里
            # 开工 99 万套，建成 80 万套，其中… : with two wholes before it, 其中 may refer to either
            severity = "warning" if part.extra.get("wholes_before", 1) > 1 else "error"
            yield finding_from_claims(RULE, severity,
                f"{part.name}: the part ({how}) {part.quantity.text} {part.unit} exceeds the whole "
                f"{whole.quantity.text} {whole.unit}", [part, whole], None,
                [f"part {part.interval().scale(factor)} {whole.unit} > whole {whole.interval()} {whole.unit}"])


def _summable(part: Claim, whole: Claim) -> bool:
    """Levels, counts and totals in convertible units; not rates, shares or per-capita figures."""
    if part.kind in ("growth_rate", "share", "ratio", "status") or part.unit in ("%", "‰", "百分点"):
        return False
    if NOT_ADDITIVE.search(part.name + whole.name):
        return False
    return part.quantity.is_number and whole.quantity.is_number


def _sum_of_parts(plan: Plan) -> Iterator[Finding]:
    """Parts listed under one total (two or more ``part_of`` it) must not add up to more than it.

    A part that alone exceeds the whole is already reported by ``_parts``; the sum is
    checked only when each part fits, so that one slip gives one finding.
    """
    by_id = {c.id: c for c in plan.claims}
    groups: dict[str, list[Claim]] = {}
    for c in plan.claims:
        whole = by_id.get(c.extra.get("part_of", ""))
        if whole is not None and c.origin == "table" and _key(whole)[:4] == _key(c)[:4]:
            groups.setdefault(whole.id, []).append(c)
    for whole_id, parts in groups.items():
        whole = by_id[whole_id]
        if len(parts) < 2 or not all(_summable(p, whole) for p in parts):
            continue
        factors = [1.0 if p.unit == whole.unit else U.factor(p.unit, whole.unit) for p in parts]
        known = [f for f in factors if f is not None]
        if len(known) < len(factors):
            continue
        scaled = [p.interval().scale(f) for p, f in zip(parts, known, strict=True)]
        if any(iv.lo > whole.interval().hi for iv in scaled):
            continue  # one part alone exceeds the whole: reported as such
        total = scaled[0]
        for iv in scaled[1:]:
            total = total + iv
        if total.lo <= whole.interval().hi:
            continue
        names = " + ".join(f"{p.quantity.text}" for p in parts)
        arithmetic = [f"parts {names} = {total} {whole.unit}",
                      f"total {whole.quantity.text} → {whole.interval()} {whole.unit}: the parts add up to more"]
        least = fmt(total.lo)
        yield finding_from_claims(RULE, "error",
            f"{whole.name}: its parts add up to at least {least} {whole.unit}, more than the total "
            f"{whole.quantity.text} {whole.unit}{_in(whole)}", [whole, *parts], None, arithmetic,
            violated=[AtMost(whole, total)])


def _in(c: Claim) -> str:
    return f" in {c.year}" if c.year else ""
