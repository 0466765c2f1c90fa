"""The English reader dates figures by the document calendar's frames, as the
Chinese reader does: a heading or a cue sets the frame, a year written after
the figure (a calendar or a fiscal year) dates it, and the calendar's present
decides result or target. Sentences and plans of our own."""

from __future__ import annotations

import pytest

from plancheck import load

PLAN = """# Eastvale Province: Outline of the 14th Five-Year Plan

Adopted on 20 January 2021

## Chapter 1 Achievements of the 13th Five-Year Plan period

{past}

## Chapter 2 Main targets

{future}
"""


def claims(past: str = "", future: str = "", text: str | None = None):
    plan = load(text if text is not None else PLAN.format(past=past, future=future), name="plan.md")
    return {(c.quantity.text.replace(" ", ""), c.kind): (c.start_year, c.year, c.role) for c in plan.claims}


@pytest.mark.parametrize("sentence, figure, expected", [
    # the heading's frame: the 13th plan's results, 2016-2020
    ("Grain output grew at an average annual rate of 2.1%.", ("2.1", "growth_rate"), (2015, 2020, "actual")),
    ("Energy consumption per unit of GRP fell by 16%.", ("16", "reduction"), (2015, 2020, "actual")),
    ("Forest coverage reached 37.6% in 2020.", ("37.6", "share"), (None, 2020, "actual")),
    # a level without a year in a results section: the end of the period reviewed
    ("Forest coverage reached 37.6%.", ("37.6", "share"), (None, 2020, "actual")),
])
def test_a_results_heading_dates_the_figures_under_it(sentence, figure, expected):
    assert claims(past=sentence)[figure] == expected


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Grain output will grow at an average annual rate of about 2%.", ("about2", "growth_rate"),
     (2020, 2025, "target")),
    ("Forest coverage will reach 38.2% by 2025.", ("38.2", "share"), (None, 2025, "target")),
    # a fiscal year after the figure ends in its second year (documents/fiscal.py)
    ("Revenue will reach 160 billion yuan in FY2024-25.", ("160", "level"), (None, 2025, "target")),
    ("Revenue will reach 160 billion yuan by FY25.", ("160", "level"), (None, 2025, "target")),
    ("Exports were 42 billion US dollars in 2019-20.", ("42", "level"), (None, 2020, "actual")),
])
def test_a_targets_heading_and_written_years(sentence, figure, expected):
    assert claims(future=sentence)[figure] == expected


def test_a_cue_in_the_sentence_overrides_the_section():
    found = claims(future="Over the past five years, grain output grew at an average annual rate of 2.1%.")
    assert found[("2.1", "growth_rate")] == (2015, 2020, "actual")


def test_a_year_before_the_present_is_a_result_in_any_section():
    found = claims(future="Forest coverage was 37.6% in 2020 and will reach 38.2% in 2025.")
    assert found[("37.6", "share")][1:] == (2020, "actual")
    assert found[("38.2", "share")][1:] == (2025, "target")


def test_without_a_calendar_a_written_year_has_no_role():
    """A text that names no plan and no date: 2020 is neither result nor target
    (no base year is assumed), so no rule draws an error from it."""
    text = "## Notes\n\nForest coverage reached 37.6% in 2020.\n"
    assert claims(text=text)[("37.6", "share")] == (None, 2020, "unknown")
