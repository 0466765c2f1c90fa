"""The indicators stage resolves a subject with the reader's hints (the figure's
kind from its verb, its unit): table-driven, cases that change the answer and
near-misses that must not."""

from __future__ import annotations

import pytest

from plancheck.indicators.glossary import resolver_for


@pytest.mark.parametrize("subject, kind, unit, expected", [
    # a rate cannot be counted in people or money: the figure keeps its own wording
    ("基本养老保险参保", "level", "万人", "name:基本养老保险参保"),
    ("城镇化率", "cumulative_change", "万人", "name:城镇化率"),
    # near-misses: a rate in % or 百分点, or a growth rate, is the rate
    ("城镇化率", "level", "%", "urbanization_rate"),
    ("城镇化率", "cumulative_change", "百分点", "urbanization_rate"),
    ("城镇化率", "growth_rate", "万人", "urbanization_rate"),
    # a reduction's indicator is named with its verb
    ("单位国内生产总值能源消耗", "reduction", "%", "energy_intensity_reduction"),
    # near-miss: the verb is tried only for a reduction
    ("单位国内生产总值能源消耗", "level", "%", "name:单位国内生产总值能源消耗"),
])
def test_reading_hints_decide_between_a_rate_and_a_count(subject, kind, unit, expected):
    assert resolver_for().resolve_read(subject, kind, unit).id == expected


def test_without_hints_the_subject_alone_decides():
    r = resolver_for()
    assert r.resolve("城镇化率").id == "urbanization_rate"
    assert r.resolve_read("城", "level", "%") is None  # too short to name anything


@pytest.mark.parametrize("parts, expected", [
    (["城镇化率", "单位国内生产总值能源消耗降低"], ["urbanization_rate", "energy_intensity_reduction"]),
    (["城镇化率", "某某新指标"], None),  # one part unknown: the figure is not stated for each
])
def test_one_figure_for_several_subjects_needs_each_known(parts, expected):
    got = resolver_for().resolve_each(parts)
    assert (None if got is None else [m.id for m in got]) == expected
