"""A plan's period named in full dates its sentence, like its short name does.

第六个五年计划期间 is “六五”期间 written out: a sentence that names it is about
1981–1985, whatever its paragraph's frame; 比第六个五年计划期间增长 names the base of a
comparison and dates nothing. A heading that says 在…的基础上 ("on the basis of")
states tasks; it does not open a review of the base period.
"""

from __future__ import annotations

import pytest

from plancheck import load

OUTLINE = "# 国民经济和社会发展第七个五年计划\n\n{body}\n"


def _times(body: str) -> dict[str, tuple[int | None, int | None, str]]:
    plan = load(OUTLINE.format(body=body), name="t.txt")
    return {c.quantity.text: (c.start_year, c.year, c.role) for c in plan.claims}


@pytest.mark.parametrize(("body", "figure", "expected"), [
    # the full name in a sentence of the plan's own chapter: the earlier plan's results
    ("第二章　发展目标\n\n在第六个五年计划期间，工业总产值平均每年增长10.8%。", "10.8", (1980, 1985, "actual")),
    ("第二章　发展目标\n\n第六个五年计划时期，农业总产值平均每年增长8.1%。", "8.1", (1980, 1985, "actual")),
    # the plan's own period named in full in a review chapter: its targets
    ("第一章　过去五年的回顾\n\n在第七个五年计划期间，工农业总产值平均每年增长6.7%。", "6.7", (1985, 1990, "target")),
])
def test_the_full_name_of_a_plan_period_dates_its_sentence(body, figure, expected):
    assert _times(body)[figure] == expected


def test_a_period_named_as_the_base_of_a_comparison_dates_nothing():
    """比第六个五年计划期间增长40%: the change is over the plan's own period."""
    got = _times("第二章　发展目标\n\n国家预算内基本建设投资比第六个五年计划期间增长40%。")
    assert got["40"][1:] == (1990, "target")


@pytest.mark.parametrize("heading", [
    "（十）在发展生产的基础上，逐步提高人民生活水平",
    "第五章　在提高经济效益的基础上保持适度增长",
])
def test_on_the_basis_of_is_no_review(heading):
    """Figures under a heading of tasks are the plan's targets, not the base period's results."""
    got = _times(f"{heading}\n\n城乡居民人均消费水平平均每年提高5%左右。")
    assert got["5左右"] == (1985, 1990, "target")


def test_a_heading_that_reviews_the_base_still_opens_a_review():
    got = _times("第一章　发展基础\n\n城乡居民人均消费水平平均每年提高8.7%。")
    assert got["8.7"][2] == "actual"


@pytest.mark.parametrize(("sentence", "start", "end"), [
    # a change that starts from an earlier plan's period named in full, or in short
    ("工业投资的比重应该从第六个五年计划的58.2%，提高到60%左右。", "58.2", "60左右"),
    ("农业投资的比重可以从“六五”期间的7.6%提高到10%左右。", "7.6", "10左右"),
    ("科技投入的比重必须从第六个五年的1%左右提高到1.5%。", "1左右", "1.5"),
])
def test_a_change_from_a_plan_period_reads_both_ends(sentence, start, end):
    """The start is a level at the end of that period, the end a target of the plan; a modal
    verb before 从 (应该, 可以, 必须) is no part of the subject."""
    plan = load(OUTLINE.format(body="第二章　发展目标\n\n" + sentence), name="t.txt")
    got = {c.quantity.text: c for c in plan.claims}
    assert (got[start].year, got[start].role) == (1985, "actual")
    assert (got[end].year, got[end].role) == (1990, "target")
    assert got[start].name == got[end].name
    assert not got[end].name.endswith(("应该", "可以", "必须"))
