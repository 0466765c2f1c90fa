"""Rules compare like with like: one figure, one time, one role, one kind of
quantity. Each false alarm found on real documents is written here as a general
rule in sentences of our own, with a case that must still fire."""

from __future__ import annotations

import pytest

from plancheck import load

from helpers import findings

REPORT = "某某省2031年政府工作报告\n发布时间：2031-02-06\n"


def report_findings(body: str, rule: str | None = None, severities=("error", "warning")):
    report = load(REPORT + body, name="r.txt").check()
    return [f for f in report.findings if f.severity in severities and (rule is None or f.rule == rule)]


# -- cross-source: one finding per figure, listing every statement ---------------------------------

def test_three_statements_of_one_figure_give_one_finding_with_the_majority_standing():
    prose = ("到 2020 年，地区生产总值达到 3366 亿元。\n\n到 2020 年，地区生产总值达到 3366 亿元。\n\n"
             "到 2020 年，地区生产总值达到 3636 亿元。")
    found = findings(prose, rule="cross-source")
    assert len(found) == 1 and found[0].severity == "error"
    assert len(found[0].locations) == 3
    assert found[0].fixes[0].suggested == "3366" and found[0].fixes[0].printed == "3636"


def test_three_agreeing_statements_give_nothing():
    prose = ("到 2020 年，地区生产总值达到 3366 亿元。\n\n到 2020 年，地区生产总值达到 3366 亿元左右。\n\n"
             "到 2020 年，地区生产总值达到 3366 亿元。")
    assert findings(prose, rule="cross-source") == []


def test_parallel_items_of_one_passage_are_different_things():
    body = ("三、2031年重点工作\n筹措120亿元实施教育惠民工程，筹措45亿元实施医疗惠民工程，"
            "筹措30亿元实施养老惠民工程。\n")
    assert report_findings(body) == []


def test_an_action_word_is_no_indicator():
    body = ("三、2031年重点工作\n今年要提出12条措施。\n在开放方面，今年要提出7条措施。\n")
    assert report_findings(body) == []


def test_a_quantity_worded_alike_in_two_passages_is_still_a_warning():
    prose = "到 2020 年，特色林果产值达到 500 亿元。\n\n到 2020 年，特色林果产值达到 620 亿元。"
    assert [f.severity for f in findings(prose, rule="cross-source")] == ["warning"]


# -- time: results and targets, one year and five years --------------------------------------------

def test_a_five_year_total_and_one_years_figure_are_different_figures():
    body = ("一、2030年工作回顾和“十五五”发展成就\n这五年，城镇新增就业超过60万人。\n"
            "各位代表，刚刚过去的2030年，城镇新增就业12万人。\n")
    assert report_findings(body) == []


def test_a_yearly_average_over_five_years_is_not_checked_against_one_years_total():
    body = ("一、2030年工作回顾\n五年来，年均新增城镇就业11万人。\n刚刚过去的2030年，城镇新增就业12.5万人。\n")
    assert report_findings(body, rule="totals") == []


def test_a_yearly_average_still_checks_the_five_year_total():
    prose = "“十三五”期间，平均每年新增城镇就业 44 万人，五年累计城镇新增就业 250 万人。"
    assert [f.severity for f in findings(prose, rule="totals")] == ["error"]


def test_last_years_result_and_this_years_target_are_no_contradiction():
    body = ("一、2030年工作回顾\n过去一年，地区生产总值增长5.4%。\n三、2031年重点工作\n"
            "今年主要预期目标是：地区生产总值增长5%左右。\n")
    assert report_findings(body) == []


def test_one_years_target_stated_twice_differently_is_still_an_error():
    body = ("三、2031年重点工作\n今年主要预期目标是：地区生产总值增长5%左右。\n"
            "今年，全省地区生产总值增长8%。\n")
    assert [f.severity for f in report_findings(body, rule="cross-source")] == ["error"]


# -- units: the plan's own units, and rates that cannot be counted ----------------------------------

def test_a_unit_other_than_the_glossarys_is_no_finding():
    body = "一、2030年工作回顾\n过去一年，全省外贸进出口总额达到1.2万亿元。\n"
    assert report_findings(body, rule="units") == []


def test_a_count_of_people_is_not_a_coverage_rate():
    body = "一、2030年工作回顾\n过去一年，基本养老保险参保650万人，基本医疗保险参保率稳定在95%左右。\n"
    claims = load(REPORT + body, name="r.txt").claims
    (count,) = [c for c in claims if c.quantity.text == "650"]
    assert count.indicator != "pension_insurance_coverage" and "率" not in count.name
    assert report_findings(body) == []


# -- enumerations: counts of what each item got, and lists in a row ---------------------------------

@pytest.mark.parametrize("sentence", [
    "省级产业园、特色产业集群、示范区分别增加3个。",
    "省、市、县三级和园区、院校两类主体全面覆盖。",
    "深化预算、国库收付、采购和收支两条线管理改革。",
])
def test_counts_that_do_not_count_the_listed_items(sentence):
    body = "一、2030年工作回顾\n" + sentence + "\n"
    assert report_findings(body, rule="enumeration") == []


def test_a_list_that_does_not_fit_its_count_still_fires():
    body = "三、2031年重点工作\n建设港口、机场、铁路、公路、管道四大通道。\n"
    assert [f.severity for f in report_findings(body, rule="enumeration")] == ["error"]


def test_four_statements_with_two_outliers_fix_both():
    prose = "\n\n".join(["到 2020 年，地区生产总值达到 3366 亿元。"] * 2 + ["到 2020 年，地区生产总值达到 3636 亿元。",
                                                                    "到 2020 年，地区生产总值达到 336 亿元。"])
    (f,) = findings(prose, rule="cross-source")
    assert f.severity == "error" and len(f.locations) == 4
    assert sorted(fx.printed for fx in f.fixes) == ["336", "3636"]
    assert {fx.suggested for fx in f.fixes} <= {"3366", "3366.0"}


# -- subjects: the base of a comparison is not the subject -------------------------------------------

def test_the_base_of_a_comparison_is_not_the_subject():
    text = ("# 某省第七个五年计划\n\n第二章 主要指标\n"
            "粮食，平均每年产量4150万吨，比上一时期平均年产量增长12%。\n"
            "油料，平均每年产量171万吨，比上一时期平均年产量增长42%。\n")
    report = load(text, name="p.txt").check()
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []


def test_many_statements_no_two_of_which_agree_are_different_things():
    prose = "\n\n".join(f"{name}矿务局在2020年生产能力将达到{v}万吨。"
                        for name, v in (("东山", 930), ("西岭", 845), ("南湖", 968)))
    found = findings(prose)
    assert [f for f in found if f.severity in ("error", "warning")] == []


def test_a_share_of_a_whole_is_not_the_whole_in_another_unit():
    prose = ("到 2020 年，工业总产值达到 535.6 亿元。\n\n"
             "2015 年，地方工业的产值为 160.9 亿元，占全国工业总产值的 59.6%。")
    assert [f for f in findings(prose, rule="units") if f.severity in ("error", "warning")] == []


def test_numbered_blocks_of_grids_keep_their_own_figures():
    text = ("# 某省电力发展第十五个五年规划\n\n第三章 重点项目\n\n(1)东部电网。建设总规模为320万千瓦。\n\n"
            "(2)西部电网。建设总规模为180万千瓦。\n\n(3)北部电网。建设总规模为95万千瓦。\n")
    report = load(text, name="p.md").check()
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []
