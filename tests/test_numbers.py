"""Printed numbers as intervals: unrounding, qualifiers, interval algebra."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from plancheck.errors import NumberError
from plancheck.numbers import Interval, Printed, parse_quantity, to_halfwidth


@pytest.mark.parametrize("text, lo, hi, lo_closed, hi_closed", [
    ("9324.8", 9324.75, 9324.85, True, False),
    ("7", 6.5, 7.5, True, False),
    ("10 以上", 9.5, math.inf, True, False),
    ("4.5以内", -math.inf, 4.55, False, True),
    ("<[10]", -math.inf, 10.5, False, False),
    ("[1.18以上]", 1.175, math.inf, True, False),
    ("(8800)", 8799.5, 8800.5, True, False),
    ("7左右", 6.5, 7.5, True, True),          # 5 % of 7 is narrower than rounding
    ("13078左右", 13078 * 0.95, 13078 * 1.05, True, True),
    ("超过220", 219.5, math.inf, False, False),
    ("50-100", 49.5, 100.5, True, False),
    ("１２.５", 12.45, 12.55, True, False),
    ("1,234.5", 1234.45, 1234.55, True, False),
    ("-1.68", -1.685, -1.675, True, False),
])
def test_quantity_interval(text, lo, hi, lo_closed, hi_closed):
    iv = parse_quantity(text).interval()
    assert iv.lo == pytest.approx(lo) and iv.hi == pytest.approx(hi)
    assert (iv.lo_closed, iv.hi_closed) == (lo_closed, hi_closed)


@pytest.mark.parametrize("text", ["—", "控制在国家下达指标内", "", "-"])
def test_cells_without_numbers_are_kept(text):
    q = parse_quantity(text)
    assert not q.is_number and q.text == text


@pytest.mark.parametrize("text", ["1..2", "1.2.3", "10^6x", "1e3"])
def test_odd_numbers_are_errors_not_guesses(text):
    with pytest.raises(NumberError):
        parse_quantity(text)


def test_decimals_come_from_the_text_not_a_float():
    assert Printed.parse("7.50").decimals == 2
    assert Printed.parse("7.50").interval().hi == pytest.approx(7.505)


def test_loose_reading_of_round_integers():
    assert Printed.parse("11000").interval(loose=True).lo == 10500
    assert Printed.parse("11000").interval().lo == 10999.5
    assert Printed.parse("9324.8").interval(loose=True) == Printed.parse("9324.8").interval()
    assert Printed.parse("10").interval(loose=True) == Printed.parse("10").interval()  # a rate, not ~10


def test_halfwidth_keeps_length():
    s = "１２.５％，４５００万人"
    assert len(to_halfwidth(s)) == len(s) and to_halfwidth(s).startswith("12.5%，4500")


def test_open_ends_do_not_overlap():
    assert not Interval(0, 1, True, False).overlaps(Interval(1, 2))
    assert Interval(0, 1).overlaps(Interval(1, 2))
    assert not Interval(0, 1).overlaps(Interval(1, 2, False, True))


decimals = st.integers(min_value=0, max_value=3)


@given(st.integers(min_value=-10**7, max_value=10**7), decimals)
def test_printed_value_lies_inside_its_interval(n, d):
    text = format(Decimal(n).scaleb(-d), "f")
    p = Printed.parse(text)
    assert p.interval().contains(float(p.value))
    assert p.interval(loose=True).contains(float(p.value))


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), decimals)
def test_any_value_rounds_into_the_interval_of_its_rounding(x, d):
    text = format(Decimal(repr(x)).quantize(Decimal(1).scaleb(-d)), "f")
    iv = Printed.parse(text).interval()
    # round-half-even or half-up: x is within half a unit, ends closed for safety
    assert iv.lo - 1e-9 * max(1, abs(x)) <= x <= iv.hi + 1e-9 * max(1, abs(x))


def test_intersection_takes_the_open_end_on_a_tie():
    a, b = Interval(0, 5, True, False), Interval(0, 5, True, True)
    assert a.intersect(b) == Interval(0, 5, True, False)
    assert not a.intersect(b).overlaps(Interval(5, 6))
    assert not Interval(0, 5, True, False).overlaps(Interval(5, 5))
    assert Interval(5, 6, False, True).intersect(Interval(4, 6)) == Interval(5, 6, False, True)


def test_empty_intervals_are_refused():
    with pytest.raises(ValueError):
        Interval(5, 5, True, False)


def test_numbers_too_large_for_a_float_are_refused():
    with pytest.raises(NumberError):
        Printed.parse("9" * 400)
