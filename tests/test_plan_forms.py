"""Sentence forms, headings and calendars of national five-year plans of every era.

Every sentence here is our own, written in the forms the plans use (the corpus is
only measured: tools/accuracy.py, tests/test_accuracy.py). Each table lists cases
that must be read one way and near-misses that must not.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import ROOT
from plancheck import load
from plancheck.documents.calendar import Calendar, Period, cue_frame, heading_frame

SEVENTH = Calendar(kind="outline", year=1986, plan=Period(1986, 1990, "plan 7"))
THIRTEENTH = Calendar(kind="outline", year=2016, plan=Period(2016, 2020, "plan 13"))


def _claims(text: str, name: str = "plan.txt"):
    return load(text, name=name).claims


def _by(claims, printed: str):
    return [c for c in claims if c.quantity.text == printed]


# -- the calendar: periods that are the base of a change or a multiple set no frame ----------------

@pytest.mark.parametrize("sentence", [
    "全民所有制单位的交付使用率，由“六五”期间的70.5%提高到74%",
    "资本系数由“八五”的3.6降为3左右",
    "从“六五”时期的21%提高到25%",
    "五年累计完成投资4.2万亿元，是“十一五”时期的2.8倍",
    "投资规模为“十五五”时期的1.5倍",
    "粮食平均每年产量比“六五”期间增长12%",
])
def test_a_period_at_the_start_of_a_change_or_the_base_of_a_multiple_sets_no_frame(sentence):
    assert cue_frame(sentence, SEVENTH) is None


@pytest.mark.parametrize("sentence, role, start, end", [
    ("“六五”期间，全国钢产量增长较快", "actual", 1980, 1985),
    ("“七五”期间，继续坚持把农业作为基础", "target", 1985, 1990),
    ("“六五”时期的成绩是巨大的", "actual", 1980, 1985),  # 的 but no multiple after it: the period itself
])
def test_a_period_named_as_the_subject_still_sets_the_frame(sentence, role, start, end):
    f = cue_frame(sentence, SEVENTH)
    assert (f.role, f.start, f.end) == (role, start, end)


@pytest.mark.parametrize("heading, role, start, end", [
    ("第五章 加快基础设施建设，夯实经济发展基础", "target", 2015, 2020),
    ("第三章 筑牢生态安全的基础", "target", 2015, 2020),
    ("第一章 发展基础", "actual", 2010, 2015),  # near-miss: the base reviewed
    ("第一节 “十二五”时期取得的成就", "actual", 2010, 2015),
])
def test_laying_a_foundation_is_an_aim_not_a_review(heading, role, start, end):
    f = heading_frame(heading, THIRTEENTH)
    assert (f.role, f.start, f.end) == (role, start, end)


def test_the_start_of_a_change_does_not_date_the_rest_of_the_paragraph():
    text = ("某省国民经济和社会发展第十三个五年规划纲要\n2016年3月\n\n## 第一章 发展基础\n\n"
            "五年累计完成投资2.1万亿元，是“十一五”时期的2.5倍。全省财政收入年均增长12.5%，2015年达到980亿元。\n")
    (c,) = _by(_claims(text), "12.5")
    assert (c.start_year, c.year, c.role) == (2010, 2015, "actual")


# -- headings that a text export ran into their first paragraph ------------------------------------

RUN_IN = """第七个五年计划（1986-1990）

　　第四章　财政和信贷　　（一）财政收入　　1990年国家财政收入达到2,150亿元

　　第五章　对外贸易

　　第六章　能源　　第一节　电力　　1990年，全国发电量达到4,800亿度，比1985年增加1,200亿度

