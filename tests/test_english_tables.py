"""English plan tables whose value columns are named after a plan or a period.

"Eleventh Plan achievement", "Twelfth Plan target", "Achievement during 2012-17",
"Terminal year of 12th Plan": such a column takes its years from the document's
calendar (the Thirteenth Plan of a title "(2017–22)" dates the Twelfth and the
Eleventh next to it) and its role from its words. An ordinal the calendar cannot date,
and columns that name no measure ("Plan outlay", "Remarks", page numbers), are not
read: their numbers are listed as unparsed. Documents and tables of our own.
"""

from __future__ import annotations

import pytest

from plancheck.pipeline import plan_from_text

HEAD = ("Government of Tarsana State\n"
        "Thirteenth Five Year Plan (2017–22)\n"
        "State Planning Board, March 2017\n\n"
        "1.1 The Plan builds on the results of the Twelfth Plan (2012–17).\n\n")


def _table(header: list[str], *rows: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "Table 2.1 Monitorable targets\n\n" + "\n".join(lines) + "\n"


def _read(text: str):
    plan = plan_from_text(text, "t.md")
    return plan, {(c.quantity.text, c.kind, c.start_year, c.year, c.role) for c in plan.claims
                  if c.origin == "table"}


@pytest.mark.parametrize(("header", "row", "expected"), [
    # a plan's results: the level at its last year (the Eleventh, next to the dated Twelfth: 2008–12)
    (["Indicator", "Eleventh Plan achievement", "Twelfth Plan target"], ["Poverty headcount ratio (%)", "29.8", "21.0"],
     {("29.8", "share", None, 2012, "actual"), ("21.0", "share", None, 2017, "target")}),
    # the years printed in the header
    (["Indicator", "Eleventh Plan (2007-12) actual"], ["Installed capacity (MW)", "9,850"],
     {("9,850", "level", None, 2012, "actual")}),
    # a span without a plan's name
    (["Indicator", "Achievement during 2012-17"], ["Installed capacity (MW)", "14,200"],
     {("14,200", "level", None, 2017, "actual")}),
    # the terminal year of a plan: its role from the calendar (the Twelfth is over in 2017)
    (["Indicator", "Terminal year of 12th Plan", "Terminal year of 13th Plan"], ["Installed capacity (MW)", "14,200", "21,500"],
     {("14,200", "level", None, 2017, "actual"), ("21,500", "level", None, 2022, "target")}),
    # a growth row: the average over the plan the column names
    (["Indicator", "Twelfth Plan achievement", "Thirteenth Plan target"], ["GSDP growth (%)", "7.1", "8.5"],
     {("7.1", "growth_rate", 2012, 2017, "actual"), ("8.5", "growth_rate", 2017, 2022, "target")}),
    # a growth column named after a plan
    (["Indicator", "2016-17", "Thirteenth Plan growth target (%)"], ["GSDP (Rs crore)", "3,87,000", "8.5"],
     {("3,87,000", "level", None, 2017, "actual"), ("8.5", "growth_rate", 2017, 2022, "target")}),
    # beside a plan's target, the base year's fiscal column reports results
    (["Indicator", "Baseline (2016-17)", "Thirteenth Plan target"], ["Infant mortality rate (per 1,000)", "31", "22"],
     {("31", "level", None, 2017, "actual"), ("22", "level", None, 2022, "target")}),
])
def test_columns_named_after_a_plan_read(header, row, expected):
    _, claims = _read(HEAD + _table(header, row))
    assert claims == expected


@pytest.mark.parametrize(("header", "row"), [
    (["Indicator", "Plan outlay"], ["Rural roads", "1,200"]),          # no measure, no period
    (["Indicator", "Twelfth Plan outlay"], ["Rural roads", "1,200"]),  # a period, but no word says what
    (["Indicator", "Ninth Plan achievement"], ["Rural roads", "1,200"]),  # an ordinal the document does not date
    (["Indicator", "Remarks"], ["Rural roads", "see para 4.2"]),
    (["Indicator", "Page"], ["Rural roads", "112"]),                    # a column of page numbers
])
def test_near_misses_give_no_claim(header, row):
    plan, claims = _read(HEAD + _table(header, row))
    assert claims == set()


def test_an_undated_ordinal_is_listed_as_unparsed():
    plan, claims = _read(HEAD + _table(["Indicator", "Ninth Plan achievement", "Twelfth Plan target"],
                                       ["Poverty headcount ratio (%)", "36.0", "21.0"]))
    assert claims == {("21.0", "share", None, 2017, "target")}
    assert any(u["text"] == "36.0" for u in plan.unparsed)


def test_without_a_dated_plan_an_ordinal_stays_unknown():
    """An Eleventh Plan that the document does not date (its text speaks of other years
    than China's Eleventh, 2006–10) is no period: the column is not read."""
    text = ("Eleventh Five Year Plan\nVolume I\n\nPoverty will fall to 20 per cent by 2012.\n\n"
            + _table(["Indicator", "Eleventh Plan target"], ["Poverty headcount ratio (%)", "20"]))
    _, claims = _read(text)
    assert claims == set()


def test_the_column_says_which_plan_it_read():
    plan, _ = _read(HEAD + _table(["Indicator", "Eleventh Plan achievement"], ["Poverty headcount ratio (%)", "29.8"]))
    (claim,) = [c for c in plan.claims if c.origin == "table"]
    assert claim.extra["plan_column"] == "2008–2012"
