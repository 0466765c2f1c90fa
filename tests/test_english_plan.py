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
FLOORS = (0.40, 0.95, 0.95)


@pytest.fixture(scope="module")
def scores():
    ranges = json.loads((GOLD / "english_plan_vindhara.coverage.json").read_text("utf-8"))[NAME]
    return accuracy.evaluate(NAME, ranges)


def test_the_english_plan_is_read(scores):
    recall, precision, timing = FLOORS
    assert scores["region"].recall >= recall, scores["region"].misses
    assert scores["region"].precision >= precision, scores["region"].false
    assert scores["all"].time_agreement >= timing, scores["all"].mistimed
