"""The calendar of English-language plans: the plan a title names and its years
(calendar or fiscal), ordinals dated by the document itself (a Twelfth Plan is
2012–17 in one country and 2011–15 in another), headings and cue words that set
a frame. Titles and sentences of our own."""

from __future__ import annotations

import pytest

from plancheck.documents.calendar import (
    Calendar,
    Period,
    cue_frame,
    english_ordinal,
    english_plans,
    english_span,
    heading_frame,
    read_calendar,
)
from plancheck.documents.patterns import SEGMENT_HEADING

BODY = ["", "The State sets out its priorities for the coming years in the chapters below, with the"
        " targets of each sector and the resources needed to meet them."]


def cal_of(*head: str) -> Calendar:
    return read_calendar([*head, *BODY])


@pytest.mark.parametrize("first, last, years, expected", [
    ("2012", "17", 5, (2013, 2017)),     # 2012-13 … 2016-17: fiscal years, named by the year they end in
    ("2012", "2017", 5, (2013, 2017)),
    ("2016", "2020", 5, (2016, 2020)),   # five calendar years
    ("2017", "22", 5, (2018, 2022)),
    ("2018", "2027", None, (2018, 2027)),  # a ten-year plan: calendar years
    ("1998", "03", 5, (1999, 2003)),     # across a century
])
def test_a_printed_span_is_a_period(first, last, years, expected):
    p = english_span(first, last, years)
    assert (p.first, p.last) == expected


@pytest.mark.parametrize("first, last", [("2012", "2050"), ("2017", "2015")])
def test_a_span_that_is_no_plan_is_none(first, last):
    assert english_span(first, last) is None


@pytest.mark.parametrize("text, n", [("Twelfth", 12), ("twelfth", 12), ("12th", 12), ("1st", 1),
                                     ("Twenty-first", 21), ("Eleventh", 11), ("Plan", None)])
def test_ordinals(text, n):
    assert english_ordinal(text) == n


@pytest.mark.parametrize("head, plan, year", [
    (["Twelfth Five Year Plan (2012–2017)"], (2013, 2017), 2013),
    (["Government of Vindhara", "Thirteenth Five Year Plan (2017–22)", "March 2017"], (2018, 2022), 2018),
    (["Eleventh Malaysia Plan, 2016-2020"], (2016, 2020), 2016),
    (["National Development Plan 2018–2027", "Published 16 February 2018"], (2018, 2027), 2018),
    (["Five Year Plan FY2012-13 to FY2016-17"], (2013, 2017), 2013),
    (["Ministry of Transport: Strategic Plan 2019-2023"], (2019, 2023), 2019),
    (["Vision 2030: a long-term plan for the region", "Adopted in March 2016"], (2016, 2030), 2016),
])
def test_the_plan_of_a_title(head, plan, year):
    cal = cal_of(*head)
    assert cal.kind == "english-plan"
    assert (cal.plan.first, cal.plan.last) == plan and cal.year == year


@pytest.mark.parametrize("body", ["Poverty will fall to 20 per cent by 2012.", "Poverty will fall to 20 per cent by 2011-12."])
def test_an_undated_ordinal_against_the_text_is_no_period(body):
    """India's Eleventh Plan is 2007–12, China's 2006–10: an ordinal the document does not date,
    whose text speaks of other years, gets no years (no rule may compare its figures)."""
    cal = read_calendar(["Eleventh Five Year Plan", "Volume I: Inclusive Growth", "", body])
    assert cal.plan is None and cal.year is None


def test_an_undated_ordinal_with_nothing_against_it_is_the_chinese_one():
    cal = read_calendar(["Outline of the 14th Five-Year Plan", "", "Poverty will fall."])
    assert (cal.plan.first, cal.plan.last) == (2021, 2025)


def test_an_undated_ordinal_whose_years_the_text_confirms():
    """A 14th Five-Year Plan whose text sets targets "by 2025" is China's 2021–2025."""
    cal = read_calendar(["Riverton: Outline of the 14th Five-Year Plan", "", "GRP will reach 2,460 billion yuan by 2025."])
    assert (cal.plan.first, cal.plan.last) == (2021, 2025)


