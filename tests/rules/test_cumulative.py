"""cumulative: a [bracketed] five-year change equals target minus baseline."""

import pytest

from helpers import findings

ROW = "\t{name}\t{base}\t{target}\t{change}\t预期性"


@pytest.mark.parametrize("name, base, target, change, expected", [
    ("4.常住人口城镇化率(%)", "48", "58", "[10]", None),
    ("8.森林覆盖率(%)", "4.7", "5.6", "[0.9]", None),       # [0.8, 1.0] holds 0.9
    ("9.每万人发明专利拥有量(件)", "1.32", "2.5以上", "[1.18以上]", None),
    ("8.森林覆盖率(%)", "4.7", "5.6", "[1.1]", "error"),
    ("4.常住人口城镇化率(%)", "48", "58", "[12]", "error"),
    ("20.劳动年龄人口平均受教育年限(年)", "9", "11", "[2]", None),
    ("20.劳动年龄人口平均受教育年限(年)", "9", "11", "[3]", None),     # (1, 3) meets [2.5, 3.5)
    ("20.劳动年龄人口平均受教育年限(年)", "9", "11", "[4]", "error"),
])
def test_cumulative(name, base, target, change, expected):
    found = findings(rows=[ROW.format(name=name, base=base, target=target, change=change)], rule="cumulative")
    assert [f.severity for f in found] == ([expected] if expected else [])
    if expected:
        assert found[0].fixes and found[0].fixes[0].suggested.startswith("[")  # brackets kept


def test_five_year_totals_are_not_changes():
    rows = ["\t22.城镇保障性住房(万套)\t[151.5]\t[99]\t\t约束性"]
    assert findings(rows=rows, rule="cumulative") == []


@pytest.mark.parametrize("baseline, expected", [("6154", None), ("6012", "error"), ("6000", "warning")])
def test_an_increment_in_prose_adds_to_the_baseline(baseline, expected):
    """到2020年达到 9627，五年新增 3473: the 2015 level stated elsewhere must be 6154."""
    prose = (f"2015 年铁路营业里程达到 {baseline} 公里。\n\n"
             "到 2020 年，铁路营业里程达到 9627 公里，五年新增 3473 公里。")
    found = findings(prose, rule="cumulative")
    assert [f.severity for f in found] == ([expected] if expected else [])


def test_a_sum_of_flows_is_not_an_increment():
    """五年累计完成投资 is the sum of five years, not 2020 minus 2015."""
    prose = ("2015 年全社会固定资产投资达到 10729 亿元。\n\n"
             "到 2020 年，全社会固定资产投资达到 18908 亿元，五年累计完成全社会固定资产投资 7.5 万亿元。")
    assert findings(prose, rule="cumulative") == []
