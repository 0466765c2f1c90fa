"""Word drafts through the optional python-docx extra."""

from __future__ import annotations

import pytest

from plancheck import load
from plancheck.errors import InputError

docx = pytest.importorskip("docx", reason="python-docx is the optional 'docx' extra")


def test_docx_paragraphs_and_tables_are_read(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("青川市国民经济和社会发展第十三个五年规划纲要")
    doc.add_paragraph("到 2020 年，地区生产总值年均增长 7%左右，2020 年地区生产总值达到 3500 亿元。")
    table = doc.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["指标", "2015 年", "2020 年", "年均增长(%)"], strict=False):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["地区生产总值(亿元)", "2400", "3366", "7左右"], strict=False):
        cell.text = text
    path = tmp_path / "draft.docx"
    doc.save(path)
    plan = load(path)
    assert {(c.origin, c.quantity.text) for c in plan.claims} >= {("prose", "3500"), ("table", "3366")}
    assert "cross-source" in {f.rule for f in plan.check().findings}  # 3500 in prose vs 3366 in the table


def test_a_broken_docx_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError) as err:
        load(path)
    assert "broken.docx" in str(err.value) and "docx" in str(err.value)
