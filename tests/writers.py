"""Write one plan text as PDF, .docx and HTML with real writers (tests and benchmarks).

The plan text is this project's own fixture format: ``#`` headings, one
paragraph per block of lines, and tables as runs of tab-separated rows (with a
专栏/表 title line just above). PDFs come from reportlab's platypus with its
built-in CJK font STSong-Light (an Adobe CID font that needs no font file),
so they are laid out as a real writer lays out a plan: wrapped paragraphs,
page breaks inside sentences, tables drawn with ruling lines.
"""

from __future__ import annotations

import html
from pathlib import Path


def blocks_of(text: str) -> list[tuple[str, object]]:
    """('heading', text) | ('para', text) | ('title', text) | ('table', rows)."""
    out: list[tuple[str, object]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "\t" in line:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append([c.strip() for c in lines[i].split("\t")])
                i += 1
            width = max(len(r) for r in rows)
            # a header row shorter than the body: its first cell spans the extra columns
            out.append(("table", [r[:1] + [""] * (width - len(r)) + r[1:] for r in rows]))
            continue
        if line.startswith("#"):
            out.append(("heading", line.lstrip("#").strip()))
        elif i + 1 < len(lines) and "\t" in lines[i + 1] and len(line) < 40:
            out.append(("title", line.strip()))
        else:
            out.append(("para", line.strip()))
        i += 1
    return out


def _span(row: list[str], k: int) -> int:
    """Columns the first cell of a header row spans: itself and the empty cells after it."""
    return next((j for j in range(1, len(row)) if row[j]), len(row)) if k == 0 and row[0] else 1


def write_pdf(text: str, path: Path, repeat: int = 1, grid: bool = True, merge_groups: bool = True,
              running_header: str = "") -> Path:
    """The plan as a PDF; ``repeat`` > 1 appends the body again (long documents).

    With ``merge_groups`` a group label in the first column (经济发展) is one
    cell merged over the rows of its group, its text in the middle, as plans print it.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK",
                          firstLineIndent=21)
    head = ParagraphStyle("head", parent=body, fontSize=14, leading=22, firstLineIndent=0, spaceBefore=6)
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    story = []
    blocks = blocks_of(text)
    for _ in range(repeat):
        for kind, value in blocks:
            if kind == "heading":
                story.append(Paragraph(html.escape(value), head))
            elif kind in ("para", "title"):
                story.append(Paragraph(html.escape(value), body if kind == "para" else head))
            else:
                rows = [[Paragraph(html.escape(c), cell) for c in row] for row in value]
                table = Table(rows, repeatRows=1)
                style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
                for r, row in enumerate(value):  # the cells left empty after a first cell are its span
                    span = next((k for k in range(1, len(row)) if row[k]), len(row)) - 1
                    if span and row[0] and r == 0:
                        style.append(("SPAN", (0, r), (span, r)))
                    if merge_groups and r > 0 and row[0] and len(row) > 2:
                        end = r
                        while end + 1 < len(value) and not value[end + 1][0] and any(value[end + 1]):
                            end += 1
                        if end > r:
                            style.append(("SPAN", (0, r), (0, end)))
                if grid:
                    style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                table.setStyle(TableStyle(style))
                story += [table, Spacer(1, 8)]
    def page_furniture(canvas, doc):  # a page number at the foot, a running header at the top
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")
        if running_header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, running_header)

    SimpleDocTemplate(str(path), pagesize=A4, title="plan").build(
        story, onFirstPage=page_furniture, onLaterPages=page_furniture)
    return path


def write_docx(text: str, path: Path) -> Path:
    import docx

    doc = docx.Document()
    for kind, value in blocks_of(text):
        if kind == "heading":
            doc.add_heading(value, level=1)
        elif kind in ("para", "title"):
            doc.add_paragraph(value)
        else:
            table = doc.add_table(rows=len(value), cols=len(value[0]))
            for row, cells in zip(table.rows, value, strict=False):
                for c, v in zip(row.cells, cells, strict=False):
                    c.text = v
            span = _span(value[0], 0)
            if span > 1:  # the header's first cell spans the columns left empty after it
                table.cell(0, 0).merge(table.cell(0, span - 1))
                table.cell(0, 0).text = value[0][0]
    doc.save(str(path))
    return path


def write_html(text: str, path: Path, boilerplate: bool = True) -> Path:
    """A saved government web page: navigation, breadcrumbs, share buttons and a
    footer around the article (``boilerplate``), the way such pages are saved."""
    out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
           "<title>规划纲要_政府信息公开</title>",
           "<script>var _hmt = _hmt || []; document.write('<p>2099 年增长 99%</p>');</script>",
           "<style>.nav{color:red}</style></head><body>"]
    if boilerplate:
        out += ['<div class="header"><ul class="nav">',
                '<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
                '<li><a href="/hd/">互动交流</a></li><li><a href="/fw/">办事服务</a></li></ul></div>',
                '<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>'
                ' &gt; 规划计划</div>']
    out.append('<div class="article"><div class="content">')
    for kind, value in blocks_of(text):
        if kind == "heading":
            out.append(f"<h2>{html.escape(value)}</h2>")
        elif kind in ("para", "title"):
            out.append(f"<p>{html.escape(value)}</p>")
        else:
            out.append('<table border="1" cellspacing="0">')
            for r, row in enumerate(value):
                cells = []
                first = _span(row, 0) if r == 0 else 1
                for k, c in enumerate(row):
                    if 0 < k < first:
                        continue  # covered by the header's first cell
                    span = first if k == 0 else 1
                    cells.append((f'<td colspan="{span}">' if span > 1 else "<td>") + f"{html.escape(c)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    out.append("</div></div>")
    if boilerplate:
        out += ['<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
                '<div class="footer"><p>主办单位：青川市人民政府办公室 网站标识码 5100000023 '
                "ICP备 05003300 号 访问量 2020 年累计 12345678 次</p>"
                "<p>联系电话：028-12345678 地址：青川市人民路 1 号</p></div>"]
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path
