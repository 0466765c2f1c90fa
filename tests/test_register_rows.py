"""The real register, row by row: what plancheck must find in targets.toml.

Every indicator of targets.toml (the two main-indicator tables of the Xinjiang
13th Five-Year Plan) has a row below with the findings expected of it, as
(rule, severity) pairs. Each expectation was computed by hand *before* being
compared with the rules; the arithmetic is in the comment above the row.
Where a rule disagrees, the row is not bent to the rule's output: it fails.

Conventions of the arithmetic (those of plancheck.numbers): a printed integer
n stands for [n − 0.5, n + 0.5), one decimal for ±0.05, and so on; "以上" makes
the interval [lo, ∞), "以内" (−∞, hi]; "左右" widens to ±5 % or half a unit,
whichever is wider (7左右 → [6.5, 7.5]). A growth rate over five years is
(target / baseline)^(1/5) − 1. The status column is read as in rules/status.py:
an unqualified target is a floor for a rising indicator.

The register is self-contained: these tests read only targets.toml. The one
test that compares figures with the printed plan is marked ``corpus`` and
skips when ../shared/corpus is absent.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from plancheck.pipeline import check_register
from plancheck.register import load_register

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "targets.toml"

GROWTH_I, GROWTH_W, GROWTH_E = ("growth", "info"), ("growth", "warning"), ("growth", "error")
STATUS_W, STATUS_E = ("status", "warning"), ("status", "error")
DIRECTION_W = ("direction", "warning")
#: A 2015 result and a 2020 target with no rate or [change] between them: the way there, as info.
PROGRESS_I = ("progress", "info")


class Row(NamedTuple):
    id: str
    lines: set[int]          # the table rows (corpus lines) the indicator's figures come from
    findings: list[tuple[str, str]]  # expected (rule, severity), one entry per finding


ROWS = [
    # ------------------------------------------------------------ 经济发展
    # 地区生产总值 (basis real: rates at comparable prices, levels in current prices)
    #   12th target: (8800/5437)^(1/5) − 1 = 1.61854^0.2 − 1 = 10.11 %/yr ∈ "10 以上" [9.5, ∞) → agrees
    #   12th actual: (9324.8/5437)^(1/5) − 1 = 1.71506^0.2 − 1 = 11.39 %/yr ∉ 10.7 [10.65, 10.75);
    #     real basis: (1.1139/1.1075…1.1065) − 1 = +0.58…+0.67 %/yr of prices, inside −3…+6 → info
    #   13th: (13078/9324.8)^(1/5) − 1 = 1.40250^0.2 − 1 = 7.00 %/yr ∈ "7左右" [6.5, 7.5] → agrees
    #   status 完成: 9324.8 ≥ (8800) met; 10.7 ≥ 9.5 met → agrees
    Row("gdp", {168, 268}, [GROWTH_I]),
    # 工业增加值 (basis real)
    #   12th target: (4280/2161)^(1/5) − 1 = 1.98056^0.2 − 1 = 14.65 %/yr < "17 以上" [16.5, ∞);
    #     a plan sets its target level by applying the real rate to the base level (13078 =
    #     9324.8 × 1.07^5 in 专栏2), and 2160.5 × 1.165^5 = 4636 > 4280.5: no price change can
    #     explain a target → error
    #   12th actual: (2690/2161)^(1/5) − 1 = 1.24479^0.2 − 1 = 4.48 %/yr vs 10.4 [10.35, 10.45);
    #     prices: 1.0447…1.0449 / 1.1045…1.1035 − 1 = −5.42…−5.31 %/yr, outside −3…+6 → warning
    #   13th: (3952/2690)^(1/5) − 1 = 1.46914^0.2 − 1 = 8.00 %/yr ∈ "8左右" [7.5, 8.5] → agrees
    #   status 未完成: 2690 < 4280 and 10.4 < 16.5, both missed → agrees
    Row("industry_value_added", {174, 269}, [GROWTH_E, GROWTH_W]),
    # 全社会固定资产投资 (nominal)
    #   12th target: (11000/3540)^(1/5) − 1 = 3.10734^0.2 − 1 = 25.45 %/yr ∈ [24.5, ∞) → agrees
    #   12th actual: (10729/3540)^(1/5) − 1 = 3.03079^0.2 − 1 = 24.83 %/yr ∈ 25 [24.5, 25.5) → agrees
    #   13th: (18908/10729)^(1/5) − 1 = 1.76233^0.2 − 1 = 12.00 %/yr ∈ 12 [11.5, 12.5) → agrees
    #   status 完成: level 10729 [10728.5, 10729.5) < (11000) 10999.5 → missed;
    #     growth 25 [24.5, 25.5) ⊂ "25 以上" [24.5, ∞) → met; 完成 rests on one of two → warning
    Row("fixed_asset_investment", {170, 270}, [STATUS_W]),
    # 一般公共预算收入
    #   12th target: (1250/500.5)^(1/5) − 1 = 2.49750^0.2 − 1 = 20.09 %/yr ∈ [19.5, ∞) → agrees
    #   12th actual: (1331/500.5)^(1/5) − 1 = 2.65934^0.2 − 1 = 21.59…21.62 %/yr ∩ 21.6 [21.55, 21.65) → agrees
    #   13th: (1824/1331)^(1/5) − 1 = 1.37040^0.2 − 1 = 6.49…6.52 %/yr ∩ "6.5以上" [6.45, ∞) → agrees
    #   status 完成: 1331 ≥ 1250, 21.6 ≥ 19.5 → agrees
    Row("public_budget_revenue", {169, 271}, []),
    # 社会消费品零售总额
    #   12th target: (3000/1386)^(1/5) − 1 = 2.16450^0.2 − 1 = 16.69…16.71 %/yr ∈ "17 以上" [16.5, ∞) → agrees
    #   12th actual: (2606/1386)^(1/5) − 1 = 13.447…13.472 %/yr ∩ 13.4 [13.35, 13.45) ≠ ∅ → agrees
    #   13th: (4197/2606)^(1/5) − 1 = 1.61051^0.2 − 1 = 10.00 %/yr → agrees
    #   status 未完成: 2606 < 3000 and 13.4 < 16.5 → agrees
    Row("retail_sales", {171, 272}, []),
    # 外贸进出口总额 (亿美元)
    #   12th target: (400/171.3)^(1/5) − 1 = 2.33508^0.2 − 1 = 18.48 %/yr ∈ [17.5, ∞) → agrees
    #   12th actual: (196.8/171.3)^(1/5) − 1 = 1.14886^0.2 − 1 = 2.80…2.83 %/yr ∩ 2.8 [2.75, 2.85) → agrees
    #   13th: (289/196.8)^(1/5) − 1 = 1.46850^0.2 − 1 = 7.99 %/yr ∈ 8 [7.5, 8.5) → agrees
    #   status 未完成: 196.8 < 400, 2.8 < 17.5 → agrees
    Row("foreign_trade", {173, 273}, []),
    # 常住人口城镇化率 (= 专栏2 城镇化率)
    #   58 − 48 = 10 = [10]; 2015 actual 48 = 2015 target 48 → status 完成 agrees; 40 < 48 < 58 rising
    Row("urbanization_rate", {175, 274}, []),
    # 户籍人口城镇化率: 45 − 38.3 = 6.7 = [6.7]
    Row("hukou_urbanization_rate", {275}, []),
    # 服务业增加值比重: 48.5 − 45.2 = 3.3 = [3.3]
    Row("services_share", {276}, []),
    # 城镇居民人均可支配收入
    #   12th target: (23000/13644)^(1/5) − 1 = 1.68572^0.2 − 1 = 11.01 %/yr ∈ [10.5, ∞) → agrees
    #   12th actual: (26274.7/13644)^(1/5) − 1 = 1.92573^0.2 − 1 = 14.00 %/yr ∈ 14 [13.5, 14.5) → agrees
    #   13th: (38606/26274.7)^(1/5) − 1 = 1.46932^0.2 − 1 = 8.00 %/yr → agrees
    #   status 完成: 26274.7 ≥ 23000, 14 ≥ 10.5 → agrees
    Row("urban_disposable_income", {197, 277}, []),
    # 农村居民人均纯收入 (= 专栏1 农民人均纯收入), nominal
    #   12th target: (7900/4643)^(1/5) − 1 = 1.70149^0.2 − 1 = 11.22 %/yr ∈ [10.5, ∞) → agrees
    #   12th actual: (8850/4643)^(1/5) − 1 = 1.90610^0.2 − 1 = 13.767…13.774 %/yr ∉ 13.6 [13.55, 13.65);
    #     loosely (8850 as [8845, 8855)) 13.755…13.786, still not → error
    #     (4643 × 1.136^5 = 8788, not 8850)
    #   13th: (13004/8850)^(1/5) − 1 = 1.46938^0.2 − 1 = 8.00 %/yr → agrees
    #   status 完成: 8850 ≥ 7900, 13.6 ≥ 10.5 → agrees
    Row("rural_net_income", {198, 278}, [GROWTH_E]),
    # ------------------------------------------------------------ 创新驱动
    # 两化融合发展指数: 68 − 58 = 10 = [10]
    Row("informatization_index", {279}, []),
    # 科技进步贡献率: 60 − 50 = 10 = [10]
    Row("tech_progress_contribution", {280}, []),
    # 每万人发明专利拥有量: "2.5以上" − 1.32 = [2.45, ∞) − [1.315, 1.325) ⊇ [1.18以上] → agrees
    Row("invention_patents_per_10k", {281}, []),
    # 固定宽带用户普及率: 19 − 13.8 = 5.2 = [5.2]
    Row("fixed_broadband_penetration", {282}, []),
    # 移动互联网用户普及率: 95.5 − 65.4 = 30.1 = [30.1]
    Row("mobile_internet_penetration", {283}, []),
    # ------------------------------------------------------------ 民生福祉
    # 人口自然增长率 (‰): 12th "11 以内" (−∞, 11.5] ∋ 11 → 完成 agrees; 2020 11.6 printed twice,
    #   the same number (the 年均 cell is the rate itself, typed as a share) → no disagreement;
    #   progress: 2015 result 11 → 2020 target 11.6: (11.6 − 11) / 5 = +0.12 points a year → info
    Row("natural_population_growth", {192, 284}, [PROGRESS_I]),
    # 城镇登记失业率: "4 以内" (−∞, 4.5] ∋ 4 → 完成 agrees; 2015 printed "4" and "4以内", one number
    #   (4 = 4); falling: targets 4 以内 / 4.5以内 have no lower end, so none lies above a baseline;
    #   progress: 2015 result 4 → 2020 ceiling 4.5以内: at most (4.5 − 4) / 5 = +0.1 points a year → info
    Row("urban_unemployment_rate", {193, 285}, [PROGRESS_I]),
    # 城镇新增就业人数: only [220以上], a five-year total; no levels → nothing to compare
    Row("new_urban_jobs", {286}, []),
    # 九年义务教育巩固率: 93 actual = 93 target → 完成; 95 − 93 = 2 = [2]
    Row("compulsory_education_retention", {176, 287}, []),
    # 高中阶段毛入学率: 88 = 88 → 完成; 90 − 88 = 2 = [2]
    Row("high_school_gross_enrolment", {177, 288}, []),
    # 劳动年龄人口平均受教育年限: 11 − 9 = 2 = [2]
    Row("average_schooling_years", {289}, []),
    # 基本养老保险参保率: 95 → 95以上, not below → no direction finding;
    #   progress: at least (95 − 95) / 5 = +0 points a year → info
    Row("basic_pension_coverage", {290}, [PROGRESS_I]),
    # 城镇参加基本养老保险人数: 340 ≥ 303 → 完成 agrees; 256 < 303 rising
    Row("urban_pension_insured", {194}, []),
    # 新型农村社会养老保险参保率: 99 ∈ "90 以上" [89.5, ∞) → 完成 agrees
    Row("rural_pension_coverage", {195}, []),
    # 城镇保障性住房 (= 专栏1 城镇保障性安居工程建设): [151.5] built ≥ [123.3] planned → 完成 agrees;
    #   [151.5] printed in both tables, the same; five-year totals, no levels at 2015/2020 to compare
    Row("urban_affordable_housing", {196, 291}, []),
    # 城镇棚户区住房改造, 农村安居富民工程, 农村贫困人口脱贫人数: five-year totals only
    Row("shantytown_renovation", {292}, []),
    Row("rural_housing_program", {293}, []),
    Row("rural_poverty_exit", {294}, []),
    # ------------------------------------------------------------ 资源环境
    # 耕地保有量: 412 → 412 → 412, held (not fallen) → 完成 agrees;
    #   progress: 2015 result 412 → 2020 target 412: (412 / 412)^(1/5) − 1 = 0 %/yr → info
    Row("cultivated_land", {178, 296}, [PROGRESS_I]),
    # 新增建设用地规模: five-year totals [276], [352] only
    Row("new_construction_land", {297}, []),
    # 农业灌溉水有效利用系数: 0.52 = 0.52 → 完成; 0.57 − 0.52 = 0.05 = [0.05]
    Row("irrigation_water_efficiency", {179, 298}, []),
    # 万元GDP用水量下降: [33] target only, no actual to compare
    Row("water_use_per_gdp_reduction", {299}, []),
    # 森林覆盖率: 4.7 ≥ 4.5 → 完成; 2015–2020 change from the 2015 *actual*: 5.6 − 4.7 = 0.9 = [0.9]
    #   (the 12th-plan 2015 target 4.5 is no baseline of the 13th plan) → agrees
    Row("forest_coverage", {189, 300}, []),
    # 森林蓄积量: 3.67 ≥ 3.2 → 完成; 4.08 − 3.67 = 0.41 = [0.41] → agrees
    Row("forest_stock", {190, 301}, []),
    # 万元生产总值能耗降低: target [10] (a floor on the reduction, [9.5, ∞)), actual [−1.68]
    #   (energy intensity rose) → missed; the verdict is qualified (2014-2015年完成年度目标) → warning
    Row("energy_intensity_reduction", {183, 302}, [STATUS_W]),
    # 单位生产总值二氧化碳排放降低: target [11], actual [−13.4] → missed; qualified verdict → warning
    Row("carbon_intensity_reduction", {184, 303}, [STATUS_W]),
    # 主要污染物: targets "<[10]" / "<[15.4]" are ceilings (−∞, 10.5) / (−∞, 15.45);
    #   actuals [2.6], [2.2], [14.8], [15.25] lie inside → 完成 agrees
    Row("cod_reduction", {185, 304}, []),
    Row("ammonia_nitrogen_reduction", {186, 305}, []),
    Row("so2_reduction", {187, 306}, []),
    Row("nox_reduction", {188, 307}, []),
    # 非化石能源占一次能源消费比重: the 12th-plan 2015 target 2 [1.5, 2.5) lies below the 2010 value
    #   4 [3.5, 4.5) of a rising share → direction warning; 7.5 ≥ 2 → 完成 agrees;
    #   15 − 7.5 (2015 actual) = 7.5 = [7.5] → agrees
    Row("non_fossil_share", {181, 308}, [DIRECTION_W]),
    # PM2.5, 空气质量优良天数比率: no number printed (—, 控制在国家下达指标内)
    Row("pm25_reduction", {309}, []),
    Row("good_air_days_ratio", {310}, []),
    # 达到或好于III类水体比例: 90.5 → "91 以上", rising → no direction finding;
    #   progress: at least (91 − 90.5) / 5 = +0.1 points a year → info
    Row("surface_water_class_iii", {311}, [PROGRESS_I]),
    # 劣V类水体比例: 4.99 → 3.48, falling as it should → no direction finding;
    #   progress: (3.48 − 4.99) / 5 = −0.302 points a year → info
    Row("surface_water_below_v", {312}, [PROGRESS_I]),
    # 单位工业增加值用水量降低: reduction [33] ≥ target [9] → 完成 agrees
    Row("industrial_water_use_reduction", {180}, []),
    # 工业固体废物综合利用率: 52 < 55 → 未完成 agrees
    Row("industrial_solid_waste_use", {182}, []),
    # 城市建成区绿化覆盖率: 38.3 [38.25, 38.35) < 38.5 [38.45, ∞), the only target, missed,
    #   yet marked 完成 → error
    Row("urban_green_coverage", {191}, [STATUS_E]),
]

#: The rows of the two tables: 专栏1 lines 168-198 (171/172 split by a blank line),
#: 专栏2 lines 268-312 (a blank line at 295).
TABLE_LINES = {"专栏1": set(range(168, 199)) - {172}, "专栏2": set(range(268, 313)) - {295}}


@pytest.fixture(scope="module")
def register():
    return load_register(REGISTER)


@pytest.fixture(scope="module")
def report():
    return check_register(str(REGISTER))


def findings_of(report, ind_id: str) -> list[tuple[str, str]]:
    return sorted((f.rule, f.severity) for f in report.findings if f.indicator == ind_id)


def test_every_indicator_has_a_row(register):
    assert [r.id for r in ROWS] == list(register.indicators)
    assert len(ROWS) == 49


def test_every_table_row_is_in_the_register(register):
    lines = {table: {c.source.line for c in register.claims if c.context == table}
             for table in TABLE_LINES}
    assert lines == TABLE_LINES


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_indicator_reads_its_rows(register, row):
    ind = register.indicators[row.id]
    assert {c.source.line for c in ind.claims} == row.lines
    for c in ind.claims:
        assert c.context == ("专栏1" if c.source.line < 200 else "专栏2")
        assert c.year is not None
        if c.kind == "status":
            assert (c.role, c.period) == ("actual", (2010, 2015))


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_findings_of_each_indicator(report, row):
    assert findings_of(report, row.id) == sorted(row.findings)


#: The plan the register's [document] path names. Without it (no ../shared/corpus beside
#: the checkout) the register rightly adds one warning, register-path: its figures cannot
#: be quoted from the plan. The two whole-report tests below are then skipped, with the
#: reason, and test_without_the_plan_only_its_path_is_reported checks that warning instead.
PLAN = ROOT.parent / "shared" / "corpus" / "000_de031afa12feb304.txt"
NO_PLAN = (f"the plan {PLAN.name} is not at {PLAN.parent}: the register adds a register-path warning "
           "(the shared corpus sits beside the checkout as ../shared/corpus)")


def test_no_finding_outside_the_rows(report):
    if not PLAN.is_file():
        pytest.skip(NO_PLAN)
    known = {r.id for r in ROWS}
    stray = [str(f) for f in report.findings if f.indicator not in known]
    assert stray == []


def test_summary(report):
    if not PLAN.is_file():
        pytest.skip(NO_PLAN)
    expected = Counter(sev for r in ROWS for _, sev in r.findings)
    assert {s: report.count(s) for s in ("error", "warning", "info")} == {
        "error": expected["error"], "warning": expected["warning"], "info": expected["info"]}
    assert len(report.claims) == 271


def test_merged_indicators_carry_both_names(register):
    """One indicator per quantity, named in both tables: aliases keep the other name."""
    inds = register.indicators
    assert "城镇化率" in inds["urbanization_rate"].aliases
    assert "农民人均纯收入" in inds["rural_net_income"].aliases
    assert "城镇保障性安居工程建设" in inds["urban_affordable_housing"].aliases
    gdp = inds["gdp"]
    assert {c.context for c in gdp.claims} == {"专栏1", "专栏2"}


def test_five_year_totals_are_marked(register):
    totals = {(c.indicator, c.quantity.text) for c in register.claims if c.extra.get("total")}
    assert totals == {
        ("urban_affordable_housing", "[123.3]"), ("urban_affordable_housing", "[151.5]"),
        ("urban_affordable_housing", "[99]"), ("shantytown_renovation", "[64.68]"),
        ("shantytown_renovation", "[86.06]"), ("rural_housing_program", "[150]"),
        ("rural_housing_program", "[135.65]"), ("rural_poverty_exit", "[261]"), ("new_urban_jobs", "[220以上]"),
        ("new_construction_land", "[276]"), ("new_construction_land", "[352]"),
    }
    assert all(c.kind == "cumulative_change" for c in register.claims if c.extra.get("total"))


def test_bases(register):
    real = {i.id for i in register.indicators.values() if i.basis == "real"}
    assert real == {"gdp", "industry_value_added"}  # 服务业增加值比重 is a share: no real growth


# --- an edited register: one changed figure must surface as a growth error at its line

EDITS = [
    # 2020 GDP 13078 → 13978: (13978/9324.8)^(1/5) − 1 = 1.49901^0.2 − 1 = 8.43 %/yr,
    # outside "7左右" [6.5, 7.5]. The table's own 2020 figure shows its levels at comparable
    # prices (9324.8 × 1.07^5 = 13078), so 8.43 against 7 is a contradiction → error.
    pytest.param("gdp", "13078", "13978", 268, id="gdp-2020"),
    # 2020 urban income 38606 → 36806 (two digits swapped): (36806/26274.7)^(1/5) − 1
    # = 1.40082^0.2 − 1 = 6.97 %/yr, outside 8 [7.5, 8.5), nominal → error
    pytest.param("urban_disposable_income", "38606", "36806", 277, id="urban-income-2020"),
]


@pytest.mark.parametrize("ind_id, old, new, line", EDITS)
def test_an_edited_figure_is_a_new_growth_error_at_its_line(tmp_path, report, ind_id, old, new, line):
    text = REGISTER.read_text(encoding="utf-8")
    assert text.count(f'value = "{old}"') == 1
    edited = tmp_path / "targets.toml"
    edited.write_text(text.replace(f'value = "{old}"', f'value = "{new}"'), encoding="utf-8")
    after = check_register(str(edited))
    before = {(f.rule, f.severity, f.indicator) for f in report.findings}
    new_errors = [f for f in after.findings if f.rule == "growth" and f.severity == "error"
                  and f.indicator == ind_id and ("growth", "error", ind_id) not in before]
    assert len(new_errors) == 1, [str(f) for f in after.findings if f.indicator == ind_id]
    located = [loc for loc in new_errors[0].locations if loc.line == line and new in loc.text]
    assert located, new_errors[0].locations
    assert located[0].path.endswith("000_de031afa12feb304.txt")


def test_without_the_plan_only_its_path_is_reported(report):
    if PLAN.is_file():
        pytest.skip(f"the plan is at {PLAN.parent}: this test is for a checkout without ../shared/corpus")
    known = {r.id for r in ROWS}
    stray = [f for f in report.findings if f.indicator not in known]
    assert [(f.rule, f.severity) for f in stray] == [("register-path", "warning")]
    expected = Counter(sev for r in ROWS for _, sev in r.findings)
    assert report.count("warning") == expected["warning"] + 1 and report.count("error") == expected["error"]


# --- the register against the printed plan (needs ../shared/corpus)

STATUS_WORDS = {"完成", "未完成", "2014-2015年完成年度目标"}
DATA_CELL = re.compile(r"[<\[(]*-?\d+(?:\.\d+)?[\])]*\s*(?:以上|以内|左右)?[\])]*")


def _data_cells(cells: list[str]) -> list[str]:
    return [c for c in cells if c in STATUS_WORDS or c in ("—", "控制在国家下达指标内")
            or DATA_CELL.fullmatch(c)]


@pytest.mark.corpus
def test_every_value_is_a_cell_of_its_line_and_every_cell_is_typed(register, xinjiang):
    lines = xinjiang.read_text(encoding="utf-8").splitlines()
    typed: dict[int, Counter] = {}
    for c in register.claims:
        typed.setdefault(c.source.line, Counter())[c.quantity.text] += 1
    for table, rows in TABLE_LINES.items():
        for n in sorted(rows):
            cells = [cell.strip() for cell in lines[n - 1].split("\t")]
            assert Counter(_data_cells(cells)) == typed.get(n, Counter()), (table, n, cells)
