"""Growth arithmetic on intervals: property tests and the plan's own examples."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, strategies as st

from plancheck.numbers import Interval, Printed
from plancheck.arithmetic import (cagr_bounds, implied_baseline, implied_rate, implied_target,
                                 price_change, recompute)


def test_gdp_example_is_consistent():
    r = recompute(baseline="9324.8", target="13078", rate="7左右")
    assert r.consistent is True


def test_industry_nominal_gap_is_inconsistent():
    r = recompute(baseline="2161", target="2690", rate="10.4")
    assert r.consistent is False
    implied = implied_rate(Printed.parse("2161").interval(), Printed.parse("2690").interval(), 5)
    assert 4.46 < implied.lo < implied.hi < 4.49


def test_recompute_solves_each_unknown():
    assert recompute(baseline="100", rate="10").target.contains(161.051)
    assert recompute(target="161.05", rate="10").baseline.contains(100)
    assert recompute(baseline="100", target="161.05").rate.contains(10)
    with pytest.raises(ValueError):
        recompute(baseline="100")


def test_no_rate_from_a_non_positive_baseline():
    assert implied_rate(Interval(-1, 0), Interval(5, 6), 5) is None


printed = st.builds(lambda n, d: format(Decimal(n).scaleb(-d), "f"),
                    st.integers(min_value=1, max_value=10**7), st.integers(min_value=0, max_value=2))
rates = st.builds(lambda n, d: format(Decimal(n).scaleb(-d), "f"),
                  st.integers(min_value=-90, max_value=400), st.integers(min_value=0, max_value=1))


@given(printed, rates, st.integers(min_value=1, max_value=10))
def test_target_from_rate_then_rate_from_target_round_trips(b_text, r_text, years):
    b, r = Printed.parse(b_text).interval(), Printed.parse(r_text).interval()
    assume(b.lo > 0)
    t = implied_target(b, r, years)
    back = implied_rate(b, t, years)
    assert back is not None and back.overlaps(r)


@given(printed, rates, st.integers(min_value=1, max_value=10),
       st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=1))
def test_any_true_values_inside_the_printed_intervals_are_consistent(b_text, r_text, years, u, v):
    """Pick true values inside the printed intervals; the implied rate must contain the truth."""
    b_iv, r_iv = Printed.parse(b_text).interval(), Printed.parse(r_text).interval()
    assume(b_iv.lo > 0)
    b_true = b_iv.lo + u * (b_iv.hi - b_iv.lo) * 0.999
    r_true = r_iv.lo + v * (r_iv.hi - r_iv.lo) * 0.999
    t_true = b_true * (1 + r_true / 100) ** years
    t_iv = Interval(t_true, t_true)
    assert implied_rate(b_iv, t_iv, years).contains(r_true)
    assert implied_target(b_iv, r_iv, years).contains(t_true)
    back = implied_baseline(t_iv, r_iv, years)
    assert back is not None and back.contains(b_true)


@given(printed, printed, st.integers(min_value=1, max_value=10),
       st.sampled_from([1e4, 1e8, 1e-4, 10000 / 15]))
def test_rescaling_levels_by_a_unit_factor_keeps_the_rate(b_text, t_text, years, factor):
    b, t = Printed.parse(b_text).interval(), Printed.parse(t_text).interval()
    assume(b.lo > 0)
    r1 = implied_rate(b, t, years)
    r2 = implied_rate(b.scale(factor), t.scale(factor), years)
    assert r1.overlaps(r2) and abs(r1.lo - r2.lo) < 1e-6 * max(1, abs(r1.lo))


def test_vectorised_bounds_match_scalar():
    lo, hi = cagr_bounds([9324.75, 0], [9324.85, 1], [13077.5, 5], [13078.5, 6], [5, 5])
    scalar = implied_rate(Interval(9324.75, 9324.85), Interval(13077.5, 13078.5), 5)
    assert lo[0] == pytest.approx(scalar.lo) and hi[0] == pytest.approx(scalar.hi)
    assert lo[1] != lo[1]  # NaN for a zero baseline, never a silent number


def test_price_change_between_nominal_and_real():
    p = price_change(Interval(11.39, 11.39), Interval(10.7, 10.7))
    assert 0.6 < p.mid < 0.65
