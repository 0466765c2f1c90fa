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

from dataclasses import dataclass, field

from .read import Document

Piece = tuple[int, int, int]  # (column in the line as read, page, line on the page or in the file)


@dataclass(slots=True)
class MappedDocument(Document):
    """A document read from a PDF or HTML file, with where each line came from."""

    pieces: list[list[Piece]] = field(default_factory=list)
    #: PDF pages read by OCR: page → engine, languages, dpi, seconds, {line on page: confidence}
    ocr_pages: dict[int, dict] = field(default_factory=dict)
    #: PDF pages without a text layer that were not read, with the reason
    unread_pages: list[tuple[int, str]] = field(default_factory=list)

    def origin(self, line: int, col: int = 0) -> tuple[int, int] | None:
        """(page, line on page) of column ``col`` of 1-based ``line``; None when unknown."""
        if not 1 <= line <= len(self.pieces) or not self.pieces[line - 1]:
            return None
        best = self.pieces[line - 1][0]
        for piece in self.pieces[line - 1]:
            if piece[0] <= col:
                best = piece
        return best[1], best[2]


def mapped(doc: Document, pieces: list[list[Piece]]) -> MappedDocument:
    return MappedDocument(doc.path, doc.raw_lines, doc.lines, doc.encoding, normalised=doc.normalised, pieces=pieces)


def locate(doc: MappedDocument, claims, unparsed: list[dict]) -> None:
    """Give each claim's source (and each unparsed figure) its page and line on it;
    mark the claims of OCR-ed pages and list the pages left unread."""
    from dataclasses import replace

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
