"""Counters of households and sets (户, 套) count things; with 一 they make words.

万户 and 万套 are counts like 万个 and 万家: a count stated in a review of the past
five years is a result of that period, a count stated among the aims is a target of
the plan's last year. 一套房, 一户一策 and 一台戏 are words, not counts of one.
"""

from __future__ import annotations

import pytest

from plancheck import load

REPORT = ("# 青川市2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n\n"
          "五年来，全市经济总量跨上新台阶。{review}\n\n二、2026年工作安排\n\n{plan}\n")


def _claims(review: str = "", plan: str = ""):
    return load(REPORT.format(review=review, plan=plan), name="t.txt").claims


@pytest.mark.parametrize(("review", "printed", "unit"), [
    ("历史遗留的12万多户不动产登记问题得到有效化解。", "12", "万户"),
    ("改造城镇老旧小区住房8.6万套。", "8.6", "万套"),
])
def test_counts_of_households_and_sets_are_read(review, printed, unit):
    got = [c for c in _claims(review=review) if c.quantity.text.startswith(printed)]  # 12多
    assert [(c.unit, c.role) for c in got] == [(unit, "actual")]


@pytest.mark.parametrize("plan", [
    "增加“一张床、一间房、一套房”产品供应，缓解青年人住房困难。",
    "对困难群众实行一户一策精准帮扶。",
    "唱好招商引资一台戏。",
])
def test_one_with_a_counter_is_a_word(plan):
    assert [c for c in _claims(plan=plan) if c.quantity.text == "1"] == []
