"""growth: baseline × (1 + rate)^years = target, on intervals (tables and prose)."""

import pytest

from helpers import findings

ROW = "{group}\t1.地区生产总值(亿元)\t{base}\t{target}\t{rate}\t预期性"


@pytest.mark.parametrize("base, target, rate, expected", [
    ("9324.8", "13078", "7左右", None),          # 7.0 %/yr: the plan's own row
    ("1234", "1731", "7", None),                # 1234 × 1.07^5 = 1730.7
    ("1234", "1722", "7", None),                # 6.90 %/yr rounds to 7
    ("1234", "1851", "7", "error"),             # 8.45 %/yr
    ("1234", "1704", "6.5以上", None),           # 6.67 %/yr ≥ 6.45
    ("1234", "1663", "6.5以上", "error"),        # 6.15 %/yr < 6.45
    ("1234", "1851", "8.4", None),              # 8.447 %/yr: just inside [8.35, 8.45)
    ("1234", "1862", "8.4", "error"),           # 8.58 %/yr: outside
    ("1234", "1500", "5", "warning"),           # 3.98 %/yr; 1500 read as [1450, 1550) gives 3.3–4.7
])
def test_table_row(base, target, rate, expected):
    found = findings(rows=[ROW.format(group="经济发展", base=base, target=target, rate=rate)], rule="growth")
    if expected is None:
        assert found == []
    else:
        assert [f.severity for f in found] == [expected]
        assert found[0].locations[0].line == 7  # the table row
        assert any("%/yr" in a for a in found[0].arithmetic)


def test_growth_across_prose_and_table():
    """Rate in prose, levels in the table: still one identity."""
    prose = "到 2020 年，地区生产总值年均增长 9%左右。"
    rows = [ROW.format(group="经济发展", base="1234", target="1731", rate="")]
    found = findings(prose, rows, rule="growth")
    assert [f.severity for f in found] == ["error"]
    assert {loc.line for loc in found[0].locations} == {3, 7}


def test_error_suggests_each_printed_number():
    found = findings(rows=[ROW.format(group="经济发展", base="1234", target="1851", rate="7")], rule="growth")
    suggested = {fx.printed: fx.suggested for fx in found[0].fixes}
    assert suggested["7"] == "8"  # at the printed precision: [7.5, 8.5) holds 8.447
    assert suggested["1851"] == "1731"
    # 1851 / 1.07^5 lies in [1289, 1351]; the transposition 1234 → 1324 fits and is preferred
    assert suggested["1234"] == "1324"
    assert any("slip" in fx.reason for fx in found[0].fixes if fx.printed == "1234")


def test_real_basis_results_are_explained_as_prices():
    prose = ("“十二五”时期，地区生产总值年均增长 10%，2015 年达到 1688 亿元。"
             "2010 年地区生产总值为 1012 亿元。")  # 10.77 %/yr in current prices: prices +0.7 %/yr
    found = findings(prose, rule="growth")
    assert [(f.severity) for f in found] == ["info"]
    assert "price change" in found[0].message


def test_growth_column_repeating_the_level_is_a_warning():
    rows = ["民生福祉\t15.人口自然增长率(‰)\t11\t11.6\t11.6\t约束性"]
    found = findings(rows=rows, rule="growth")
    assert [f.severity for f in found] == ["warning"]
    assert "repeats" in found[0].message


def test_the_same_printed_rate_for_two_periods_is_two_statements():
    """A "7" for 2010–15 and a "7" for 2015–20 are checked each against its own levels,
    whatever order they come in."""
    from plancheck.check import run_rules
    from plancheck.model import Claim, Indicator, Source
    from plancheck.numbers import parse_quantity
    from plancheck.plan import Plan

    def c(i, kind, text, year, start=None, role="actual"):
        return Claim(id=f"c{i}", indicator="x", name="x", kind=kind, quantity=parse_quantity(text),
                     unit="%" if kind == "growth_rate" else "亿元", source=Source("p.md", i), text=text,
                     year=year, start_year=start, role=role, origin="table")

    levels = [c(1, "level", "5000", 2010), c(2, "level", "8012", 2015), c(3, "level", "11237", 2020, role="target")]
    rates = [c(4, "growth_rate", "7", 2015, 2010), c(5, "growth_rate", "7", 2020, 2015, role="target")]
    verdicts = []
    for order in (rates, rates[::-1]):
        claims = levels + order
        plan = Plan({"x": Indicator(id="x", name="x", unit="亿元", claims=claims)}, claims)
        verdicts.append(sorted((f.severity, tuple(f.claims)) for f in run_rules(plan, select=["growth"])))
    assert verdicts[0] == verdicts[1]
    # 5000 → 8012 is 9.9 %/yr: the 2010–15 "7" is wrong; 8012 → 11237 is 7.0 %/yr: the 2015–20 "7" is right
    assert [v[0] for v in verdicts[0]] == ["error"] and "c4" in verdicts[0][0][1]


@pytest.mark.parametrize("target, expected", [("1.31", None), ("1.51", "error")])
def test_growth_across_units_moves_the_decimal_point(target, expected):
    """9324.8 亿元 → 1.31 万亿元 (13100 ± 50 亿元) is 7.0 %/yr; 1.51 万亿元 is 10.1 %/yr."""
    prose = f"2015 年地区生产总值为 9324.8 亿元。到 2020 年，地区生产总值年均增长 7%左右，达到 {target} 万亿元。"
    found = findings(prose, rule="growth")
    assert [f.severity for f in found] == ([expected] if expected else [])
    if expected:
        assert all(fx.printed != f"{target} 万亿元" for fx in found[0].fixes)  # no fix in a unit not printed
