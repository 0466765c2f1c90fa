"""Write the scanned test plans: a plan text rendered to an image, wrapped as an image-only PDF.

    /work/main/.venv/bin/python tests/data/scans/make_scans.py

reads ``scan_plan.txt`` (a heading, a paragraph and a tab-separated indicator
table with a 专栏 title) and writes

* ``scan_plan.pdf`` — one page, the text drawn with Noto Serif CJK SC at
  300 dpi and the table without rules (columns set apart by space only), as a
  printed page scanned flat;
* ``scan_plan_rough.pdf`` — the same page with a ruled table, as a worn office
  scan: 200 dpi, turned by 0.4°, blurred, with speckle noise, thresholded to
  black and white.

Needs Pillow and the font (Debian: ``apt-get install fonts-noto-cjk``). The
PDFs are committed, so the tests need neither; run this again only to change
the fixture. The noise is seeded, so the output is the same on every run.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_INDEX = 2  # Noto Serif CJK SC in the collection


def render(text: str, dpi: int = 300, ruled: bool = True):
    """The plan as a white page (A5 width) with black text; tables ruled or not."""
    from PIL import Image, ImageDraw, ImageFont

    pt = dpi / 72
    body = ImageFont.truetype(FONT, round(11 * pt), index=FONT_INDEX)
    head = ImageFont.truetype(FONT, round(14 * pt), index=FONT_INDEX)
    cell = ImageFont.truetype(FONT, round(9.5 * pt), index=FONT_INDEX)
    width = round(148 / 25.4 * dpi)
    margin = round(15 / 25.4 * dpi)
    img = Image.new("L", (width, round(width * 1.15)), 255)
    draw = ImageDraw.Draw(img)
    y = margin
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            y = _table(draw, rows, cell, margin, width - margin, y, pt, ruled)
            continue
        font = body if len(line) > 40 else head
        indent = round(22 * pt) if font is body else 0
        y = _paragraph(draw, line, font, margin, width - margin, y, indent, pt)
        i += 1
    return img.crop((0, 0, width, min(img.height, y + margin)))


def _paragraph(draw, text, font, left, right, y, indent, pt):
    """Wrap CJK text anywhere (as Chinese is printed), Latin words and numbers whole."""
    leading = round(font.size * 1.6)
    x = left + indent
    tokens, word = [], ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            word += ch
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(ch)
    if word:
        tokens.append(word)
    for tok in tokens:
        w = draw.textlength(tok, font=font)
        if x + w > right:
            x, y = left, y + leading
            if tok == " ":
                continue
        draw.text((x, y), tok, font=font, fill=0)
        x += w
    return y + leading + round(4 * pt)


def _table(draw, rows, font, left, right, y, pt, ruled=True):
    cols = max(len(r) for r in rows)
    widths = [max(draw.textlength(r[k], font=font) if k < len(r) else 0 for r in rows) + 10 * pt
              for k in range(cols)]
    scale = (right - left) / sum(widths)
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w * scale)
    row_h = round(font.size * 1.9)
    line = max(2, round(0.6 * pt))
    top = y
    for r in rows:
        for k, cell in enumerate(r):
            w = draw.textlength(cell, font=font)
            draw.text(((xs[k] + xs[k + 1] - w) / 2, y + (row_h - font.size) / 2 - font.size * 0.1), cell,
                      font=font, fill=0)
        if ruled:
            draw.line([(left, y), (right, y)], fill=0, width=line)
        y += row_h
    if ruled:
        draw.line([(left, y), (right, y)], fill=0, width=line)
        for x in xs:
            draw.line([(x, top), (x, y)], fill=0, width=line)
    return y + round(10 * pt)


def roughen(img, seed: int = 14):
    """An office scan: turned a little, blurred, speckled, black and white."""
    from PIL import ImageFilter

    rng = random.Random(seed)
    img = img.rotate(0.4, resample=3, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    for _ in range(img.width * img.height // 400):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        px[x, y] = 0 if rng.random() < 0.5 else 255
    return img.point(lambda v: 0 if v < 150 else 255, mode="1")


def main() -> None:
    text = (HERE / "scan_plan.txt").read_text("utf-8")
    render(text, 300, ruled=False).save(HERE / "scan_plan.pdf", resolution=300)
    roughen(render(text, 200)).save(HERE / "scan_plan_rough.pdf", resolution=200)


if __name__ == "__main__":
    main()
