"""The document calendar: kind, own year, plan periods of every era, and the
time frame of headings, paragraphs and sentences (documents/calendar.py).

Every document here is our own; the corpus is only measured (tests/test_accuracy.py)."""

from __future__ import annotations

import pytest

from plancheck import load
from plancheck.documents.calendar import (Calendar, Period, cue_frame, heading_frame, plan_of_year, plan_start,
                                          plans_named, read_calendar, small_number)


@pytest.mark.parametrize("n, first", [(1, 1953), (2, 1958), (3, 1966), (6, 1981), (7, 1986), (9, 1996),
                                      (10, 2001), (13, 2016), (14, 2021), (15, 2026)])
def test_plan_ordinals_of_every_era(n, first):
    assert plan_start(n) == first
    assert plan_of_year(first) == n and plan_of_year(first + 4) == n


def test_years_between_the_second_and_third_plans_belong_to_no_plan():
    assert [plan_of_year(y) for y in (1963, 1964, 1965)] == [None, None, None]


@pytest.mark.parametrize("text, n", [("“九五”计划", 9), ("十四五时期", 14), ("“十五五”", 15), ("“十五”期间", 10),
                                     ("第一个五年计划", 1), ("第七个五年计划", 7), ("第十三个五年规划", 13),
                                     ("the 14th Five-Year Plan", 14)])
def test_plan_names(text, n):
    periods = [p for _, p in plans_named(text)]
    assert periods and periods[0].first == plan_start(n)


@pytest.mark.parametrize("text", ["一九九五年", "二十五个", "五年来", "第五个", "九五折"])
def test_words_that_are_no_plan_name(text):
    assert plans_named(text) == []


def test_plan_years_printed_after_the_name():
    (_, p), *_ = [x for x in plans_named("第二个五年计划（1958―1962）") if x[1].name == "period"]
    assert (p.first, p.last) == (1958, 1962)


def test_small_numbers():
    assert [small_number(t) for t in ("七", "十", "十四", "二十", "7", "百")] == [7, 10, 14, 20, 7, None]


@pytest.mark.parametrize("head, kind, year, plan", [
    (["某某省政府工作报告", "2031-02-05 10:00", "——2031年1月28日在省人大会议上"], "work-report", 2031, (2031, 2035)),
    (["某市2026年政府工作报告"], "work-report", 2026, (2026, 2030)),
    (["某自治区国民经济和社会发展第十三个五年规划纲要", "2016年5月"], "outline", 2016, (2016, 2020)),
    (["国民经济和社会发展第十一个五年规划纲要", "二○○六年三月"], "outline", 2006, (2006, 2010)),
    (["发展国民经济的第一个五年计划"], "outline", 1953, (1953, 1957)),
    (["第七个五年计划时期的任务"], "outline", 1986, (1986, 1990)),
    (["关于“九五”计划和二○一○年远景目标纲要"], "outline", 1996, (1996, 2000)),
    (["某县“十四五”规划实施情况中期评估报告"], "review", 2021, (2021, 2025)),
])
def test_calendar_of_a_document(head, kind, year, plan):
    cal = read_calendar(head)
    assert (cal.kind, cal.year, (cal.plan.first, cal.plan.last)) == (kind, year, plan)


def test_english_plan():
    cal = read_calendar(["The 14th Five-Year Plan of Example Province for Economic and Social Development",
                         "Adopted in March 2021 by the provincial people's congress of the province"])
    assert cal.kind in ("english-plan", "outline") and cal.plan == Period(2021, 2025, "plan 14")


REPORT = Calendar(kind="work-report", year=2031, plan=Period(2031, 2035))


@pytest.mark.parametrize("heading, role, start, end", [
    ("一、2030年工作回顾和“十五五”发展成就", "actual", 2029, 2030),
    ("二、“十六五”时期主要目标任务", "target", 2030, 2035),
    ("三、2031年重点工作", "target", 2030, 2031),
    ("2031年经济社会发展主要预期目标", "target", 2030, 2031),
])
def test_heading_frames_of_a_report(heading, role, start, end):
    f = heading_frame(heading, REPORT)
    assert (f.role, f.start, f.end) == (role, start, end)


def test_heading_without_time_or_aims_sets_no_frame():
    assert heading_frame("（二）着力扩大有效需求", REPORT) is None


@pytest.mark.parametrize("sentence, role, start, end", [
    ("过去一年，全市经济稳中向好", "actual", 2029, 2030),
    ("五年来，我们砥砺前行", "actual", 2025, 2030),
    ("这五年，全市发展迈上新台阶", "actual", 2025, 2030),
    ("今后五年是关键时期", "target", 2030, 2035),
    ("今年经济社会发展的主要预期目标是", "target", 2030, 2031),
    ("“十五五”时期，全市经济总量大幅跃升", "actual", 2025, 2030),
    ("“十六五”时期，全市将基本实现现代化", "target", 2030, 2035),
])
def test_cue_words_date_a_sentence(sentence, role, start, end):
    f = cue_frame(sentence, REPORT)
    assert (f.role, f.start, f.end) == (role, start, end)


