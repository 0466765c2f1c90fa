"""Reading documents: encodings, page-break joins, HTML, pipe and HTML tables."""

from __future__ import annotations

import codecs

import pytest

from plancheck import load
from plancheck.documents import Paragraph, Table, document_from_text, read_document, segment
from plancheck.errors import InputError

PLAN = "# 第十三个五年规划纲要\n\n到 2020 年，地区生产总值年均增长 7%左右，2020 年地区生产总值达到 3366 亿元。\n"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""),
])
def test_encodings_are_detected(tmp_path, encoding, bom):
    path = tmp_path / "plan.txt"
    path.write_bytes(bom + PLAN.encode(encoding))
    plan = load(path)
    assert {c.quantity.text for c in plan.claims} == {"7左右", "3366"}
    assert all(c.source.line == 3 for c in plan.claims)


def test_undecodable_bytes_name_the_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("第一行\n第二行\n".encode("utf-8") + b"\xff\xfe\x80\x81\xfe\xff" * 3)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "bad.txt" in str(err.value)


def test_full_width_digits_keep_columns():
    text = "到２０２０年，城镇登记失业率控制在４．５％以内。"
    plan = load("# 第十三个五年规划\n\n" + text, name="fw.md")
    claim = next(c for c in plan.claims if c.kind == "share")
    assert claim.quantity.text == "4.5以内"
    assert text[claim.source.col_start:claim.source.col_end] == "４．５"


def test_a_sentence_cut_by_a_page_break_is_one_sentence_with_true_lines():
    text = ("# 第十三个五年规划\n\n"
            "“十三五”期间，全区经济保持中高速增长，结构不断优化，地区生产总值年均增长 7%左右，\n\n"
            "2020 年达到 13078 亿元，人均收入稳步提高，城乡差距逐步缩小，民生持续改善。\n")
    plan = load(text, name="pb.md")
    by_value = {c.quantity.text: c for c in plan.claims}
    assert by_value["7左右"].source.line == 3
    assert by_value["13078"].source.line == 5
    assert by_value["13078"].indicator == "gdp"  # the subject came from the line before the break


def test_short_unpunctuated_lines_are_items_not_halves():
    doc = document_from_text("总人口控制在13.9亿人以内\n\n人均预期寿命提高1岁，达到74.5岁\n")
    paras = [b for b in segment(doc) if isinstance(b, Paragraph)]
    assert [p.lines for p in paras] == [[1], [3]]


def test_html_fragments_are_blanked_without_moving_columns():
    line = "<p><b>专栏 5</b></p> <p>到 2020 年，森林覆盖率达到 5.6%。</p>"
    doc = document_from_text(line)
    assert len(doc.lines[0]) == len(line)
    assert "<" not in doc.lines[0] and doc.lines[0].index("5.6") == line.index("5.6")


def test_markdown_pipe_table():
    text = ("# 第十三个五年规划\n\n专栏 1 主要指标\n\n"
            "| 指标 | 2015 年 | 2020 年 | 年均增长(%) |\n|---|---|---|---|\n"
            "| 地区生产总值(亿元) | 2400 | 3366 | 7 |\n")
    plan = load(text, name="pipe.md")
    got = {(c.kind, c.quantity.text, c.year) for c in plan.claims if c.origin == "table"}
    assert got == {("level", "2400", 2015), ("level", "3366", 2020), ("growth_rate", "7", 2020)}


def test_html_table_rows_become_cells():
    text = ("<h1>第十三个五年规划</h1>\n<table>\n"
            "<tr><th>指标</th><th>2015 年</th><th>2020 年</th><th>年均增长(%)</th></tr>\n"
            "<tr><td>地区生产总值(亿元)</td><td>2400</td><td>3366</td><td>7</td></tr>\n</table>\n")
    plan = load(text, name="plan.html")
    got = {(c.quantity.text, c.year, c.source.line) for c in plan.claims if c.origin == "table"}
    assert got == {("2400", 2015, 4), ("3366", 2020, 4), ("7", 2020, 4)}


def test_a_table_without_a_year_header_is_reported_not_dropped():
    text = "# 第十三个五年规划\n\n目 录\n第一章 总则\t1\n第二章 目标\t5\n第三章 措施\t9\n"
    plan = load(text, name="toc.md")
    assert plan.claims == []
    assert any("not read" in u["reason"] for u in plan.unparsed)


def test_tables_with_missing_and_extra_cells_align_by_meaning():
    text = ("# 第十三个五年规划\n\n专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性\n"
            "经济发展\t1.地区生产总值(亿元)\t\t2400\t3366\t7左右\t预期性\n"   # a spare empty cell
            "2.一般公共预算收入(亿元)\t\t180\t247\t6.5以上\t预期性\t\n"       # group cell missing
            "\t\t森林蓄积量(亿立方米)\t3.67\t4.08\t[0.41]\t\n")              # attribute missing
    plan = load(text, name="t.md")
    got = {(c.name, c.quantity.text, c.year) for c in plan.claims}
    assert ("地区生产总值", "2400", 2015) in got and ("一般公共预算收入", "247", 2020) in got
    assert ("森林蓄积量", "[0.41]", 2020) in got


def test_segment_keeps_table_titles():
    doc = document_from_text("专栏 2 主要指标\n指 标\t2015 年\t2020 年\n地区生产总值\t1\t2\n")
    tables = [b for b in segment(doc) if isinstance(b, Table)]
    assert tables and tables[0].title.startswith("专栏 2")


def test_one_paragraph_per_line_texts_are_not_joined():
    """A plain-text export puts each paragraph on its own line with no blank
    lines: an unpunctuated line there is a list item, not half a sentence."""
    items = ["城镇化率提高４个百分点，城乡区域发展的协调性进一步增强",
             "九年义务教育质量显著提高，九年义务教育巩固率达到９３％，高中阶段教育毛入学率提高到８７％"] * 6
    doc = document_from_text("\n".join(items))
    paras = [b for b in segment(doc) if isinstance(b, Paragraph)]
    assert [p.lines for p in paras] == [[i] for i in range(1, 13)]


def test_html_table_rows_over_several_lines():
    text = ("<html><body><h1>第十三个五年规划纲要</h1>\n<table>\n<tr>\n  <th>指标</th>\n  <th>2015 年</th>\n"
            "  <th>2020 年</th>\n  <th>年均增长(%)</th>\n</tr>\n<tr>\n  <td>地区生产总值(亿元)</td>\n"
            "  <td>2400</td>\n  <td>3366</td>\n  <td>7</td>\n</tr>\n</table>\n"
            "<p>到 2020 年，地区生产总值达到 3366 亿元。</p>\n</body></html>\n")
    plan = load(text, name="plan.html")
    table = {(c.quantity.text, c.year, c.source.line) for c in plan.claims if c.origin == "table"}
    assert table == {("2400", 2015, 9), ("3366", 2020, 9), ("7", 2020, 9)}  # the row's first line
    prose = [c for c in plan.claims if c.origin == "prose"]
    assert [c.source.line for c in prose] == [16]  # later lines keep their numbers
