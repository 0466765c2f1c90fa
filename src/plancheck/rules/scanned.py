"""scanned-page — a PDF page without a text layer is read by OCR or reported as not read.

A page of a PDF that holds an image and no text (a scanned page, a cover, a
photograph) has nothing to read without OCR. When Tesseract is installed
(`plancheck[ocr]`, see docs/formats.md) the page is OCR-ed and every figure read
from it is marked `ocr` (JSON `claims[].ocr`, `plancheck explain`, `plancheck
extract`); the rule then says which pages were OCR-ed (info), because a figure
misread by OCR can make or hide a contradiction. Without OCR such a page is left
out and the rest of the file is read: the rule warns, naming the page (also
listed by `plancheck extract --unparsed`), so that nothing is skipped silently.
A PDF that is mostly such pages is not read at all (exit 2, with the hint to
install OCR).

Firing: page 1 of a plan is a scanned cover and Tesseract is not installed: a
warning "page 1 ... not read" and the claims of pages 2–9. Near-miss: a blank
page (no text, no image) is no scan and gives nothing; a page whose scan has an
invisible OCR text layer (as `ocrmypdf` writes) is read from that layer and
gives nothing either.
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding, Location
from .base import Plan, rule


@rule("scanned-page", "warning", "a PDF page without a text layer must be read by OCR, else be reported")
def check_scanned_pages(plan: Plan) -> Iterator[Finding]:
    for u in plan.unparsed:
        if not u.get("unread_page"):
            continue
        page = u["page"]
        yield Finding(rule="scanned-page", severity="warning",
                      message=f"{u['path']}: {u['reason']}",
                      arithmetic=[f"page {page}: no text layer; the other pages were read"],
                      locations=[Location(u["path"], u.get("line", 1) or 1)],
                      figures=[f"unread-page:{page}"])
    ocr_pages: dict[tuple[str, int], list] = {}
    for c in plan.claims:
        if "ocr" in c.extra:
            ocr_pages.setdefault((c.source.path, c.source.page), []).append(c)
    by_path: dict[str, list[int]] = {}
    for path, page in sorted(ocr_pages):
        by_path.setdefault(path, []).append(page)
    for path, pages in by_path.items():
        claims = [c for p in pages for c in ocr_pages[(path, p)]]
        mark = claims[0].extra["ocr"]
        which = f"page {pages[0]}" if len(pages) == 1 else f"pages {', '.join(map(str, pages))}"
        yield Finding(rule="scanned-page", severity="info",
                      message=f"{path}: {which} read by OCR ({mark['engine']}, {mark['languages']}): "
                              f"{len(claims)} figures marked 'ocr'; check them against the scan",
                      arithmetic=[f"page {p}: {len(ocr_pages[(path, p)])} figures read by OCR" for p in pages],
                      locations=[Location.of(claims[0])], claims=[c.id for c in claims],
                      figures=[f"ocr-page:{p}" for p in pages])
