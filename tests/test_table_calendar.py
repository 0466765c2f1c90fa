"""A table dates its year columns by the document's calendar; without one, by its own columns.

A plan's table runs from its base year to its targets (2020年 | 2025年 | 年均增长).
When the document names no year and no plan period (a fragment pasted into a
notebook, a draft table on its own), the earliest unmarked year column reports
results and the latest states targets; a column between them, or a lone year
column, cannot be dated from the table alone and is ``unknown`` — so that no rule
draws an error from it (it used to be dated by a fixed base year of 2015, which made
every 2020 figure a target).
"""

from __future__ import annotations

import pytest

from plancheck.pipeline import plan_from_text


def _table(header: list[str], row: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), "| " + " | ".join(row) + " |"]
    return "\n".join(lines) + "\n"


def _roles(text: str) -> dict[tuple[str, int | None], str]:
    plan = plan_from_text(text, "t.md")
    return {(c.kind, c.year): c.role for c in plan.claims}


@pytest.mark.parametrize(("header", "row", "expected"), [
    # base year | target | rate: results, then targets (the rate over the two)
    (["指标", "2020年", "2025年", "年均增长(%)"], ["地区生产总值(亿元)", "1000", "1300", "5.4"],
     {("level", 2020): "actual", ("level", 2025): "target", ("growth_rate", 2025): "target"}),
    # the same shape in another era: nothing is fixed to the 2010s
    (["指标", "2030年", "2035年"], ["粮食产量(万吨)", "500", "520"],
     {("level", 2030): "actual", ("level", 2035): "target"}),
    # three year columns: the middle one cannot be dated from the table
    (["指标", "2010年", "2015年", "2020年"], ["人口(万人)", "100", "110", "120"],
     {("level", 2010): "actual", ("level", 2015): "unknown", ("level", 2020): "target"}),
    # a lone unmarked year column: unknown
    (["指标", "2025年"], ["人口(万人)", "120"], {("level", 2025): "unknown"}),
    # beside a column marked as the target, an unmarked earlier year is a result
    (["指标", "2025年", "2030年目标"], ["人口(万人)", "120", "130"],
     {("level", 2025): "actual", ("level", 2030): "target"}),
    # beside a column marked as results, an unmarked later year is a target
    (["指标", "2025年实际", "2030年"], ["人口(万人)", "120", "130"],
     {("level", 2025): "actual", ("level", 2030): "target"}),
])
def test_without_a_calendar_the_table_dates_itself(header, row, expected):
    assert _roles(_table(header, row)) == expected


def test_the_calendar_of_the_document_decides_when_it_has_one():
    """In a 15th-plan outline (2026–2030, base 2025) a lone 2025 column reports results and
    a lone 2030 column states targets: the calendar dates what the table alone cannot."""
    title = "某省国民经济和社会发展第十五个五年规划纲要\n\n"
    assert _roles(title + _table(["指标", "2025年"], ["人口(万人)", "120"])) == {("level", 2025): "actual"}
    assert _roles(title + _table(["指标", "2030年"], ["人口(万人)", "130"])) == {("level", 2030): "target"}


def test_an_undated_middle_column_draws_no_error():
    """2015 is unknown without a calendar: a growth rate that contradicts it and agrees
    with the base-to-target span gives no error."""
    text = _table(["指标", "2010年", "2015年", "2020年", "年均增长(%)"],
                  ["地区生产总值(亿元)", "1000", "5000", "1276", "5"])
    report = plan_from_text(text, "t.md").check()
    assert [f for f in report.findings if f.severity == "error"] == []
