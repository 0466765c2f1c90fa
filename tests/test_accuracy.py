"""Extraction precision and recall against the hand-checked gold claims.

The goal (issue: reading documents) is ≥ 95 % precision and ≥ 95 % recall for
region-level claims. The own documents are always scored; the real plan is
scored when ../shared/corpus is present. Figures: docs/accuracy.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import ROOT, XINJIANG, corpus_file

GOAL = 0.95
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "tools" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy  # dataclasses look their module up while the class is built
_spec.loader.exec_module(accuracy)
COVERAGE = json.loads((ROOT / "tests" / "data" / "gold" / "coverage.json").read_text("utf-8"))


@pytest.mark.parametrize("name", ["own_plan_zh.md", "own_plan_en.md"])
def test_own_documents_meet_the_goal(name):
    scores = accuracy.evaluate(name, COVERAGE[name])["region"]
    assert scores.precision >= GOAL, scores.false
    assert scores.recall >= GOAL, scores.misses


def test_real_plan_meets_the_goal():
    corpus_file(XINJIANG)
    scores = accuracy.evaluate(XINJIANG.name, COVERAGE[XINJIANG.name])["region"]
    assert scores.tp > 300  # the scored ranges hold some 336 region-level claims
    assert scores.precision >= GOAL, scores.false
    assert scores.recall >= GOAL, scores.misses


def test_scoring_counts_a_wrong_number_as_both_a_miss_and_a_false_claim(tmp_path, monkeypatch):
    """The scorer itself: an extractor that misprints one figure must lose on both counts."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "doc.md").write_text("# 第十三个五年规划\n\n到 2020 年，地区生产总值达到 3366 亿元。\n", "utf-8")
    (gold / "doc.jsonl").write_text(json.dumps({
        "line": 3, "printed": "3367", "kind": "level", "indicator": "地区生产总值", "unit": "亿元",
        "year": 2020, "start_year": None, "role": "target", "qualifier": None, "region": None,
        "scope": "region"}, ensure_ascii=False) + "\n", "utf-8")
    monkeypatch.setattr(accuracy, "GOLD", gold)
    s = accuracy.evaluate("doc.md", [[1, 3]])["region"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


@pytest.mark.parametrize("printed, bare", [("突破7000", "7000"), ("超1000", "1000"), ("2400多", "2400"),
                                           ("近80", "80"), ("600余", "600"), ("接近80", "80"), ("8以上", "8")])
def test_scoring_compares_numbers_without_their_qualifier_words(printed, bare):
    """The codebook's printed has no qualifier word (突破, 超, 多, 余, 近 are qualifiers)."""
    assert accuracy.norm_printed(printed) == bare


def test_scoring_matches_a_range_with_both_bounds_of_the_gold(tmp_path, monkeypatch):
    """增长5%—5.5%: plancheck reads one range, the codebook lists its two bounds."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "doc.md").write_text("# 第十五个五年规划\n\n到 2030 年，地区生产总值年均增长5%—5.5%。\n", "utf-8")
    entry = {"line": 3, "printed": "5", "kind": "growth_rate", "indicator": "地区生产总值", "unit": "%",
             "year": 2030, "start_year": 2025, "role": "target", "qualifier": None, "region": None, "scope": "region"}
    (gold / "doc.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False)
                                              for e in (entry, {**entry, "printed": "5.5"})) + "\n", "utf-8")
    monkeypatch.setattr(accuracy, "GOLD", gold)
    s = accuracy.evaluate("doc.md", [[1, 3]])["region"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


#: Measured floors per corpus document (docs/accuracy.md): recall of all claims and
#: agreement of year and role over matched ones, each a little under today's figure so
#: that a change losing either is seen. Raise them as reading improves.
FLOORS = {
    "ningxia-government-work-report-2026.txt": (0.96, 0.97),
    "hebei-government-work-report-2026.txt": (0.99, 0.99),
    "guangxi-government-work-report-2026.txt": (0.96, 0.97),
    "chongqing-government-work-report-2026.txt": (0.94, 0.99),
    "anhui-government-work-report-2026.txt": (0.98, 0.98),
    "national-1st-five-year-plan-1955.txt": (0.94, 0.95),
    "national-7th-five-year-plan-1986.txt": (0.98, 0.99),
    "national-9th-five-year-plan-1996.txt": (0.92, 0.98),
    "national-12th-five-year-plan-2011.txt": (0.99, 0.99),
    "beijing-government-work-report-2026.txt": (0.98, 0.99),  # held-out (heldout)
    "yunnan-government-work-report-2026.txt": (0.94, 0.97),  # held-out (heldout)
    "national-11th-five-year-plan-2006.txt": (0.99, 1.00),  # held-out (heldout)
    "national-10th-five-year-plan-2001.txt": (0.90, 0.97),  # held-out (heldout, 2nd set)
    "shandong-government-work-report-2026.txt": (0.95, 0.97),  # held-out (heldout, 2nd set)
    "national-2nd-five-year-plan-proposal-1956.txt": (0.92, 0.95),  # held-out (heldout, 2nd set; tuned on since 53b459a: 76.3 / 34.5 % untuned)
    XINJIANG.name: (0.99, 0.97),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_corpus_document_keeps_its_recall_and_time(name):
    if accuracy.document_path(name) is None:
        pytest.skip(f"{name} is not in the shared corpus")
    recall, timing = FLOORS[name]
    scores = accuracy.evaluate(name, accuracy.coverage()[name])["all"]
    assert scores.recall >= recall, scores.misses[:20]
    assert scores.time_agreement >= timing, scores.mistimed[:20]
