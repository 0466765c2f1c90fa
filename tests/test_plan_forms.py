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


def test_a_doubling_without_a_count_is_a_factor_of_two():
    # 翻番 is 翻一番 (the gold codebook: ratio 2, written 翻番); a count of doublings (六个翻番) is not
    got = [(c.quantity.printed.text, c.kind) for c in _claims("# 第七个五年计划\n\n力争全省出口总额尽快翻番。\n")
           if c.unit == "倍"]
    assert got == [("2", "ratio")]
    assert [c for c in _claims("# 第七个五年计划\n\n全省数字经济实现“六个翻番”。\n") if c.unit == "倍"] == []


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


# -- sentence forms of the older plans (claims/prose) ---------------------------------------------

PLAN1 = "发展国民经济的第一个五年计划（1953-1957）\n\n"
PLAN7 = "第七个五年计划（1986-1990）\n\n"
PLAN9 = "第九个五年计划（1996-2000）\n\n"
PLAN13 = "某省国民经济和社会发展第十三个五年规划纲要\n2016年3月\n\n## 第四章 主要目标\n\n"


def _read(text: str, printed: str):
    return [(c.kind, c.start_year, c.year, c.role) for c in _claims(text) if c.quantity.text == printed]


@pytest.mark.parametrize("text, printed, kind, start, year, role", [
    # the subject two clauses before its figure, with a price base between
    (PLAN7 + "1990年全省工业总产值，按照1980年不变价格计算，达到3,200亿元，比1985年增长40%。", "3,200",
     "level", None, 1990, "target"),
    (PLAN7 + "1990年全省工业总产值，按照1980年不变价格计算，达到3,200亿元，比1985年增长40%。", "40",
     "cumulative_change", 1985, 1990, "target"),
    (PLAN7 + "其中：轻工业总产值，1990年达到1,500亿元，平均每年增长6.2%。", "1,500", "level", None, 1990, "target"),
    (PLAN7 + "其中：轻工业总产值，1990年达到1,500亿元，平均每年增长6.2%。", "6.2", "growth_rate", 1985, 1990, "target"),
    # a heading run into the clause does not hide the subject
    (PLAN7 + "（二）农业　　全省农业总产值，1990年达到900亿元。", "900", "level", None, 1990, "target"),
    # from-to: the start at the frame's start, or at the year printed with it
    (PLAN7 + "全省万元产值能耗，由1985年的8.5吨标准煤下降到1990年的7.2吨标准煤。", "8.5", "level", None, 1985, "actual"),
    (PLAN7 + "全省万元产值能耗，由1985年的8.5吨标准煤下降到1990年的7.2吨标准煤。", "7.2", "level", None, 1990, "target"),
    (PLAN7 + "到1990年，在工业总产值中，重工业所占比重由1985年的51%下降为49%，轻工业所占比重由49%上升到51%。",
     "49", "share", None, 1985, "actual"),
    (PLAN7 + "全省设备利用率，由“六五”期间的61%提高到66%。", "61", "share", None, 1985, "actual"),
    (PLAN7 + "全省设备利用率，由“六五”期间的61%提高到66%。", "66", "share", None, 1990, "target"),
    (PLAN9 + "“八五”期间，全省城镇人均居住面积由6.1平方米提高到7.3平方米。", "6.1", "level", None, 1990, "actual"),
    # the base value of a comparison
    (PLAN9 + "预测到2000年：全省原煤产量1.8亿吨，比1995年的1.5亿吨增加3000万吨。", "1.5", "level", None, 1995, "actual"),
    (PLAN9 + "预测到2000年：全省原煤产量1.8亿吨，比1995年的1.5亿吨增加3000万吨。", "3000",
     "cumulative_change", 1995, 2000, "target"),
    # a price base is not the figures' year
    (PLAN9 + "到2000年，按1995年价格计算的全省生产总值从4,800亿元增加到7,000亿元。", "7,000", "level", None, 2000, "target"),
    # the subject before 力争 and before a year
    (PLAN9 + "全省城镇失业率力争控制在3.5%左右。", "3.5左右", "share", None, 2000, "target"),
    (PLAN9 + "全省私营工业产值1995年为80.5亿元。", "80.5", "level", None, 1995, "actual"),
    # a bare 增长 in a plan's period is the change over the period
    (PLAN9 + "五年内全省公路货运量将增长45%。", "45", "cumulative_change", 1995, 2000, "target"),
    # a bare multiplier as the unit of a count
    (PLAN9 + "到2000年，全省人口控制在9000万以内。", "9000以内", "level", None, 2000, "target"),
])
def test_sentence_forms_of_the_older_plans(text, printed, kind, start, year, role):
    got = _read(text, printed)
    assert (kind, start, year, role) in got, got


