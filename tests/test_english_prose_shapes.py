"""The shapes in which English plans state their figures: per cent / percent / %, per annum,
percentage points, from X to Y, by the end of the Plan, a growth rate named by its noun, a
target set against a result, lists whose verb is elided, lakh and crore in the Indian digit
grouping, rupees, MW, million hectare, rates per 1,000 live births, years of schooling. Each
shape is read in a plan of our own with its own calendar; near-misses (a year, a section
number, an article, a page, a phone number, an age bracket, a unit defined) must read nothing."""

from __future__ import annotations

import pytest

from plancheck import load
from plancheck.numbers import Printed

#: A plan of the Indian kind: five fiscal years 2020-21 … 2024-25 (2021 … 2025), base 2019-20 (2020).
HEAD = """State of Kalinda
Ninth Five Year Plan (2020–25)

Planning Department, February 2020

Chapter 1 Introduction

The Ninth Plan follows the Eighth Plan (2015–20).

Chapter 2 Review of the Eighth Plan

{past}

Chapter 3 Targets of the Ninth Plan

{future}
"""


def read(past: str = "", future: str = ""):
    plan = load(HEAD.format(past=past, future=future), name="kalinda.txt")
    return {(c.quantity.printed.text if c.quantity.upper is None else c.quantity.text, c.kind):
            (c.start_year, c.year, c.role, c.unit, c.name) for c in plan.claims}


def when(found: dict, figure: str, kind: str):
    start, year, role, *_ = found[(figure, kind)]
    return start, year, role


@pytest.mark.parametrize("sentence, figure, kind, expected", [
    # a growth rate named by its noun, per cent / percent / %, per annum / a year / per year
    ("The Plan aims at an average growth rate of 7.5 per cent per annum.", "7.5", "growth_rate", (2020, 2025, "target")),
    ("Industrial growth is targeted at 9 percent per year.", "9", "growth_rate", (2020, 2025, "target")),
    ("Services growth is projected at 8.2% a year.", "8.2", "growth_rate", (2020, 2025, "target")),
    ("Exports will grow at an annual rate of 12 per cent.", "12", "growth_rate", (2020, 2025, "target")),
    ("Real GSDP will record an annual average growth of 7.2 per cent.", "7.2", "growth_rate", (2020, 2025, "target")),
    # percentage points, by the end of the Plan
    ("The unemployment rate is to be reduced by 2 percentage points by the end of the Plan.", "2", "reduction",
     (2020, 2025, "target")),
    # the level a change ends at
    ("The infant mortality rate will be brought down to 20 per 1,000 live births by 2024-25.", "20", "level",
     (None, 2025, "target")),
    ("Mean years of schooling will rise to 9.2 years.", "9.2", "level", (None, 2025, "target")),
    ("Outstanding debt is to drop below 28 per cent of GSDP by 2025.", "28", "share", (None, 2025, "target")),
    # from X to Y: X at the frame's base, Y at its end (or as dated)
    ("Installed capacity will increase from 6,100 MW to 9,000 MW by the end of the Plan.", "6,100", "level",
     (None, 2020, "actual")),
    ("Installed capacity will increase from 6,100 MW to 9,000 MW by the end of the Plan.", "9,000", "level",
     (None, 2025, "target")),
    ("Increase the irrigated area from 1.9 million hectare to 2.3 million hectare.", "1.9", "level", (None, 2020, "actual")),
    # Indian digit grouping and rupees
    ("GSDP will reach Rs 6,40,000 crore by 2024-25.", "6,40,000", "level", (None, 2025, "target")),
    # totals over the plan
    ("The State will build 3,000 km of district roads and 40 new bridges.", "40", "cumulative_change",
     (2020, 2025, "target")),
    ("The total outlay of the Ninth Plan is Rs 75,000 crore.", "75,000", "cumulative_change", (2020, 2025, "target")),
])
def test_target_shapes(sentence, figure, kind, expected):
    assert when(read(future=sentence), figure, kind) == expected


