"""Turn a file into lines of text, whatever its encoding or format.

Every later stage reports positions as (line, column) of the file as read, so
normalisation here never changes the number of lines, and within a line it
replaces one character by one character (full-width digits, HTML tags
blanked out), keeping columns true.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from ..inputs import readable_file
from ..numbers import to_halfwidth
from .normalise import Normalised, normalise_lines
from .patterns import (
    HTML_CELL_END,
    HTML_ENTITY as _ENTITY,
    HTML_ROW_END as _ROW_END,
    HTML_ROW_START as _ROW_START,
    HTML_TAG as _TAG,
)

#: Refuse to read more than this (bytes): a plan outline is well under 5 MB.
MAX_BYTES = 64 * 1024 * 1024
#: A line longer than this is not prose (a plan's longest paragraph is a few
#: thousand characters): its head is read, and the unread tail is reported.
MAX_LINE = 100_000

_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}


@dataclass(slots=True)
class Document:
    """A decoded document: original lines and normalised lines of equal length."""

    path: str
    raw_lines: list[str]
    lines: list[str]
    encoding: str
    #: the lines as the claim readers see them (Chinese numerals, scanned-text
    #: slips rewritten), with column maps back to ``lines`` (documents/normalise.py)
    normalised: Normalised | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def reading_lines(self) -> list[str]:
        return self.normalised.lines if self.normalised is not None else self.lines


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


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes, detecting BOMs, UTF-16 without BOM, UTF-8 and GB18030."""
    if not data.strip():
        raise InputError("empty file: no text to read", path=path)
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, enc, path), enc
    if b"\x00" in data:
        text, enc = _utf16_without_bom(data)
        if text is None:
            raise InputError("binary file (NUL bytes), not a text document", path=path)
        return text, enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            line = data.count(b"\n", 0, utf8_error.start) + 1
            raise InputError(f"undecodable bytes at offset {utf8_error.start} (neither UTF-8, "
                             "UTF-16 nor GB18030)", path=path, line=line) from None


def _utf16_without_bom(data: bytes) -> tuple[str | None, str]:
    """UTF-16 text has its NUL bytes (the high bytes of ASCII) on one parity only;
    a binary file scatters them. Decode only when the result is printable text."""
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(data) % 2 or min(even, odd) > max(even, odd) // 20:
        return None, ""
    enc = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None, ""
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return (text, enc) if controls == 0 else (None, "")


def _strict(data: bytes, enc: str, path: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"undecodable {enc} bytes at offset {exc.start}", path=path, line=line) from None


def _blank_tag(m: re.Match) -> str:
    """A tag becomes spaces; a cell end (</td>, </th>) becomes a tab so HTML
    table rows split into cells like the tab-separated tables of text plans."""
    tag = m.group()
    if HTML_CELL_END.match(tag):
        return "\t" + " " * (len(tag) - 1)
    return " " * len(tag)


def normalise_line(line: str) -> str:
    """Full-width → half-width, tags and entities blanked; same length as the input."""
    if "<" in line:
        line = _TAG.sub(_blank_tag, line)
    if "&" in line:
        line = _ENTITY.sub(lambda m: _ENTITIES.get(m.group(), " ").ljust(len(m.group())), line)
    line = line.replace("\u3000", " ").replace("\xa0", " ")
    return to_halfwidth(line)


def document_from_text(text: str, path: str = "<text>", encoding: str = "str",
                       normalisers: "Iterable[str] | None" = None) -> Document:
    """A document from decoded text; ``normalisers`` names the rewrites to apply
    (None: all of documents.normalise.ALL; () : none)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    if not any(line.strip() for line in raw):
        raise InputError("empty document: no text to read", path=path)
    lines = _rows_on_one_line(raw) if _ROW_START.search(text) else raw
    doc = Document(path, raw, [normalise_line(line) for line in lines], encoding)
    doc.normalised = normalise_lines(doc.lines, normalisers, MAX_LINE)
    return doc


def _rows_on_one_line(raw: list[str]) -> list[str]:
    """An HTML table row written over several lines is gathered onto its first
    line (the lines it came from are left empty), so that its cells become one
    tab-separated row; every later line keeps its number."""
    out = list(raw)
    i = 0
    while i < len(out):
        if _ROW_START.search(out[i]) and not _ROW_END.search(out[i]):
            j = i + 1
            while j < len(out) and j - i < 200 and not _ROW_END.search(out[j]):
                j += 1
            if j < len(out) and _ROW_END.search(out[j]):
                out[i] = " ".join(part.strip() for part in out[i:j + 1])
                for k in range(i + 1, j + 1):
                    out[k] = ""
                i = j
        i += 1
    return out


def _head(p: Path) -> bytes:
    try:
        with p.open("rb") as f:
            return f.read(8)
    except OSError:
        return b""


def read_document(path: str | Path, normalisers: "Iterable[str] | None" = None) -> Document:
    """Read a plan document (.txt/.md/.html; .pdf and .docx with the optional extras)."""
    p = Path(path)
    name = str(path)
    size = readable_file(p, folder="is a folder; give a plan document or use a folder with 'check'").st_size
    if size > MAX_BYTES:
        raise InputError(f"file is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB "
                         "limit for one plan document", path=name)
    if p.suffix.lower() == ".pdf" or _head(p).startswith(b"%PDF-"):
        from .pdf import read_pdf  # lazy: only for a PDF (pypdfium2, the pdf extra)

        lines, pieces, scans = read_pdf(p)
        doc = mapped(document_from_text("\n".join(lines), name, "pdf", normalisers), pieces)
        doc.ocr_pages, doc.unread_pages = scans.ocr, scans.unread
        return doc
    if p.suffix.lower() == ".docx":
        from .docx import docx_text  # lazy: only for a .docx (python-docx, the docx extra)

        return document_from_text(docx_text(p), name, "docx", normalisers)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=name) from None
    if data[:4] == b"PK\x03\x04":
        raise InputError("a zip/Office file; only .docx is read (pip install 'plancheck[docx]')", path=name)
    text, enc = decode(data, name)
    if p.suffix.lower() in (".html", ".htm", ".xhtml", ".shtml") or _looks_like_html(data[:64]):
        from .webpage import read_html  # lazy: only for a web page (lxml, the html extra)

        lines, pieces = read_html(text, name)
        return mapped(document_from_text("\n".join(lines), name, enc, normalisers), pieces)
    return document_from_text(text, name, enc, normalisers)


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))
