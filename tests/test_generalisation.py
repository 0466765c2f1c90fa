"""Reading generalises beyond the Xinjiang plan: the national 12th FYP outline
(full-width digits, one paragraph per line, no indicator table) and a 2026
municipal government work report (last year's results, this year's targets).

Expected claims were checked by hand against the documents.
"""

from __future__ import annotations

import pytest

from conftest import CHONGQING, NATIONAL, corpus_file
from plancheck import load


def _claims(path):
    return {(c.source.line, c.kind, c.indicator, c.quantity.text, c.start_year, c.year, c.role)
            for c in load(corpus_file(path)).claims}


NATIONAL_EXPECTED = [
    (42, "growth_rate", "gdp", "7", 2010, 2015, "target"),                     # 国内生产总值年均增长７％
    (42, "cumulative_change", "new_urban_jobs", "4500", 2010, 2015, "target"),  # 城镇新增就业４５００万人
    (42, "share", "urban_unemployment_rate", "5以内", None, 2015, "target"),
    (48, "share", "compulsory_education_retention", "93", None, 2015, "target"),
    (49, "share", "rd_share", "2.2", None, 2015, "target"),
    (53, "share", "non_fossil_share", "11.4", None, 2015, "target"),
    (54, "reduction", "energy_intensity_reduction", "16", 2010, 2015, "target"),
    (56, "share", "forest_coverage", "21.66", None, 2015, "target"),
    (60, "growth_rate", "urban_disposable_income", "7以上", 2010, 2015, "target"),
    (60, "growth_rate", "rural_net_income", "7以上", 2010, 2015, "target"),
]


@pytest.mark.parametrize("expected", NATIONAL_EXPECTED, ids=lambda e: f"line{e[0]}-{e[2]}")
def test_national_plan_targets_are_read(expected):
    assert expected in _claims(NATIONAL)


def test_national_plan_has_no_error():
    report = load(corpus_file(NATIONAL)).check()
    assert report.count("error") == 0, [str(f) for f in report.findings]


CHONGQING_EXPECTED = [
    (46, "growth_rate", "gdp", "5以上", 2025, 2026, "target"),                 # 地区生产总值增长5%以上
    (46, "growth_rate", "above_scale_industry_value_added", "6", 2025, 2026, "target"),  # 规上工业增加值增长6%
    (46, "growth_rate", "retail_sales", "4以上", 2025, 2026, "target"),
    (46, "growth_rate", "foreign_trade", "5", 2025, 2026, "target"),            # 进出口总值增长5%
    (46, "cumulative_change", "new_urban_jobs", "65以上", 2025, 2026, "target"),
    (46, "reduction", "carbon_intensity_reduction", "3.8", 2025, 2026, "target"),
]


@pytest.mark.parametrize("expected", CHONGQING_EXPECTED, ids=lambda e: f"line{e[0]}-{e[2]}")
def test_work_report_targets_for_the_year_are_read(expected):
    assert expected in _claims(CHONGQING)


def test_work_report_has_no_error():
    report = load(corpus_file(CHONGQING)).check()
    assert report.count("error") == 0, [str(f) for f in report.findings]
