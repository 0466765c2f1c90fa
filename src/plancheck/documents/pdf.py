"""PDF files through pypdfium2 (optional extra ``plancheck[pdf]``).

A PDF has no lines of text, only glyphs at positions. This module rebuilds
what a text export would have been, so that the rest of the pipeline reads a
PDF as it reads a text file:

* glyphs are grouped into the visual lines of each page (by their vertical
  centre), and every visual line is numbered on its page;
* a table drawn with ruling lines becomes one tab-separated row per table row,
  its cells found from the lines (a cell wrapped over several visual lines is
  one cell; a cell merged over several rows gives its text to the first);
  a table without lines becomes rows of the pieces of text that a wide gap
  separates (a column gap is wider than 1.2 em, wider than any word space);
* the wrapped lines of one paragraph are joined into one line, on a page and
  across a page break, from the geometry: a line that reaches the right margin
  continues on the next line when that one is not indented; page numbers
  (``- 3 -``, ``第 3 页``) at the top or bottom of a page are dropped;
* every line of the text as read keeps where each of its pieces came from, as
  (page, line on page), for locations.

A page without a text layer (a scan) is OCR-ed when Tesseract is installed
(``documents/ocr.py``): its word boxes become glyphs and the rules found in its
bitmap ruling lines, and it is laid out like any page. Without OCR, a few such
pages (a cover, a photograph) are left out and reported
(:class:`Scans`); a PDF that is mostly scans is refused with the hint to OCR it.

Pages are read one at a time and closed, so memory holds one page's glyphs
plus the text read so far. Nothing from the file is evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from . import ocr
from .glyphs import Glyph, OcrGlyph
from .patterns import DIGIT_RUN, PDF_HEADING as HEADING, PDF_PAGE_NUMBER as PAGE_NUMBER

#: A gap between two glyphs of a line wider than this many em separates columns.
COLUMN_GAP_EM = 1.2
#: Ruling lines are at most this thick (points); shorter ones are not rules.
RULE_THICKNESS = 2.5
RULE_MIN_LENGTH = 6.0


@dataclass(slots=True)
class Scans:
    """The pages of a PDF without a text layer: OCR-ed, or left unread."""

    #: page → {"engine", "languages", "dpi", "seconds", "lines": {line on page: mean word confidence}}
    ocr: dict[int, dict] = field(default_factory=dict)
    #: pages left out, each with the reason
    unread: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True)
class Line:
    """A visual line of a page (or the text of one table row)."""

    glyphs: list[Glyph]
    number: int = 0  # 1-based line on the page
    cells: list[tuple[str, int]] | None = None  # table row: (cell text, line on page of the cell)
    grid: int = -1  # which ruled table of the page the row belongs to
    running: bool = False  # a running header or footer, repeated on the next or previous page

    @property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def top(self) -> float:
        return max(g.y1 for g in self.glyphs)

    @property
    def em(self) -> float:
        hs = sorted(g.h for g in self.glyphs if not g.ch.isspace())
        return hs[len(hs) // 2] if hs else 10.0

    @property
    def text(self) -> str:
        return _join_glyphs(self.glyphs)


def _join_glyphs(glyphs: list[Glyph]) -> str:
    return "".join(g.ch for g in glyphs).strip()


def read_pdf(path: Path) -> tuple[list[str], list[list[tuple[int, int, int]]], Scans]:
    """Lines of text as read, for each line its pieces (column, page, line on page),
    and the pages without a text layer (OCR-ed or left out)."""
    name = str(path)
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:
        raise InputError("reading PDF needs pypdfium2: pip install 'plancheck[pdf]'", path=name) from None
    try:
        pdf = pdfium.PdfDocument(name)
    except pdfium.PdfiumError as exc:
        raise InputError(_load_error(str(exc)), path=name) from None
    scans = Scans()
    engine: list = []  # looked up at the first scanned page only
    try:
        out: list[str] = []
        places: list[list[tuple[int, int, int]]] = []
        scanned: list[int] = []
        pages = len(pdf)
        if pages == 0:
            raise InputError("PDF without pages (damaged or truncated?)", path=name)
        prev_tail: Line | None = None
        margins = None
        held: tuple[int, list[Line]] | None = None  # one page held back to compare its edges with the next
        for number in range(1, pages + 2):
            lines: list[Line] = []
            if number <= pages:
                try:
                    lines, has_image = _page_lines(pdf, number - 1, pdfium_c)
                    if not lines and has_image:
                        scanned.append(number)
                        lines = _ocr_page(pdf, number, pdfium_c, name, engine, scans)
                except pdfium.PdfiumError as exc:
                    raise InputError(f"page {number} cannot be read (damaged PDF: {exc})", path=name) from None
                if not lines:
                    continue
            if held is not None:
                _drop_running(held[1], lines)
                margins = _margins(held[1]) or margins
                prev_tail = _emit(held[1], held[0], margins, out, places, prev_tail)
            held = (number, lines) if lines else None
    finally:
        pdf.close()
    unread = [n for n, _ in scans.unread]
    read_pages = len({p for where in places for _, p, _ in where})
    if unread and (not any(line.strip() for line in out) or len(unread) > read_pages):
        which = _page_list(unread)
        whole = " (all pages)" if len(unread) == pages else f" ({len(unread)} of {pages} pages)"
        if engine and engine[0] is not None:
            raise InputError(f"{which} without a text layer{whole}: OCR ({engine[0].name}) found no text "
                             "on them", path=name)
        raise InputError(f"{which} without a text layer{whole}: scanned images; {ocr.unavailable()}", path=name)
    if not any(line.strip() for line in out):
        raise InputError("PDF without any text", path=name)
    return out, places, scans


def _ocr_page(pdf, number: int, pdfium_c, name: str, engine: list, scans: Scans) -> list[Line]:
    """The lines of a page without a text layer, read by OCR; [] (and the page
    recorded as unread) when OCR is not available or finds no text."""
    if not engine:
        engine.append(ocr.engine())
    if engine[0] is None:
        scans.unread.append((number, f"an image without a text layer (a scan, a cover), not read; "
                                     f"{ocr.unavailable()}"))
        return []
    scan = ocr.scan_page(pdf, number - 1, pdfium_c, engine[0], name)
    visual: list[Line] = []
    lines = _layout(scan.glyphs, scan.rules, visual)
    if not lines:
        scans.unread.append((number, f"an image without a text layer in which OCR ({engine[0].name}) "
                                     "found no text (a photograph, a blank scan)"))
        return []
    confidence = {}
    for ln in visual:
        confs = [g.conf for g in ln.glyphs if isinstance(g, OcrGlyph) and not g.ch.isspace() and g.conf >= 0]
        if confs:
            confidence[ln.number] = round(sum(confs) / len(confs), 1)
    scans.ocr[number] = {"engine": engine[0].name, "languages": engine[0].languages, "dpi": scan.dpi,
                         "seconds": round(scan.seconds, 2), "lines": confidence}
    return lines


def _load_error(message: str) -> str:
    low = message.lower()
    if "password" in low or "security" in low:
        return "encrypted PDF (needs a password): decrypt it first, e.g. 'qpdf --decrypt in.pdf out.pdf'"
    detail = message.split("(PDFium:", 1)[-1].rstrip(").") if "PDFium:" in message else message
    return f"damaged or truncated PDF, not readable ({detail.strip()})"


def _page_list(pages: list[int]) -> str:
    shown = ", ".join(map(str, pages[:10])) + (f" and {len(pages) - 10} more" if len(pages) > 10 else "")
    return f"page {shown}" if len(pages) == 1 else f"pages {shown}"


def _page_lines(pdf, index: int, pdfium_c) -> tuple[list[Line], bool]:
    """The visual lines of one page, ruled tables turned into rows of cells."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            glyphs = _glyphs(textpage)
        finally:
            textpage.close()
        rules, has_image = [], False
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE]):
            if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                has_image = True
                continue
            rules.append(obj.get_bounds())
    finally:
        page.close()
    if not any(not g.ch.isspace() for g in glyphs):
        return [], has_image
    return _layout(glyphs, rules), has_image


