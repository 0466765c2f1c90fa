"""A ratio named by 比 before the 由 / 从 of its change (城乡居民收入比由2.9∶1缩小至2.52∶1),
and a total of several objects listed after its verb (改造老旧小区、农房等23万户).

Sentences of our own, in the forms the documents use; each table has cases that must be
read and near-misses that must not.
"""

from __future__ import annotations

import pytest

from plancheck import load

REPORT = "某省2026年政府工作报告\n\n一、2025年和“十四五”时期工作回顾\n\n过去五年，"


def _claims(text: str):
    return load(text + "\n", name="plan.txt").claims


@pytest.mark.parametrize("text", [
    REPORT + "全省城乡居民收入比由2.6∶1缩小至2.31∶1。",
    REPORT + "全省城乡居民收入比从2.6∶1缩小到2.31∶1，居民收入稳步增长。",
])
def test_a_ratio_named_before_its_change(text):
    got = [(c.quantity.text, c.kind, c.year, c.role, c.name) for c in _claims(text)]
    assert ("2.6∶1", "ratio", 2020, "actual", "城乡居民收入比") in got, got
    assert ("2.31∶1", "ratio", 2025, "actual", "城乡居民收入比") in got, got


@pytest.mark.parametrize("text", [
    REPORT + "全省地图比例按1∶50000绘制。",  # a map's scale
    REPORT + "全省增速比上年提高，达到3∶2。",  # 比 of a comparison, no 由 / 从
])
def test_ratios_without_a_named_change_stay_unread(text):
    assert not [c for c in _claims(text) if c.kind == "ratio" and c.year == 2020], \
        [(c.quantity.text, c.kind, c.year) for c in _claims(text)]


def test_a_total_of_several_objects_listed_after_its_verb():
    got = [(c.quantity.text, c.kind, c.unit) for c in _claims(REPORT + "全省改造老旧小区、城镇危旧房等12万多户。")]
    assert ("12多", "cumulative_change", "万户") in got, got
