"""Reading the files people have: PDF (text layer, tables, pages), saved web pages, and one answer
whatever the format. The PDFs are made by a real PDF writer (reportlab, with its built-in CJK
font), the Word files by python-docx, the web pages as a government site saves them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from plancheck import load
from plancheck.errors import InputError

from conftest import DATA, ROOT
from writers import write_pdf

pytest.importorskip("pypdfium2", reason="PDF reading is the optional 'pdf' extra")
pytest.importorskip("reportlab", reason="reportlab writes the test PDFs (in the 'test' extra)")

PLAN = DATA / "plans" / "formats_plan.txt"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "plancheck.cli.main", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}, timeout=120)


def claim_keys(plan) -> list[tuple]:
    return sorted((c.indicator or "", c.name, c.kind, c.quantity.text, c.unit, c.year or 0, c.start_year or 0,
                   c.role, c.origin, c.region or "") for c in plan.claims)


def finding_keys(report) -> list[tuple]:
    return sorted((f.rule, f.severity, f.indicator or "", f.message.split(" at ")[0]) for f in report.findings)


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory) -> Path:
    return write_pdf(PLAN.read_text(encoding="utf-8"), tmp_path_factory.mktemp("pdf") / "plan.pdf")


# -- PDF: text layer, tables, locations -------------------------------------------------------

def test_a_pdf_reads_as_its_text(plan_pdf):
    text, pdf = load(PLAN), load(plan_pdf)
    assert claim_keys(pdf) == claim_keys(text)
    assert {c.origin for c in pdf.claims} == {"table", "prose"}


def test_a_ruled_pdf_table_becomes_tab_separated_rows(plan_pdf):
    from plancheck.documents.read import read_document

    lines = read_document(plan_pdf).lines
    header = next(ln for ln in lines if ln.startswith("指 标"))
    assert header.split("\t") == ["指 标", "2015 年", "2020 年", "年均增长 (%) [累计]", "属性"]  # a wrapped cell is one cell
    # a group label merged over its rows (printed in their middle) belongs to the first row
    assert "经济发展\t1.地区生产总值(亿元)\t2400\t3833\t7左右\t预期性" in lines
    assert "\t2.一般公共预算收入(亿元)\t180\t247\t6.5以上\t预期性" in lines


def test_wrapped_lines_of_a_paragraph_are_one_line_with_their_page_lines(plan_pdf):
    from plancheck.documents.read import read_document

    doc = read_document(plan_pdf)
    n = next(i for i, ln in enumerate(doc.lines, 1) if ln.startswith("到 2020 年，地区生产总值"))
    assert doc.lines[n - 1].endswith("平均每年新增就业 10 万人以上。")  # four printed lines, one sentence run
    pieces = doc.pieces[n - 1]
    assert len(pieces) >= 3 and [p[2] for p in pieces] == sorted(p[2] for p in pieces)
    col = doc.lines[n - 1].index("城镇新增就业 50")
    assert doc.origin(n, col)[1] > doc.origin(n, 0)[1]  # later in the paragraph, a later printed line


def test_findings_on_a_pdf_name_the_page_and_the_line_on_it(plan_pdf):
    report = load(plan_pdf).check()
    cross = next(f for f in report.findings if f.rule == "cross-source" and f.indicator == "gdp")
    assert all(loc.page == 1 and loc.page_line > 0 for loc in cross.locations)
    table_loc = next(loc for loc in cross.locations if "\t" in loc.text)
    assert "(page 1, line" in str(cross.fixes[0]) and table_loc.to_dict()["page"] == 1
    out = run_cli("check", str(plan_pdf)).stdout
    assert f"plan.pdf:{table_loc.line}:{table_loc.column} (page 1, line {table_loc.page_line})" in out


def test_extract_text_prints_the_lines_findings_use(plan_pdf):
    result = run_cli("extract", str(plan_pdf), "--text")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    plan = load(plan_pdf)
    claim = next(c for c in plan.claims if c.quantity.text == "3833")
    shown = lines[claim.source.line - 1]
    assert shown.split()[0] == str(claim.source.line) and "3833" in shown and "page 1, line" in shown


def test_a_paragraph_cut_by_a_page_break_is_joined(tmp_path):
    # a long plan: the prose paragraphs fall across page breaks somewhere in 60 pages
    path = write_pdf(PLAN.read_text(encoding="utf-8"), tmp_path / "long.pdf", repeat=80,
                     running_header="青川市“十三五”规划纲要")
    from plancheck.documents.read import read_document

    doc = read_document(path)
    pages = {p[1] for pieces in doc.pieces for p in pieces}
    assert len(pages) >= 50
    across = [i for i, pieces in enumerate(doc.pieces) if len({p[1] for p in pieces}) > 1]
    assert across, "no paragraph crossed a page break"
    for i in across:
        assert doc.lines[i].endswith("。") and "\t" not in doc.lines[i]
    assert not any(re.fullmatch(r"- \d+ -", ln) for ln in doc.lines)  # page numbers are dropped,
    assert "青川市“十三五”规划纲要" not in doc.lines  # and so is the running header
    assert len(load(path).claims) == 80 * len(load(PLAN).claims)


# -- PDF: what cannot be read ------------------------------------------------------------------

def _scan(path: Path, text_page: bool = False) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    if text_page:
        c.drawString(72, 760, "Plan of Qingchuan")
        c.showPage()
    c.drawImage(ImageReader(Image.new("L", (200, 280), 255)), 0, 0, 595, 842)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("text_page", [False, True])
def test_a_scanned_page_is_reported_with_the_ocr_hint(tmp_path, text_page):
    path = _scan(tmp_path / "scan.pdf", text_page)
    if text_page:  # an image page among text pages is left out and listed (more in tests/test_ocr.py)
        assert [u["page"] for u in load(path).unparsed if u.get("unread_page")] == [2]
        return
    with pytest.raises(InputError) as err:
        load(path)
    message = str(err.value)
    assert "scan.pdf" in message and "page 1 " in message and "OCR" in message and "all pages" in message


def test_a_blank_page_is_no_scan(tmp_path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "b.pdf"))
    c.drawString(72, 760, "到 2020 年 GDP 达到 3000 亿元。")
    c.showPage()
    c.showPage()  # empty: nothing to read, nothing lost
    c.save()
    assert load(tmp_path / "b.pdf").text_lines


def test_an_encrypted_pdf_is_one_line_error_exit_2(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(72, 760, "secret plan")
    c.save()
    result = run_cli("check", str(path))
    assert result.returncode == 2 and "encrypted" in result.stderr and "locked.pdf" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_a_truncated_or_damaged_pdf_is_one_line_error(plan_pdf, tmp_path, cut):
    data = plan_pdf.read_bytes()
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(data[:int(len(data) * cut)])
    result = run_cli("check", str(bad))
    assert result.returncode == 2 and "cut.pdf" in result.stderr and "PDF" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_not_a_pdf_inside(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.7\n this is not a PDF body")
    with pytest.raises(InputError, match="damaged or truncated PDF"):
        load(path)


def test_without_the_pdf_extra_the_error_names_it(plan_pdf, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(InputError, match=r"plancheck\[pdf\]"):
        load(plan_pdf)


def test_start_up_does_not_import_pdf_or_html_libraries():
    code = ("import sys, plancheck, plancheck.cli.main, plancheck.documents.read; "
            "print(sorted(m for m in ('pypdfium2', 'lxml', 'reportlab', 'trafilatura') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "src")}, timeout=60).stdout
    assert out.strip() == "[]"


# -- saved web pages ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def plan_html(tmp_path_factory) -> Path:
    pytest.importorskip("lxml", reason="web pages are read with the optional 'html' extra")
    from writers import write_html

    return write_html(PLAN.read_text(encoding="utf-8"), tmp_path_factory.mktemp("html") / "plan.html")


def test_a_web_page_keeps_the_article_and_drops_navigation_scripts_and_footer(plan_html):
    from plancheck.documents.read import read_document

    text = "\n".join(read_document(plan_html).lines)
    assert text.startswith("青川市国民经济和社会发展第十三个五年规划纲要")
    for boilerplate in ("首页", "当前位置", "分享到", "主办单位", "ICP", "2099", "color:red"):
        assert boilerplate not in text
    assert text.rstrip().endswith("生活垃圾无害化处理率达到 100%。")


def test_web_page_tables_stay_tables_and_lines_map_to_the_file(plan_html):
    from plancheck.documents.read import read_document

    doc = read_document(plan_html)
    file_lines = plan_html.read_text(encoding="utf-8").splitlines()
    n = next(i for i, ln in enumerate(doc.lines, 1) if ln.startswith("经济发展\t"))
    assert doc.lines[n - 1] == "经济发展\t1.地区生产总值(亿元)\t2400\t3833\t7左右\t预期性"
    assert "指 标\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性" in doc.lines  # colspan=2 is one cell
    page, line = doc.origin(n, doc.lines[n - 1].index("3833"))
    assert page == 0 and "<td>3833</td>" in file_lines[line - 1]
    report = load(plan_html).check()
    loc = next(loc for f in report.findings if f.rule == "growth" for loc in f.locations if "\t" in loc.text)
    assert loc.page == 0 and "3833" in file_lines[loc.page_line - 1]
    assert f"(file line {loc.page_line})" in run_cli("check", str(plan_html)).stdout


def test_rowspan_leaves_the_rows_below_empty_and_a_layout_table_is_read_as_blocks(tmp_path):
    pytest.importorskip("lxml")
    page = tmp_path / "layout.html"
    page.write_text("""<html><body><table class="layout"><tr><td class="left"><a href="/">首页</a>