@pytest.mark.parametrize("text, printed, upper, unit", [
    (PLAN7 + "1990年，全省钢产量500万-550万吨。", "500", "550", "万吨"),
    (PLAN7 + "1990年，全省木材产量1,200万---1,350万立方米。", "1,200", "1350", "万立方米"),
    (PLAN7 + "1990年，全省食糖产量80万一95万吨，比1985年增长12.5一20%。", "12.5", "20", "%"),
    (PLAN7 + "1990年，全省粮食产量达到4,200-4,500万吨。", "4,200", "4500", "万吨"),
])
def test_ranges_with_the_multiplier_on_both_ends_and_dashes_of_every_print(text, printed, upper, unit):
    claims = [c for c in _claims(text) if c.quantity.printed and c.quantity.printed.text == printed]
    assert [(c.quantity.upper.text if c.quantity.upper else None, c.unit) for c in claims] == [(upper, unit)]
    assert not [c for c in _claims(text) if c.quantity.text.startswith("-")]  # the upper end is not read again


@pytest.mark.parametrize("text, printed, name", [
    (PLAN7 + "1990年，主要畜产品产量：奶类产量62万吨，蛋类产量87万吨。", "62", "奶类产量"),  # 类 before a figure
    (PLAN7 + "1990年，主要产品产量：钢550万吨；布16亿米。", "550", "钢产量"),  # a product of one character
    (PLAN7 + "全省出口总额五年翻了一番。", "2", None),
    (PLAN7 + "全省预算内企业流动资金周转天数，由1985年的98天下降到1990年的90天。", "98", None),
])
def test_figures_that_were_dropped_are_read(text, printed, name):
    got = [c for c in _claims(text) if c.quantity.printed and c.quantity.printed.text == printed]
    assert got, [(c.quantity.text, c.name) for c in _claims(text)]
    assert name is None or got[0].name == name


@pytest.mark.parametrize("text, printed", [
    (PLAN9 + "增加农民收入，达到每人300元。", "300"),  # an action is no subject of the figure after it
    (PLAN7 + "全省生产企业达到3类。", "3"),  # near-miss: 3类 is a kind, not a quantity
])
def test_near_misses_of_the_older_forms(text, printed):
    """An action is no subject; a figure before 类 names a kind."""
    got = [c for c in _claims(text) if c.quantity.text == printed]
    assert all(c.name != "增加农民收入" for c in got) and not (printed == "3" and got)


@pytest.mark.parametrize("text, printed, year", [
    # the planned size of a project is about the project, not about the plan's last year
    (PLAN13 + "建设某某输气管道工程（年输气能力300亿立方米）。\n",
     "300", None),
    # near-miss: a count of projects over the period keeps the period
    (PLAN13 + "五年内建成大中型水利项目25个。\n", "25", 2020),
])
def test_a_projects_size_is_dated_only_by_a_printed_year(text, printed, year):
    got = [c.year for c in _claims(text) if c.quantity.text == printed]
    assert got and got[0] == year, got


@pytest.mark.parametrize("text", [
    # 它 stands for the subject before it: two shares of two trades, not one figure twice
    (PLAN1 + "国营商业的商品零售额在一九五七年将达到一○二·二亿元，它在社会商品零售总额中所占的比重将由一九五二年的"
     "百分之一五·八上升为百分之二○·五。合作社营商业的商品零售额在一九五七年将达到一七一·五亿元，它在社会商品零售"
     "总额中所占的比重将由一九五二年的百分之一八·二上升为百分之三四·四。\n"),
    # the whole named in the clause before (在X中) keeps two shares of 农业 apart
    (PLAN1 + "到1957年的情况是：  --在工农业总产值中，农业所占比重由1952年的53.9%下降为47%；"
     "  --在农村社会总产值中，农业所占比重由1952年的77.7%下降到71%。\n"),
])
def test_shares_of_different_wholes_or_subjects_are_not_compared(text):
    report = load(text, name="plan.txt").check()
    assert [f.message for f in report.findings if f.severity in ("error", "warning")] == []


def test_the_years_of_a_span_are_no_subject():
    text = PLAN13 + "到2020年，城镇居民人均可支配收入达到9万元，2015年至2020年年均增长12%。\n"
    (c,) = [c for c in _claims(text) if c.quantity.text == "12"]
    assert c.name == "城镇居民人均可支配收入"
