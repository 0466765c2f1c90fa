"""Prose patterns: each sentence form gives the right claim; near-misses give none."""

from __future__ import annotations

import pytest

from plancheck import load

HEAD = "# 青川市国民经济和社会发展第十三个五年规划纲要\n\n"


def claims(sentence: str, head: str = HEAD):
    return [c for c in load(head + sentence, name="p.md").claims if not c.extra.get("derived_from")]


def one(sentence: str, head: str = HEAD):
    got = claims(sentence, head)
    assert len(got) == 1, [(c.kind, c.name, c.quantity.text) for c in got]
    return got[0]


@pytest.mark.parametrize("sentence, kind, indicator, printed, unit, year, start, role", [
    ("到 2020 年，地区生产总值达到 3366 亿元。", "level", "gdp", "3366", "亿元", 2020, None, "target"),
    ("“十三五”期间，地区生产总值年均增长 7%左右。", "growth_rate", "gdp", "7左右", "%", 2020, 2015, "target"),
    ("到 2020 年，常住人口城镇化率提高到 60%。", "share", "urbanization_rate", "60", "%", 2020, None, "target"),
    ("城镇登记失业率控制在 4.5%以内。", "share", "urban_unemployment_rate", "4.5以内", "%", 2020, None, "target"),
    ("五年累计城镇新增就业 220 万人以上。", "cumulative_change", "new_urban_jobs", "220以上", "万人", 2020, 2015, "target"),
    ("到 2020 年，万元GDP用水量比 2015 年下降 33%。", "reduction", "water_use_per_gdp_reduction", "33", "%", 2020, 2015, "target"),
    ("“十二五”时期，一般公共预算收入年均增长 21.6%。", "growth_rate", "public_budget_revenue", "21.6", "%", 2015, 2010, "actual"),
    ("2015 年城镇居民人均可支配收入达到 26274.7 元。", "level", "urban_disposable_income", "26274.7", "元", 2015, None, "actual"),
    ("到 2020 年，服务业增加值比重提高 3.3 个百分点。", "cumulative_change", "services_share", "3.3", "百分点", 2020, 2015, "target"),
    ("森林覆盖率 5.6%。", "share", "forest_coverage", "5.6", "%", 2020, None, "target"),
    ("到２０２０年，地区生产总值达到１３０７８亿元。", "level", "gdp", "13078", "亿元", 2020, None, "target"),
    ("By 2025, GRP will reach about 2,460 billion yuan.", "level", "gdp", "about 2,460", "十亿元", 2025, None, "target"),
])
def test_sentence_forms(sentence, kind, indicator, printed, unit, year, start, role):
    head = HEAD if not sentence.startswith("By") else "# Outline of the 14th Five-Year Plan\n\n"
    c = one(sentence, head)
    assert (c.kind, c.indicator, c.quantity.text, c.unit, c.year, c.start_year, c.role) == (
        kind, indicator, printed, unit, year, start, role)


def test_subject_carries_to_the_next_clause():
    got = claims("“十二五”时期，地区生产总值年均增长 10.7%，2015 年达到 9324.8 亿元。")
    assert [(c.kind, c.indicator, c.year, c.role) for c in got] == [
        ("growth_rate", "gdp", 2015, "actual"), ("level", "gdp", 2015, "actual")]


def test_region_is_kept_apart():
    c = one("到 2020 年，南疆四地州城镇新增就业 60 万人。")
    assert c.region == "南疆四地州" and c.indicator == "new_urban_jobs@南疆四地州"


def test_ratio_gives_its_parts():
    got = load(HEAD + "三次产业比重调整为 14.5:37:48.5。", name="p.md").claims
    ratio = next(c for c in got if c.kind == "ratio")
    assert ratio.extra["parts"] == ["14.5", "37", "48.5"]
    assert {c.indicator for c in got if c.extra.get("derived_from")} == {
        "primary_share", "secondary_share", "services_share"}


def test_range():
    c = one("到 2020 年，中心城区人口达到 50-100 万人。")
    assert c.quantity.text == "50-100" and c.interval().lo == 49.5 and c.interval().hi == 100.5