def _layout(glyphs: list[Glyph], rules, visual: list[Line] | None = None) -> list[Line]:
    """Glyphs and ruling lines of a page → its lines, tables turned into rows of cells
    (``visual`` receives the printed lines, numbered, before tables are made)."""
    if not any(not g.ch.isspace() for g in glyphs):
        return []
    lines = _group_lines(glyphs)
    for i, line in enumerate(lines, 1):
        line.number = i
    if visual is not None:
        visual.extend(lines)
    return _borderless(_apply_grids(lines, rules))


def _glyphs(textpage) -> list[Glyph]:
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    per_char = len(text) != n  # characters outside the BMP: read one by one
    out = []
    for i in range(n):
        ch = textpage.get_text_range(i, 1) if per_char else text[i]
        if ch in "\r\n\x00\ufffe" or not ch:
            continue
        x0, y0, x1, y1 = textpage.get_charbox(i, loose=True)
        if x1 <= x0 and ch.isspace():
            continue
        out.append(Glyph(ch, x0, y0, x1, y1))
    return out


def _group_lines(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs → visual lines, top to bottom, each left to right."""
    order = sorted(glyphs, key=lambda g: -g.yc)
    lines: list[list[Glyph]] = []
    centre = height = 0.0
    for g in order:
        if lines and abs(g.yc - centre) <= 0.4 * max(height, g.h, 1.0):
            lines[-1].append(g)
        else:
            lines.append([g])
            centre, height = g.yc, g.h
    return [Line(sorted(line, key=lambda g: g.x0)) for line in lines]


# -- ruled tables -----------------------------------------------------------

def _apply_grids(lines: list[Line], rules) -> list[Line]:
    """Replace the visual lines inside each ruled table by one line per table row."""
    hs = [(x, b, r, t) for x, b, r, t in rules if t - b <= RULE_THICKNESS and r - x >= RULE_MIN_LENGTH]
    vs = [(x, b, r, t) for x, b, r, t in rules if r - x <= RULE_THICKNESS and t - b >= RULE_MIN_LENGTH]
    if len(hs) < 2 or len(vs) < 2:
        return lines
    out = lines
    for gi, grid in enumerate(_grids(hs, vs)):
        out = _fill_grid(out, grid, gi)
    return out


def _grids(hs, vs) -> list[tuple[list, list]]:
    """Connected sets of horizontal and vertical rules (each set one table)."""
    items = [("h", r) for r in hs] + [("v", r) for r in vs]
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tol = 2.0
    for i, (ki, a) in enumerate(items):
        for j in range(i + 1, len(items)):
            kj, b = items[j]
            if ki == kj:
                continue
            if a[0] - tol <= b[2] and b[0] - tol <= a[2] and a[1] - tol <= b[3] and b[1] - tol <= a[3]:
                parent[find(i)] = find(j)
    groups: dict[int, tuple[list, list]] = {}
    for i, (kind, r) in enumerate(items):
        g = groups.setdefault(find(i), ([], []))
        (g[0] if kind == "h" else g[1]).append(r)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _fill_grid(lines: list[Line], grid, gi: int) -> list[Line]:
    hs, vs = grid
    left, right = min(r[0] for r in hs), max(r[2] for r in hs)
    ys = _merge_positions(sorted({(r[1] + r[3]) / 2 for r in hs}, reverse=True))  # top → bottom
    top, bottom = ys[0], ys[-1]
    inside = [ln for ln in lines if bottom - 1 <= ln.glyphs[0].yc <= top + 1
              and ln.x0 >= left - 2 and ln.x1 <= right + 2]
    if not inside:
        return lines
    bands = list(zip(ys, ys[1:], strict=False))  # (upper y, lower y) of each row band

    def walls(upper, lower):  # x of the vertical rules crossing a band
        mid = (upper + lower) / 2
        return _merge_positions(sorted({(r[0] + r[2]) / 2 for r in vs if r[1] - 1 <= mid <= r[3] + 1}))

    def ruled(y, x):  # is there a horizontal rule at height y under/over x?
        return any(abs((r[1] + r[3]) / 2 - y) <= 1.5 and r[0] - 1 <= x <= r[2] + 1 for r in hs)

    cells: dict[tuple[int, float], list[tuple[int, Glyph]]] = {}
    band_walls = [walls(u, lo) for u, lo in bands]
    for ln in inside:
        for g in ln.glyphs:
            b = next((k for k, (u, lo) in enumerate(bands) if lo <= g.yc <= u), None)
            if b is None:
                continue
            xs = band_walls[b]
            c = next((k for k in range(len(xs) - 1) if xs[k] - 1 <= (g.x0 + g.x1) / 2 <= xs[k + 1] + 1), None)
            if c is None:
                continue
            x_mid = (xs[c] + xs[c + 1]) / 2
            owner = b  # a cell merged over rows: its text belongs to the first of them
            while owner > 0 and not ruled(bands[owner][0], x_mid):
                owner -= 1
            cells.setdefault((owner, xs[c]), []).append((ln.number, g))
    rows: list[Line] = []
    for b, (_u, _lo) in enumerate(bands):
        xs = band_walls[b]
        row_cells, row_glyphs = [], []
        for k in range(len(xs) - 1):
            content = cells.get((b, xs[k]), [])
            text, first = _cell_text(content)  # the lower part of a merged cell stays empty
            row_cells.append((text, first))
            row_glyphs += [g for _, g in content]
        if row_glyphs:
            first = min(n for t, n in row_cells if t)
            rows.append(Line(row_glyphs, first, [(t, n or first) for t, n in row_cells], gi))
    keep = [ln for ln in lines if ln not in inside]
    return sorted(keep + rows, key=lambda ln: ln.number)


def _merge_positions(xs: list[float], tol: float = 1.5) -> list[float]:
    out: list[float] = []
    for x in xs:
        if not out or abs(x - out[-1]) > tol:
            out.append(x)
    return out


def _cell_text(content: list[tuple[int, Glyph]]) -> tuple[str, int]:
    """The text of one cell (its visual lines joined) and the first line's number."""
    if not content:
        return "", 0
    by_line: dict[int, list[Glyph]] = {}
    for n, g in content:
        by_line.setdefault(n, []).append(g)
    parts = [_join_glyphs(sorted(gs, key=lambda g: g.x0)) for _, gs in sorted(by_line.items())]
    text = ""
    for part in parts:
        if text and _needs_space(text[-1], part[:1]):
            text += " "
        text += part
    return text, min(by_line)


def _needs_space(a: str, b: str) -> bool:
    """Lines of Latin text were wrapped at a space (CJK text wraps anywhere, without one)."""
    return bool(a and b and a.isascii() and b.isascii() and not a.isspace() and not b.isspace() and a != "-")


# -- text lines, columns and paragraphs ----------------------------------------

def _segments(line: Line) -> list[list[Glyph]]:
    """Pieces of a line separated by a column gap."""
    gap = COLUMN_GAP_EM * line.em
    pieces: list[list[Glyph]] = [[]]
    last = None
    for g in line.glyphs:
        if g.ch.isspace():
            pieces[-1].append(g)
            continue
        if last is not None and g.x0 - last.x1 > gap:
            pieces.append([])
        pieces[-1].append(g)
        last = g
    return [p for p in pieces if any(not g.ch.isspace() for g in p)]


def _borderless(lines: list[Line]) -> list[Line]:
    """Tables printed without rules: runs of lines with column gaps become rows of cells.

    Columns are the union of the pieces' spans over the lines with the commonest
    number of pieces (the body rows); a row is a set of lines closer together than
    the usual row pitch (a cell wrapped over two lines, a header with a wrapped
    cell whose neighbours are centred on it); every piece goes to the column it
    overlaps most, and a piece over several columns is one cell, as in a text export.
    """
    segs = [_segments(ln) if ln.cells is None else [] for ln in lines]
    out: list[Line] = []
    i, n, region_id = 0, len(lines), 100
    while i < n:
        if len(segs[i]) < 2 or not any(len(s) >= 2 for s in segs[i + 1:i + 3]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].cells is None and (len(segs[j + 1]) >= 2 or (
                j + 2 < n and len(segs[j + 2]) >= 2 and _gap(lines[j], lines[j + 1]) < 2 * lines[j].em)):
            j += 1
        region = list(range(i, j + 1))
        columns = _columns([segs[k] for k in region])
        pitch = _pitch([lines[k] for k in region if len(segs[k]) >= 2])
        # a line just above or below, inside a column other than the first, is part of a row
        while i > 0 and len(segs[i - 1]) == 1 and out and out[-1] is lines[i - 1] \
                and _gap(lines[i - 1], lines[i]) < 0.8 * pitch and _inner(segs[i - 1][0], columns):
            out.pop()
            i -= 1
        while j + 1 < n and len(segs[j + 1]) == 1 and lines[j + 1].cells is None \
                and _gap(lines[j], lines[j + 1]) < 0.8 * pitch and _inner(segs[j + 1][0], columns):
            j += 1
        groups: list[list[int]] = []
        for k in range(i, j + 1):
            if groups and _gap(lines[groups[-1][-1]], lines[k]) < 0.8 * pitch:
                groups[-1].append(k)
            else:
                groups.append([k])
        for group in groups:
            out.append(_row(group, lines, segs, columns, region_id))
        region_id += 1
        i = j + 1
    return out


def _gap(upper: Line, lower: Line) -> float:
    return upper.glyphs[0].yc - lower.glyphs[0].yc


def _pitch(rows: list[Line]) -> float:
    gaps = sorted(_gap(a, b) for a, b in zip(rows, rows[1:], strict=False))
    return gaps[len(gaps) // 2] if gaps else (rows[0].em * 2 if rows else 20.0)


def _span(piece: list[Glyph]) -> tuple[float, float]:
    ink = [g for g in piece if not g.ch.isspace()]
    return min(g.x0 for g in ink), max(g.x1 for g in ink)


def _columns(rows: list[list[list[Glyph]]]) -> list[tuple[float, float]]:
    counts: dict[int, int] = {}
    for r in rows:
        if len(r) >= 2:
            counts[len(r)] = counts.get(len(r), 0) + 1
    body = max(counts, key=lambda c: (counts[c], c)) if counts else 0
    cols = _union(sorted(_span(p) for r in rows if len(r) == body for p in r))
    # pieces of the other rows that fall in no column are columns of their own (a group label)
    extra = [s for r in rows if len(r) >= 2 for s in map(_span, r)
             if not any(min(s[1], b) - max(s[0], a) > 0 for a, b in cols)]
    return sorted(cols + _union(sorted(extra)))


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _inner(piece: list[Glyph], columns) -> bool:
    x0, x1 = _span(piece)
    return len(columns) >= 2 and x0 >= columns[1][0] - 1


def _row(group: list[int], lines: list[Line], segs, columns, region_id: int) -> Line:
    texts: dict[int, list[str]] = {}
    first_line: dict[int, int] = {}
    covered: set[int] = set()
    for k in group:
        for piece in segs[k]:
            x0, x1 = _span(piece)
            hits = [c for c, (a, b) in enumerate(columns) if min(x1, b) - max(x0, a) > 0]
            if not hits:  # in a gap between columns: the nearest column
                hits = [min(range(len(columns)), key=lambda c: min(abs(columns[c][0] - x1), abs(columns[c][1] - x0)))]
            texts.setdefault(hits[0], []).append(_join_glyphs(piece))
            first_line.setdefault(hits[0], lines[k].number)
            covered.update(hits[1:])
    number = lines[group[0]].number
    cells = []
    for c in range(len(columns)):
        if c in covered and c not in texts:
            continue  # spanned by the cell before
        parts = texts.get(c, [])
        text = ""
        for part in parts:
            text += (" " if text and _needs_space(text[-1], part[:1]) else "") + part
        cells.append((text, first_line.get(c, number)))
    glyphs = [g for k in group for g in lines[k].glyphs]
    return Line(glyphs, number, cells, region_id)


def _edge_key(line: Line) -> tuple[str, int]:
    return DIGIT_RUN.sub("#", line.text), round(line.glyphs[0].yc / 3)


def _drop_running(page: list[Line], following: list[Line]) -> None:
    """A line at the top or bottom of a page printed again at the same place on the
    next page (digits aside) is a running header or footer, on both pages."""
    if not following:
        return
    edges = {_edge_key(ln) for ln in following[:2] + following[-2:] if ln.cells is None}
    for ln in page[:2] + page[-2:]:
        if ln.cells is None and _edge_key(ln) in edges:
            ln.running = True
            for other in following[:2] + following[-2:]:
                if other.cells is None and _edge_key(other) == _edge_key(ln):
                    other.running = True


def _margins(lines: list[Line]) -> tuple[float, float] | None:
    """(left, right) of the page's text block: the commonest start, the furthest end."""
    body = [ln for ln in lines if ln.cells is None and len(ln.text) >= 8]
    if not body:
        return None
    starts: dict[int, int] = {}
    for ln in body:
        starts[round(ln.x0)] = starts.get(round(ln.x0), 0) + 1
    left = min(x for x, n in starts.items() if n == max(starts.values()))
    return float(left), max(ln.x1 for ln in body)


def _is_page_number(line: Line, index: int, count: int) -> bool:
    return (index < 2 or index >= count - 2) and bool(PAGE_NUMBER.match(line.text))


def _emit(lines: list[Line], page: int, margins, out: list[str], places: list, prev_tail: Line | None):
    """Append the page's lines to ``out``; return the last prose line (for joining)."""
    left, right = margins if margins else (lines[0].x0, max(ln.x1 for ln in lines))
    previous = prev_tail
    count = len(lines)
    last_grid = None
    for i, line in enumerate(lines):
        if line.running or _is_page_number(line, i, count):
            continue
        if line.cells is not None:  # a row of a ruled table
            if last_grid != (page, line.grid) and out and out[-1] != "":
                _append(out, places, "", [])
            last_grid = (page, line.grid)
            _append_cells(out, places, [(t, page, n) for t, n in line.cells])
            previous = None
            continue
        if last_grid is not None:
            _append(out, places, "", [])
            last_grid = None
        pieces = _segments(line)
        if len(pieces) >= 2:  # columns without rules
            _append_cells(out, places, [(_join_glyphs(p), page, line.number) for p in pieces])
            previous = None
            continue
        text = line.text
        if previous is not None and _continues(previous, line, left, right, margins):
            sep = " " if _needs_space(out[-1][-1:], text[:1]) else ""
            places[-1].append((len(out[-1]) + len(sep), page, line.number))
            out[-1] += sep + text
        else:
            _append(out, places, text, [(0, page, line.number)])
        previous = line
    return previous


def _continues(previous: Line, line: Line, left: float, right: float, margins) -> bool:
    """Is ``line`` the next line of the paragraph that ``previous`` belongs to?"""
    em = max(previous.em, 1.0)
    if HEADING.match(line.text) or HEADING.match(previous.text) or margins is None:
        return False
    if abs(line.em - previous.em) > 0.25 * em:  # another font size: a heading or a note
        return False
    full = previous.x1 >= right - 1.5 * em
    flush = line.x0 <= left + 0.5 * em
    return full and flush


def _append(out: list[str], places: list, text: str, where: list) -> None:
    out.append(text)
    places.append(where)


def _append_cells(out: list[str], places: list, cells: list[tuple[str, int, int]]) -> None:
    text, where = "", []
    for k, (cell, page, number) in enumerate(cells):
        if k:
            text += "\t"
        where.append((len(text), page, number))
        text += cell.replace("\t", " ")
    if out and out[-1] != "" and "\t" not in out[-1]:
        _append(out, places, "", [])
    _append(out, places, text, where)
