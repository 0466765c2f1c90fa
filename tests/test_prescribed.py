"""What a plan prescribed for a year is its target, even once the calendar has passed the year.

A proposal for the 2nd plan, read at the 1st plan's end: 第一个五年计划规定，1957年钢产量
达到412万吨 states the 1st plan's target; 预计执行的结果，可以达到520万吨 the expected
result. Without either cue a figure of a past year is a result, as before.
"""

from __future__ import annotations

import pytest

from plancheck import load

PROPOSAL = "# 关于发展国民经济的第二个五年计划的建议\n\n一、第一个五年计划的执行情况\n\n{body}\n"


def _roles(body: str) -> dict[str, tuple[int | None, str]]:
    plan = load(PROPOSAL.format(body=body), name="t.txt")
    return {c.quantity.text: (c.year, c.role) for c in plan.claims}


@pytest.mark.parametrize(("body", "expected"), [
    # the cue in the clause before the figures, then the turn to the estimate
    ("第一个五年计划规定，1957年钢产量达到412万吨；预计执行的结果，1957年钢产量可以达到520万吨。",
     {"412": (1957, "target"), "520": (1957, "actual")}),
    # the cue in the figure's own clause
    ("第一个五年计划规定的1957年粮食产量为3634亿斤。", {"3634": (1957, "target")}),
    ("按照计划所规定的，1957年棉花产量达到3270万担。", {"3270": (1957, "target")}),
    # near-misses: no cue, or an estimate — a past year's figure is a result
    ("1957年钢产量可以达到520万吨。", {"520": (1957, "actual")}),
    ("预计1957年粮食产量达到3700亿斤。", {"3700": (1957, "actual")}),
])
def test_a_prescribed_figure_is_a_target(body, expected):
    assert _roles(body) == expected


@pytest.mark.parametrize("body", [
    "1957年钢产量比1952年增长两倍，预计执行的结果，可能增长两倍半。",
    "钢产量比上年增长5%，预计全年可能增长8%。",
])
def test_a_clause_of_cue_words_speaks_of_the_subject_before(body):
    """预计全年可能增长8%: 预计, 全年 and 可能 name no quantity; the figure is the subject's before."""
    plan = load(PROPOSAL.format(body=body), name="t.txt")
    assert {c.name for c in plan.claims} == {"钢产量"}
