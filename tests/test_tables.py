"""Indicator tables of every real shape: blank cells, 〔〕 cumulative cells, growth-only rows,
footnote-dated cells, text targets and the relations they name, counts of indicators,
fiscal-year headers, units and source columns, part rows, and what is not read.

The fixtures are our own (tests/data/plans/tables_*.{txt,md}); each test states
every figure the table holds, so a cell read with the wrong year, role or unit,
or a claim invented from an empty cell, fails.
"""

from __future__ import annotations

import re

import pytest

from conftest import DATA
from plancheck import load
from plancheck.documents.fiscal import parse_fiscal_header

ZH = DATA / "plans" / "tables_main_indicators.txt"
EN = DATA / "plans" / "tables_kpi_en.md"

# --- fiscal-year headers ----------------------------------------------------------

FISCAL = [
    # header, year, start, fiscal, span, role
    ("FY19", 2019, 2018, True, False, None),
    ("FY2019", 2019, 2018, True, False, None),
    ("FY2019-20", 2020, 2019, True, False, None),
    ("FY 2019-20", 2020, 2019, True, False, None),
    ("FY19-20", 2020, 2019, True, False, None),
    ("2019-20", 2020, 2019, True, False, None),
    ("2019–20", 2020, 2019, True, False, None),
    ("2019/20", 2020, 2019, True, False, None),
    ("2019/2020", 2020, 2019, True, False, None),
    ("1999-2000", 2000, 1999, True, False, None),
    ("1999-00", 2000, 1999, True, False, None),
    ("FY99", 1999, 1998, True, False, None),
    ("FY'19", 2019, 2018, True, False, None),
    ("FY25 target", 2025, 2024, True, False, "target"),
    ("Target FY25", 2025, 2024, True, False, "target"),
    ("FY 2024-25 (BE)", 2025, 2024, True, False, "target"),
    ("2024-25 Budget", 2025, 2024, True, False, "target"),
    ("FY21 (provisional)", 2021, 2020, True, False, "actual"),
    ("2019-20 Actual", 2020, 2019, True, False, "actual"),
    ("2020-21E", 2021, 2020, True, False, "actual"),
    ("2020-21 (RE)", 2021, 2020, True, False, "actual"),
    ("2019", 2019, 2019, False, False, None),
    ("2030 goal", 2030, 2030, False, False, "target"),
    ("2021-25", 2025, 2021, False, True, None),
    ("2015-2020", 2020, 2015, False, True, None),
    ("CAGR FY20-25 (%)", 2025, 2020, True, True, None),
]


@pytest.mark.parametrize("header,year,start,fiscal,span,role", FISCAL)
def test_fiscal_headers_in_every_common_form(header, year, start, fiscal, span, role):
    got = parse_fiscal_header(header)
    assert got is not None, header
    assert (got.year, got.start, got.fiscal, got.span, got.role) == (year, start, fiscal, span, role)


@pytest.mark.parametrize("header", ["Indicator", "Units", "19", "No. 19", "2019-18", "2015年", "2020年目标",
                                    "GW", "Source", "", "10-15", "Phase 2"])
def test_headers_that_name_no_fiscal_year(header):
    assert parse_fiscal_header(header) is None


# --- the Chinese main-indicator table ------------------------------------------------

