"""implied — totals that shares and yields fix, against the plan's own totals.

A sentence such as "建设 1000 万亩小麦高产田，平均单产 450 公斤/亩以上，实现小麦
高产田面积占小麦总播面积 60%，占总产的 75%" fixes more than it says: with
A = 1000 万亩, Y = 450 公斤/亩, p = 60 %, q = 75 %, the relations

    A = p · total_area,   output = A · Y,   output = q · total_output

(solved by sympy) give the crop's total area and total output. The implied
outputs of the grain crops (小麦, 玉米, 水稻 …) together cannot exceed the
plan's grain target (粮食产量 / 粮食生产能力): if even their lowest reading
does, the figures contradict each other — an error, with the derivation.

Near-miss: implied totals whose sum stays within the grain target.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

from .. import units as U
from ..findings import Finding, finding_from_claims
from ..model import Claim
from ..numbers import INF, Interval, fmt
from .base import Param, Plan, rule
from .patterns import CROP, GRAIN_TOTAL, GRAINS, OUTPUT_WORD, YIELD_UNIT

RULE = "implied"
AREA_UNITS = ("万亩", "亩", "公顷", "万公顷")
#: Names of one crop (稻谷 is the grain of 水稻).
SAME_CROP = {"稻谷": "水稻"}
PARAMS = {
    "grains": Param(GRAINS, "crops whose implied outputs add up within the grain target"),
    "area_units": Param(AREA_UNITS, "units of a sown area"),
    "same_crop": Param(SAME_CROP, "two names of one crop, counted once"),
}


@dataclass
class CropFacts:
    crop: str
    area: Claim
    yield_: Claim
    output_share: Claim
    area_share: Claim | None


def _facts(plan: Plan) -> list[CropFacts]:
    """Group the claims of each sentence into (area, yield, output share) by crop."""
    by_sentence: dict[tuple[int, str], list[Claim]] = {}
    for c in plan.claims:
        if c.origin == "prose" and c.quantity.is_number:
            by_sentence.setdefault((c.source.line, c.text), []).append(c)
    out = []
    for claims in by_sentence.values():
        areas = [(c, m.group(1)) for c in claims if c.unit in AREA_UNITS and (m := CROP.search(c.name))]
        for area, crop in areas:
            after = [c for c in claims if c.source.col_start > area.source.col_start]
            nxt = [c for c in after if (m := CROP.search(c.name)) and m.group(1) != crop]
            stop = min((c.source.col_start for c in nxt if c.unit in AREA_UNITS), default=10**9)
            mine = [c for c in after if c.source.col_start < stop]
            yields = [c for c in mine if YIELD_UNIT.match(c.unit)]
            shares = [c for c in mine if c.kind == "share" and c.unit == "%"]
            out_share = [c for c in shares if OUTPUT_WORD.search(c.extra.get("of", "") or c.name.split("占")[-1])
                         and "面积" not in (c.extra.get("of", "") or "")]
            area_share = [c for c in shares if "面积" in (c.extra.get("of", "") or "")]
            if yields and out_share:
                out.append(CropFacts(crop, area, yields[0], out_share[0], area_share[0] if area_share else None))
    return out


@functools.lru_cache(maxsize=1)
def _total_output():
    """Solve A = p·total_area, output = A·Y, output = q·total_output for the
    totals once (sympy), and compile total_output(A, Y, q) for numbers."""
    import sympy as sp

    A, Y, p, q, TA, OUT, TO = sp.symbols("A Y p q total_area output total_output", positive=True)
    sol = sp.solve([sp.Eq(A, p * TA), sp.Eq(OUT, A * Y), sp.Eq(OUT, q * TO)], [TA, OUT, TO], dict=True)[0]
    expr = sol[TO]  # A*Y/q
    return expr, sp.lambdify((A, Y, q), expr, "math")


def _solve(f: CropFacts):
    """Symbolic solution of the crop's relations, and its value on intervals."""
    factor = U.factor(f"{f.area.unit}*{f.yield_.unit}", "万吨")
    if factor is None:
        return None
    expr, total = _total_output()
    a, y, s = f.area.interval(), f.yield_.interval(), f.output_share.interval()

    def fn(area, yld, share):
        return total(area, yld, share) * factor
    lo = fn(a.lo, y.lo, s.hi / 100) if s.hi > 0 else INF
    hi = fn(a.hi, y.hi, s.lo / 100) if s.lo > 0 and y.hi < INF else INF
    return expr, Interval(lo, hi)


def _grain_targets(plan: Plan) -> list[Claim]:
    out = []
    for c in plan.claims:
        if c.unit == "万吨" and c.kind == "level" and c.role == "target" and (
                c.indicator == "grain_output" or GRAIN_TOTAL.search(c.name)) and c.quantity.is_number:
            out.append(c)
    return out


def _one_per_crop(solved) -> list:
    """A crop stated twice (in a box and in prose) counts once: the statements'
    intervals are intersected, or the first kept if they disagree."""
    by_crop: dict[str, tuple] = {}
    for f, expr, iv in solved:
        crop = SAME_CROP.get(f.crop, f.crop)
        if crop not in by_crop:
            by_crop[crop] = (f, expr, iv)
        else:
            first = by_crop[crop]
            both = first[2].intersect(iv)
            by_crop[crop] = (first[0], first[1], both or first[2])
    return list(by_crop.values())


@rule(RULE, "error", "totals implied by areas, yields and shares must fit the plan's own totals", PARAMS)
def check_implied(plan: Plan) -> Iterator[Finding]:
    facts = _facts(plan)
    if not facts:
        return
    solved = []
    for f in facts:
        got = _solve(f)
        if got is not None:
            solved.append((f, *got))
    grains = _one_per_crop((f, expr, iv) for f, expr, iv in solved if f.crop in GRAINS)
    if not grains:
        return
    total = Interval(0.0, 0.0)
    lines = []
    for f, expr, iv in grains:
        total = total + iv
        lines.append(f"{f.crop}: total output = {expr} = {f.area.quantity.text} {f.area.unit} × "
                     f"{f.yield_.quantity.text} {f.yield_.unit} / {f.output_share.quantity.text}% "
                     f"≥ {fmt(iv.lo, 5)} 万吨")
    for target in _grain_targets(plan):
        t = target.interval()
        if total.lo > t.hi:
            names = "+".join(f.crop for f, *_ in grains)
            claims = [c for f, *_ in grains for c in (f.area, f.yield_, f.output_share)] + [target]
            yield finding_from_claims(RULE, "error",
                f"粮食产量: the outputs implied for {names} alone (≥ {fmt(total.lo, 5)} 万吨) exceed the grain target "
                f"{target.quantity.text} 万吨 (line {target.source.line})", claims, plan.indicators.get(target.indicator or ""),
                lines + [f"sum ≥ {fmt(total.lo, 5)} 万吨 > {target.quantity.text} 万吨 → {t}"])
