"""Sentence forms that plans use and that were missed: run-in headings whose
figures stand apart by single spaces, round magnitudes written as characters
(突破万亿元), fractions in 成 (八成以上), doublings (实现翻番), lists of changes
(分别提高3个和4个百分点) and rates per 10万.

Every sentence is our own, written in the forms the plans use; the corpus is
only measured (tools/accuracy.py, tests/test_accuracy.py). Each table lists
cases that must be read one way and near-misses that must not.
"""

from __future__ import annotations

import pytest

from plancheck import load
from plancheck.documents.read import document_from_text
from plancheck.documents.segment import segment

PLAN11 = "某省第十一个五年规划（2006-2010）\n\n"
REPORT = "某省2026年政府工作报告\n\n一、2025年和“十四五”时期工作回顾\n\n"


def _claims(text: str):
    return load(text, name="plan.txt").claims


def _read(text: str):
    return [(c.quantity.text, c.kind, c.unit, c.year, c.role) for c in _claims(text)]


# -- a heading run into its paragraph, the figures set apart by single spaces ---------------------

RUN_IN_SPACED = PLAN11 + """     第三节  稳定发展粮食生产     全省粮食综合生产能力达到 3500 万吨左右

     第四节  加大教育投入     逐步使全省财政性教育经费占生产总值的比例达到 4.5%

     第五节  发展 职业 教育

     第六节  加强 2 类 设施
"""


@pytest.mark.parametrize("printed, kind, unit", [("3500左右", "level", "万吨"), ("4.5", "share", "%")])
def test_a_run_in_heading_with_spaced_figures_is_read_as_text(printed, kind, unit):
    got = [(k, u, y, r) for p, k, u, y, r in _read(RUN_IN_SPACED) if p == printed]
    assert (kind, unit, 2010, "target") in got, got


def test_a_heading_with_single_spaces_and_no_figure_stays_a_heading():
    blocks = segment(document_from_text(RUN_IN_SPACED))
    headings = [b.text for b in blocks if getattr(b, "heading", False)]
    assert "第五节  发展 职业 教育" in headings
    # a figure in the title itself (no run of spaces before a sentence) keeps it a heading
    assert "第六节  加强 2 类 设施" in headings


# -- round magnitudes, tenths, halves and doublings written in characters -------------------------

from plancheck.documents.normalise import normalise_line  # noqa: E402


@pytest.mark.parametrize("written, rewritten", [
    ("出口额突破万亿元", "出口额突破1万亿元"),
    ("营业收入超千亿元", "营业收入超1000亿元"),
    ("汽车产量突破百万辆", "汽车产量突破100万辆"),
    ("吞吐量突破千万标箱", "吞吐量突破1000万标箱"),  # 千 of 千万: 标箱 takes the 万
    ("客运量超过千万人次", "客运量超过1000万人次"),
    ("新增千万吨产能", "新增1000万吨产能"),
    ("八成以上资金用于民生", "80%以上资金用于民生"),
    ("占全部企业超两成", "占全部企业超20%"),
    ("比重稳定在九成左右", "比重稳定在90%左右"),
    ("占全国近一半", "占全国近50%"),
    ("一半以上的县", "50%以上的县"),
    ("研发投入实现翻番", "研发投入实现为2倍"),
    ("物流企业数实现倍增", "物流企业数实现为2倍"),
])
def test_round_figures_in_characters_are_rewritten(written, rewritten):
    assert normalise_line(written).text == rewritten


@pytest.mark.parametrize("text", [
    "实施新增千亿斤粮食生产能力规划，",  # the name of a programme
    "带动上千家企业",  # 上千: vague (a thousand or so)
    "成千上万家企业",
    "风电装机超千瓦时",  # 千瓦时 is a unit that begins with 千
    "三五成群",  # a numeral before 成
    "政策一成不变",
    "其中九成为民营企业",  # 成为: a word
    "实施收入倍增计划",  # the name of a programme
    "数字经济实现“六个翻番”",  # a count of doublings
    "倍增效应明显",  # 倍增 without 实现: not a figure
    "保持千亿级投资规模",  # no cue of size before it
])
def test_round_figures_near_misses_are_left(text):
    assert normalise_line(text).text == text


def test_a_percentage_in_characters_after_a_cue_of_size_is_still_a_percentage():
    assert normalise_line("比重超百分之五十").text == "比重超50%"


REPORT_ROUND = REPORT + ("过去五年，全省进出口总额突破万亿元，八成以上财政资金用于民生，"
                         "高新技术企业数量实现翻番，集装箱吞吐量突破千万标箱。\n")


@pytest.mark.parametrize("written, printed, kind, unit", [
    ("万", "突破1", "level", "万亿元"),
    ("八成", "80以上", "share", "%"),
    ("翻番", "2", "ratio", "倍"),
    ("千", "突破1000", "level", "万标箱"),
])
def test_round_figures_in_characters_are_claims(written, printed, kind, unit):
    got = [(c.quantity.text, c.kind, c.unit, c.year, c.role) for c in _claims(REPORT_ROUND)
           if c.extra.get("written", "").startswith(written)]
    assert (printed, kind, unit, 2025, "actual") in got, got


# -- units: computing power in petaflops, rates per 100,000 ---------------------------------------

@pytest.mark.parametrize("sentence, printed, unit", [
    ("过去五年，全省建成智能算力超4.8万P。", "超4.8", "万P"),
    ("过去五年，全省算力规模突破4000P。", "突破4000", "P"),
    ("过去五年，全省孕产妇死亡率降至15.2/10万。", "15.2", "1/10万"),
    ("过去五年，全省孕产妇死亡率降至 16/10 万。", "16", "1/10万"),
])
def test_units_of_rates_and_computing_power(sentence, printed, unit):
    got = [(c.quantity.text, c.unit) for c in _claims(REPORT + sentence + "\n")]
    assert (printed, unit) in got, got
    assert not [c for c in _claims(REPORT + sentence + "\n") if c.quantity.text == "10"]  # the denominator


# -- a scanned comma for the decimal point of a percentage written digit by digit -----------------

@pytest.mark.parametrize("written, rewritten", [
    ("地方工业为一九亿元，占百分之七，一；", "地方工业为19亿元，占7.1%；"),
    ("流通性的固定资产占百分之二五，八，消费性的", "流通性的固定资产占25.8%，消费性的"),
    ("旅客周转量将增长百分之五九，五。", "旅客周转量将增长59.5%。"),
    # near-misses: the digits after the comma begin the next clause
    ("产值增长百分之七，一季度增长百分之五", "产值增长7%，一季度增长5%"),
    ("占百分之五，二是加强管理", "占5%，二是加强管理"),
    ("增长百分之三○·六，一九五七年", "增长30.6%，1957年"),
])
def test_a_scanned_comma_in_a_percentage(written, rewritten):
    assert normalise_line(written).text == rewritten


# -- a list of small numerals before the unit of the last ----------------------------------------

@pytest.mark.parametrize("written, rewritten", [
    ("比一九九○年提高四和五个百分点", "比1990年提高4和5个百分点"),  # the list reader shares the unit
    ("分别提高三、五个百分点", "分别提高3、5个百分点"),
    ("分别为二和三倍", "分别为2和3倍"),
    # near-misses: no unit of a change after the last
    ("一和二", "一和二"),
    ("抓好三和四个方面", "抓好三和四个方面"),
])
def test_small_numerals_listed_before_a_unit(written, rewritten):
    assert normalise_line(written).text == rewritten
