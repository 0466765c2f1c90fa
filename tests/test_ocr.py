"""Scanned PDF pages: OCR with Tesseract (plancheck[ocr]) and image-only pages without it.

The scanned fixtures (tests/data/scans/, made by make_scans.py from
scan_plan.txt) are one page each: a paragraph and an indicator table drawn
with a CJK font and wrapped as an image-only PDF, one clean with a table
without rules, one with a ruled table as a worn office scan. The OCR tests need the ``tesseract`` program with chi_sim and
eng (Debian: tesseract-ocr, tesseract-ocr-chi-sim; .ci/run installs them) and
are skipped, with that reason, without it. What OCR may get wrong is allowed
for only in what these tests assert (a share of the figures), never in the rules.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT
from plancheck import load
from plancheck.documents import ocr
from plancheck.errors import InputError

SCANS = Path(__file__).parent / "data" / "scans"
CLEAN, ROUGH, TEXT = SCANS / "scan_plan.pdf", SCANS / "scan_plan_rough.pdf", SCANS / "scan_plan.txt"

pytest.importorskip("pypdfium2", reason="PDF reading is the optional 'pdf' (and 'ocr') extra")

needs_ocr = pytest.mark.skipif(ocr.engine() is None, reason="OCR needs the tesseract program with chi_sim and "
                               "eng data: apt-get install tesseract-ocr tesseract-ocr-chi-sim")


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The command line in a fresh process; ``env={"PATH": ""}`` hides Tesseract from it."""
    full = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", **(env or {})}
    return subprocess.run([sys.executable, "-m", "plancheck.cli.main", *args], capture_output=True, text=True,
                          env=full, timeout=120)


def _figure(c) -> tuple:
    return (c.indicator or c.name, c.kind, c.start_year, c.year, c.role, c.quantity.text.replace(" ", ""), c.unit)


def share_read(plan, truth) -> float:
    """The share of the text version's figures that the scan gives exactly (name or
    indicator, kind, period, role, printed figure, unit)."""
    got = [_figure(c) for c in plan.claims]
    hits = 0
    for f in map(_figure, truth.claims):
        if f in got:
            got.remove(f)
            hits += 1
    return hits / len(truth.claims)


@pytest.fixture(scope="module")
def clean_plan():
    if ocr.engine() is None:
        pytest.skip("OCR needs the tesseract program with chi_sim and eng data")
    return load(CLEAN)


# -- with OCR --------------------------------------------------------------------------------------

@needs_ocr
def test_a_scanned_plan_is_read_by_ocr_with_every_claim_marked(clean_plan):
    truth = load(TEXT)
    assert share_read(clean_plan, truth) >= 0.75  # OCR's misreadings are allowed for here only
    assert clean_plan.claims
    for c in clean_plan.claims:
        mark = c.extra["ocr"]
        assert mark["engine"].startswith("tesseract ") and mark["languages"] == "chi_sim+eng"
        assert c.source.page == 1 and c.source.page_line >= 1  # locations still name page and line
        assert 0 <= mark.get("confidence", 0) <= 100
    table = [c for c in clean_plan.claims if c.origin == "table"]
    assert {c.quantity.text for c in table if c.indicator == "gdp"} >= {"1860", "2580"}  # the unruled table
    assert len({c.source.page_line for c in table}) >= 4


@needs_ocr
def test_the_ocr_mark_is_in_json_explain_and_extract(clean_plan, monkeypatch, capsys):
    import plancheck.api

    monkeypatch.setattr(plancheck.api, "load", lambda *a, **k: clean_plan)  # OCR once for the module
    code = run_cli_in_process(capsys, "extract", str(CLEAN), "--format", "json")
    claims = json.loads(code)["claims"]
    assert claims and all(c["ocr"]["engine"].startswith("tesseract") for c in claims)
    assert all(line.endswith(" ocr") for line in run_cli_in_process(capsys, "extract", str(CLEAN)).splitlines()[:-1])
    report = clean_plan.check()
    from plancheck.reports import render
    from plancheck.reports.json_report import validate

    doc = json.loads(render(report, "json"))
    assert validate(doc) == [] and all("ocr" in c for c in doc["claims"])
    notices = [f for f in report.findings if f.rule == "scanned-page"]
    assert [f.severity for f in notices] == ["info"] and "page 1 read by OCR" in notices[0].message
    from plancheck.explain import explain, render_text

    assert "read by OCR: page 1, line" in render_text(explain(clean_plan, "gdp"))


