"""Baselines of accepted findings: written, read back, applied, and refused
with a one-line error when the file is not a baseline."""

from __future__ import annotations

import json
import os

import pytest

from plancheck.api import load
from plancheck.baseline import BASELINE_SCHEMA_VERSION, apply_baseline, load_baseline, write_baseline
from plancheck.cli.main import main
from plancheck.errors import InputError
from plancheck.findings import Finding, Location
from plancheck.report import Report

HEADER = "指标\t2015年\t2020年\t年均增长(%)\t属性"


def draft(gdp_2020: str = "1834", revenue_2020: str = "121.3") -> str:
    # 1236 × 1.07^5 = 1733.6, so 1834 is a growth error; 86.5 × 1.07^5 = 121.3 is consistent
    return "\n".join([
        "# 某市国民经济和社会发展第十三个五年规划纲要（草案）",
        "",
        "专栏1 “十三五”时期经济社会发展主要指标",
        HEADER,
        f"地区生产总值（亿元）\t1236\t{gdp_2020}\t7\t预期性",
        f"一般公共预算收入（亿元）\t86.5\t{revenue_2020}\t7\t预期性",
        "",
        f"到2020年，全市地区生产总值达到{gdp_2020}亿元，年均增长7%。",
        "",
    ])


@pytest.fixture
def plan(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.md").write_text(draft(), encoding="utf-8")
    return tmp_path / "plan.md"


def check(path) -> Report:
    return load(str(path)).check()


def test_written_baseline_accepts_every_finding(plan):
    report = check(plan)
    assert report.failed() and report.errors
    n = write_baseline(report, "accepted.json")
    assert n == len({f.key for f in report.findings})
    fresh = check(plan)
    result = apply_baseline(fresh, "accepted.json")
    assert all(f.accepted for f in fresh.findings)
    assert result.accepted == len(fresh.findings) and result.unused == []
    assert not fresh.failed("info")


def test_baseline_file_is_for_humans_and_diffs(plan):
    report = check(plan)
    write_baseline(report, "accepted.json")
    text = (plan.parent / "accepted.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["schema_version"] == BASELINE_SCHEMA_VERSION
    assert data["keys"] == sorted(data["keys"]) == sorted({f.key for f in report.findings})
    growth = next(f for f in report.findings if f.rule == "growth" and f.severity == "error")
    entry = data["findings"][growth.key]
    assert entry == {"rule": "growth", "indicator": "gdp", "indicator_name": "地区生产总值",
                     "severity": "error", "message": growth.message}
    assert "地区生产总值" in text  # written as UTF-8, not \\u escapes
    assert "plan.md" not in text and '"line"' not in text  # no paths, no line numbers
    assert [p.name for p in plan.parent.iterdir()] and not [
        p for p in plan.parent.iterdir() if p.name.startswith(".accepted.json.")]  # atomic: no leftovers


def test_an_edit_above_keeps_findings_accepted(plan):
    write_baseline(check(plan), "accepted.json")
    plan.write_text("（征求意见稿，2015年12月）\n\n" + draft(), encoding="utf-8")
    moved = check(plan)
    assert moved.findings[0].locations[0].line > 5  # the lines did move
    apply_baseline(moved, "accepted.json")
    assert not moved.failed()


def test_a_changed_figure_is_a_new_finding(plan):
    write_baseline(check(plan), "accepted.json")
    plan.write_text(draft(gdp_2020="1934"), encoding="utf-8")
    changed = check(plan)
    result = apply_baseline(changed, "accepted.json")
    assert changed.failed()
    assert any(f.rule == "growth" and not f.accepted and "1934" in f.message for f in changed.findings)
    assert result.unused  # the old finding's key matched nothing: it can be pruned


def test_inline_acceptance_survives_a_baseline(plan):
    report = check(plan)
    write_baseline(Report([], []), "empty.json")
    report.findings[0].accepted = True
    apply_baseline(report, "empty.json")
    assert report.findings[0].accepted


def test_a_missing_baseline_is_a_one_line_input_error(plan):
    with pytest.raises(InputError) as exc:
        apply_baseline(check(plan), "nowhere.json")
    assert str(exc.value) == "nowhere.json: baseline file not found (write one with --write-baseline)"


@pytest.mark.parametrize("content, message", [
    ("{not json", "nope.json:1: baseline is not valid JSON: Expecting property name enclosed in double quotes"),
    ("[1, 2]", "nope.json: not a plancheck baseline: expected a JSON object with 'keys'"),
    ('{"schema_version": 9, "keys": []}',
     "nope.json [schema_version]: unsupported baseline schema_version 9 (this plancheck reads 1)"),
    ('{"keys": "growth:gdp:0"}', "nope.json [keys]: 'keys' must be a list of strings"),
])
def test_a_file_that_is_not_a_baseline_is_refused(plan, content, message):
    (plan.parent / "nope.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_baseline("nope.json")
    assert str(exc.value) == message


def test_keys_alone_are_enough(plan):
    report = check(plan)
    (plan.parent / "hand.json").write_text(json.dumps({"keys": [report.findings[0].key]}), encoding="utf-8")
    result = apply_baseline(report, "hand.json")
    assert result.accepted == 1 and report.findings[0].accepted


def test_input_errors_are_never_baselined(tmp_path):
    bad = Finding("input-error", "error", "binary file (NUL bytes), not a text document",
                  locations=[Location("x.md", 1)])
    report = Report([], [bad], paths=["x.md"])
    assert write_baseline(report, tmp_path / "b.json") == 0
    (tmp_path / "c.json").write_text(json.dumps({"keys": [bad.key]}), encoding="utf-8")
    apply_baseline(report, tmp_path / "c.json")
    assert report.failed()


def test_cli_check_with_baseline(plan, capsys):
    assert main(["check", "plan.md"]) == 1
    write_baseline(check(plan), "accepted.json")
    capsys.readouterr()
    assert main(["check", "plan.md", "--baseline", "accepted.json"]) == 0
    assert "(accepted)" in capsys.readouterr().out
    assert main(["check", "plan.md", "--baseline", "missing.json"]) == 2
    err = capsys.readouterr().err
    assert err == "plancheck: missing.json: baseline file not found (write one with --write-baseline)\n"


def test_baseline_is_rewritten_in_place(plan):
    write_baseline(Report([], []), "accepted.json")
    os.chmod("accepted.json", 0o644)
    write_baseline(check(plan), "accepted.json")
    assert json.loads((plan.parent / "accepted.json").read_text(encoding="utf-8"))["keys"]