#: (line, printed) → (kind, start_year, year, role, unit): every figure of the 20 rows
#: (the reader prints 〔4〕 as [4]: documents/read.py maps the bracket one for one).
ZH_FIGURES = {
    (7, "5.0"): ("growth_rate", 2024, 2025, "actual", "%"),          # growth-only row: that year's growth
    (8, "5.5"): ("growth_rate", 2024, 2025, "actual", "%"),
    (9, "67"): ("share", None, 2025, "actual", "%"),
    (9, "71"): ("share", None, 2030, "target", "%"),
    (9, "[4]"): ("cumulative_change", 2025, 2030, "target", "百分点"),
    (10, "2.68"): ("share", None, 2025, "actual", "%"),
    (10, "3.2以上"): ("share", None, 2030, "target", "%"),
    (11, "14"): ("level", None, 2024, "actual", "件"),                # 14*: 带*的为上一年数据
    (11, "20"): ("level", None, 2030, "target", "件"),
    (12, "10"): ("share", None, 2025, "actual", "%"),
    (12, "12.5"): ("share", None, 2030, "target", "%"),
    (12, "[2.5]"): ("cumulative_change", 2025, 2030, "target", "百分点"),
    (13, "5.1"): ("growth_rate", 2024, 2025, "actual", "%"),
    (14, "5.2"): ("share", None, 2025, "actual", "%"),
    (14, "5.5以内"): ("share", None, 2030, "target", "%"),
    (15, "11.2"): ("level", None, 2025, "actual", "年"),
    (15, "11.7"): ("level", None, 2030, "target", "年"),
    (15, "[0.5]"): ("cumulative_change", 2025, 2030, "target", "年"),
    (16, "3.6"): ("level", None, 2025, "actual", "人"),
    (16, "4"): ("level", None, 2030, "target", "人"),
    (17, "95"): ("share", None, 2025, "actual", "%"),
    (17, "96"): ("share", None, 2030, "target", "%"),
    (18, "4.1"): ("level", None, 2024, "actual", "个"),               # 4.1*
    (18, "5.5"): ("level", None, 2030, "target", "个"),
    (19, "79"): ("level", None, 2025, "actual", "岁"),
    (19, "80"): ("level", None, 2030, "target", "岁"),
    (19, "[1]"): ("cumulative_change", 2025, 2030, "target", "岁"),
    (20, "[13.5]"): ("reduction", 2025, 2030, "target", "%"),
    (21, "[17]"): ("reduction", 2025, 2030, "target", "%"),
    (22, "【10】"): ("reduction", 2025, 2030, "target", "%"),
    (23, "25"): ("share", None, 2025, "actual", "%"),
    (23, "26"): ("share", None, 2030, "target", "%"),
    (23, "[1]"): ("cumulative_change", 2025, 2030, "target", "百分点"),
    (24, "7"): ("level", None, 2025, "actual", "亿吨"),
    (24, "7以上"): ("level", None, 2030, "target", "亿吨"),
    (25, "51"): ("level", None, 2025, "actual", "亿吨标准煤"),
    (25, "58"): ("level", None, 2030, "target", "亿吨标准煤"),
    (26, "[5500以上]"): ("cumulative_change", 2025, 2030, "target", "万人"),
}
#: Text targets: kept as qualitative claims of the target year, never as numbers.
ZH_TEXT = {
    (7, "保持在合理区间、各年度视情提出"): ("growth_rate", 2025, 2030),
    (8, "高于国内生产总值增长"): ("growth_rate", 2025, 2030),
    (13, "与经济增长同步"): ("growth_rate", 2025, 2030),
}


@pytest.fixture(scope="module")
def zh():
    return load(ZH)


def _table_claims(plan):
    return [c for c in plan.claims if c.origin == "table"]


def test_every_numeric_cell_is_read_with_its_year_role_and_unit(zh):
    got = {(c.source.line, c.quantity.text): (c.kind, c.start_year, c.year, c.role, c.unit)
           for c in _table_claims(zh) if c.quantity.is_number}
    assert got == ZH_FIGURES


def test_text_targets_are_qualitative_claims(zh):
    got = {(c.source.line, c.quantity.text): (c.kind, c.start_year, c.year)
           for c in _table_claims(zh) if not c.quantity.is_number}
    assert got == ZH_TEXT
    assert all(c.extra.get("qualitative") and c.role == "target" for c in _table_claims(zh)
               if not c.quantity.is_number)


def test_no_claim_is_invented_from_a_blank_cell(zh):
    blank = re.compile(r"^(|—|－|-|/|空)$")
    assert not [c for c in _table_claims(zh) if blank.match(c.quantity.text.strip())]
    rows = {s["line"]: s for s in zh.statements if s["type"] == "table_row"}
    assert len(rows) == 20
    assert rows[20]["blank"] == ["2025年", "2030年"]             # — —
    assert rows[22]["blank"] == ["2025年", "2030年"]             # / /
    assert rows[25]["blank"] == ["年均增长/累计"]                # 空
    assert rows[26]["blank"] == ["2025年", "2030年"]             # empty cells
    assert rows[8]["blank"] == ["年均增长/累计"]                 # －