@pytest.mark.parametrize("sentence, figure, kind, expected", [
    ("During the Eighth Plan, GSDP grew at an average annual rate of 6.9 per cent.", "6.9", "growth_rate",
     (2015, 2020, "actual")),
    # a target set against a result: the same measure and period, role target
    ("GSDP grew at 6.9 per cent a year, against a target of 7.5 per cent.", "7.5", "growth_rate",
     (2015, 2020, "target")),
    # a list whose verb is elided
    ("Agriculture grew by 3.1 per cent a year and industry by 7.7 per cent a year.", "7.7", "growth_rate",
     (2015, 2020, "actual")),
    # a one-year rate in a year the sentence opens with (a fiscal year ends in its second year)
    ("In 2019-20, the economy grew by 5.8 per cent.", "5.8", "growth_rate", (2019, 2020, "actual")),
    ("Exports registered a growth rate of 10.5 per cent in 2018-19.", "10.5", "growth_rate", (2018, 2019, "actual")),
    # the end of a plan the document dates
    ("Installed capacity was 4,200 MW at the end of the Seventh Plan.", "4,200", "level", (None, 2015, "actual")),
    ("The poverty ratio fell from 31.5 per cent in 2014-15 to 24.0 per cent in 2019-20.", "31.5", "share",
     (None, 2015, "actual")),
    ("The poverty ratio fell from 31.5 per cent in 2014-15 to 24.0 per cent in 2019-20.", "24.0", "share",
     (None, 2020, "actual")),
    ("During the Eighth Plan, 5,200 km of rural roads were built and 1.6 lakh houses were completed.", "1.6",
     "cumulative_change", (2015, 2020, "actual")),
])
def test_result_shapes(sentence, figure, kind, expected):
    assert when(read(past=sentence), figure, kind) == expected


def test_respectively_gives_each_figure_its_subject():
    found = read(future="Enrolment ratios in primary and secondary education will reach 99 per cent and "
                        "80 per cent respectively by 2024-25.")
    names = {k[0]: v[4] for k, v in found.items()}
    assert "primary" in names["99"] and "secondary" in names["80"]
    assert found[("80", "share")][1:3] == (2025, "target")


def test_units_of_english_plans():
    found = read(future="GSDP will reach Rs 6,40,000 crore by 2024-25. The Plan will create 9 lakh new jobs. "
                        "Installed capacity will increase to 9,000 MW by 2025. The infant mortality rate will be "
                        "brought down to 20 per 1,000 live births by 2024-25.")
    units = {k[0]: v[3] for k, v in found.items()}
    assert units["6,40,000"] == "千万卢比" and units["9"] == "十万" and units["9,000"] == "MW"
    assert units["20"] == "per 1,000 live births"


def test_a_plan_end_the_document_does_not_date_is_unknown():
    """The Fourth Plan is two plans before the dated Eighth: its end has no year, and nothing
    is compared with the figure."""
    found = read(past="Installed capacity was 1,900 MW at the end of the Fourth Plan.")
    assert when(found, "1,900", "level") == (None, None, "unknown")


@pytest.mark.parametrize("text, value", [("3,87,000", 387000), ("12,34,56,789", 123456789), ("1,05,000", 105000),
                                         ("1,836.5", 1836.5)])
def test_indian_digit_grouping(text, value):
    assert float(Printed.parse(text).value) == value


@pytest.mark.parametrize("text", ["1,2345", "3,87,00", "38,7000"])
def test_misplaced_separators_are_still_errors(text):
    from plancheck.errors import NumberError

    with pytest.raises(NumberError):
        Printed.parse(text)


@pytest.mark.parametrize("sentence", [
    "2.1 The Plan was approved by the State Cabinet in 2019.",             # a section number, a year
    "The Plan follows Article 243 of the Constitution and Section 4 of the Planning Act, 2009.",
    "The sectoral programmes are described in Volume II (pages 1–380).",   # page numbers
    "Queries may be addressed to the Department at 0674-2536601.",         # a phone number
    "One lakh is 100,000 and one crore is 10 million.",                    # units defined
    "Of the 20 monitorable targets, 12 were met.",                          # counts of the plan's targets
])
def test_near_misses_read_nothing(sentence):
    assert read(future=sentence) == {}


