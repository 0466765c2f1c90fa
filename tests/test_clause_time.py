"""Clauses joined by ； are one sentence: the year that opens the sentence dates
each of them; a year met inside a clause, a new cue, or a full stop does not carry."""

from __future__ import annotations

import pytest

from plancheck import load

HEAD = "# 青川市国民经济和社会发展第十五个五年规划纲要\n\n二、发展目标\n\n“十四五”时期，全市生产总值年均增长6.1%，2025年达到980亿元。"

CASES = [
    # paragraph after HEAD, the figure, its expected (year, role)
    ("到2030年，生产总值达到1300亿元左右；财政收入达到88亿元；城镇化率达到66%。", "88", (2030, "target")),
    ("到2030年，生产总值达到1300亿元左右；财政收入达到88亿元；城镇化率达到66%。", "66", (2030, "target")),
    ("2030年底，生产总值达到1300亿元；财政收入达到88亿元。", "88", (2030, "target")),
    # near misses: the year that dates a clause is not the sentence's opening (为2031年储备…),
    # or the next part is a new sentence: the paragraph's frame (十四五 results) dates it
    ("用于为2031年以后建设储备的资金12亿元；财政收入达到88亿元。", "88", (2025, "actual")),
    ("到2030年，生产总值达到1300亿元左右。财政收入达到88亿元。", "88", (2025, "actual")),
]


@pytest.mark.parametrize("paragraph, figure, expected", CASES)
def test_the_opening_year_dates_every_clause_of_the_sentence(paragraph, figure, expected):
    plan = load(f"{HEAD}{paragraph}\n", name="t.txt")
    got = [(c.year, c.role) for c in plan.claims if c.quantity.text == figure]
    assert got == [expected]


def test_a_goal_sentence_after_results_gives_no_false_contradiction():
    text = (f"{HEAD}到2030年，生产总值达到1300亿元左右，年均增长5.8%；财政收入达到88亿元；城镇化率达到66%。\n\n"
            "专栏1 主要指标\n指标\t2025年\t2030年\t年均增长(%)\t属性\n"
            "生产总值(亿元)\t980\t1300\t5.8\t预期性\n财政收入(亿元)\t70\t88\t4.7\t预期性\n"
            "城镇化率(%)\t62\t66\t[4]\t预期性\n")
    assert [f for f in load(text, name="t.txt").check().findings if f.severity in ("error", "warning")] == []


SPANS = [
    # a year that opens or closes a span (和以后年度, 以来) is not the year of the figures after it
    ("为2031年和以后年度建设所需的储备资金12亿元，各部门的准备金5.4亿元。", "5.4", (2025, None, "actual")),
    ("为2031年和以后年度建设所需的储备资金12亿元，各部门的准备金5.4亿元。", "12", (2025, None, "actual")),
    ("2021年以来，全市累计新增城镇就业50万人。", "50", (2025, 2020, "actual")),
    # near miss: a year that dates its figure still does
    ("2031年，储备资金达到12亿元。", "12", (2031, None, "target")),
]


@pytest.mark.parametrize("paragraph, figure, expected", SPANS)
def test_a_year_that_bounds_a_span_does_not_date_the_figures(paragraph, figure, expected):
    plan = load(f"{HEAD}\n\n“十四五”时期，{paragraph}\n", name="t.txt")
    got = [(c.year, c.start_year, c.role) for c in plan.claims if c.quantity.text == figure]
    assert got == [expected]