def test_a_growth_only_row_is_the_growth_of_its_subject(zh):
    gdp = zh.indicators["gdp"]
    assert {(c.kind, c.quantity.text) for c in gdp.claims} == {
        ("growth_rate", "5.0"), ("growth_rate", "保持在合理区间、各年度视情提出")}
    assert zh.indicators["resident_disposable_income"].claims[0].kind == "growth_rate"


def test_footnote_dated_cells_name_the_note(zh):
    dated = [c for c in _table_claims(zh) if c.extra.get("dated_by_note")]
    assert {(c.source.line, c.year) for c in dated} == {(11, 2024), (18, 2024)}
    assert "带*的为上一年数据" in dated[0].extra["dated_by_note"]


def test_text_targets_naming_an_indicator_become_relations(zh):
    rels = {(s["line"], s["expr"], s["severity"]) for s in zh.statements if s["type"] == "table_relation"}
    assert rels == {(8, "`name:全员劳动生产率` > `gdp`", "error"),
                    (13, "`resident_disposable_income` == `gdp`", "warning")}


def test_counts_of_indicators_become_complete_enumerations(zh):
    enums = {(s["count"], len(s["items"]), s["complete"]) for s in zh.statements if s["type"] == "enumeration"}
    assert enums == {(20, 20, True), (7, 7, True)}


def test_the_fixture_table_is_consistent(zh):
    report = zh.check()
    assert [f for f in report.findings if f.severity != "info"] == []


def _variant(tmp_path, old, new, name="plan.txt"):
    text = ZH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load(path).check()


@pytest.mark.parametrize("old,new,severity", [
    ("约束性指标7项", "约束性指标8项", "error"),     # 7 binding rows, the note says 8
    ("约束性指标7项", "约束性指标6项", "error"),
    ("20项主要指标", "21项主要指标", "error"),
])
def test_a_count_that_the_rows_do_not_match_is_an_enumeration_finding(tmp_path, old, new, severity):
    found = [f for f in _variant(tmp_path, old, new).findings if f.rule == "enumeration"]
    assert [(f.severity, f.locations[0].line) for f in found] == [(severity, 27)]


def test_an_unnumbered_table_count_is_only_a_warning():
    text = ("# 第十五个五年规划纲要\n\n专栏1 主要指标（约束性指标3项）\n指标\t2025年\t2030年\t属性\n"
            "森林覆盖率(%)\t25\t26\t约束性\n粮食综合生产能力(亿吨)\t7\t7以上\t约束性\n")
    found = [f for f in load(text, name="t.txt").check().findings if f.rule == "enumeration"]
    assert [f.severity for f in found] == ["warning"]


def test_a_count_matching_its_rows_is_no_finding():
    text = ("# 第十五个五年规划纲要\n\n专栏1 主要指标（约束性指标2项）\n指标\t2025年\t2030年\t属性\n"
            "森林覆盖率(%)\t25\t26\t约束性\n粮食综合生产能力(亿吨)\t7\t7以上\t约束性\n"
            "城镇调查失业率(%)\t5.2\t5.5以内\t预期性\n")
    assert [f for f in load(text, name="t.txt").check().findings if f.rule == "enumeration"] == []


RELATION_TABLE = ("# 第十五个五年规划纲要\n\n专栏1 主要指标\n指标\t2025年\t2030年\t年均增长/累计\t属性\n"
                  "国内生产总值增长(%)\t5.0\t5左右\t—\t预期性\n"
                  "居民人均可支配收入(元)\t41000\t{text}\t{rate}\t预期性\n")


@pytest.mark.parametrize("text,rate,severity", [
    ("与经济增长同步", "4", "warning"),   # 4 % is not about 5 %
    ("高于国内生产总值增长", "4", "error"),
    ("不低于经济增长", "4", "error"),
])
def test_a_broken_relation_of_a_text_target_is_reported(text, rate, severity):
    report = load(RELATION_TABLE.format(text=text, rate=rate), name="t.txt").check()
    found = [f for f in report.findings if f.rule == "relation"]
    assert [(f.severity, f.locations[-1].line) for f in found] == [(severity, 6)]
    assert text in found[0].message