@pytest.mark.parametrize("text", ["a second plan for the city", "Section 2.1 of the Plan Act",
                                  "Article 25 of the Constitution", "the first year of the Plan"])
def test_words_that_are_no_plan_names(text):
    cal = cal_of("Twelfth Five Year Plan (2012–2017)")
    assert [p for _, p in english_plans(text, cal) if p != cal.plan] == []


@pytest.mark.parametrize("text, period", [
    ("the Twelfth Plan", (2013, 2017)),
    ("the Eleventh Plan", (2008, 2012)),     # the plan before a dated one: five years earlier
    ("the Thirteenth Plan", (2018, 2022)),
    ("the Tenth Plan", None),                # two plans away: India's plans had breaks; undated
    ("the Eleventh Plan (2007–12)", (2008, 2012)),
    ("this Plan", (2013, 2017)),
])
def test_ordinals_are_dated_by_the_document(text, period):
    cal = cal_of("Twelfth Five Year Plan (2012–2017)")
    found = [(p.first, p.last) for _, p in english_plans(text, cal)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize("heading, frame", [
    ("Chapter 2 Review of the Twelfth Plan", ("actual", 2012, 2017)),
    ("Chapter 3 Targets of the Thirteenth Plan", ("target", 2017, 2022)),
    ("Chapter 5 Annual Plan 2017-18", ("target", 2017, 2018)),
    ("Chapter 6 Towards Vision 2030", ("target", 2029, 2030)),
    ("Chapter 4 Resources for the Plan", None),   # neither results nor aims: the default frame
])
def test_english_headings_set_frames(heading, frame):
    cal = cal_of("Government of Vindhara", "Thirteenth Five Year Plan (2017–22)")
    f = heading_frame(heading, cal)
    assert (None if f is None else (f.role, f.start, f.end)) == frame


@pytest.mark.parametrize("sentence, frame", [
    ("During the Twelfth Plan, GSDP grew at 7.1 per cent a year.", ("actual", 2012, 2017)),
    ("Over the Plan period, revenue will grow at 11% a year.", ("target", 2017, 2022)),
    ("In 2016-17, the economy grew by 6.8 per cent.", ("actual", 2016, 2017)),
    ("2.2 In FY2016-17, the economy grew by 6.8 per cent.", ("actual", 2016, 2017)),
    ("In 2011-12 prices GSDP was Rs 2,75,000 crore.", None),   # a price base, not the sentence's year
    ("Of the 18 targets, 11 were met.", None),
])
def test_english_cues(sentence, frame):
    cal = cal_of("Government of Vindhara", "Thirteenth Five Year Plan (2017–22)")
    f = cue_frame(sentence, cal)
    assert (None if f is None else (f.role, f.start, f.end)) == frame


@pytest.mark.parametrize("line, heading", [
    ("Chapter 3 Targets of the Thirteenth Plan", True),
    ("CHAPTER IV RESOURCES", True),
    ("Part II Sectoral programmes", True),
    ("Chapter 3, which follows, sets the targets.", False),
    ("Chapters of the plan", False),
])
def test_english_chapter_lines_are_headings(line, heading):
    assert bool(SEGMENT_HEADING.match(line)) is heading


def test_own_plan_calendar_is_unchanged():
    """The made-up Chinese province in English: 14th plan 2021–2025, dated by its date line."""
    cal = read_calendar(["# Riverton Province: Outline of the 14th Five-Year Plan", "",
                         "Adopted by the Provincial People's Congress on 28 January 2021", "",
                         "By 2025, GRP will reach about 2,460 billion yuan."])
    assert (cal.plan.first, cal.plan.last, cal.year, cal.present) == (2021, 2025, 2021, 2020)
    assert Period(2021, 2025, "plan 14") == cal.plan


def test_the_json_calendar_lists_the_plans_as_the_document_dates_them():
    from plancheck import load

    text = ("Twelfth Five Year Plan (2012–2017)\n\nChapter 1 Review of the Eleventh Plan\n\n"
            "During the Eleventh Plan, GDP grew at an average annual rate of 7.9 per cent.\n")
    periods = load(text, name="p.txt").calendar["periods"]
    assert [(p["first"], p["last"]) for p in periods] == [(2013, 2017), (2008, 2012)]