<a href="/a">机构</a> <a href="/b">政务公开</a></td><td>
<p>青川市国民经济和社会发展第十三个五年规划纲要</p>
<p>到 2020 年，地区生产总值年均增长 7%左右，达到 3383 亿元，城镇居民人均可支配收入达到 44080 元以上，城镇化率达到 60%。</p>
<table><tr><td colspan="2">指 标</td><td>2015 年</td><td>2020 年</td><td>年均增长 (%) [累计]</td></tr>
<tr><td rowspan="2">经济发展</td><td>1.地区生产总值(亿元)</td><td>2400</td><td>3383</td><td>7左右</td></tr>
<tr><td>2.常住人口城镇化率(%)</td><td>55</td><td>60</td><td>[5]</td></tr></table>
</td></tr></table></body></html>""", encoding="utf-8")
    from plancheck.documents.read import read_document

    lines = read_document(page).lines
    assert "经济发展\t1.地区生产总值(亿元)\t2400\t3383\t7左右" in lines
    assert "\t2.常住人口城镇化率(%)\t55\t60\t[5]" in lines
    assert not any("首页" in ln for ln in lines)
    assert any(ln.startswith("到 2020 年，地区生产总值") for ln in lines)


def test_cjk_text_broken_over_source_lines_is_one_line(tmp_path):
    pytest.importorskip("lxml")
    page = tmp_path / "wrapped.htm"
    page.write_text("<html><body><div class='content'><p>到 2020 年，地区生产\n  总值达到 3383 亿元，\n"
                    "growth of\n7 percent.</p></div></body></html>", encoding="utf-8")
    from plancheck.documents.read import read_document

    doc = read_document(page)
    assert doc.lines == ["到 2020 年，地区生产总值达到 3383 亿元， growth of 7 percent."]  # a break between CJK and Latin is a space


@pytest.mark.parametrize("body, message", [
    ("<div>" * 5000 + "到 2020 年达到 3000 亿元。" + "</div>" * 5000, "nested too deep"),
    ("<p>到 2020 年达到 3000 亿元。</p>" + "<b>x</b>" * 1000, "elements"),
    ("<script>var a = '到 2020 年达到 3000 亿元';</script>", "without text"),
])
def test_html_bombs_and_empty_pages_are_one_line_errors(tmp_path, monkeypatch, body, message):
    pytest.importorskip("lxml")
    from plancheck.documents import webpage

    monkeypatch.setattr(webpage, "MAX_ELEMENTS", 500)
    page = tmp_path / "bomb.html"
    page.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        load(page)
    assert "bomb.html" in str(err.value) and "\n" not in str(err.value)


def test_html_bomb_exit_code_2(tmp_path):
    pytest.importorskip("lxml")
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000, encoding="utf-8")
    result = run_cli("check", str(page))
    assert result.returncode == 2 and "deep.html" in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_page_saved_without_the_html_suffix_is_read_as_a_page(plan_html, tmp_path):
    copy = tmp_path / "plan.txt"
    copy.write_bytes(plan_html.read_bytes())
    assert claim_keys(load(copy)) == claim_keys(load(plan_html))


def test_without_the_html_extra_the_error_names_it(plan_html, monkeypatch):
    monkeypatch.setitem(sys.modules, "lxml.etree", None)
    monkeypatch.setitem(sys.modules, "lxml", None)
    with pytest.raises(InputError, match=r"plancheck\[html\]"):
        load(plan_html)


# -- one answer whatever the format --------------------------------------------------------------

def test_same_claims_and_findings_from_text_pdf_docx_and_web_page(tmp_path):
    pytest.importorskip("docx")
    pytest.importorskip("lxml")
    from writers import write_docx, write_html

    text = PLAN.read_text(encoding="utf-8")
    files = {"text": PLAN, "pdf": write_pdf(text, tmp_path / "plan.pdf"),
             "docx": write_docx(text, tmp_path / "plan.docx"), "html": write_html(text, tmp_path / "plan.html")}
    plans = {fmt: load(path) for fmt, path in files.items()}
    reports = {fmt: plan.check() for fmt, plan in plans.items()}
    want_claims, want_findings = claim_keys(plans["text"]), finding_keys(reports["text"])
    assert {f.rule for f in reports["text"].findings} >= {"growth", "cross-source"}  # the fixture's planted slips
    for fmt in ("pdf", "docx", "html"):
        assert claim_keys(plans[fmt]) == want_claims, fmt
        assert finding_keys(reports[fmt]) == want_findings, fmt
        # and every finding quotes the same text at a line the format can show
        for f in reports[fmt].findings:
            for loc in f.locations:
                assert plans[fmt].text_lines[loc.line - 1].find(loc.text[:10].strip()) >= 0, (fmt, loc)


def test_docx_merged_cells_read_like_a_text_export(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([["指 标", "", "2020 年"], ["经济发展", "1.地区生产总值(亿元)", "3383"],
                             ["", "2.常住人口城镇化率(%)", "60"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 0).merge(table.cell(0, 1)).text = "指 标"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "经济发展"
    doc.save(tmp_path / "merged.docx")
    from plancheck.documents.read import read_document

    lines = [ln for ln in read_document(tmp_path / "merged.docx").lines if ln]
    assert lines == ["指 标\t2020 年", "经济发展\t1.地区生产总值(亿元)\t3383", "\t2.常住人口城镇化率(%)\t60"]


def test_a_table_printed_without_rules_is_read_from_its_column_gaps(tmp_path):
    path = write_pdf(PLAN.read_text(encoding="utf-8"), tmp_path / "plain.pdf", grid=False, merge_groups=False)
    from plancheck.documents.read import read_document

    lines = read_document(path).lines
    # the header's wrapped cell (年均增长 (%) over [累计], its neighbours centred on it) is one row
    assert "指 标\t\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性" in lines
    assert "经济发展\t1.地区生产总值(亿元)\t2400\t3833\t7左右\t预期性" in lines
    assert "\t2.一般公共预算收入(亿元)\t180\t247\t6.5以上\t预期性" in lines  # no group label: an empty cell
    assert not any("\t" in ln for ln in lines if "。" in ln)  # prose never splits into cells
    text = load(PLAN)
    assert claim_keys(load(path)) == claim_keys(text)
    assert finding_keys(load(path).check()) == finding_keys(text.check())


def test_a_folder_check_reads_its_pdfs_and_a_pdf_name_is_a_path(plan_pdf, tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(plan_pdf.read_bytes())
    result = run_cli("check", str(folder))
    assert result.returncode == 1 and "plan.pdf" in result.stdout  # the fixture's planted errors
    with pytest.raises(InputError, match="no such file"):
        load("青川规划.pdf")  # a missing PDF is a missing file, not a text to read


def test_json_of_a_pdf_report_is_valid_and_carries_pages(plan_pdf):
    pytest.importorskip("jsonschema")
    import json

    from plancheck.reports import json_report

    data = json.loads(json_report.render(load(plan_pdf).check()))
    assert json_report.validate(data) == []
    locs = [loc for f in data["findings"] for loc in f["locations"]]
    assert locs and all(loc["page"] == 1 and loc["page_line"] >= 1 for loc in locs)
