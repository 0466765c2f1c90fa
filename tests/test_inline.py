"""Inline acceptance comments (``<!-- plancheck: accept RULE -->``) in drafts of our own.

The row 2412 → 3833 at 7左右 %/yr is a growth error ((3833/2412)^(1/5) - 1 = 9.7 %)."""

from __future__ import annotations

import pytest

from plancheck.api import load
from plancheck.inline import comments

HEAD = "# 某市国民经济和社会发展第十三个五年规划纲要\n\n专栏 1 主要指标\n指标\t2015 年\t2020 年\t年均增长(%)\t属性\n"
ROW = "地区生产总值(亿元)\t2412\t3833\t7左右\t预期性"


def growth(text: str, tmp_path, name: str = "draft.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = load(str(path)).check()
    return [f for f in report.findings if f.rule == "growth" and f.severity == "error"], report


@pytest.mark.parametrize("text", [
    HEAD + ROW + " <!-- plancheck: accept growth -->\n",  # on the line
    HEAD + "<!-- plancheck: accept growth -->\n" + ROW + "\n",  # alone above it
    HEAD + "<!-- plancheck: accept growth -->\n\n" + ROW + "\n",  # above, a blank line between
    HEAD + ROW + " <!-- plancheck: accept cumulative, growth -- 2015 is an estimate -->\n",
    HEAD + ROW + " <!-- PlanCheck: accept * -->\n",
    HEAD + ROW + " <!-- plancheck: accept gro* -->\n",
])
def test_a_comment_accepts_the_finding(text, tmp_path):
    found, report = growth(text, tmp_path)
    assert found and all(f.accepted for f in found)
    assert found[0].accepted_by.startswith("inline comment at ")
    assert not report.failed("error")
    assert report.findings[-1].accepted  # reported, after the new ones


@pytest.mark.parametrize("text", [
    HEAD + ROW + " <!-- plancheck: accept cumulative -->\n",  # another rule
    HEAD + ROW + "\n<!-- plancheck: accept growth -->\n",  # below the line, not above
    HEAD + "<!-- plancheck: accept growth -->\n一般公共预算收入(亿元)\t100\t140.3\t7\t预期性\n" + ROW + "\n",  # above another row
    HEAD + ROW + " <!-- accept growth -->\n",  # not a plancheck comment
    HEAD + ROW + " <!-- plancheck: ignore growth -->\n",  # not the accept verb
])
def test_near_misses_accept_nothing(text, tmp_path):
    found, report = growth(text, tmp_path)
    assert found and not any(f.accepted for f in found)
    assert report.failed("error")


def test_comments_parse_rules_and_reason():
    [a] = comments(["x <!-- plancheck: accept growth，cross-source — checked with the bureau -->"])
    assert a.rules == ("growth", "cross-source") and a.reason == "checked with the bureau" and a.line == 1


def test_inline_acceptance_in_the_cli_and_new_only(tmp_path, monkeypatch, capsys):
    from plancheck.cli.main import main

    (tmp_path / ".git").mkdir()
    (tmp_path / "draft.md").write_text(HEAD + ROW + " <!-- plancheck: accept growth -->\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "draft.md"]) == 0
    out = capsys.readouterr().out
    assert "(accepted)" in out and "inline comment at draft.md:5" in out
    assert main(["check", "draft.md", "--new-only"]) == 0
    assert "growth" not in capsys.readouterr().out
