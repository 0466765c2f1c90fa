"""``plancheck diff``: two drafts of our own with one change of each kind,
and two versions of the real plan (one table figure changed, one paragraph
moved)."""

from __future__ import annotations

import json
import shutil

import pytest

from plancheck.api import load
from plancheck.cli.main import main
from plancheck.diff import diff_plans

HEAD = """\
# 青川市“十四五”规划（节选）

## 第一章 主要目标

专栏 1 “十四五”时期经济社会发展主要指标
类别	指标	2020 年	2025 年	年均增长（%）[累计]	属性
经济发展	1.地区生产总值（亿元）	2450.6	3280	6	预期性
	2.一般公共预算收入（亿元）	186.3	{revenue}	5	预期性
	3.常住人口城镇化率（%）	58.6	65	[6.4]	预期性

## 第二章 经济发展

"""
# 186.3 × 1.05^5 = 237.77: 238 agrees with 5 %, 260 does not (6.89 %/yr).
OLD = HEAD.format(revenue=238) + """\
到 2025 年，全市地区生产总值年均增长 6%，达到 3280 亿元。

森林覆盖率达到 43%。

居民人均可支配收入年均增长 6%。

## 第三章 民生

全市居民生活水平稳步提高。
"""
NEW = HEAD.format(revenue=260) + """\
全市地区生产总值保持年均增长 6%，到 2025 年达到 3280 亿元。

城镇新增就业 22 万人以上。

## 第三章 民生

全市居民生活水平稳步提高。

居民人均可支配收入年均增长 6%。
"""


@pytest.fixture
def drafts(tmp_path):
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_each_kind_of_change_is_found(drafts):
    d = diff_plans(load(drafts[0]), load(drafts[1]))
    (rv,) = d.revalued
    assert (rv.claim.indicator, rv.old.quantity.text, rv.new.quantity.text) == ("public_budget_revenue", "238", "260")
    assert [(c.claim.indicator, c.claim.kind) for c in d.reworded] == [("gdp", "growth_rate"), ("gdp", "level")]
    assert all(c.old.text != c.new.text and c.old.quantity.text == c.new.quantity.text for c in d.reworded)
    (mv,) = d.moved
    assert mv.claim.name == "居民人均可支配收入" and (mv.old.source.line, mv.new.source.line) == (17, 21)
    assert [c.claim.name for c in d.removed] == ["森林覆盖率"]
    assert [c.claim.name for c in d.added] == ["城镇新增就业人数"]
    # the table's other rows and cells shifted nowhere and changed nothing
    assert d.unchanged == 8


def test_new_error_finding_makes_exit_1(drafts, capsys):
    code, out, _ = _run(capsys, "diff", *drafts, "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [(f["rule"], f["severity"]) for f in data["findings"]["appeared"]] == [("growth", "error")]
    assert data["findings"]["disappeared"] == []
    (rv,) = data["revalued"]
    assert (rv["old"]["printed"], rv["new"]["printed"], rv["new"]["line"]) == ("238", "260", 8)


def test_fixing_the_error_is_exit_0_and_reported_resolved(drafts, capsys):
    code, out, _ = _run(capsys, "diff", drafts[1], drafts[0])
    assert code == 0
    assert "Resolved findings (1)" in out
    assert "error[growth] 一般公共预算收入" in out
    assert "260 亿元 → 238 亿元" in out


def test_identical_drafts_have_no_changes(drafts, capsys):
    code, out, _ = _run(capsys, "diff", drafts[0], drafts[0], "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert all(data[k] == [] for k in ("moved", "reworded", "revalued", "added", "removed"))
    assert data["unchanged"] == 13


def test_lines_shifted_by_an_insertion_are_not_moves(drafts, tmp_path):
    shifted = tmp_path / "shifted.md"
    shifted.write_text("前言。\n\n另起一段说明。\n\n" + OLD, encoding="utf-8")
    d = diff_plans(load(drafts[0]), load(shifted))
    assert not d.moved and not d.reworded and not d.revalued
    assert d.unchanged == 13


def test_missing_draft_is_exit_2(drafts, tmp_path, capsys):
    code, _, err = _run(capsys, "diff", drafts[0], tmp_path / "gone.md")
    assert code == 2 and "no such file" in err and err.count("\n") == 1


@pytest.mark.corpus
def test_real_plan_changed_table_figure_and_moved_paragraph(xinjiang, tmp_path, capsys):
    old = tmp_path / "old.txt"
    shutil.copy(xinjiang, old)
    lines = old.read_text(encoding="utf-8").split("\n")
    assert "13078" in lines[267]
    lines[267] = lines[267].replace("13078", "13978")
    moved = lines.pop(256)  # the 增强自我发展能力 paragraph goes two paragraphs down
    assert moved.startswith("——增强自我发展能力")
    lines.insert(260, moved)
    new = tmp_path / "new.txt"
    new.write_text("\n".join(lines), encoding="utf-8")

    d = diff_plans(load(old), load(new))
    (rv,) = d.revalued
    assert (rv.claim.indicator, rv.claim.year, rv.old.quantity.text, rv.new.quantity.text) == \
        ("gdp", 2020, "13078", "13978")
    assert {c.claim.name for c in d.moved} >= {"科技进步贡献率", "每万人发明专利拥有量"}
    assert {(c.old.source.line, c.new.source.line) for c in d.moved} == {(257, 261)}
    assert not d.added and not d.removed and not d.reworded
    growth = [f for f in d.new_errors if f.rule == "growth" and f.indicator == "gdp"]
    assert growth and "13978" in growth[0].message
    assert not [f for f in d.disappeared if f.indicator == "gdp"]

    code, out, _ = _run(capsys, "diff", old, new)
    assert code == 1
    assert "13078 亿元 → 13978 亿元" in out
