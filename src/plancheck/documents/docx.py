"""Word documents through python-docx (optional extra ``plancheck[docx]``)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def docx_text(path: Path) -> str:
    """Paragraphs one per line; table rows as tab-separated lines, in body order.

    A cell merged over columns is one cell, and one merged over rows gives its
    text to the first row only, as a text export prints them."""
    try:
        import docx
    except ImportError:
        raise InputError("reading .docx needs python-docx: pip install 'plancheck[docx]'",
                         path=str(path)) from None
    try:
        doc = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for a broken file
        raise InputError(f"not a readable .docx file ({type(exc).__name__})", path=str(path)) from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            lines.append("")
            table = Table(child, doc)
            for tr in child.tr_lst:
                lines.append("\t".join(_cell_text(tc, table) for tc in tr.tc_lst))
            lines.append("")
    return "\n".join(lines)


def _cell_text(tc, table) -> str:
    from docx.table import _Cell

    if tc.vMerge == "continue":
        return ""
    return _Cell(tc, table).text.replace("\n", " ").replace("\t", " ")