　　第七章　交通运输　　“七五”期间，继续加强铁路建设
"""


@pytest.mark.parametrize("printed, year, role", [("2,150", 1990, "target"), ("4,800", 1990, "target"),
                                                 ("1,200", 1990, "target")])
def test_a_heading_run_into_its_paragraph_is_read_as_text(printed, year, role):
    got = [(c.year, c.role) for c in _by(_claims(RUN_IN), printed)]
    assert (year, role) in got, got


def test_a_heading_without_a_figure_stays_a_heading():
    from plancheck.documents.read import document_from_text
    from plancheck.documents.segment import segment

    blocks = segment(document_from_text(RUN_IN))
    headings = [b.text.split()[0] for b in blocks if getattr(b, "heading", False)]
    assert headings == ["第五章", "第七章"]


# -- units of the counted products of the older plans ------------------------------------------

@pytest.mark.parametrize("sentence, printed, unit", [
    ("1990年，全省卷烟产量达到260万箱。", "260", "万箱"),
    ("五年内改造棉纺设备25万锭。", "25", "万锭"),
    ("1990年，电话交换机总容量达到1.2亿门。", "1.2", "亿门"),
    ("1990年，全省集成电路产量达到3.5亿块。", "3.5", "亿块"),
])
def test_counted_products_keep_their_units(sentence, printed, unit):
    got = [(c.quantity.printed.text, c.unit) for c in _claims("# 第七个五年计划\n\n" + sentence + "\n")]
    assert (printed, unit) in got, got


# -- multipliers: a factor is a ratio, an increase by N times a cumulative change (gold README) ----

@pytest.mark.parametrize("sentence, printed, kind", [
    ("到一九九○年，全省工农业总产值比一九八○年翻两番。", "4", "ratio"),
    ("到一九九○年，全省工农业总产值比一九八○年翻一番。", "2", "ratio"),
    ("全省出口总额又翻了一番。", "2", "ratio"),
    ("到1990年，全省出口总额比1985年增长1倍。", "1", "cumulative_change"),
    ("到1990年，全省彩色电视机产量比1985年增长2.5倍。", "2.5", "cumulative_change"),
])
def test_multipliers_are_factors_or_increases(sentence, printed, kind):
    got = [(c.quantity.printed.text, c.kind, c.unit) for c in _claims("# 第七个五年计划\n\n" + sentence + "\n")]
    assert (printed, kind, "倍") in got, got


def test_a_doubling_without_a_count_is_no_figure():
    assert [c for c in _claims("# 第七个五年计划\n\n力争全省出口总额尽快翻番。\n") if c.unit == "倍"] == []


# -- the scorer: one quantity however its multiplier is split, and both ends of a range ----------

_spec = importlib.util.spec_from_file_location("accuracy_for_forms", ROOT / "tools" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy_for_forms"] = accuracy
_spec.loader.exec_module(accuracy)


def _gold(line, printed, unit, written=None, kind="level"):
    return {"line": line, "printed": printed, "kind": kind, "indicator": "粮食产量", "unit": unit, "year": 1990,
            "start_year": None, "role": "target", "qualifier": None, "region": None, "scope": "region",
            "written": written}


@pytest.mark.parametrize("text, gold, tp, fp, fn", [
    # 四亿六千五百万吨 is 4.65 亿吨 to the reader and 46500 万吨 to the annotator: one figure
    ("到一九九○年，粮食产量达到四亿六千五百万吨。", [_gold(3, "46500", "万吨", "四亿六千五百万")], 1, 0, 0),
    # near-miss: the same digits in another quantity are not a match
    ("到一九九○年，粮食产量达到四亿六千五百万吨。", [_gold(3, "46500", "吨", "四亿六千五百万")], 0, 1, 1),
    # a range states two figures; the gold lists both ends
    ("到1990年，粮食产量达到4250-4500万吨。", [_gold(3, "4250", "万吨"), _gold(3, "4500", "万吨")], 2, 0, 0),
])
def test_scorer_matches_quantities_not_spellings(tmp_path, monkeypatch, text, gold, tp, fp, fn):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "doc.md").write_text("# 第七个五年计划\n\n" + text + "\n", "utf-8")
    (folder / "doc.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), "utf-8")
    monkeypatch.setattr(accuracy, "GOLD", folder)
    s = accuracy.evaluate("doc.md", [[1, 3]])["region"]
    assert (s.tp, s.fp, s.fn) == (tp, fp, fn), (s.false, s.misses)
