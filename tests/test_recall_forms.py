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
