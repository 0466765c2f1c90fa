"""Properties of the rules on intervals (hypothesis).

* figures that are roundings of one consistent truth never give an error;
* rescaling every level by a unit factor (亿元 → 万元) changes no finding.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given, settings, strategies as st

from plancheck.check import run_rules
from plancheck.model import Claim, Indicator, Source
from plancheck.numbers import parse_quantity
from plancheck.plan import Plan


def printed(x: float, decimals: int) -> str:
    return format(Decimal(repr(x)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP), "f")


def claim(i: int, kind: str, text: str, unit: str, year: int, start: int | None = None, role: str = "target"):
    return Claim(id=f"c{i}", indicator="x", name="指标", kind=kind, quantity=parse_quantity(text), unit=unit,
                 source=Source("p.md", i), text=text, year=year, start_year=start, role=role, origin="table")


def plan_of(base: str, target: str, rate: str, change: str | None, unit: str) -> Plan:
    cl = [claim(1, "level", base, unit, 2015, role="actual"), claim(2, "level", target, unit, 2020),
          claim(3, "growth_rate", rate, "%", 2020, 2015)]
    if change is not None:
        cl.append(claim(4, "cumulative_change", change, unit, 2020, 2015))
    ind = Indicator(id="x", name="指标", unit=unit, claims=cl)
    return Plan({"x": ind}, cl)


truths = st.tuples(st.floats(min_value=1.0, max_value=1e6), st.floats(min_value=-20.0, max_value=40.0),
                   st.integers(min_value=0, max_value=2), st.integers(min_value=0, max_value=2))


@settings(max_examples=150, deadline=None)
@given(truths)
def test_roundings_of_one_truth_never_give_an_error(t):
    base, rate, d_level, d_rate = t
    target = base * (1 + rate / 100) ** 5
    plan = plan_of(printed(base, d_level), printed(target, d_level), printed(rate, d_rate),
                   printed(target - base, d_level), "亿元")
    errors = [f for f in run_rules(plan, select=["growth", "cumulative"]) if f.severity == "error"]
    assert errors == [], [str(f) for f in errors]


@settings(max_examples=100, deadline=None)
@given(truths, st.booleans())
def test_rescaling_levels_changes_no_finding(t, skew):
    base, rate, d_level, d_rate = t
    target = base * (1 + rate / 100) ** 5 * (1.3 if skew else 1.0)  # sometimes inconsistent on purpose
    b, tg, r = printed(base, d_level), printed(target, d_level), printed(rate, d_rate)
    # a round integer (1500) may be read loosely; its shifted form (0.1500) may not, by design
    assume(not any("." not in x and len(x.lstrip("-")) >= 3 and x.endswith("0") for x in (b, tg)))
    small = plan_of(b, tg, r, None, "亿元")
    # the same figures in 万亿元: the decimal point moves four places, so every
    # printed figure keeps its precision (1 亿元 = 0.0001 万亿元, both ± half a unit)
    def shift(x):
        return format(Decimal(x).scaleb(-4), "f")

    def verdicts(plan):
        return sorted((f.rule, f.severity) for f in run_rules(plan, select=["growth"]))

    big = plan_of(shift(b), shift(tg), r, None, "万亿元")
    assert verdicts(small) == verdicts(big)


@settings(max_examples=150, deadline=None)
@given(st.floats(min_value=1.0, max_value=1e5), st.floats(min_value=0.0, max_value=0.5),
       st.integers(min_value=0, max_value=2), st.booleans())
def test_a_met_target_is_never_an_error_when_marked_met(target, margin, decimals, falling):
    """True values: actual ≥ target (≤ for a falling indicator); printed roundings marked 完成."""
    actual = target * (1 - margin) if falling else target * (1 + margin)
    cl = [claim(1, "level", printed(target, decimals), "%", 2015),
          claim(2, "level", printed(actual, decimals), "%", 2015, role="actual"),
          Claim(id="c3", indicator="x", name="指标", kind="status", quantity=parse_quantity("—"), unit="",
                source=Source("p.md", 3), text="完成", year=2015, start_year=2010, role="actual", origin="table")]
    cl[2].quantity = type(cl[2].quantity)("完成", None, note="完成")
    ind = Indicator(id="x", name="指标", unit="%", direction="decrease" if falling else "increase", claims=cl)
    errors = [f for f in run_rules(Plan({"x": ind}, cl), select=["status"]) if f.severity == "error"]
    assert errors == [], [str(f) for f in errors]


@settings(max_examples=80, deadline=None)
@given(truths, st.floats(min_value=0.7, max_value=1.4))
def test_the_vectorised_pass_never_changes_a_verdict(t, skew):
    """growth skips the exact check only where numpy's band lies inside the stated
    rate; forcing the exact check everywhere must give the same findings."""
    import numpy as np

    from plancheck.rules import growth

    base, rate, d_level, d_rate = t
    target = base * (1 + rate / 100) ** 5 * skew
    plan = plan_of(printed(base, d_level), printed(target, d_level), printed(rate, d_rate), None, "亿元")
    fast = sorted((f.severity, f.message) for f in run_rules(plan, select=["growth"]))
    original = growth._bounds
    growth._bounds = lambda triples: (np.full(len(triples), np.nan), np.full(len(triples), np.nan))
    try:
        exact = sorted((f.severity, f.message) for f in run_rules(plan, select=["growth"]))
    finally:
        growth._bounds = original
    assert fast == exact