@pytest.mark.parametrize("text,rate", [
    ("与经济增长同步", "5"),            # 5 within 5左右
    ("与经济增长基本同步", "5.2"),
    ("高于国内生产总值增长", "5.5"),    # 5.5 > 5左右 for some reading
    ("高于全国平均水平", "1"),          # names no indicator of the plan: nothing to check
])
def test_a_relation_that_holds_or_names_nothing_known_is_no_finding(text, rate):
    report = load(RELATION_TABLE.format(text=text, rate=rate), name="t.txt").check()
    assert [f for f in report.findings if f.rule == "relation"] == []


def test_relations_with_no_figure_on_either_side_say_nothing(zh):
    assert [f for f in zh.check().findings if f.rule == "relation"] == []


@pytest.mark.parametrize("note,year", [
    ("注：带*的为2024年数据。", 2024),
    ("注：*为2023年数据。", 2023),
    ("注：带*的为上年数据。", 2024),
    ("Note: * data for 2023.", 2023),
])
def test_footnotes_date_marked_cells(note, year):
    text = ("# 第十五个五年规划纲要\n\n专栏1 主要指标\n指标\t2025年\t2030年\t属性\n"
            f"森林覆盖率(%)\t25*\t26\t约束性\n\n{note}\n")
    got = {c.quantity.text: (c.year, c.role) for c in load(text, name="t.txt").claims if c.origin == "table"}
    assert got == {"25": (year, "actual"), "26": (2030, "target")}


def test_a_mark_no_note_explains_keeps_its_column_year():
    text = ("# 第十五个五年规划纲要\n\n专栏1 主要指标\n指标\t2025年\t2030年\t属性\n"
            "森林覆盖率(%)\t25*\t26\t约束性\n")
    claim = next(c for c in load(text, name="t.txt").claims if c.quantity.text == "25")
    assert claim.year == 2025 and claim.extra["note_mark"] == "*"


@pytest.mark.parametrize("name,growth", [
    ("国内生产总值增长(%)", True), ("GDP增速(%)", True), ("全员劳动生产率增长(%)", True),
    ("人口自然增长率(‰)", False),    # a demographic rate, read as a level of its own
    ("城镇新增就业(万人)", False), ("单位GDP能耗降低(%)", False),
])
def test_growth_only_rows_and_near_misses(name, growth):
    text = f"# 第十五个五年规划纲要\n\n专栏1 主要指标\n指标\t2025年\t2030年\t属性\n{name}\t5.5\t6\t预期性\n"
    kinds = {c.kind for c in load(text, name="t.txt").claims if c.origin == "table"}
    assert (kinds == {"growth_rate"}) is growth


def _as_pipe(text: str) -> str:
    lines, out, first = text.splitlines(), [], True
    for line in lines:
        if "\t" in line and not line.startswith("注"):
            cells = line.split("\t")
            out.append("| " + " | ".join(cells) + " |")
            if first:
                out.append("|" + "---|" * len(cells))
                first = False
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _as_html(text: str) -> str:
    out, inside = [], False
    for line in text.splitlines():
        if "\t" in line and not line.startswith("注"):
            if not inside:
                out.append("<table>")
                inside = True
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>")
        else:
            if inside:
                out.append("</table>")
                inside = False
            out.append(f"<p>{line}</p>" if line else "")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


@pytest.mark.parametrize("convert,suffix", [(_as_pipe, "md"), (_as_html, "html")])
def test_pipe_and_html_tables_are_read_alike(tmp_path, zh, convert, suffix):
    path = tmp_path / f"plan.{suffix}"
    path.write_text(convert(ZH.read_text(encoding="utf-8")), encoding="utf-8")
    plan = load(path)

    def key(p):
        return sorted((c.kind, c.quantity.text.replace("—", ""), c.start_year, c.year, c.role, c.unit)
                      for c in _table_claims(p))

    assert key(plan) == key(zh)
    assert {(s["count"], len(s["items"])) for s in plan.statements if s["type"] == "enumeration"} == \
        {(20, 20), (7, 7)}


# --- the English KPI table --------------------------------------------------------------

