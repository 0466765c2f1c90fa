"""Characters placed on a page: what a PDF's text layer and OCR both give.

Apart from pdf.py and ocr.py so that each can import them (ocr.py makes OCR
glyphs; pdf.py lays out glyphs of either kind and calls ocr.py for scans).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Glyph:
    ch: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def h(self) -> float:
        return self.y1 - self.y0


@dataclass(slots=True)
class OcrGlyph(Glyph):
    """A character read by OCR, with the confidence (0–100) of its word."""

    conf: float = -1.0
