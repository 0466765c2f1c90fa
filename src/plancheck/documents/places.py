"""Where the text of a PDF or web page came from, line by line.

A PDF or a saved web page is read into lines of text like a text export (so
the rest of the pipeline is the same); a :class:`MappedDocument` also keeps,
for each of those lines, the pieces it was made of as (column in the line,
page, line on that page). For web pages the page is 0 and the line is the line
of the HTML file.

A PDF's pages without a text layer are either OCR-ed (``ocr_pages``: their
claims are marked ``extra["ocr"]``) or left out (``unread_pages``: each is
listed among the unparsed figures, for ``extract --unparsed`` and the
``scanned-page`` warning).
"""

from __future__ import annotations

from dataclasses import replace

from .read import MappedDocument, Piece, mapped  # defined beside Document (read.py makes them)

__all__ = ["MappedDocument", "Piece", "locate", "mapped"]


def locate(doc: MappedDocument, claims, unparsed: list[dict]) -> None:
    """Give each claim's source (and each unparsed figure) its page and line on it;
    mark the claims of OCR-ed pages and list the pages left unread."""
    for c in claims:
        got = doc.origin(c.source.line, c.source.col_start)
        if got:
            c.source = replace(c.source, page=got[0], page_line=got[1])
            scan = doc.ocr_pages.get(got[0]) if got[1] and got[0] else None
            if scan is not None:
                c.extra["ocr"] = ocr_mark(scan, got[1])
    for u in unparsed:
        got = doc.origin(u.get("line", 0), max(u.get("column", 1) - 1, 0))
        if got:
            u["page"], u["page_line"] = got
            if got[0] in doc.ocr_pages:
                u["ocr"] = True
    for page, reason in doc.unread_pages:
        unparsed.append({"path": doc.path, "line": _line_after(doc, page), "column": 1, "text": "",
                         "reason": f"page {page}: {reason}", "page": page, "unread_page": True})


def ocr_mark(scan: dict, page_line: int) -> dict:
    """What a claim read by OCR records: engine, languages, resolution, the line's confidence."""
    mark = {"engine": scan["engine"], "languages": scan["languages"], "dpi": scan["dpi"]}
    conf = scan["lines"].get(page_line)
    if conf is not None:
        mark["confidence"] = conf
    return mark


def _line_after(doc: MappedDocument, page: int) -> int:
    """The first line as read from a later page (where the page would have been), else the last."""
    for number, pieces in enumerate(doc.pieces, 1):
        if pieces and pieces[0][1] > page:
            return number
    return max(len(doc.lines), 1)