#: (line, printed) → (year, role, unit, fiscal label)
EN_FIGURES = {
    **{(9, v): (y, r, "GW") for v, y, r in (("78", 2019, "actual"), ("87", 2020, "actual"),
                                            ("95", 2021, "actual"), ("150", 2025, "target"))},
    **{(10, v): (y, r, "GW") for v, y, r in (("35", 2019, "actual"), ("37.7", 2020, "actual"),
                                             ("39", 2021, "actual"), ("60", 2025, "target"))},
    **{(11, v): (y, r, "GW") for v, y, r in (("28", 2019, "actual"), ("34.6", 2020, "actual"),
                                             ("40", 2021, "actual"), ("100", 2025, "target"))},
    **{(12, v): (y, r, "GW") for v, y, r in (("4.5", 2019, "actual"), ("4.7", 2020, "actual"),
                                             ("4.8", 2021, "actual"), ("5", 2025, "target"))},
    **{(13, v): (y, r, "billion kWh") for v, y, r in (("1372", 2019, "actual"), ("1383", 2020, "actual"),
                                                      ("1800", 2025, "target"))},
    **{(14, v): (y, r, "billion kWh") for v, y, r in (("127", 2019, "actual"), ("138", 2020, "actual"),
                                                      ("300", 2025, "target"))},
    **{(15, v): (y, r, "%") for v, y, r in (("36", 2019, "actual"), ("38", 2020, "actual"),
                                            ("39.2", 2021, "actual"), ("50", 2025, "target"))},
    (16, "1.2"): (2018, "actual", "百万"),      # 1.2*: "* Figures for the previous year."
    (16, "2.5"): (2020, "actual", "百万"),
    (16, "3"): (2025, "target", "百万"),
}


@pytest.fixture(scope="module")
def en():
    return load(EN)


def test_english_table_every_cell_with_fiscal_year_role_and_unit(en):
    got = {(c.source.line, c.quantity.text): (c.year, c.role, c.unit) for c in _table_claims(en)}
    assert got == EN_FIGURES
    assert {c.extra.get("source") for c in _table_claims(en)} == {"CEA", "MNRE", "Saubhagya"}
    first = next(c for c in _table_claims(en) if c.quantity.text == "78")
    assert first.extra["fiscal_year"] == "FY2018-19"


def test_english_blank_cells_are_recorded_not_claimed(en):
    rows = {s["line"]: s["blank"] for s in en.statements if s["type"] == "table_row"}
    assert rows[13] == ["FY21 (provisional)"] and rows[14] == ["FY21 (provisional)"] \
        and rows[16] == ["FY21 (provisional)"]


def test_part_rows_are_parts_of_the_total_above(en):
    by_id = {c.id: c for c in en.claims}
    parts = {(c.source.line, c.quantity.text): by_id[c.extra["part_of"]].source.line
             for c in en.claims if "part_of" in c.extra}
    assert set(parts.values()) == {9, 13}
    assert {line for line, _ in parts} == {10, 11, 12, 14}


def test_a_total_its_parts_exceed_is_an_error_of_the_totals_rule(en):
    found = [f for f in en.check().findings if f.severity != "info"]
    assert [(f.rule, f.severity, f.locations[0].line) for f in found] == [("totals", "error", 9)]
    f = found[0]
    assert "163.5" in f.message and [x.suggested for x in f.fixes] == ["165"]


@pytest.mark.parametrize("old,new,rule", [
    ("| 150 |", "| 170 |", None),                         # 165 ≤ 170: no finding
    ("| - Solar | GW | 28 |", "| Solar | GW | 28 |", None),  # not marked as a part: no sum
])
def test_near_misses_of_the_parts_sum(tmp_path, old, new, rule):
    text = EN.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "kpi.md"
    path.write_text(text.replace(old, new), encoding="utf-8")
    assert [f for f in load(path).check().findings if f.rule == "totals"] == []


def test_one_part_above_its_total_is_one_error_not_two(tmp_path):
    text = EN.read_text(encoding="utf-8").replace("| 150 |", "| 95 |").replace("| - Solar | GW | 28 | 34.6 | 40 | 100 |",
                                                                                "| - Solar | GW | 28 | 34.6 | 40 | 100 |")
    path = tmp_path / "kpi.md"
    path.write_text(text, encoding="utf-8")
    found = [f for f in load(path).check().findings if f.rule == "totals"]
    assert [f.severity for f in found] == ["error"] and "exceeds the whole" in found[0].message


def test_a_dash_row_with_nothing_above_is_a_name():
    text = ("# Plan\n\n| Indicator | Units | FY19 | FY25 target |\n|---|---|---|---|\n"
            "| - Wind | GW | 35 | 60 |\n")
    claims = [c for c in load(text, name="t.md").claims if c.origin == "table"]
    assert len(claims) == 2 and not any("part_of" in c.extra for c in claims)


