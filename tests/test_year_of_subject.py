"""The year before 年的 dates what it precedes: one figure, a base, or the sentence's subject.

由2015年的47.2%提高到50%: the year dates the start figure alone. 为1952年的2.5倍 and
1952年的百分比 name a base. But 要求1962年的国民收入比1957年增长50%左右 dates its subject:
the change runs 1957→1962, as in 1962年国民收入比1957年增长50%.
A measure in years (平均受教育年限) reads its figures in 年 at both ends of a change;
durations (用5年时间, 连续3年) stay unread.
"""

from __future__ import annotations

import pytest

from plancheck import load

PROPOSAL = "# 关于发展国民经济的第二个五年计划的建议\n\n一、第二个五年计划的任务\n\n{body}\n"
REPORT = "# 青川市2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n\n{body}\n"


def _claims(template: str, body: str):
    return load(template.format(body=body), name="t.txt").claims


@pytest.mark.parametrize(("body", "figure", "expected"), [
    ("要求1962年的国民收入比1957年增长50%左右。", "50左右", (1957, 1962, "target", "国民收入")),
    ("1962年国民收入比1957年增长50%左右。", "50左右", (1957, 1962, "target", "国民收入")),
    ("要求1962年的钢产量，比1957年增长一倍以上。", "1以上", (1957, 1962, "target", "钢产量")),
])
def test_the_year_of_a_subject_dates_its_sentence(body, figure, expected):
    got = {c.quantity.text: (c.start_year, c.year, c.role, c.name) for c in _claims(PROPOSAL, body)}
    assert got[figure] == expected


def test_the_year_of_a_start_figure_dates_it_alone():
    got = {c.quantity.text: (c.year, c.role) for c in _claims(PROPOSAL, "钢产量由1957年的535万吨提高到1050万吨左右。")}
    assert got == {"535": (1957, "actual"), "1050左右": (1962, "target")}


@pytest.mark.parametrize(("body", "expected"), [
    ("劳动年龄人口平均受教育年限从2020年的9.6年提升至2025年的10.2年左右。", {"9.6": 2020, "10.2左右": 2025}),
    ("新增劳动力平均受教育年限达到13.5年。", {"13.5": 2025}),
    ("用5年时间，劳动年龄人口平均受教育年限提高到11年。", {"11": 2025}),
    ("劳动年龄人口平均受教育年限连续3年保持增长。", {}),
])
def test_a_measure_in_years_reads_its_figures_not_durations(body, expected):
    assert {c.quantity.text: c.year for c in _claims(REPORT, body) if c.unit == "年"} == expected


def test_a_year_in_an_aside_in_brackets_dates_nothing_after_it():
    """（系指第一个五年计划中的1957年计划，下同）: the aside's year is not the sentence's."""
    body = "要求1962年的钢产量，比1957年计划（系指第一个五年计划中的1957年计划，下同）增长一倍左右。"
    got = {c.quantity.text: (c.start_year, c.year, c.role) for c in _claims(PROPOSAL, body)}
    assert got["1左右"] == (1957, 1962, "target")


def test_a_leading_requirement_is_no_part_of_the_subject():
    """五年内，要求新建铁路8000公里: 要求 opens the requirement, the subject is 新建铁路."""
    names = {c.name for c in _claims(PROPOSAL, "五年内，要求新建铁路8000公里。")}
    assert names == {"新建铁路"}

