"""Lists of figures that were missed: figures that share the unit printed after the
last one (分别提高12、18个百分点, 提高3个和4个百分点), a later clause that lists the
changes of an earlier list's subjects (分别达到78.7%和84.4%，比2020年提高4和5个百分点),
lists in units of one kind (分别达到2.3万亿元和4000亿元, 分别增至945个、47种), two
subjects joined in one word (收支累计分别突破9000亿元、3万亿元), and life expectancy in 岁.

Every sentence is our own, written in the forms the documents use; the corpus is
only measured (tools/accuracy.py, tests/test_accuracy.py). Each table lists
cases that must be read one way and near-misses that must not.
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


# -- lists whose earlier figures take the unit printed after the last -----------------------------

@pytest.mark.parametrize("text, expected", [
    (REPORT + "全省蔬菜、水果设施产量占比分别提高12、18个百分点。",
     [("12", "cumulative_change", "百分点"), ("18", "cumulative_change", "百分点")]),
    (REPORT + "全省户厕覆盖率、污水治理率、垃圾处理率分别提高10.5、20.3、31个百分点。",
     [("10.5", "cumulative_change", "百分点"), ("20.3", "cumulative_change", "百分点"),
      ("31", "cumulative_change", "百分点")]),
    (PLAN + "全省服务业增加值比重和服务业就业比重分别提高2个和5个百分点。",
     [("2", "cumulative_change", "百分点"), ("5", "cumulative_change", "百分点")]),
    (REPORT + "全省广播和电视覆盖率比2020年分别提高三和六个百分点。",
     [("3", "cumulative_change", "百分点"), ("6", "cumulative_change", "百分点")]),
])
def test_a_list_shares_the_unit_of_its_last_figure(text, expected):
    got = _read(text)
    for e in expected:
        assert e in got, got


@pytest.mark.parametrize("text", [
    REPORT + "全省推进3、5号线建设。",  # line numbers, not a list of figures
    REPORT + "全省改造3、4个老旧片区。",  # a count, not a change in points
])
def test_numbers_listed_without_a_quantity_unit_stay_unread(text):
    assert not [c for c in _claims(text) if c.unit == "百分点"]


# -- a list of figures in units of one kind -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (PLAN + "全省货物贸易、服务贸易进出口总额分别达到1.2万亿元和900亿元。",
     [("1.2", "万亿元"), ("900", "亿元")]),
    (REPORT + "全省集采药品、耗材品种分别增至450个、38种。", [("450", "个"), ("38", "种")]),
])
def test_a_list_of_figures_in_units_of_one_kind(text, expected):
    got = [(p, u) for p, _, u in _read(text)]
    for e in expected:
        assert e in got, got


# -- a later clause lists the changes of the subjects an earlier list paired ----------------------

def test_a_later_clause_of_changes_takes_the_subjects_of_the_earlier_list():
    got = [(c.quantity.text, c.unit, c.name) for c in _claims(
        REPORT + "全省广播和电视综合覆盖率分别达到98.7%和99.4%，比2020年提高1.5和2.1个百分点。")]
    assert [(p, u) for p, u, _ in got if u == "百分点"] == [("1.5", "百分点"), ("2.1", "百分点")], got
    names = {p: n for p, u, n in got}
    assert names["1.5"] == names["98.7"] and names["2.1"] == names["99.4"], got


def test_a_clause_of_changes_without_an_earlier_list_is_read_as_one():
    # no list before it: the figures are not paired with subjects they might not be of
    got = [c for c in _claims(REPORT + "全省综合覆盖率比2020年提高1.5和2.1个百分点。") if c.unit == "百分点"]
    assert len({c.name for c in got}) <= 1


# -- two subjects joined in one word --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (REPORT + "全省一般公共预算收支累计分别突破8000亿元、2.5万亿元。",
     [("突破8000", "一般公共预算收入"), ("2.5", "一般公共预算支出")]),
    (REPORT + "全省货物进出口总额分别增长5.2%和8.1%。", [("5.2", "货物进口总额"), ("8.1", "货物出口总额")]),
])
def test_two_subjects_joined_in_one_word(text, expected):
    got = [(c.quantity.text, c.name) for c in _claims(text)]
    for e in expected:
        assert e in got, got


def test_a_joined_word_with_one_figure_stays_one_subject():
    got = [(c.quantity.text, c.name) for c in _claims(REPORT + "全省货物进出口总额突破8000亿元。")]
    assert got and all("进出口" in n for _, n in got), got
