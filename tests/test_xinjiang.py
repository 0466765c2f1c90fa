"""The real plan: the findings we checked by hand, and edit tests.

Each edit changes one printed number of a copy of the Xinjiang 13th
Five-Year Plan outline and expects a new finding at that line; neutral edits
(spacing, full-width digits, a project's capacity) must add none. The verdict
on every finding of the unedited plan is in docs/findings-xinjiang.md.
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import XINJIANG, corpus_file
from plancheck import load

#: (rule, severity, indicator or None) of every finding on the unedited plan,
#: each checked by hand (docs/findings-xinjiang.md).
EXPECTED = Counter({
    ("growth", "error", "industry_value_added"): 1,        # (4280) vs 17以上 (12th-plan target)
    ("growth", "warning", "industry_value_added"): 1,      # real 10.4 % vs nominal 4.5 %: prices -5.4 %/yr
    ("growth", "error", "rural_net_income"): 1,            # 4643 → 8850 is 13.8 %/yr, printed 13.6
    ("growth", "info", "gdp"): 1,                          # real 10.7 vs nominal 11.4: prices +0.6 %/yr
    ("growth", "warning", "natural_population_growth"): 1, # growth column repeats 11.6
    ("growth", "warning", "urban_unemployment_rate"): 1,   # growth column repeats 4.5以内
    ("units", "error", "natural_population_growth"): 1,    # 11.6 ‰ (table) vs 11.6 % (prose)
    ("status", "error", "urban_green_coverage"): 1,        # 38.3 < 38.5 marked 完成
    ("status", "warning", "fixed_asset_investment"): 1,    # level (11000) missed, growth met
    ("status", "warning", "energy_intensity_reduction"): 1,
    ("status", "warning", "carbon_intensity_reduction"): 1,
    ("direction", "warning", "non_fossil_share"): 1,       # 2015 target 2 below 2010 value 4
    ("implied", "error", "grain_capacity"): 1,                       # wheat + maize outputs > 1400 万吨 grain
    ("enumeration", "warning", None): 1,                   # 7 items vs 六大 (ambiguous list start)
    # progress (info): 专栏2 rows with a 2015 result and a 2020 target but no rate or [change]
    # to recompute; each read: the rate or points a year the target needs, no contradiction
    ("progress", "info", "basic_pension_coverage"): 1,      # 95% → 95%以上: held
    ("progress", "info", "cultivated_land"): 1,             # 412 → 412 万公顷: held (binding)
    ("progress", "info", "industrial_solid_waste_use"): 1,  # 52% → 60%以上: +1.6 points a year
    ("progress", "info", "surface_water_below_v"): 1,       # 4.99% → 3.48%: -0.3 points a year
    ("progress", "info", "surface_water_class_iii"): 1,     # 90.5% → 91%以上: +0.1 points a year
    ("progress", "info", "urban_green_coverage"): 1,        # 38.3% → 39%: +0.14 points a year
})


def _key(f):
    return (f.rule, f.severity, f.indicator)


@pytest.fixture(scope="module")
def baseline_report():
    return load(corpus_file(XINJIANG)).check()


def test_unedited_plan_gives_exactly_the_checked_findings(baseline_report):
    assert Counter(_key(f) for f in baseline_report.findings) == EXPECTED


def test_every_error_has_arithmetic_locations_and_quotes(baseline_report):
    for f in baseline_report.findings:
        assert f.arithmetic and f.locations and all(loc.text for loc in f.locations), f


def edited(tmp_path, line: int, old: str, new: str):
    lines = XINJIANG.read_text("utf-8").split("\n")
    assert lines[line - 1].count(old) >= 1, f"{old!r} not on line {line}"
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), "utf-8")
    return load(path).check()


def new_findings(report, baseline_report):
    before = Counter(_key(f) for f in baseline_report.findings)
    out = []
    for f in report.findings:
        if before[_key(f)] > 0:
            before[_key(f)] -= 1
        else:
            out.append(f)
    return out


EDITS = [
    # line, old, new, rule expected at that line
    (270, "18908", "19908", "growth"),           # 专栏2 investment target: 13.2 %/yr vs 12
    (268, "13078", "13978", "growth"),           # 专栏2 GDP target
    (255, "13078 亿元", "13978 亿元", "cross-source"),  # prose GDP target vs the table
    (255, "年均增长 7%左右", "年均增长 9%左右", "growth"),  # prose GDP rate vs the table levels
    (274, "[10]", "[12]", "cumulative"),          # 48 → 58 is not +12
    (189, "完成", "未完成", "status"),             # forest cover target met, marked not met
    (257, "14.5:37:48.5", "14.5:37:46.5", "composition"),
    (261, "森林覆盖率 5.6%", "森林覆盖率 6.5%", "cross-source"),
    (259, "城镇登记失业率控制在 4.5%以内", "城镇登记失业率控制在 4.5‰以内", "units"),
    (278, "13004", "13400", "growth"),           # rural income target
    (168, "9324.8", "9342.8", "growth"),         # transposed digits in 专栏1
]


@pytest.mark.parametrize("line, old, new, rule", EDITS)
def test_one_edited_number_gives_a_new_finding_at_its_line(tmp_path, baseline_report, line, old, new, rule):
    corpus_file(XINJIANG)
    report = edited(tmp_path, line, old, new)
    added = [f for f in new_findings(report, baseline_report) if f.rule == rule]
    assert added, [str(f) for f in new_findings(report, baseline_report)]
    assert any(line in {loc.line for loc in f.locations} for f in added)


def test_a_transposed_figure_is_suggested_back(tmp_path, baseline_report):
    corpus_file(XINJIANG)
    # 500.5 → 1313 is 21.3 %/yr against 21.6; 500.5 × 1.216^5 = 1331, one swap away
    report = edited(tmp_path, 169, "1331", "1313")
    added = [f for f in new_findings(report, baseline_report) if f.rule == "growth"]
    assert added and any(fx.suggested == "1331" for f in added for fx in f.fixes), [
        (str(fx)) for f in added for fx in f.fixes]


NEUTRAL = [
    (255, "13078 亿元", "13078亿元"),                  # spacing
    (255, "13078", "１３０７８"),                      # full-width digits
    (564, "800 万吨炼油项目", "900 万吨炼油项目"),       # a project's capacity, not a target
    (261, "森林覆盖率 5.6%", "森林覆盖率 5.60%"),        # same number, more digits
]


@pytest.mark.parametrize("line, old, new", NEUTRAL)
def test_neutral_edits_add_no_finding(tmp_path, baseline_report, line, old, new):
    corpus_file(XINJIANG)
    report = edited(tmp_path, line, old, new)
    assert new_findings(report, baseline_report) == []
