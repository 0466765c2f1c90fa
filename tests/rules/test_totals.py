"""totals: five-year totals vs annual averages, parts vs wholes."""

import pytest

from helpers import findings


@pytest.mark.parametrize("prose, expected", [
    ("“十三五”期间，城镇新增就业 220 万人以上，平均每年新增就业 44 万人以上。", None),
    ("“十三五”期间，城镇新增就业 220 万人，平均每年新增就业 44 万人。", None),
    ("“十三五”期间，城镇新增就业 220 万人，平均每年新增就业 50 万人。", "error"),   # 5 × 50 = 250
])
def test_total_vs_average(prose, expected):
    found = findings(prose, rule="totals")
    assert [f.severity for f in found] == ([expected] if expected else [])


def test_subregion_larger_than_whole_fires():
    prose = ("“十三五”期间，城镇新增就业 220 万人。\n\n"
             "“十三五”期间，南疆四地州城镇新增就业 260 万人。")
    found = findings(prose, rule="totals")
    assert [f.severity for f in found] == ["error"]
    assert "exceeds the whole" in found[0].message


def test_subregion_smaller_than_whole_is_fine():
    prose = "“十三五”期间，城镇新增就业 220 万人，南疆四地州城镇新增就业 60 万人。"
    assert findings(prose, rule="totals") == []


def test_subregion_rates_may_exceed_the_whole():
    prose = "到 2020 年，城镇化率达到 58%，南疆四地州城镇化率达到 65%。"
    assert findings(prose, rule="totals") == []


@pytest.mark.parametrize("part, expected", [("300", None), ("600", "error")])
def test_of_which_part_cannot_exceed_its_whole(part, expected):
    prose = f"“十三五”期间，开展各类培训 500 万人，其中农村富余劳动力转移就业培训 {part} 万人。"
    found = findings(prose, rule="totals")
    assert [f.severity for f in found] == ([expected] if expected else [])


def test_an_average_is_not_the_whole_of_a_total():
    prose = "“十三五”期间，平均每年城镇新增就业 44 万人，其中五年累计新增农民工就业 60 万人。"
    assert findings(prose, rule="totals") == []
