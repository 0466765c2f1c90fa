"""Baselines shown honestly, one primary location per finding, missing targets.

The plan is our own: a 专栏 row 1236 → 1834 at 7 %/yr (1236 × 1.07^5 = 1733.6,
not 1834: a growth error whose first fix is on line 5) and a clean row."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from plancheck.api import check_paths
from plancheck.baseline import apply_baseline
from plancheck.cli.main import main
from plancheck.reports import render

PLAN = textwrap.dedent("""\
    # 某市国民经济和社会发展第十三个五年规划纲要

    专栏1 主要指标
    指标\t2015年\t2020年\t年均增长(%)\t属性
    地区生产总值（亿元）\t1236\t1834\t7\t预期性
    一般公共预算收入（亿元）\t100\t140.3\t7\t预期性
    常住人口城镇化率（%）\t55\t50\t[5]\t预期性
    """)


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "plan.md").write_text(PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _report(accept_first: bool):
    report = check_paths(["plan.md"])
    if accept_first:
        from plancheck.baseline import baseline_data

        first = [f for f in report.findings if f.rule == "growth"][:1]
        with open("accepted.json", "w", encoding="utf-8") as fh:
            json.dump(baseline_data(first), fh)
        apply_baseline(report, "accepted.json")
    return report


def test_same_counts_in_every_format_and_new_findings_first(project):
    report = _report(True)
    errors, accepted = report.count("error"), sum(f.accepted for f in report.findings)
    assert accepted == 1 and report.findings[-1].accepted  # accepted ones come last
    summary = report.summary()
    assert "(1 accepted)" in summary
    for fmt in ("text", "markdown", "github"):
        assert summary in render(report, fmt, colour=False), fmt
    html = render(report, "html")
    assert summary in html
    # the accepted finding is folded in <details>, after every new one
    assert html.index("<details") > max(html.index(f'id="f{i}"') for i, f in
                                         enumerate(report.findings, 1) if not f.accepted)
    data = json.loads(render(report, "json"))
    assert data["summary"]["error"] == errors and data["summary"]["accepted"] == accepted
    sarif = json.loads(render(report, "sarif"))
    assert sum(1 for r in sarif["runs"][0]["results"] if r.get("suppressions")) == accepted
    text = render(report, "text", colour=False)
    assert text.index("accepted (1") > text.index("error[")  # folded under the new ones


def test_new_only_leaves_accepted_findings_out(project, capsys):
    _report(True)
    assert main(["check", "plan.md", "--baseline", "accepted.json", "--new-only", "--color", "never"]) == 1
    out = capsys.readouterr().out
    assert "accepted" not in out and "error[" in out


def test_statistics_counts_findings_per_rule(project, capsys):
    main(["check", "plan.md", "--statistics"])
    out = capsys.readouterr().out
    report = check_paths(["plan.md"])
    n = sum(1 for f in report.findings if f.rule == "growth")
    assert re.search(rf"^\s+{n}\s+error\s+growth$", out, re.M)
    assert out.strip().splitlines()[-1].split()[0] == str(len(report.findings))


def test_color_always_and_never(project, capsys):
    main(["check", "plan.md", "--color", "always"])
    assert "\033[31m" in capsys.readouterr().out
    main(["check", "plan.md", "--color", "never"])
    assert "\033[" not in capsys.readouterr().out


def test_one_primary_location_in_every_format(project):
    report = _report(False)
    f = next(f for f in report.findings if f.rule == "growth" and f.fixes)
    p = f.primary
    assert (p.path, p.line) == (f.fixes[0].location.path, f.fixes[0].location.line)
    assert json.loads(render(report, "json"))["findings"][report.findings.index(f)]["primary_location"][
        "line"] == p.line
    sarif = json.loads(render(report, "sarif"))["runs"][0]["results"][report.findings.index(f)]
    region = sarif["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (p.line, p.column)
    related = [(r["physicalLocation"]["region"]["startLine"], r["physicalLocation"]["region"]["startColumn"])
               for r in sarif.get("relatedLocations", [])]
    assert len(related) == len(set(related)) and (p.line, p.column) not in related  # one per statement
    gh = [ln for ln in render(report, "github").splitlines() if "plancheck growth" in ln][0]
    assert f"line={p.line}," in gh and f"col={p.column}," in gh
    junit = render(report, "junit")
    case = re.search(r'<testcase name="地区生产总值 \(gdp\)"[^>]*>', junit).group(0)
    assert f'line="{p.line}"' in case
    text = render(report, "text", colour=False)
    block = text[text.index("error[growth]"):]
    first_at = re.search(r"at (\S+):(\d+):(\d+)", block)
    assert (first_at.group(2), first_at.group(3)) == (str(p.line), str(p.column))


def test_sarif_uris_stay_inside_their_source_root(project):
    sub = project / "work"
    sub.mkdir()
    import os

    os.chdir(sub)
    report = check_paths(["../plan.md"])
    log = json.loads(render(report, "sarif"))
    run = log["runs"][0]
    root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root.startswith("file://") and root.endswith("/")
    uris = [loc["physicalLocation"]["artifactLocation"] for r in run["results"] for loc in r["locations"]]
    assert uris and all(u["uriBaseId"] == "%SRCROOT%" and not u["uri"].startswith("..") for u in uris)
    assert {u["uri"] for u in uris} == {"plan.md"}


REGISTER = textwrap.dedent("""\
    schema = 1
    [document]
    title = "某市"
    path = "{path}"

    [[indicator]]
    id = "gdp"
    name = "地区生产总值"
    unit = "亿元"
      [[indicator.figure]]
      kind = "level"
      role = "target"
      year = 2020
      value = "1834"
      line = 5

    [[indicator]]
    id = "public_budget_revenue"
    name = "一般公共预算收入"
    unit = "亿元"
      [[indicator.figure]]
      kind = "level"
      role = "target"
      year = 2020
      value = "140.3"
      line = 6
    """)


def test_a_target_gone_from_the_draft_is_missing_in_check_and_pytest(project, capsys):
    (project / "targets.toml").write_text(REGISTER.format(path="plan.md"), encoding="utf-8")
    lines = PLAN.splitlines()
    (project / "v2.md").write_text("\n".join(lines[:5] + lines[6:]) + "\n", encoding="utf-8")
    report = check_paths(["v2.md"], register="targets.toml")
    missing = [f for f in report.findings if f.rule == "missing"]
    assert [f.indicator for f in missing] == ["public_budget_revenue"]
    assert missing[0].severity == "warning"
    assert missing[0].primary.path == "targets.toml"  # the register's entry: the draft has no line for it
    # the register's gdp figure is located in the draft under check (line 5 of v2.md), not in plan.md
    gdp = [c for c in report.claims if c.origin == "register" and c.indicator == "gdp"]
    assert gdp and gdp[0].source.path == "v2.md" and gdp[0].source.line == 5
    # near-misses: the original draft states both; an unrelated document states none
    assert not [f for f in check_paths(["plan.md"], register="targets.toml").findings if f.rule == "missing"]
    (project / "other.md").write_text("# 某县2020年政府工作报告\n\n粮食产量达到 100 万吨。\n", encoding="utf-8")
    assert not [f for f in check_paths(["other.md"], register="targets.toml").findings if f.rule == "missing"]


def test_a_stale_register_document_path_is_warned_about(project):
    (project / "targets.toml").write_text(REGISTER.format(path="old/plan.md"), encoding="utf-8")
    report = check_paths(["targets.toml"])
    stale = [f for f in report.findings if f.rule == "register-path"]
    assert len(stale) == 1 and "old/plan.md" in stale[0].message
    assert stale[0].primary.path == "targets.toml" and stale[0].primary.line == 4
    (project / "targets.toml").write_text(REGISTER.format(path="plan.md"), encoding="utf-8")
    assert not [f for f in check_paths(["targets.toml"]).findings if f.rule == "register-path"]


def test_diff_with_a_register_lists_only_what_the_draft_changed(project, capsys):
    """Before: a register's figures, read with both drafts, showed as 'moved' (and a
    deleted row as both removed and moved)."""
    (project / "targets.toml").write_text(REGISTER.format(path="plan.md"), encoding="utf-8")
    lines = PLAN.splitlines()
    (project / "v2.md").write_text("\n".join(lines[:2] + ["", "新增一段说明。", ""] + lines[2:5] + lines[6:]) + "\n",
                                   encoding="utf-8")
    from plancheck.api import load
    from plancheck.diff import diff_plans

    d = diff_plans(load("plan.md", register="targets.toml"), load("v2.md", register="targets.toml"))
    assert d.moved == [] and d.reworded == [] and d.revalued == [] and d.added == []
    assert {c.old.indicator for c in d.removed} == {"public_budget_revenue"}
    assert all(c.old.origin != "register" for c in d.removed)
    assert main(["diff", "plan.md", "v2.md", "--register", "targets.toml"]) in (0, 1)
    out = capsys.readouterr().out
    assert "moved from" not in out and "0 moved" in out and "warning[missing]" in out


def test_a_fix_of_a_register_figure_points_at_the_register(project):
    (project / "targets.toml").write_text(REGISTER.format(path="plan.md").replace('value = "1834"', 'value = "1843"'),
                                          encoding="utf-8")
    (project / "v2.md").write_text(PLAN, encoding="utf-8")  # another draft than the register's own
    report = check_paths(["v2.md"], register="targets.toml")
    [f] = [f for f in report.findings if f.rule == "cross-source" and f.indicator == "gdp"]
    where = {fx.suggested: fx.location for fx in f.fixes}
    assert where["1834"].path == "targets.toml" and where["1834"].line == 10  # the figure's entry
    assert where["1843"].path == "v2.md" and where["1843"].line == 5
    assert "in targets.toml:10" in str(next(fx for fx in f.fixes if fx.suggested == "1834"))


def test_missing_is_quiet_for_a_document_that_states_few_of_the_registers_figures(project):
    """Another plan that happens to share one figure with the register is not its draft."""
    extra = ('\n[[indicator]]\nid = "urbanization_rate"\nname = "常住人口城镇化率"\nunit = "%"\n'
             '  [[indicator.figure]]\n  kind = "level"\n  role = "target"\n  year = 2020\n  value = "50"\n')
    (project / "targets.toml").write_text(REGISTER.format(path="plan.md") + extra, encoding="utf-8")
    lines = PLAN.splitlines()
    (project / "other.md").write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")  # the GDP row only
    assert not [f for f in check_paths(["other.md"], register="targets.toml").findings if f.rule == "missing"]
