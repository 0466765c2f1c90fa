"""Regressions from an adversarial hunt: realistic plan wording that once gave a
false alarm (must give no error now) or a slip that was missed (must be found)."""

from __future__ import annotations

import pytest

from plancheck import load

HEAD = "# 某自治区国民经济和社会发展第十三个五年规划纲要\n\n"


def errors(text: str, rule: str | None = None):
    report = load(HEAD + text, name="adv.md").check()
    return [f for f in report.findings if f.severity == "error" and (rule is None or f.rule == rule)]


CLEAN = {
    "unit column": ("专栏 1 主要指标\n指 标\t单位\t2015 年\t2020 年\t年均增长 (%)\t属性\n"
                    "地区生产总值\t亿元\t2412\t3383\t7\t预期性\n一般公共预算收入\t亿元\t180\t247\t6.5\t预期性\n"),
    "yearly fall and five-year fall": ("到 2020 年，万元生产总值能耗年均下降 3.2%，五年累计下降 15%。\n\n"
                                       "专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性\n"
                                       "\t1.万元生产总值能耗降低(%)\t—\t—\t[15]\t约束性\n"),
    "estimate in a review sentence": ("“十二五”时期，地区生产总值年均增长 10.7%，预计 2015 年达到 9324.8 亿元。\n\n"
                                      "“十三五”期间，地区生产总值年均增长 7%左右，2020 年达到 13078 亿元。\n"),
    "range with units": "2015 年地区生产总值为 2412 亿元。到 2020 年，地区生产总值年均增长 6.5%—7%，达到 3351 亿元。\n",
    "sub-region table": ("专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%)\n地区生产总值(亿元)\t9324.8\t13078\t7\n\n"
                         "## 第十篇 兵团发展\n\n专栏 12 兵团“十三五”主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%)\n"
                         "地区生产总值(亿元)\t1900\t3060\t10\n"),
    "relative rise": "2015 年地区生产总值为 9324.8 亿元。到 2020 年，地区生产总值达到 13078 亿元，比 2015 年增长 40%。\n",
    "yearly levels and a five-year total": ("专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性\n"
                                            "\t1.城镇新增就业人数(万人)\t56\t60\t[290]\t预期性\n"),
    "three year columns": ("专栏 1 主要指标\n指 标\t2010 年\t2015 年\t2020 年\t年均增长 (%)\n"
                           "地区生产总值(亿元)\t5437\t9324.8\t13078\t7\n"),
    "changes without brackets": "专栏 1 主要指标\n指 标\t2015 年\t2020 年\t累计变化\n常住人口城镇化率(%)\t48\t58\t10\n",
    "two industry aliases": ("2015 年工业增加值为 2690 亿元。到 2020 年，全部工业增加值年均增长 8%左右，达到 3952 亿元，"
                             "规模以上工业增加值年均增长 9%。\n"),
    "city above the region per head": ("到 2020 年，城镇居民人均可支配收入达到 38606 元，"
                                       "南疆四地州城镇居民人均可支配收入达到 48000 元。\n"),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_consistent_documents_give_no_error(name):
    assert [str(f) for f in errors(CLEAN[name])] == []


def test_a_slip_in_a_table_row_of_an_unknown_indicator_is_an_error():
    """All three figures in one row: the identity is certain even outside the glossary."""
    text = "专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%)\n全员劳动生产率(万元/人)\t8.5\t11.4\t8\n"
    assert [f.rule for f in errors(text)] == ["growth"]


def test_an_ambiguous_of_which_is_a_warning():
    text = "“十三五”期间，开工建设保障性住房 99 万套，基本建成 80 万套，其中棚户区改造 86 万套。\n"
    report = load(HEAD + text, name="adv.md").check()
    assert [(f.rule, f.severity) for f in report.findings] == [("totals", "warning")]