def test_a_comparison_with_last_year_is_no_frame():
    assert cue_frame("比上年增长5%", REPORT) is None
    assert cue_frame("较去年同期提高", REPORT) is None


# -- the figures of a work report of our own -----------------------------------------------------

WORK_REPORT = """某某省2031年政府工作报告
发布时间：2031-02-06
各位代表：
一、2030年工作回顾和“十五五”发展成就
过去一年，全省地区生产总值达到6200亿元，增长5.4%。规模以上工业增加值增长6.8%，城镇新增就业12万人。
这五年，全省地区生产总值年均增长5.9%，城镇新增就业累计超过60万人，常住人口城镇化率提高到62.5%。
二、“十六五”时期主要目标任务
今后五年，力争全社会研发经费投入年均增长9%左右，到2035年人均地区生产总值达到12万元。
三、2031年重点工作
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，规模以上工业增加值增长6%左右，城镇新增就业11万人以上，单位地区生产总值能耗下降2.5%左右。
"""


def _by(printed: str):
    return [c for c in load(WORK_REPORT, name="report.txt").claims if c.quantity.text == printed]


@pytest.mark.parametrize("printed, kind, start, year, role", [
    ("6200", "level", None, 2030, "actual"),
    ("5.4", "growth_rate", 2029, 2030, "actual"),
    ("6.8", "growth_rate", 2029, 2030, "actual"),
    ("12", "cumulative_change", 2029, 2030, "actual"),
    ("5.9", "growth_rate", 2025, 2030, "actual"),
    ("超过60", "cumulative_change", 2025, 2030, "actual"),
    ("62.5", "share", None, 2030, "actual"),
    ("9左右", "growth_rate", 2030, 2035, "target"),
    ("12", "level", None, 2035, "target"),
    ("5左右", "growth_rate", 2030, 2031, "target"),
    ("6左右", "growth_rate", 2030, 2031, "target"),
    ("11以上", "cumulative_change", 2030, 2031, "target"),
    ("2.5左右", "reduction", 2030, 2031, "target"),
])
def test_each_figure_of_a_report_has_its_own_time(printed, kind, start, year, role):
    got = [(c.kind, c.start_year, c.year, c.role) for c in _by(printed)]
    assert (kind, start, year, role) in got, got


def test_claims_say_which_frame_they_were_read_in():
    (c,) = [c for c in _by("5.9")]
    assert "2026–2030 actual" in c.frame and "这五年" in c.frame
    assert c.to_dict()["frame"] == c.frame


def test_last_years_results_and_five_year_averages_do_not_contradict_this_years_targets():
    report = load(WORK_REPORT, name="report.txt").check()
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []


def test_a_report_without_dated_sections_says_its_figures_are_undated():
    text = "某某省2031年政府工作报告\n全省地区生产总值增长5.4%，规模以上工业增加值增长6.8%。\n"
    claims = load(text, name="r.txt").claims
    assert claims and {c.role for c in claims} == {"unknown"}


def test_an_explicit_year_overrides_the_frame():
    text = WORK_REPORT + "2029年全省地区生产总值为5880亿元。\n"
    (c,) = [c for c in load(text, name="r.txt").claims if c.quantity.text == "5880"]
    assert (c.year, c.role) == (2029, "actual")


OLD_PLAN = """发展国民经济的第一个五年计划
第一章 过去的基础
在一九五二年，全国钢产量为135万吨。
第二章 五年计划的任务
到1957年，钢产量达到412万吨，五年内工业总产值平均每年增长14.7%。
"""


def test_a_plan_of_the_1950s_dates_its_targets_to_1957_and_its_base_to_1952():
    claims = {c.quantity.text: c for c in load(OLD_PLAN, name="p.txt").claims}
    assert (claims["412"].year, claims["412"].role) == (1957, "target")
    assert (claims["14.7"].start_year, claims["14.7"].year, claims["14.7"].role) == (1952, 1957, "target")


def test_a_period_named_as_the_base_of_a_comparison_sets_no_frame():
    assert cue_frame("粮食平均每年产量比“十五五”期间增长12%", REPORT) is None
    # the multiple of a period compares the text's own period with it (是“十一五”时期的3.3倍)
    assert cue_frame("投资规模为“十五五”时期的1.5倍", REPORT) is None
    assert cue_frame("“十五五”时期的投资规模", REPORT) is not None  # the period itself


def test_explain_shows_the_frame_each_figure_was_read_in(tmp_path):
    from plancheck.cli.main import main

    path = tmp_path / "report.txt"
    path.write_text(WORK_REPORT, encoding="utf-8")
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(["explain", "地区生产总值", str(path)])
    assert "read in: 2026–2030 actual (cue 这五年)" in buf.getvalue()
