"""One pipeline: api.py and batch.py go through plancheck.pipeline, and the JSON
report carries each document's calendar (kind, own year, plan periods named)."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from plancheck import api, batch, pipeline
from plancheck.reports.json_report import render, validate

WORK_REPORT = """政府工作报告
——2026年2月9日在省人民代表大会上

一、2025年和“十四五”时期工作回顾

过去五年，地区生产总值年均增长5.5%。2025年，地区生产总值增长5.2%。

二、“十五五”时期主要目标

到2030年，地区生产总值达到1.2万亿元。
"""

OUTLINE = """某省国民经济和社会发展第七个五年计划

第一章 “六五”计划的执行情况

1985年，工业总产值达到300亿元。

第二章 “七五”计划的主要目标

到1990年，工业总产值达到450亿元。
"""


def calendar_of(text: str, name: str) -> dict:
    [entry] = json.loads(render(pipeline.run(text, name=name)))["calendar"]
    return entry


def test_a_work_report_calendar_is_in_the_json():
    cal = calendar_of(WORK_REPORT, "report.md")
    assert (cal["path"], cal["kind"], cal["year"], cal["present"]) == ("report.md", "work-report", 2026, 2025)
    assert cal["plan"] == {"name": "plan 15", "first": 2026, "last": 2030}
    assert [(p["first"], p["last"]) for p in cal["periods"]] == [(2021, 2025), (2026, 2030)]
    assert "2026" in cal["why"]["year"]


def test_an_old_outline_names_its_own_era():
    cal = calendar_of(OUTLINE, "seventh.md")
    assert (cal["kind"], cal["plan"]) == ("outline", {"name": "plan 7", "first": 1986, "last": 1990})
    assert [(p["first"], p["last"]) for p in cal["periods"]] == [(1986, 1990), (1981, 1985)]


def test_the_report_with_calendars_matches_the_schema():
    pytest.importorskip("jsonschema")
    for text, name in ((WORK_REPORT, "report.md"), (OUTLINE, "seventh.md")):
        assert validate(json.loads(render(pipeline.load(text, name=name).check()))) == []


def test_a_register_has_no_calendar_and_a_merge_keeps_one_per_document():
    register = pipeline.load(ROOT / "targets.toml").check()
    assert register.to_dict()["calendar"] == []
    merged = pipeline.merge_reports([pipeline.load(WORK_REPORT, name="a.md").check(), register,
                                     pipeline.load(OUTLINE, name="b.md").check()])
    assert [c["path"] for c in merged.to_dict()["calendar"]] == ["a.md", "b.md"]
    assert merged.filter(select=["growth"]).calendars == merged.calendars


def test_the_api_is_a_facade_over_the_pipeline():
    assert api.load is pipeline.load and api.merge_reports is pipeline.merge_reports
    assert api.expand_paths is pipeline.expand_paths


def test_run_is_load_then_check():
    one = pipeline.run(ROOT / "targets.toml", select=["growth"])
    two = pipeline.load(ROOT / "targets.toml").check(select=["growth"])
    assert [f.to_dict() for f in one.findings] == [f.to_dict() for f in two.findings] != []


def test_batch_checks_each_file_through_the_pipeline(tmp_path, monkeypatch):
    path = tmp_path / "plan.md"
    path.write_text(OUTLINE, encoding="utf-8")
    seen: list[str] = []
    real = pipeline.plan_from_file

    def counting(p, register=None):
        seen.append(str(p))
        return real(p, register=register)

    monkeypatch.setattr(pipeline, "plan_from_file", counting)
    result = batch.check_file(str(path))
    assert seen == [str(path)] and result.report.calendars[0]["plan"]["first"] == 1986
