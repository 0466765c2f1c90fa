"""cross-source: one figure stated in two places must admit one value."""

import pytest

from helpers import findings

ROW = "经济发展\t1.地区生产总值(亿元)\t2400\t3366\t7左右\t预期性"


@pytest.mark.parametrize("prose, expected", [
    ("到 2020 年，地区生产总值达到 3366 亿元。", None),
    ("到 2020 年，地区生产总值达到 3366.0 亿元。", None),          # more digits, same number
    ("到 2020 年，全市地区生产总值达到 3400 亿元。", "warning"),    # agrees only if 3400 is 3366 rounded to hundreds
    ("到 2020 年，地区生产总值达到 3370 亿元。", "warning"),        # ... or 3370 to tens
    ("到 2020 年，地区生产总值达到 3380 亿元。", "error"),          # [3375, 3385) even read loosely
    ("到 2020 年，地区生产总值达到 3368 亿元。", "error"),
    ("到 2020 年，地区生产总值达到 3366 亿元以上。", None),         # a floor the table meets
])
def test_table_vs_prose(prose, expected):
    found = findings(prose, [ROW], rule="cross-source")
    assert [f.severity for f in found] == ([expected] if expected else [])
    if expected:
        assert {loc.line for loc in found[0].locations} == {3, 7}


def test_prose_vs_prose_chapters_apart():
    prose = "到 2020 年，森林覆盖率达到 35%。\n\n## 第九章 生态\n\n到 2020 年，全市森林覆盖率达到 36%。"
    found = findings(prose, rule="cross-source")
    assert [f.severity for f in found] == ["error"]


def test_two_floors_with_different_numbers_warn():
    prose = "到 2020 年，每万人发明专利拥有量达到 2.5 件以上。\n\n到 2020 年，每万人发明专利拥有量达到 3.5 件以上。"
    found = findings(prose, rule="cross-source")
    assert [f.severity for f in found] == ["warning"]


def test_different_years_or_roles_are_not_compared():
    prose = ("“十二五”时期，地区生产总值年均增长 9.5%，2015 年达到 2400 亿元。"
             "到 2020 年，地区生产总值达到 3366 亿元。")
    assert findings(prose, rule="cross-source") == []


def test_subregion_is_not_the_whole():
    prose = "到 2020 年，城镇新增就业 50 万人以上，其中南疆四地州城镇新增就业 20 万人。"
    assert findings(prose, rule="cross-source") == []


def test_sector_share_from_a_ratio_meets_the_table_row():
    rows = ["\t3.服务业增加值比重(%)\t46\t50\t[4]\t预期性"]
    assert findings("到 2020 年，三次产业比重调整为 8:42:50。", rows, rule="cross-source") == []
    found = findings("到 2020 年，三次产业比重调整为 8:40:52。", rows, rule="cross-source")
    assert [f.severity for f in found] == ["error"]


def test_statements_joined_only_by_wording_give_warnings():
    prose = "到 2020 年，特色林果产值达到 500 亿元。\n\n到 2020 年，特色林果产值达到 620 亿元。"
    found = findings(prose, rule="cross-source")
    assert [f.severity for f in found] == ["warning"] and "wording" in found[0].message
