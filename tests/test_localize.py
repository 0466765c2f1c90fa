"""Which printed number to change: typo variants and error localisation."""

from __future__ import annotations

import pytest

from plancheck.findings import Finding, Fix
from plancheck.localize import localize, printed_like, typo_candidates
from plancheck.numbers import Printed


@pytest.mark.parametrize("text, variant", [
    ("18980", "18908"),   # transposed digits
    ("1331", "131"),      # a dropped digit ... of 1331
    ("131", "1331"),      # a doubled digit
    ("93248", "9324.8"),  # a lost decimal point
    ("932.48", "9324.8"), # a shifted decimal point
])
def test_one_keystroke_variants(text, variant):
    assert variant in typo_candidates(text)


def test_variants_are_numbers_and_never_the_original():
    for text in ("7", "10.7", "9324.8", "0.52"):
        cands = typo_candidates(text)
        assert text not in cands
        for c in cands:
            Printed.parse(c)  # each is a readable number


def test_printed_like_keeps_precision_and_widens_only_when_needed():
    assert printed_like(13.7704, Printed.parse("13.6")) == "13.8"
    fits = lambda iv: iv.lo <= 8.447 <= iv.hi
    assert printed_like(8.447, Printed.parse("7"), fits) == "8"


def _finding(rule, fixes):
    return Finding(rule=rule, severity="error", message=rule, fixes=fixes)


def test_the_figure_in_most_errors_comes_first():
    a = Fix("c1", "3833", "3383", reason="as printed elsewhere")
    b = Fix("c2", "3383", "3833", reason="as printed elsewhere")
    c = Fix("c1", "3833", "3383", reason="grown at the rate")
    d = Fix("c3", "7", "10", reason="the rate the levels imply")
    f1, f2 = _finding("cross-source", [b, a]), _finding("growth", [d, c])
    localize([f1, f2])
    assert f1.fixes[0].claim == "c1" and f2.fixes[0].claim == "c1"
    assert f1.fixes[0].resolves == 2
