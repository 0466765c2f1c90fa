"""The made-up English plan of the Indian kind (tests/data/gold/english_plan_vindhara.*):
how much of it plancheck reads, measured against its gold, and that a consistent plan
gives no error or warning while planted contradictions are found."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import ROOT

GOLD = ROOT / "tests" / "data" / "gold"
NAME = "english_plan_vindhara.txt"
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "tools" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("accuracy", accuracy)
_spec.loader.exec_module(accuracy)

#: Measured floors (recall and precision of region claims, year+role of matched ones),
#: a little under today's figures: raise them as reading improves.
FLOORS = (0.97, 0.97, 0.97)


@pytest.fixture(scope="module")
def scores():
    ranges = json.loads((GOLD / "english_plan_vindhara.coverage.json").read_text("utf-8"))[NAME]
    return accuracy.evaluate(NAME, ranges)


def test_the_english_plan_is_read(scores):
    recall, precision, timing = FLOORS
    assert scores["region"].recall >= recall, scores["region"].misses
    assert scores["region"].precision >= precision, scores["region"].false
    assert scores["all"].time_agreement >= timing, scores["all"].mistimed


@pytest.mark.parametrize("name, recall", [("english_plan_kestrel.txt", 0.97), ("english_plan_agency.txt", 0.85)])
def test_the_other_english_plans_are_read(name, recall):
    """english_plan_kestrel (Malaysian kind, calendar years) and english_plan_agency (an agency's
    strategic plan in US fiscal years): written after the rules, see their notes."""
    ranges = json.loads((GOLD / name.replace(".txt", ".coverage.json")).read_text("utf-8"))[name]
    s = accuracy.evaluate(name, ranges)
    _, precision, timing = FLOORS
    assert s["region"].recall >= recall, s["region"].misses
    assert s["region"].precision >= precision, s["region"].false
    assert s["all"].time_agreement >= timing, s["all"].mistimed
    assert [f for f in _check((GOLD / name).read_text("utf-8")) if f.severity in ("error", "warning")] == []


def _check(text: str):
    from plancheck import load

    return load(text, name="vindhara.txt").check().findings


def test_the_consistent_plan_gives_no_error_or_warning():
    findings = _check((GOLD / NAME).read_text("utf-8"))
    assert [f for f in findings if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("old, new, figure, fix", [
    # a transposed digit in the table's 2016-17 GSDP: the prose says 3,87,000
    ("| GSDP | Rs crore | 2,75,000 | 3,87,000 |", "| GSDP | Rs crore | 2,75,000 | 3,78,000 |", "3,78,000", "387000"),
    # the prose's 2021-22 poverty target against the table's 13.3
    ("by the end of the Plan, to 13.3 per cent", "by the end of the Plan, to 14.3 per cent", "14.3", "13.3"),
])
def test_a_planted_contradiction_is_found_with_its_fix(old, new, figure, fix):
    text = (GOLD / NAME).read_text("utf-8")
    assert old in text
    findings = [f for f in _check(text.replace(old, new)) if f.severity in ("error", "warning")]
    assert len(findings) == 1, findings
    [f] = findings
    assert f.rule == "cross-source" and figure in f.message
    assert any(fix in str(x) for x in f.fixes), f.fixes


@pytest.mark.parametrize("title, findings", [
    ("Table 1 Main indicators", 0),        # the number of the table, not a count of its rows
    ("Box 2 Key targets", 0),
    ("Table 1: the 3 main indicators", 1),  # a count: three said, two rows
])
def test_a_table_number_is_no_count_of_its_indicators(title, findings):
    text = (f"# Outline of the 14th Five-Year Plan\n\n{title}\n\nIndicator\t2020\t2025\n"
            "1. GRP (billion yuan)\t100\t130\n2. Forest coverage (%)\t20\t22\n")
    found = [f for f in _check(text) if f.rule == "enumeration"]
    assert len(found) == findings
