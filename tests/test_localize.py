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
    def fits(iv):
        return iv.lo <= 8.447 <= iv.hi

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


# -- a one-keystroke slip only within one quantity, time and role (issue 10 item 6) ----------------

from plancheck import load  # noqa: E402
from plancheck.check import run_rules  # noqa: E402
from plancheck.localize import Equal, same_figure  # noqa: E402
from plancheck.model import Claim, Indicator, Source  # noqa: E402
from plancheck.numbers import parse_quantity  # noqa: E402
from plancheck.plan import Plan  # noqa: E402


def _claim(i, text, *, kind="level", year=2030, start=None, role="target", indicator="urbanization_rate",
           region=None, unit="%"):
    return Claim(id=f"c{i}", indicator=indicator, name="常住人口城镇化率", kind=kind, quantity=parse_quantity(text),
                 unit=unit, source=Source("p.md", 10 + i), text=text, year=year, start_year=start, role=role,
                 origin="prose", region=region)


def _plan(*claims):
    inds: dict[str, Indicator] = {}
    for c in claims:
        inds.setdefault(c.indicator, Indicator(id=c.indicator, name=c.name, unit=c.unit)).claims.append(c)
    return Plan(inds, list(claims))


#: 69.1 and 96.1 are one transposition apart; only two statements of one figure may be a slip of each other.
DIFFERENT_FIGURES = {
    "another year (ningxia: a 2025 result, a 2026 target)": (
        dict(year=2025, role="actual"), dict(year=2026, role="target")),
    "another role, one year": (dict(year=2025, role="actual"), dict(year=2025, role="target")),
    "another kind of quantity": (dict(kind="level"), dict(kind="cumulative_change", start=2025)),
    "another period of a rate": (dict(kind="growth_rate", start=2020, year=2025),
                                 dict(kind="growth_rate", start=2025, year=2030)),
    "another region": (dict(), dict(indicator="urbanization_rate@南疆四地州", region="南疆四地州")),
    "a figure nothing dates": (dict(), dict(role="unknown")),
}


@pytest.mark.parametrize("a, b", DIFFERENT_FIGURES.values(), ids=DIFFERENT_FIGURES.keys())
def test_no_change_is_proposed_across_years_roles_or_quantities(a, b):
    x, y = _claim(1, "69.1", **a), _claim(2, "96.1", **b)
    assert not same_figure(x, y) and not same_figure(y, x)
    assert Equal(x, y, "as printed elsewhere").fixes() == []
    found = run_rules(_plan(x, y))
    assert not [f for f in found if f.severity == "error"], found
    proposed = {(fx.printed, fx.suggested) for f in found for fx in f.fixes}
    assert not proposed & {("69.1", "96.1"), ("96.1", "69.1")}, proposed


def test_two_statements_of_one_figure_get_the_slip():
    x, y, z = _claim(1, "69.1"), _claim(2, "96.1"), _claim(3, "69.1")
    assert same_figure(x, y)
    found = [f for f in run_rules(_plan(x, y, z)) if f.rule == "cross-source"]
    assert [f.severity for f in found] == ["error"]
    top = found[0].fixes[0]
    assert (top.printed, top.suggested) == ("96.1", "69.1") and "one-keystroke slip" in top.reason


NINGXIA_LIKE = [
    # two figures of different years in one sentence, one transposition apart
    ("一、2025年工作回顾\n2025年，常住人口城镇化率达到69.1%。\n"
     "二、2026年工作安排\n2026年，常住人口城镇化率达到96.1%。\n"),
    ("一、2025年工作回顾\n常住人口城镇化率达到69.1%，比上年提高1个百分点。\n"
     "二、“十五五”时期目标\n到2030年，常住人口城镇化率达到96.1%。\n"),
]


@pytest.mark.parametrize("body", NINGXIA_LIKE)
def test_a_document_with_two_years_one_slip_apart_gets_no_fix(body):
    report = load("某某省2026年政府工作报告\n发布时间：2026-02-06\n" + body, name="r.txt").check()
    assert not [f for f in report.findings if f.severity == "error"], report.findings
    assert not [fx for f in report.findings for fx in f.fixes if fx.suggested in ("69.1", "96.1")]


def test_a_base_of_zero_is_no_slip_of_a_growth_base():
    """1.0 → 1.0 at 7.0 %/yr: the base the rate implies is 0.71; "0.0" is one
    keystroke from "1.0" and its reading [-0.05, 0.05) holds a base that grows to
    1.0 at 7 %, but a level printed as zero is no fix (it used to be proposed)."""
    from plancheck.localize import Growth

    rate = _claim(1, "7.0", kind="growth_rate", start=2015, year=2020, unit="%")
    base = _claim(2, "1.0", year=2015, role="actual", unit="亿元")
    target = _claim(3, "1.0", year=2020, unit="亿元")
    fixes = {fx.claim: fx.suggested for fx in Growth(rate, base, target, 5).fixes() if fx is not None}
    assert fixes[base.id] == "0.7", fixes  # 0.7 → 1.0 is 7.4 %/yr, within 7.0's readings
    assert fixes[target.id] == "1.4"
