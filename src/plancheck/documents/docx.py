"""Word documents through python-docx (optional extra ``plancheck[docx]``)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def docx_text(path: Path) -> str:
    """Paragraphs one per line; table rows as tab-separated lines."""
    try:
        import docx  # type: ignore[import-not-found]
    except ImportError:
        raise InputError("reading .docx needs python-docx: pip install 'plancheck[docx]'",
                         path=str(path)) from None
    try:
        doc = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for a broken file
        raise InputError(f"not a readable .docx file ({type(exc).__name__})", path=str(path)) from None
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        lines.append("")
        for row in table.rows:
            lines.append("\t".join(cell.text.replace("\n", " ") for cell in row.cells))
    return "\n".join(lines)