def test_an_age_bracket_is_part_of_a_name_not_a_figure():
    found = read(future="Stunting among children aged 0–5 years will be reduced from 35 per cent to 25 per cent.")
    figures = {k[0] for k in found}
    assert figures == {"35", "25"}
    assert "0–5" in found[("25", "share")][4] or "aged" in found[("25", "share")][4]


def test_a_pair_of_rates_respectively_shares_its_a_year():
    found = read(future="GSDP and exports will grow by 7% and 9% a year respectively.")
    assert {k for k in found} == {("7", "growth_rate"), ("9", "growth_rate")}
    assert found[("9", "growth_rate")][0:3] == (2020, 2025, "target") and "exports" in found[("9", "growth_rate")][4]


def test_an_elided_pair_without_respectively_is_reported_not_guessed():
    """"grow by 7% and imports by 6% a year": which figure is yearly is not said: unparsed."""
    plan = load(HEAD.format(past="", future="Exports will grow by 7% and imports by 6% a year."), name="k.txt")
    assert not [c for c in plan.claims if c.quantity.printed.text == "7"]
    assert {u["number"] for u in plan.unparsed} >= {"7"}


def test_a_bare_growth_of_is_no_yearly_rate():
    """"a growth of 25 per cent in exports" may be the change over the whole plan."""
    found = read(future="The Plan envisages a growth of 25 per cent in exports.")
    assert ("25", "growth_rate") not in found
    found = read(future="The Plan envisages a growth of 5 per cent per annum in exports.")
    assert ("5", "growth_rate") in found


@pytest.mark.parametrize("sentence, expected", [
    ("Exports grew by 11.2 per cent in 2018-19.", (2018, 2019, "actual")),   # one year, written after
    ("Exports will increase by 20 per cent by 2025.", None),                 # over the years to 2025: not one year
])
def test_a_change_in_per_cent_is_a_one_year_rate_only_in_one_year(sentence, expected):
    found = read(past=sentence) if "grew" in sentence else read(future=sentence)
    got = found.get(("11.2", "growth_rate")) or found.get(("20", "growth_rate"))
    assert (got[:3] if got else None) == expected


@pytest.mark.parametrize("sentence, shown, kind", [
    ("Real GSDP is targeted to expand between 6% and 7% a year.", "6-7", "growth_rate"),
    ("Inflation will be kept between 4 and 6 per cent.", "4-6", "share"),
])
def test_between_x_and_y_is_one_range(sentence, shown, kind):
    plan = load(HEAD.format(past="", future=sentence), name="k.txt")
    [c] = plan.claims
    assert (c.quantity.text, c.kind, c.year, c.role) == (shown, kind, 2025, "target")
    assert c.quantity.upper is not None


def test_between_counts_without_per_cent_is_no_range():
    assert read(future="Districts with between 5 and 10 hospitals will get a new college.") == {}


@pytest.mark.parametrize("sentence, figure, kind, subject", [
    ("The Plan seeks to achieve 4 per cent agriculture sector growth.", "4", "growth_rate", "agriculture sector"),
    ("Exports will record 9% growth in merchandise exports.", "9", "growth_rate", "merchandise exports"),
    ("The Ninth Plan targets 8 per cent growth.", "8", "growth_rate", "economy"),
    ("Investment is targeted at 35 per cent of GSDP.", "35", "share", "Investment"),
    ("GSDP was Rs.6,10,000 crore in 2024-25.", "6,10,000", "level", "GSDP"),
])
def test_growth_after_the_figure_and_levels_set_at(sentence, figure, kind, subject):
    found = read(future=sentence)
    assert found[(figure, kind)][4] == subject