@pytest.mark.parametrize("sentence", [
    "“十三五”时期是全面建成小康社会的决胜阶段。",             # a plan name
    "加快 G3012 线和 S254 线建设。",                          # road codes
    "建设准东—华东±1100 千伏特高压直流输电工程。",            # a voltage class
    "第 3 章 发展目标",                                       # a chapter number
    "2016 年 5 月 20 日印发。",                               # a date
    "保持零就业家庭 24 小时动态清零。",                        # a duration
    "普及 15 年教育。",                                       # names a span
    "完成 1:10000 基本比例尺地形图测绘。",                      # a map scale
])
def test_near_misses_are_not_claims(sentence):
    assert claims(sentence) == []


def test_project_figures_are_kept_apart():
    c = one("重点建设宝塔石化 800 万吨炼油项目。")
    assert c.kind == "project" and c.indicator.startswith("project:")


def test_a_qualified_name_is_not_its_bare_twin():
    """绿洲森林覆盖率 is not 森林覆盖率: merging them would invent a contradiction."""
    got = claims("到 2020 年，全区森林覆盖率达到 5.6%，绿洲森林覆盖率达到 30%。")
    assert [c.indicator for c in got] == ["forest_coverage", "name:绿洲森林覆盖率"]


def test_two_populations_are_two_indicators():
    got = claims("主要劳动年龄人口平均受教育年限达 11 年，新增劳动力平均受教育年限达 13 年。")
    assert [c.indicator for c in got] == ["average_schooling_years", "new_worker_schooling_years"]


def test_elliptic_place_subjects_complete_from_the_one_before():
    got = claims("到 2020 年，城市供水普及率达到 100%、县城达到 98%以上；城市燃气普及率达到 98%以上、县城达到 85%以上。")
    assert [c.name for c in got] == ["城市供水普及率", "县城供水普及率", "城市燃气普及率", "县城燃气普及率"]


def test_respectively_gives_one_claim_per_indicator():
    got = claims("到 2020 年，城镇居民人均可支配收入和农村居民人均纯收入分别年均增长 7%以上。")
    assert [(c.indicator, c.quantity.text) for c in got] == [
        ("urban_disposable_income", "7以上"), ("rural_net_income", "7以上")]


def test_an_amount_after_dao_is_not_a_year():
    got = claims("到 2020 年，地区生产总值达到 2050 亿元，年均增长 7%。")
    assert [(c.kind, c.quantity.text, c.year) for c in got] == [("level", "2050", 2020), ("growth_rate", "7", 2020)]


def test_from_to_dates_each_figure():
    got = claims("到 2020 年，常住人口城镇化率由 2015 年的 47.2%提高到 58%。")
    assert [(c.quantity.text, c.year, c.role) for c in got] == [("47.2", 2015, "actual"), ("58", 2020, "target")]


def test_a_list_of_figures_goes_to_its_list_of_subjects():
    got = claims("到 2020 年，地区生产总值和一般公共预算收入分别达到 3383 亿元和 247 亿元。")
    assert [(c.indicator, c.quantity.text) for c in got] == [("gdp", "3383"), ("public_budget_revenue", "247")]


@pytest.mark.parametrize("shares, errors", [("15%、48%、37%", 0), ("15%、48%、47%", 1)])
def test_listed_shares_of_one_whole_are_added_up(shares, errors):
    report = load(HEAD + f"到 2020 年，三次产业比重分别为 {shares}。", name="p.md").check()
    assert [f.rule for f in report.findings if f.severity == "error"] == ["composition"] * errors
    assert [f for f in report.findings if f.rule == "cross-source"] == []


def test_a_list_of_subjects_pairs_with_a_list_of_figures():
    got = claims("到 2020 年，农村卫生厕所普及率、生活垃圾分类行政村覆盖率、生活污水治理率分别提高到88%、83.6%、87.5%。")
    assert [(c.name, c.quantity.text) for c in got] == [
        ("农村卫生厕所普及率", "88"), ("生活垃圾分类行政村覆盖率", "83.6"), ("生活污水治理率", "87.5")]


def test_a_shared_noun_completes_the_first_of_two_subjects():
    got = claims("学前教育毛入园率、九年义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%，"
                 "“教共体”覆盖率达到85%。")
    assert [c.name for c in got] == ["学前教育毛入园率", "九年义务教育巩固率", "高中阶段毛入学率", "高等教育毛入学率",
                                     "教共体覆盖率"]
