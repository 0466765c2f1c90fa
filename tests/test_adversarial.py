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


# --- second hunt -------------------------------------------------------------------------

CLEAN_2 = {
    "a total after its subject": ("“十三五”时期，地区生产总值年均增长 6.5%，城镇新增就业累计 300 万人。"
                                  "2015 年地区生产总值为 17926 亿元，2020 年地区生产总值为 24560 亿元。\n"),
    "from-to in one sentence": "全省地区生产总值从 2015 年的 17926 亿元增加到 2020 年的 24560 亿元，年均增长 6.5%。\n",
}


@pytest.mark.parametrize("name", sorted(CLEAN_2))
def test_more_consistent_documents_give_no_error(name):
    assert [str(f) for f in errors(CLEAN_2[name])] == []


def test_a_group_heading_alone_on_a_line_keeps_the_rows_below_it():
    text = ("专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性\n经济发展\n"
            "地区生产总值(亿元)\t17926\t25013\t6\t预期性\n")  # 17926 × 1.06^5 = 23989: 25013 is a slip
    assert [(f.rule, f.locations[0].line) for f in errors(text)] == [("growth", 6)]


@pytest.mark.parametrize("mark", ["*", "(1)", "①", "¹"])
def test_footnote_marks_do_not_hide_a_figure(mark):
    text = ("专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%)\t属性\n"
            f"地区生产总值(亿元)\t17926\t25013{mark}\t6\t预期性\n")
    assert [f.rule for f in errors(text)] == ["growth"]


def test_an_english_unit_column_and_capitalised_types():
    text = ("# Outline of the 14th Five-Year Plan\n\n"
            "| Indicator | Unit | 2020 | 2025 | Average annual growth (%) [cumulative] | Type |\n|---|---|---|---|---|---|\n"
            "| GRP | billion yuan | 2456 | 3287 | 6 | Expected |\n"
            "| Total retail sales of consumer goods | billion yuan | 1203 | 1673 | 8 | Expected |\n")
    report = load(text, name="en.md").check()
    assert [(f.rule, f.severity, f.indicator) for f in report.findings] == [("growth", "error", "retail_sales")]


def test_a_register_figure_of_a_region_is_the_regions(tmp_path):
    reg = tmp_path / "targets.toml"
    reg.write_text('''schema = 1
[[indicator]]
id = "new_urban_jobs"
name = "城镇新增就业"
unit = "万人"
  [[indicator.figure]]
  kind = "cumulative_change"
  period = [2015, 2020]
  value = "[300]"
  note = "five-year total"
  [[indicator.figure]]
  kind = "cumulative_change"
  period = [2015, 2020]
  value = "[80]"
  region = "南疆四地州"
  note = "five-year total"
''', "utf-8")
    assert [f for f in load(reg).check().findings if f.severity == "error"] == []


def test_growth_over_last_year_in_a_work_report():
    text = ("2026年某市政府工作报告\n\n一、2025年工作回顾\n\n全年地区生产总值比上年增长 5.3%。\n\n"
            "二、2026年工作安排\n\n今年经济社会发展主要预期目标是：地区生产总值增长5%以上。\n")
    claims = [(c.kind, c.indicator, c.start_year, c.year, c.role) for c in load(text, name="r.md").claims]
    assert ("growth_rate", "gdp", 2024, 2025, "actual") in claims
    assert ("growth_rate", "gdp", 2025, 2026, "target") in claims


def test_english_from_to_dates_each_figure():
    text = ("# Outline of the 14th Five-Year Plan\n\nDuring 2016-2020 the gross regional product of the province grew "
            "at an average annual rate of 7.2%, rising from 1,735 billion yuan in 2015 to 2,456 billion yuan in 2020.\n\n"
            "By 2025, the urbanization rate will increase from 60.5% in 2020 to 65% in 2025.\n")
    plan = load(text, name="en.md")
    got = [(c.indicator, c.quantity.text, c.year) for c in plan.claims if c.kind in ("level", "share")]
    assert got == [("gdp", "1,735", 2015), ("gdp", "2,456", 2020),
                   ("urbanization_rate", "60.5", 2020), ("urbanization_rate", "65", 2025)]
    found = plan.check().findings  # 1735 → 2456 is 7.2 %/yr: no contradiction
    assert [(f.rule, f.severity) for f in found] == [("progress", "info")]  # 60.5% → 65%: the way there
    assert "+0.9 points a year" in found[0].message


@pytest.mark.parametrize("target, rule", [("32870", None), ("38270", "growth")])
def test_year_columns_in_either_order(target, rule):
    text = f"专栏 1 主要指标\n指 标\t2025 年\t2020 年\t年均增长 (%)\n地区生产总值(亿元)\t{target}\t24560\t6\n"
    plan = load("# 某省第十四个五年规划纲要\n\n" + text, name="r.md")
    assert [f.rule for f in plan.check().findings if f.severity == "error"] == ([rule] if rule else [])


def test_a_part_in_another_unit_is_converted():
    text = "到 2020 年，公路总里程达到 20 万公里，其中高速公路里程 250000 公里。\n"
    report = load(HEAD + text, name="adv.md").check()
    assert [(f.rule, f.severity) for f in report.findings if f.rule == "totals"] == [("totals", "error")]


def test_english_and_chinese_ceilings_with_different_numbers_warn():
    text = ("专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%)\n城镇登记失业率(%)\t4\t<5.5\t—\n\n"
            "到 2020 年，城镇登记失业率控制在 4.5%以内。\n")
    report = load(HEAD + text, name="adv.md").check()
    assert [(f.rule, f.severity) for f in report.findings if f.severity != "info"] == [("cross-source", "warning")]


@pytest.mark.parametrize("part, expected", [("[60]", []), ("[260]", ["totals"])])
def test_a_table_row_of_a_sub_region_is_part_of_the_row_above(part, expected):
    text = ("专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性\n"
            "\t17.城镇新增就业人数(万人)\t—\t—\t[220]\t预期性\n"
            f"\t其中：南疆四地州(万人)\t—\t—\t{part}\t预期性\n")
    assert [f.rule for f in errors(text)] == expected