def run_cli_in_process(capsys, *args) -> str:
    from plancheck.cli.main import main

    assert main(list(args)) == 0
    return capsys.readouterr().out


@needs_ocr
def test_a_worn_scan_is_straightened_and_its_rules_erased():
    plan = load(ROUGH)
    assert share_read(plan, load(TEXT)) >= 0.5
    assert any(c.origin == "table" and c.indicator == "gdp" and c.quantity.text == "1860" for c in plan.claims)


@needs_ocr
def test_text_as_read_marks_ocr_lines(clean_plan, monkeypatch):
    from plancheck.cli.extract import text_as_read

    lines = text_as_read(str(CLEAN)).splitlines()
    assert lines and all("OCR page 1, line" in line for line in lines if line.strip()[5:].strip())


# -- without OCR ---------------------------------------------------------------------------------

@pytest.fixture
def no_tesseract(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)


def _pdf(path: Path, pages: str) -> Path:
    """A PDF of image-only pages ('i'), text pages ('t') and blank pages ('b')."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for k, kind in enumerate(pages):
        if kind == "i":
            c.drawImage(ImageReader(Image.new("L", (200, 280), 230)), 0, 0, 595, 842)
        elif kind == "t":
            c.setFont("STSong-Light", 11)  # each page's own sentence (a repeated one is a running header)
            c.drawString(72, 760 - 20 * k, f"第{k + 1}页：到2020年，{'地区生产总值' if k % 2 else '一般公共预算收入'}"
                                           f"达到{3000 + k}亿元。")
        c.showPage()
    c.save()
    return path


def test_a_cover_image_is_left_out_and_reported_the_rest_read(tmp_path, no_tesseract):
    path = _pdf(tmp_path / "plan.pdf", "itt")
    plan = load(path)
    assert sorted(c.quantity.text for c in plan.claims if c.kind == "level") == ["3001", "3002"]
    assert all("ocr" not in c.extra for c in plan.claims)
    unread = [u for u in plan.unparsed if u.get("unread_page")]
    assert [u["page"] for u in unread] == [1] and "tesseract-ocr-chi-sim" in unread[0]["reason"]
    notices = [f for f in plan.check().findings if f.rule == "scanned-page"]
    assert [(f.severity, f.locations[0].line) for f in notices] == [("warning", 1)]
    assert "page 1: an image without a text layer" in notices[0].message


def test_a_cover_image_exits_0_a_warning_with_fail_on_warning(tmp_path, no_tesseract):
    path = _pdf(tmp_path / "plan.pdf", "tit")
    assert run_cli("check", str(path), env={"PATH": ""}).returncode == 0
    strict = run_cli("check", str(path), "--fail-on", "warning", env={"PATH": ""})
    assert strict.returncode == 1 and "warning[scanned-page]" in strict.stdout and "page 2" in strict.stdout
    listed = run_cli("extract", str(path), "--unparsed", env={"PATH": ""})
    assert "page 2: an image without a text layer" in listed.stdout
    text = run_cli("extract", str(path), "--text", env={"PATH": ""}).stdout.splitlines()
    assert text[-1].split()[:2] == ["page", "2"]
    assert "(not read: an image without a text layer" in text[-1] and "page 1, line 1" in text[0]


@pytest.mark.parametrize("pages", ["tt", "tbt"])  # near-misses: text pages only; a blank page is no scan
def test_no_scanned_page_notice_without_image_pages(tmp_path, no_tesseract, pages):
    path = _pdf(tmp_path / "plan.pdf", pages)
    plan = load(path)
    assert not [u for u in plan.unparsed if u.get("unread_page")]
    assert not [f for f in plan.check().findings if f.rule == "scanned-page"]


@pytest.mark.parametrize("pages, which", [("i", "page 1 without a text layer (all pages)"),
                                          ("iit", "pages 1, 2 without a text layer (2 of 3 pages)")])
def test_a_pdf_of_scans_is_refused_with_the_hint_to_install_ocr(tmp_path, no_tesseract, pages, which):
    path = _pdf(tmp_path / "scan.pdf", pages)
    with pytest.raises(InputError) as err:
        load(path)
    assert which in str(err.value) and "apt-get install tesseract-ocr tesseract-ocr-chi-sim" in str(err.value)
    assert "plancheck[ocr]" in str(err.value)
    result = run_cli("check", str(path), env={"PATH": ""})
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and "scan.pdf" in result.stderr


def test_ocr_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANCHECK_OCR", "0")
    assert ocr.engine() is None and "PLANCHECK_OCR=0" in ocr.unavailable()
    with pytest.raises(InputError, match="switched off"):
        load(_pdf(tmp_path / "scan.pdf", "i"))


def test_missing_chinese_data_is_named(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: "/usr/bin/tesseract-without-chi")
    monkeypatch.setattr(ocr, "_languages", lambda binary: frozenset({"eng", "osd"}))
    assert "apt-get install tesseract-ocr-chi-sim" in ocr.unavailable()


# -- the pieces, without Tesseract -----------------------------------------------------------------

def test_tsv_words_and_their_spans_keep_reading_order():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "4\t1\t1\t1\t1\t0\t10\t10\t300\t40\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t10\t10\t200\t40\t96.5\t生产\n"  # a CJK word box reaching over the next word
           "5\t1\t1\t1\t1\t2\t60\t10\t30\t40\t93.0\t总\n"
           "5\t1\t1\t1\t1\t3\t100\t12\t40\t38\t90.0\t”36500\n"
           "5\t1\t1\t1\t1\t4\t150\t12\t10\t38\t90.0\t \n")
    words = ocr.parse_tsv(tsv)
    assert [w.text for w in words] == ["生产", "总", "36500"]  # the stray quote is dropped, the blank word too
    spans = ocr._spans(words)
    assert [(a, b) for a, b, _ in spans] == [(10, 60), (60, 90), (100, 140)]


@pytest.mark.parametrize("before, after, spaced", [("GDP", "of", True), ("6.8", "percent", True),
                                                   ("增长", "6.8", False), ("6.8", "%", False), ("年", "均", False)])
def test_latin_words_are_spaced_cjk_not(before, after, spaced):
    assert ocr._spaced(before, after) is spaced


def _page(h: int = 600, w: int = 800):
    return np.full((h, w), 255, dtype=np.uint8)


def test_rules_are_found_letters_and_filled_areas_are_not():
    img = _page()
    img[100:102, 50:750] = 0  # a horizontal rule
    img[100:400, 50:52] = 0  # a vertical rule
    img[300, 100:400:2] = 0  # a dotted line is a rule (a dotted leader …… too: erasing it loses nothing)
    for x in range(100, 700, 45):  # a line of characters with horizontal strokes is none
        img[350:352, x:x + 30] = 0
    img[450:470, 100:140] = 0  # a short thick stroke (a letter)
    img[500:590, 300:700] = 0  # a filled area (a photograph)
    img[200:202, 60:300] = 0  # a rule broken by noise:
    img[200:202, 150:152] = 255
    rules = ocr.find_rules(img, 200)
    assert (50, 100, 749, 101) in rules and (50, 100, 51, 399) in rules
    assert (50, 200, 299, 201) in rules  # bridged over the noise, and to the vertical rule 8 px away
    assert (100, 300, 398, 300) in rules
    assert not any(y0 >= 350 for _, y0, _, _ in rules)


@pytest.mark.parametrize("degrees", [-1.5, -0.4, 0.0, 0.7, 2.0])
def test_a_turned_scan_is_made_straight(degrees):
    img = _page(800, 1000)
    t = np.tan(np.radians(degrees))
    for y in range(100, 700, 60):  # lines of "text": runs of dots along a slope
        for x in range(50, 950, 3):
            img[int(round(y + x * t)), x] = 0
    measured = np.degrees(np.arctan(ocr.skew(img < 128, 0)))
    assert abs(measured - degrees) <= 0.15
    straight = ocr.deskew(img)
    assert abs(np.degrees(np.arctan(ocr.skew(straight < 128, 0)))) <= 0.15


def test_the_tesseract_call_has_a_time_limit_and_no_shell(monkeypatch):
    seen = {}

    def fake_run(cmd, **kwargs):
        seen.update(cmd=cmd, **kwargs)
        raise ocr.subprocess.TimeoutExpired(cmd, kwargs["timeout"])

    monkeypatch.setattr(ocr.subprocess, "run", fake_run)
    eng = ocr.Engine("/usr/bin/tesseract", "5.3.0", "chi_sim+eng")
    with pytest.raises(InputError, match="OCR took more than"):
        ocr.run_tesseract(_page(10, 10), 300, eng, "scan.pdf", 3)
    assert isinstance(seen["cmd"], list) and seen["timeout"] == ocr.PAGE_TIMEOUT and not seen.get("shell")
    assert seen["env"]["OMP_THREAD_LIMIT"] == "1" and seen["cmd"][1:3] == ["stdin", "stdout"]


@pytest.mark.parametrize("again_conf, kept", [(90.0, "营住"), (20.0, "BEAT")])
def test_doubtful_latin_words_on_a_chinese_page_are_read_again_in_chinese(monkeypatch, again_conf, kept):
    line = (1, 1, 1)
    chinese = ocr.Word("一般公共预算收入达到亿元年均增长", 0, 50, 300, 20, 95.0, (1, 1, 2))  # a page of Chinese
    words = [ocr.Word("城镇", 10, 10, 40, 20, 96.0, line), ocr.Word("BEAT", 60, 10, 40, 20, 56.0, line),
             ocr.Word("ELIAS", 110, 10, 50, 20, 14.0, line), ocr.Word("62%", 170, 10, 30, 20, 90.0, line),
             ocr.Word("GDP", 210, 10, 30, 20, 95.0, line), chinese]  # a sure Latin word is left alone
    calls = []

    def fake(gray, dpi, eng, path, page, languages="", psm=3):
        calls.append((languages, psm, gray.shape))
        return [ocr.Word("营住", 2, 3, 30, 20, again_conf, (1, 1, 1)), ocr.Word("人口", 34, 3, 30, 20, again_conf,
                                                                              (1, 1, 1))]

    monkeypatch.setattr(ocr, "run_tesseract", fake)
    eng = ocr.Engine("/usr/bin/tesseract", "5.3.0", "chi_sim+eng")
    got = ocr.reread_latin_lines(_page(100, 300), words, 300, eng, "scan.pdf", 1)
    assert [lang_psm[:2] for lang_psm in calls] == [("chi_sim", 7)]  # one run: BEAT ELIAS
    texts = [w.text for w in got]
    assert texts[0] == "城镇" and kept in texts and texts[-3:-1] == ["62%", "GDP"]
    if kept == "营住":
        assert got[1].left == 60 - 6 + 2 and got[1].line == line  # placed where the run was cut out


def test_a_latin_page_is_not_read_again():
    words = [ocr.Word("Songxi", 10, 10, 60, 20, 40.0, (1, 1, 1)), ocr.Word("grew", 80, 10, 40, 20, 50.0, (1, 1, 1))]
    eng = ocr.Engine("/usr/bin/tesseract", "5.3.0", "chi_sim+eng")
    assert ocr.reread_latin_lines(_page(100, 300), words, 300, eng, "x.pdf", 1) is words


def test_a_word_box_is_narrowed_to_its_ink():
    img = _page(100, 200)
    img[20:40, 30:50] = 0  # the word's ink; Tesseract boxed it as 20..80
    word = ocr.Word("2020", 20, 15, 60, 30, 90.0, (1, 1, 1))
    assert ocr._inked(img, 20, 80, word) == (30.0, 50.0)
    assert ocr._inked(_page(100, 200), 20, 80, word) == (20, 80)  # no ink found: the box as given