# --- what is not read ------------------------------------------------------------------------

def test_every_numeric_cell_of_an_unread_table_is_listed():
    text = "# 第十五个五年规划纲要\n\n表1 重点工程\n工程\t规模\t投资\n铁路\t1200公里\t800亿元\n公路\t3000公里\t450\n"
    plan = load(text, name="t.txt")
    assert plan.claims == [] or all(c.origin != "table" for c in plan.claims)
    got = {(u["line"], u["text"]) for u in plan.unparsed}
    assert got == {(5, "1200公里"), (5, "800亿元"), (6, "3000公里"), (6, "450")}
    assert all("not read" in u["reason"] for u in plan.unparsed)


def test_a_table_of_contents_is_said_to_be_one():
    text = "# 第十五个五年规划纲要\n\n目 录\n第一章 总则\t1\n第二章 目标\t5\n第三章 措施\t9\n"
    reasons = {u["reason"] for u in load(text, name="t.md").unparsed}
    assert reasons == {"not read: page number of a table of contents"}


def test_numbers_in_a_column_the_header_does_not_name_are_listed():
    text = ("# 第十五个五年规划纲要\n\n专栏1 主要指标\n指标\t2025年\t2030年\t备选\n"
            "森林覆盖率(%)\t25\t26\t27\n")
    plan = load(text, name="t.txt")
    assert {c.quantity.text for c in plan.claims if c.origin == "table"} == {"25", "26"}
    assert [(u["text"], u["line"]) for u in plan.unparsed] == [("27", 5)]


def test_cells_beyond_the_header_are_listed():
    text = ("# 第十五个五年规划纲要\n\n专栏1 主要指标\n指标\t2025年\t2030年\n"
            "森林覆盖率(%)\t25\t26\t27\t28\n")
    plan = load(text, name="t.txt")
    assert sorted(u["text"] for u in plan.unparsed) == ["27", "28"]
    assert all("beyond" in u["reason"] for u in plan.unparsed)


SURPLUS = [
    # header, row, the cells read (text -> year or kind), the cells listed as beyond the header
    # a header that lost a column (its first year merged into the label cell): the attribute
    # column anchors the row on the right, the surplus cell on the left is listed, not shifted in
    ("指 2020年\t2025年\t年均增长(%)\t属性", "人均收入(元)\t\t3200\t4100\t5\t预期性",
     {"4100": 2025, "5": "growth_rate"}, ["3200"]),
    # near miss: as wide as the header: every cell in its column
    ("指标\t2020年\t2025年\t年均增长(%)\t属性", "人均收入(元)\t3200\t4100\t5\t预期性",
     {"3200": 2020, "4100": 2025, "5": "growth_rate"}, []),
    # near miss: surplus without an attribute at the end: left-aligned as before, the rest listed
    ("指标\t2020年\t2025年", "人均收入(元)\t3200\t4100\t4500",
     {"3200": 2020, "4100": 2025}, ["4500"]),
]


@pytest.mark.parametrize("header, row, read, beyond", SURPLUS)
def test_a_row_wider_than_its_header_is_anchored_on_its_attribute(header, row, read, beyond):
    text = f"# 第十五个五年规划纲要\n\n专栏1 主要指标\n{header}\n{row}\n"
    plan = load(text, name="t.txt")
    got = {c.quantity.text: (c.kind if c.kind == "growth_rate" else c.year)
           for c in plan.claims if c.origin == "table"}
    assert got == read
    assert sorted(u["text"] for u in plan.unparsed if "beyond" in u["reason"]) == beyond


def test_extract_unparsed_lists_the_cells(tmp_path, capsys):
    from plancheck.cli.main import main

    path = tmp_path / "t.txt"
    path.write_text("# 第十五个五年规划纲要\n\n表1 重点工程\n工程\t规模\t投资\n铁路\t1200公里\t800亿元\n",
                    encoding="utf-8")
    code = main(["extract", "--unparsed", str(path)])
    out = capsys.readouterr().out
    assert code == 0 and f"{path}:5:" in out and "1200公里" in out and "2 candidate figures not read" in out
