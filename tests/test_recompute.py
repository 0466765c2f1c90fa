"""`plancheck recompute`, reprs and to_dataframe, on a plan of our own.

Rows: 1236 → 1834 at 7 %/yr (implied 8.2 %: a growth error); 100 → 140.3 at
7 %/yr (100 × 1.07^5 = 140.26: consistent); 55 → 60 with [5] (consistent);
a ratio 10:40:50 (sums to 100); 44 a year and 220 over five years."""

from __future__ import annotations

import csv
import io
import textwrap

import pytest

from plancheck.api import load
from plancheck.cli.main import main
from plancheck.recomputations import recomputations, render_csv

PLAN = textwrap.dedent("""\
    # 某市国民经济和社会发展第十三个五年规划纲要

    专栏1 主要指标
    指标\t2015年\t2020年\t年均增长(%)\t属性
    地区生产总值（亿元）\t1236\t1834\t7\t预期性
    一般公共预算收入（亿元）\t100\t140.3\t7\t预期性
    常住人口城镇化率（%）\t55\t60\t[5]\t预期性

    到2020年，三次产业结构调整为10:40:50。
    """)


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    return load(str(path)).check()


def test_every_recomputation_has_a_verdict_passing_ones_too(report):
    rows = recomputations(report)
    by = {(r.rule, r.indicator): r.verdict for r in rows}
    assert by[("growth", "gdp")] == "error"
    assert by[("growth", "public_budget_revenue")] == "consistent"
    assert by[("cumulative", "urbanization_rate")] == "consistent"
    assert ("composition", None) in {(r.rule, None) for r in rows if r.rule == "composition"}
    assert all(r.verdict == "consistent" for r in rows if r.rule == "composition")
    # every error finding of these rules is one of the rows
    assert {f.indicator for f in report.findings if f.rule == "growth" and f.severity == "error"} <= {
        r.indicator for r in rows if r.verdict == "error"}


def test_recompute_as_text_csv_and_dataframe(report, tmp_path, capsys):
    assert main(["recompute", str(tmp_path / "plan.md")]) == 0
    out = capsys.readouterr().out
    assert "consistent" in out and "1 error" in out.strip().splitlines()[-1]
    assert main(["recompute", str(tmp_path / "plan.md"), "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert table and {"rule", "verdict", "implied", "stated", "line"} <= set(table[0])
    assert len(table) == len(recomputations(report))
    assert render_csv(recomputations(report)).count("\n") == len(table) + 1
    pytest.importorskip("pandas")
    frame = report.to_dataframe("recomputations")
    assert len(frame) == len(table) and set(frame["verdict"]) >= {"consistent", "error"}


def test_short_reprs(report):
    assert len(repr(report)) < 200 and repr(report).startswith("<Report ")
    assert report.summary() in repr(report)
    plan = load(PLAN)
    assert len(repr(plan)) < 200
    ind = plan.indicators["gdp"]
    assert repr(ind) == f"<Indicator gdp 地区生产总值 [亿元]: {len(ind.claims)} claims>"
    f = report.findings[0]
    assert repr(f).startswith(f"<Finding {f.severity}[{f.rule}]") and len(repr(f)) < 200


def test_html_reprs_are_truncated_with_a_way_to_show_all(report, monkeypatch):
    import plancheck.reports.notebook as nb

    monkeypatch.setattr(nb, "MAX_ROWS", 1)
    plan = load(PLAN)
    short = plan._repr_html_()
    assert "more rows not shown" in short and "MAX_ROWS = None" in short
    monkeypatch.setattr(nb, "MAX_ROWS", None)
    assert "more rows not shown" not in plan._repr_html_()
    assert plan._repr_html_().count("<tr>") > short.count("<tr>")


@pytest.mark.parametrize("name", ["finding", "indicator", "Findings", ""])
def test_to_dataframe_refuses_an_unknown_table(report, name):
    with pytest.raises(ValueError, match="unknown table"):
        report.to_dataframe(name)
    with pytest.raises(ValueError, match="unknown table"):
        load(PLAN).to_dataframe(name or "findings")
