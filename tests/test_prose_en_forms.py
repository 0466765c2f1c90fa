"""English plan prose: "grow by 7% annually to reach X in 2025 from Y in 2020",
"GDP (trillion yuan)", "keep the unemployment rate below 5.5%". Sentences of our
own; each case states what must be read, near-misses what must not."""

from __future__ import annotations

import pytest

from plancheck.api import load

TITLE = "# Outline of the 14th Five-Year Plan of Riverside Province\n\n## Main targets\n\n"


def claims(sentence: str):
    return load(TITLE + sentence + "\n", name="en.md").claims


def test_grow_by_annually_to_reach_from():
    # 1,000 × 1.07^5 = 1,402.55: consistent
    cs = claims("GDP will grow by 7% annually to reach 1,403 billion yuan in 2025 from 1,000 billion yuan in 2020.")
    got = {(c.indicator, c.kind, c.quantity.text, c.start_year, c.year, c.role) for c in cs}
    assert got == {("gdp", "growth_rate", "7", 2020, 2025, "target"),
                   ("gdp", "level", "1,403", None, 2025, "target"),
                   ("gdp", "level", "1,000", None, 2020, "actual")}
    report = load(TITLE + "GDP will grow by 7% annually to reach 1,403 billion yuan in 2025 from 1,000 "
                  "billion yuan in 2020.\n").check()
    assert not [f for f in report.findings if f.rule == "growth"]


def test_a_contradiction_in_that_form_is_found():
    # 1,236 → 1,834 is 8.2 %/yr, not 7 % (1,236 × 1.07^5 = 1,733.6)
    report = load(TITLE + "GDP will grow by 7% annually to reach 1,834 billion yuan in 2025 from 1,236 "
                  "billion yuan in 2020.\n").check()
    assert [f.severity for f in report.findings if f.rule == "growth"] == ["error"]


@pytest.mark.parametrize("sentence", [
    "Per capita GDP will increase by about 6% a year.",
    "GDP is expected to grow by around 6% per year during the plan period.",
    "Gross regional product will expand by 6% each year.",
])
def test_other_wordings_of_an_annual_rate(sentence):
    rates = [c for c in claims(sentence) if c.kind == "growth_rate"]
    assert len(rates) == 1 and rates[0].quantity.value == 6 and rates[0].unit == "%"


@pytest.mark.parametrize("sentence", [
    "GDP grew by 7% in the first quarter.",  # no "annually": one period's change, not a yearly rate
    "GDP will grow by 7% to 1,403 billion yuan.",
])
def test_near_misses_are_not_annual_rates(sentence):
    assert not [c for c in claims(sentence) if c.kind == "growth_rate"]


@pytest.mark.parametrize("header, unit", [("GDP (trillion yuan)", "万亿元"), ("GDP (billion yuan)", "十亿元")])
def test_an_english_unit_in_brackets_is_no_part_of_the_name(header, unit):
    table = ("Table 1 Main indicators\nIndicator\t2020\t2025\tAnnual growth (%)\tAttribute\n"
             f"{header}\t1.0\t1.403\t7\texpected\n")
    cs = claims(table)
    assert cs and {c.indicator for c in cs} == {"gdp"}
    assert {c.unit for c in cs if c.kind == "level"} == {unit}


def test_glossary_names_lose_long_english_units():
    from plancheck.claims.names import normalise_name

    assert normalise_name("GDP (trillion yuan)") == "GDP"
    assert normalise_name("Exports (billion US dollars)") == "Exports"
    assert normalise_name("Forest coverage (%)") == "Forest coverage"
    assert normalise_name("Length of railways (km)") == "Length of railways"
    assert normalise_name("Population (Riverside and Hill counties combined)") != "Population"  # not a unit


@pytest.mark.parametrize("sentence, value, hi", [
    ("We will keep the surveyed urban unemployment rate below 5.5%.", 5.5, 5.55),
    ("The plan aims to keep the surveyed urban unemployment rate within 5.5 percent.", 5.5, 5.55),
    ("We will control the surveyed urban unemployment rate at about 5.5%.", 5.5, None),
])
def test_keep_a_rate_below_a_bound(sentence, value, hi):
    [c] = [c for c in claims(sentence) if c.indicator == "surveyed_urban_unemployment_rate"]
    assert c.kind == "share" and c.quantity.value == value and c.role == "target" and c.year == 2025
    if hi is not None:
        assert c.interval().hi == pytest.approx(hi) and c.interval().lo == float("-inf")


def test_keep_without_a_figure_reads_nothing():
    assert not claims("We will keep the surveyed urban unemployment rate stable.")
