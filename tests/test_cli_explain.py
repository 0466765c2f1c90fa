"""``plancheck explain``: every statement about one indicator, and the
arithmetic checked against numbers worked out by hand in this file."""

from __future__ import annotations

import json

import pytest

from plancheck.api import load
from plancheck.cli.main import main
from plancheck.errors import InputError
from plancheck.explain import explain, render_text

# GDP: 2450.6 × 1.06^5 = 3279.46 → 3280 (agrees, stated twice).
# Revenue: 186.3 → 260 is (260/186.3)^(1/5) - 1 = 6.89 %/yr, not 5; 186.3 × 1.05^5 = 237.77.
# Urbanisation: 65 - 58.6 = 6.4 percentage points, as stated.
PLAN = """\
# 青川市“十四五”规划（节选）

## 第一章 主要目标

专栏 1 “十四五”时期经济社会发展主要指标
类别	指标	2020 年	2025 年	年均增长（%）[累计]	属性
经济发展	1.地区生产总值（亿元）	2450.6	3280	6	预期性
	2.一般公共预算收入（亿元）	186.3	260	5	预期性
	3.常住人口城镇化率（%）	58.6	65	[6.4]	预期性

## 第二章 经济发展

到 2025 年，全市地区生产总值年均增长 6%，达到 3280 亿元。
"""


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    return path


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_all_statements_of_gdp_side_by_side(plan_file, capsys):
    code, out, _ = _run(capsys, "explain", "gdp", plan_file, "--format", "json")
    data = json.loads(out)
    assert code == 0
    got = sorted((c["kind"], c["printed"], c["year"], c["role"], c["source"]["line"]) for c in data["claims"])
    assert got == sorted([("level", "2450.6", 2020, "actual", 7), ("level", "3280", 2025, "target", 7),
                          ("growth_rate", "6", 2025, "target", 7), ("growth_rate", "6", 2025, "target", 13),
                          ("level", "3280", 2025, "target", 13)])
    assert data["findings"] == []
    assert data["recomputations"] and all(r["agrees"] for r in data["recomputations"])


def test_revenue_recomputations_match_hand_arithmetic(plan_file):
    ex = explain(load(plan_file), "一般公共预算收入")
    rate = next(r for r in ex.recomputations if r.what == "rate")
    target = next(r for r in ex.recomputations if r.what == "target")
    # (259.5/186.35)^(1/5) - 1 = 6.847 %, (260.5/186.25)^(1/5) - 1 = 6.941 %
    assert 6.84 < rate.value.lo < 6.85 and 6.94 < rate.value.hi < 6.95
    assert rate.agrees is False
    assert target.value.contains(186.3 * 1.05 ** 5)  # 237.77
    assert not target.value.contains(260)
    assert target.agrees is False
    assert [f.rule for f in ex.findings] == ["growth"]
    assert ex.findings[0].severity == "error"


def test_cumulative_change_is_target_minus_baseline(plan_file):
    ex = explain(load(plan_file), "常住人口城镇化率")
    (change,) = [r for r in ex.recomputations if r.what == "change"]
    assert change.value.contains(6.4)
    # [64.5, 65.5) - [58.55, 58.65) = (5.85, 6.95)
    assert change.value.lo == pytest.approx(5.85) and change.value.hi == pytest.approx(6.95)
    assert change.agrees is True
    assert change.stated.quantity.text == "[6.4]"


@pytest.mark.parametrize("name", ["gdp", "地区生产总值", "GDP", "gross regional product", "Gross regional product"])
def test_indicator_matched_by_id_name_alias_or_english(plan_file, name):
    assert explain(load(plan_file), name).indicator.id == "gdp"


def test_text_report_quotes_sources_and_flags_disagreement(plan_file, capsys):
    code, out, _ = _run(capsys, "explain", "一般公共预算收入", plan_file)
    assert code == 0
    assert "DISAGREES" in out
    assert "186.3 | 260 | 5" in out  # the quoted table row
    assert "error[growth]" in out


def test_unknown_indicator_lists_closest_names(plan_file, capsys):
    code, out, err = _run(capsys, "explain", "地区总值", plan_file)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "no indicator '地区总值'" in err
    assert err.index("地区生产总值") < err.index("常住人口城镇化率")  # closest first


def test_unknown_indicator_error_from_the_library(plan_file):
    with pytest.raises(InputError, match="closest: 地区生产总值"):
        explain(load(plan_file), "地区总值")


def test_missing_file_is_exit_2(tmp_path, capsys):
    code, _, err = _run(capsys, "explain", "gdp", tmp_path / "nope.txt")
    assert code == 2 and "no such file" in err


@pytest.mark.corpus
def test_real_plan_rural_income(xinjiang):
    ex = explain(load(xinjiang), "农村居民人均纯收入")
    text = render_text(ex)
    lines = {c.source.line for c in ex.claims}
    assert {161, 198, 278} <= lines
    actual = next(r for r in ex.recomputations if r.what == "rate" and r.stated.role == "actual")
    assert 13.7 < actual.value.lo < 13.8 and actual.agrees is False  # (8850/4643)^(1/5) - 1
    assert any(f.rule == "growth" and f.severity == "error" for f in ex.findings)
    assert "DISAGREES" in text
