"""Figures that qualify something else are no claims of the subject: thresholds
of a scope, ages, travel times, ranks, counts of thresholds crossed and gaps to
another quantity. Each case is a sentence of our own; each has a near-miss that
must still be read."""

from __future__ import annotations

import pytest

from plancheck import load

HEAD = "某某省2031年政府工作报告\n一、2030年工作回顾\n"


def printed(sentence: str) -> list[str]:
    """The figures read as the subject's (a gap is a claim of its own kind, about no
    indicator: tests/test_report_forms.py)."""
    return [c.quantity.text for c in load(HEAD + sentence + "\n", name="r.txt").claims if c.kind != "gap"]


@pytest.mark.parametrize("sentence, not_read", [
    ("实施投资5000万元以上的技术改造项目120个。", "5000"),          # a threshold before 的 + noun
    ("绿色社区覆盖全省85%的街道。", "85"),                            # a share of what follows
    ("每千人口拥有3岁以下婴幼儿托位数达到4.2个。", "3"),              # an age bracket
    ("建成10分钟健身圈，覆盖所有社区。", "10"),                        # a travel time
    ("12个学科进入前1%。", "1"),                                        # a rank
    ("全省经济总量五年跨过2个万亿级关口。", "2"),                      # thresholds crossed
    ("地区生产总值增长5.4%，高于全国0.4个百分点。", "0.4"),            # a gap to the country
    ("全年工业增加值增长6%，快于2029年1.5个百分点。", "1.5"),          # a gap to another year
])
def test_qualifying_figures_are_not_claims(sentence, not_read):
    assert not_read not in printed(sentence)


@pytest.mark.parametrize("sentence, read", [
    ("全省森林覆盖率达到45.2%的历史新高。", "45.2"),                   # after the verb of its level
    ("人均预期寿命达到79.5岁。", "79.5"),                               # an age that is the level
    ("地区生产总值增长5.4%，高于全国平均水平。", "5.4"),                 # the growth itself is read
    ("实施重点项目2800多个，完成投资1200多亿元。", "1200多"),          # 多: more than
])
def test_near_misses_are_still_read(sentence, read):
    assert read in printed(sentence)


def test_a_threshold_crossed_is_a_floor_not_a_contradiction():
    report = load(HEAD + "全省地区生产总值突破3万亿元、达到3.4万亿元。\n", name="r.txt").check()
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []


def test_parts_of_a_multiple_are_not_parts_of_a_total():
    text = HEAD + "这五年，汽车产量增长1.5倍，其中新能源汽车增长12.6倍。\n"
    report = load(text, name="r.txt").check()
    assert [f for f in report.findings if f.rule == "totals"] == []


@pytest.mark.parametrize("sentence, pairs", [
    ("一产、二产、三产增加值分别增长6%、5.2%、5.1%。",
     [("一产增加值", "6"), ("二产增加值", "5.2"), ("三产增加值", "5.1")]),
    ("事故起数、死亡人数分别下降11.5%、18.7%。", [("事故起数", "11.5"), ("死亡人数", "18.7")]),
    ("城镇、农村常住居民人均可支配收入分别增长4.1%、6.2%。",
     [("城镇居民人均可支配收入", "4.1"), ("农村居民人均可支配收入", "6.2")]),
    ("来访游客总人数、游客总花费分别增长9.6%、11.6%。", [("来访游客总人数", "9.6"), ("游客总花费", "11.6")]),
])
def test_respectively_gives_each_subject_its_own_figure(sentence, pairs):
    claims = load(HEAD + "过去一年，" + sentence + "\n", name="r.txt").claims
    assert [(c.name, c.quantity.text) for c in claims] == pairs


def test_respectively_with_more_figures_than_subjects_is_reported_not_guessed():
    report = load(HEAD + "过去一年，甲乙两类产业分别增长6%、5.2%、5.1%。\n", name="r.txt")
    assert all(c.indicator is None for c in report.claims if c.quantity.text in ("6", "5.2", "5.1"))
    assert any("could not be paired" in u["reason"] for u in report.unparsed)


@pytest.mark.parametrize("verb", ["年均分别增长", "分别年均增长"])
def test_respectively_inside_an_annual_average_keeps_the_average(verb):
    text = "某某省2031年政府工作报告\n一、2030年工作回顾和“十五五”发展成就\n这五年，城镇和农村居民人均可支配收入" + verb + "4.4%、6.5%。\n"
    claims = load(text, name="r.txt").claims
    assert [(c.kind, c.start_year, c.year) for c in claims] == [("growth_rate", 2025, 2030)] * 2


def test_every_figure_of_a_list_is_of_the_lists_time():
    text = HEAD + "过去一年，城镇和农村居民人均可支配收入分别增长4.3%、5.3%。\n"
    claims = load(text, name="r.txt").claims
    assert [(c.start_year, c.year) for c in claims] == [(2029, 2030)] * 2