def test_the_end_of_a_plan_named_without_the():
    found = read(future="The poverty ratio is to be reduced by 6 percentage points over the base by the end of "
                        "Ninth Five Year Plan.")
    assert when(found, "6", "reduction") == (2020, 2025, "target")


@pytest.mark.parametrize("sentence", ["The Plan envisages 12 per cent of the budget for health.",
                                      "Roads G30 and S254 will be widened."])
def test_near_misses_of_growth_after(sentence):
    found = read(future=sentence)
    assert not any(k[1] == "growth_rate" for k in found)


@pytest.mark.parametrize("past, figure, kind, expected", [
    ("GSDP grew at 6.9 per cent a year, below the target of 7.5 per cent.", "7.5", "growth_rate", (2015, 2020, "target")),
    ("In 2019-20, GSDP contracted by 1.2 per cent.", "1.2", "reduction", (2019, 2020, "actual")),
    ("Mean household income increased from 21,400 rupees in 2015-16 to 27,900 rupees in 2019-20.", "21,400", "level",
     (None, 2016, "actual")),
])
def test_more_result_shapes(past, figure, kind, expected):
    assert when(read(past=past), figure, kind) == expected


def test_a_relative_clause_takes_the_noun_before_it():
    found = read(past="Growth was led by the services sector, which grew by 8.1 per cent per annum.")
    assert found[("8.1", "growth_rate")][4] == "services sector"


@pytest.mark.parametrize("future, figure, kind, expected", [
    ("Emissions intensity will be reduced by 33 per cent by 2030, compared to the 2005 level.", "33", "reduction",
     (2005, 2030, "target")),
    ("The State will provide piped water, and 4,000 km of pipelines will be laid.", "4,000", "cumulative_change",
     (2020, 2025, "target")),
])
def test_more_target_shapes(future, figure, kind, expected):
    assert when(read(future=future), figure, kind) == expected


def test_of_which_in_per_cent_is_a_share_of_the_figure_before():
    found = read(future="The Plan will create 9 lakh new jobs, of which 40% will be in manufacturing.")
    assert ("40", "share") in found


#: An agency's strategic plan in US fiscal years (FY 2026 is the year ending in 2026), dated in its first year.
AGENCY = """Office of Water Services
Strategic Plan FY 2024–2028

Published February 2024

Part 2 Goals

{text}
"""


@pytest.mark.parametrize("text, figure, kind, expected", [
    ("By FY 2028, the Office will connect an additional 90,000 homes, bringing the total to 1.5 million homes.",
     "90,000", "cumulative_change", (2023, 2028, "target")),
    ("By FY 2028, the Office will connect an additional 90,000 homes, bringing the total to 1.5 million homes.",
     "1.5", "level", (None, 2028, "target")),
    ("By September 30, 2028, increase the share of homes with metered water to 85 percent.", "85", "share",
     (None, 2028, "target")),
    ("Reduce the average repair time by 20 percent from the FY 2023 baseline of 30 days.", "20", "reduction",
     (2023, 2028, "target")),
    ("Reduce the average repair time by 20 percent from the FY 2023 baseline of 30 days.", "30", "level",
     (None, 2023, "actual")),
    ("At least 98 percent of samples will meet the standard.", "98", "share", (None, 2028, "target")),
    ("Leakage fell by 12 percent between FY 2019 and FY 2023.", "12", "reduction", (2019, 2023, "actual")),
])
def test_agency_plan_shapes(text, figure, kind, expected):
    plan = load(AGENCY.format(text=text), name="agency.txt")
    found = {(c.quantity.printed.text, c.kind): (c.start_year, c.year, c.role) for c in plan.claims}
    assert found[(figure, kind)] == expected


@pytest.mark.parametrize("text", ["Payments will be made within 10 business days.",
                                  "For questions call 1-800-555-0199 (Section 3, page 14)."])
def test_agency_near_misses(text):
    assert load(AGENCY.format(text=text), name="agency.txt").claims == []
