"""Shares written after their whole (达到耕地总面积的64%) or before the things they are
a share of (使50%的农村教师得到培训), and counts that set a threshold (8个产业规模超1000亿元:
the 1000 is no figure of its own).

Every sentence is our own, written in the forms the documents use; the corpus is only
measured (tools/accuracy.py, tests/test_accuracy.py). Each table lists cases that must be
read one way and near-misses that must not.
"""

from __future__ import annotations

import pytest

from plancheck import load

REPORT = "某省2026年政府工作报告\n\n一、2025年和“十四五”时期工作回顾\n\n过去五年，"
PLAN = "某省第十二个五年规划（2011-2015）\n\n到2015年，"


def _claims(text: str):
    return load(text + "\n", name="plan.txt").claims


def _read(text: str):
    return [(c.quantity.text, c.kind, c.unit) for c in _claims(text)]


# -- shares written after their whole, or before the things they are a share of ------------------

@pytest.mark.parametrize("text, printed", [
    (REPORT + "全省高标准农田达到耕地总面积的58%。", "58"),
    (REPORT + "全省完成农村危房改造总任务的85%。", "85"),
    (REPORT + "全省每年将70%以上的财力用于民生。", "70以上"),
    (PLAN + "使全省60%的乡村教师得到一次专业培训。", "60"),
    (PLAN + "争取35%左右的主要工业产品达到国际先进水平。", "35左右"),
    (PLAN + "保证新增信贷总规模的15%以上用于农业。", "15以上"),
])
def test_shares_of_a_whole_or_of_things(text, printed):
    got = [(p, k, u) for p, k, u in _read(text)]
    assert (printed, "share", "%") in got, got


@pytest.mark.parametrize("text", [
    REPORT + "全省对营业收入增长20%以上的企业给予奖励。",  # a threshold of the things rewarded
    REPORT + "全省支持研发投入占营业收入3%以上的企业。",
    PLAN + "全省重点扶持年产值增长15%的企业。",
])
def test_thresholds_before_the_things_they_select_are_no_shares(text):
    assert not [c for c in _claims(text) if c.kind == "share"], _read(text)


# -- life expectancy in 岁 is a level, an age that delimits is not --------------------------------

@pytest.mark.parametrize("text, printed", [
    (PLAN + "全省人均预期寿命提高到79岁以上。", "79以上"),
    (REPORT + "全省人均预期寿命从2020年的78.6岁提升至80.1岁。", "78.6"),
    (REPORT + "全省人均预期寿命从2020年的78.6岁提升至80.1岁。", "80.1"),
])
def test_life_expectancy_is_a_level_in_years_of_age(text, printed):
    assert (printed, "level", "岁") in _read(text), _read(text)


@pytest.mark.parametrize("text", [
    REPORT + "全省为65岁以上老年人免费体检。",
    REPORT + "全省3岁以下婴幼儿照护服务机构达到1200家。",
])
def test_ages_that_delimit_are_no_levels(text):
    assert not [c for c in _claims(text) if c.unit == "岁"], _read(text)


# -- a count of things each above a threshold -----------------------------------------------------

@pytest.mark.parametrize("text, threshold, count", [
    (REPORT + "全省国家科技型中小企业超1.2万家，6个产业规模超1000亿元。", "超1000", "6"),
    (REPORT + "全省经济总量超500亿元的县增至9个，11个产业集群产值超百亿元。", "超100", "11"),
])
def test_a_count_of_things_above_a_threshold_gives_the_count_only(text, threshold, count):
    got = [c.quantity.text for c in _claims(text)]
    assert count in got, got
    assert threshold not in got, got


# -- a share after a level of the same subject is named as a share --------------------------------

@pytest.mark.parametrize("text, level, share", [
    (PLAN + "全省重工业投资为13.5亿元，占8%；轻工业投资为6.1亿元，占3.6%。", "13.5", "8"),
    (REPORT + "全省五年生产原煤65亿吨，占全国近30%。", "65", "近30"),
    (REPORT + "全省外贸进出口总额1200亿元，占全国的2.1%。", "1200", "2.1"),
])
def test_a_share_of_a_subject_is_not_named_as_its_level(text, level, share):
    names = {c.quantity.text: c.name for c in _claims(text)}
    assert level in names and share in names, names
    assert names[share] != names[level] and names[share].startswith(names[level]), names


def test_a_share_of_a_named_whole_keeps_its_whole_in_the_name():
    names = {c.quantity.text: c.name for c in _claims(REPORT + "全省五年生产原煤65亿吨，占全国近30%。")}
    assert names["近30"] == "五年生产原煤占全国比重", names


def test_shares_of_different_parts_of_one_whole_get_different_names():
    got = [c.name for c in _claims(PLAN + "全省重工业投资为13.5亿元，占8%；轻工业投资为6.1亿元，占3.6%。")
           if c.unit == "%"]
    assert len(set(got)) == 2, got
