"""Measure the input formats: time per page and what is read (docs/formats.md).

    PYTHONPATH=src python tools/bench_formats.py [--pages-repeat 80]

Writes the test plan (tests/data/plans/formats_plan.txt) as a PDF of about 60
pages with reportlab, then times, per page: plancheck's PDF reader (pypdfium2
glyphs + its own lines, ruled tables and paragraphs), pdfplumber's words and
table finder (the alternative), and the whole `load` (reading + claims).
Then compares both libraries on the one-page plan: Chinese text recovered and
the cells of the main-indicator table. Also times a saved web page and .docx.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from writers import blocks_of, write_docx, write_html, write_pdf  # noqa: E402

PLAN = ROOT / "tests" / "data" / "plans" / "formats_plan.txt"


def best_of(fn, n=3) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages-repeat", type=int, default=80)
    args = ap.parse_args()
    import pdfplumber
    import pypdfium2

    from plancheck import load
    from plancheck.documents.read import read_document

    text = PLAN.read_text(encoding="utf-8")
    tmp = Path(tempfile.mkdtemp())
    big = write_pdf(text, tmp / "long.pdf", repeat=args.pages_repeat)
    pages = len(pypdfium2.PdfDocument(str(big)))
    print(f"PDF: {pages} pages, {big.stat().st_size // 1024} KB (reportlab, STSong-Light)")

    def plumber():
        with pdfplumber.open(str(big)) as pdf:
            for page in pdf.pages:
                page.extract_words()
                page.find_tables()
                page.flush_cache()

    t_read = best_of(lambda: read_document(big))
    t_load = best_of(lambda: load(big), 1)
    t_plumber = best_of(plumber, 1)
    print(f"plancheck PDF reader (pypdfium2): {t_read:.2f} s = {1000 * t_read / pages:.1f} ms/page")
    print(f"pdfplumber words + tables:        {t_plumber:.2f} s = {1000 * t_plumber / pages:.1f} ms/page")
    print(f"load (read + claims), pypdfium2:  {t_load:.2f} s = {1000 * t_load / pages:.1f} ms/page")

    one = write_pdf(text, tmp / "plan.pdf")
    table = next(v for k, v in blocks_of(text) if k == "table")
    want_cells = [[c for c in row if c] for row in table]
    want_chars = sum(1 for ch in text if not ch.isspace())
    ours = read_document(one).lines
    our_rows = [[c for c in ln.split("\t") if c] for ln in ours if "\t" in ln]
    with pdfplumber.open(str(one)) as pdf:
        page = pdf.pages[0]
        plumber_text = page.extract_text()
        plumber_rows = [[(c or "").replace("\n", "") for c in row if c] for t in page.extract_tables() for row in t]
    our_text = "\n".join(ours)

    def chars(s):
        return sum(1 for ch in s if not ch.isspace())

    def same_cells(rows):
        norm = [[c.replace(" ", "") for c in r] for r in rows]
        return sum(1 for r in want_cells if [c.replace(" ", "") for c in r] in norm)

    print(f"one-page plan: {want_chars} characters, table of {len(want_cells)} rows")
    print(f"  pypdfium2 (plancheck): {chars(our_text)} characters, {same_cells(our_rows)}/{len(want_cells)} "
          "table rows with every cell right")
    print(f"  pdfplumber:            {chars(plumber_text)} characters, {same_cells(plumber_rows)}/{len(want_cells)} "
          "table rows with every cell right (extract_tables)")

    html = write_html(text * 20, tmp / "page.html")
    docx = write_docx(text * 20, tmp / "plan.docx")
    t_html = best_of(lambda: read_document(html))
    t_docx = best_of(lambda: read_document(docx))
    compare_boilerplate(text, tmp)
    print(f"saved web page, {html.stat().st_size // 1024} KB: {1000 * t_html:.0f} ms; "
          f".docx, {docx.stat().st_size // 1024} KB: {1000 * t_docx:.0f} ms")


BOILERPLATE_MARKS = ("首页", "当前位置", "分享到", "主办单位", "ICP", "2099", "联系电话", "相关文章", "上一篇")


def page_variants(text: str, tmp: Path) -> dict[str, Path]:
    """The plan as three kinds of saved government page."""
    plain = write_html(text, tmp / "plain.html")
    html = plain.read_text(encoding="utf-8")
    start, end = html.index('<div class="article">'), html.index('<div class="share">')
    article = html[start:end]
    related = ('<div class="xgwz"><h3>相关文章</h3><ul>' + "".join(
        f'<li><a href="/a{i}.html">关于印发 2020 年第 {i} 号通知</a> 2020-0{i % 9 + 1}-01</li>' for i in range(12))
        + '</ul><p><a href="/prev">上一篇：2016 年工作要点</a></p></div>')
    layout = (html[:start] + '<table width="1000"><tr><td width="200">'
              '<a href="/">首页</a><br><a href="/x">机构设置</a><br><a href="/y">政务公开</a></td><td>'
              + article + "</td></tr></table>" + html[end:])
    out = {"nav + breadcrumb + share + footer": plain,
           "+ related-articles list": tmp / "related.html",
           "layout table around the article": tmp / "layout.html"}
    out["+ related-articles list"].write_text(html[:end] + related + html[end:], encoding="utf-8")
    out["layout table around the article"].write_text(layout, encoding="utf-8")
    return out


def compare_boilerplate(text: str, tmp: Path) -> None:
    """plancheck's own rule (lxml) against trafilatura on saved pages of the plan."""
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: pip install trafilatura lxml_html_clean")
        return
    from plancheck.documents.read import read_document

    from plancheck.numbers import to_halfwidth

    want = [to_halfwidth(ln).replace("\t", "").replace(" ", "") for ln in text.splitlines() if ln.strip()]
    rows = [ln for ln in text.splitlines() if "\t" in ln]
    print("saved page | reader | content lines kept | boilerplate marks leaked | table rows as rows | "
          "file lines known | ms")
    for label, path in page_variants(text, tmp).items():
        html = path.read_text(encoding="utf-8")
        t = best_of(lambda: read_document(path))
        ours = read_document(path).lines
        t_traf = best_of(lambda: trafilatura.extract(html, include_tables=True))
        theirs = (trafilatura.extract(html, include_tables=True) or "").splitlines()
        for name, lines, ms, rows_as_rows, located in (
                ("plancheck (lxml + rule)", ours, t, sum(1 for r in rows if _row_in(r, ours, "\t")), "yes"),
                ("trafilatura 2.x", theirs, t_traf, sum(1 for r in rows if _row_in(r, theirs, "|")), "no")):
            flat = to_halfwidth("".join(lines)).replace("\t", "").replace(" ", "").replace("|", "")
            kept = sum(1 for w in want if w.replace("|", "") in flat)
            leaked = sum(1 for m in BOILERPLATE_MARKS if m in "\n".join(lines))
            print(f"{label} | {name} | {kept}/{len(want)} | {leaked} | {rows_as_rows}/{len(rows)} | {located} | "
                  f"{1000 * ms:.0f}")


def _row_in(row: str, lines: list[str], sep: str) -> bool:
    cells = [c.strip() for c in row.split("\t") if c.strip()]
    for ln in lines:
        got = [c.strip() for c in ln.strip().strip("|").split(sep) if c.strip()]
        if got == cells:
            return True
    return False


if __name__ == "__main__":
    main()
