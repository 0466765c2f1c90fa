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
