"""OCR of PDF pages without a text layer, by the Tesseract program (``plancheck[ocr]``).

A scanned page is rendered by PDFium (pypdfium2, at the resolution of its
image), its table rules are found in the bitmap and erased, and the
``tesseract`` binary of the system (Debian: ``tesseract-ocr`` with
``tesseract-ocr-chi-sim``) reads the rest with ``chi_sim+eng``, writing one
box per word (TSV). The boxes become the same glyphs a text layer gives, and
the rules the same ruling lines, so ``documents/pdf.py`` builds lines, tables
and paragraphs of a scanned page exactly as of a printed one, and the text
then goes through the scanned-text normalisers of ``documents/normalise.py``
like any other.

The binary is called directly — no Python binding: pytesseract would only
wrap the same call (and bring Pillow), tesserocr must be compiled against the
system's libtesseract. The call has no shell, a fixed argument list, the image
on standard input, one thread (``OMP_THREAD_LIMIT=1``: OpenMP threads only
slow Tesseract down on a shared machine) and a time limit per page, so it can
neither hang nor run anything named in the document.

OCR runs by itself when Tesseract and its Chinese data are installed (and
only on pages without a text layer); ``PLANCHECK_OCR=0`` switches it off.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass

from ..errors import InputError
from .glyphs import Glyph, OcrGlyph
from .patterns import OCR_LANGUAGE_LIST, OCR_QUOTED_NUMBER, OCR_RULE_DEBRIS, TESSERACT_VERSION

#: Tesseract languages: simplified Chinese, and English for the Latin words of a plan (GDP, PM2.5).
LANGUAGES = ("chi_sim", "eng")
#: An environment variable: 0, off, no or false switches OCR off.
SWITCH = "PLANCHECK_OCR"
#: An environment variable naming other languages (chi_tra+eng), as Tesseract spells them.
LANGUAGES_SWITCH = "PLANCHECK_OCR_LANGUAGES"
#: Seconds Tesseract may take for one page before the file is refused.
PAGE_TIMEOUT = 180
#: Pages are rendered at the resolution of their image, within these bounds (dots per inch).
DPI_RANGE = (150, 400)
DEFAULT_DPI = 300
#: A Latin word read with less confidence than this (0–100) on a page of Chinese is in doubt;
#: at most this many runs of such words a page are read again with the Chinese model alone.
LATIN_RECHECK_CONF = 70
LATIN_RECHECK_RUNS = 12
#: A scan turned by at most this much is made straight before OCR (degrees), judged in these steps.
MAX_SKEW_DEGREES = 3.0
SKEW_STEP_DEGREES = 0.1
#: A dark run at least this many em long (and at least 1/10 of the page) is a rule, not a stroke.
RULE_MIN_EM = 4.0
#: A dark run thicker than this many em is a filled area (a photograph, a black box), not a rule.
RULE_MAX_THICK_EM = 0.3
#: Breaks in a rule up to this many em (scan noise, a crossing) are bridged.
RULE_GAP_EM = 0.25
INSTALL_HINT = ("install Tesseract to OCR them (Debian/Ubuntu: apt-get install tesseract-ocr "
                "tesseract-ocr-chi-sim; pip install 'plancheck[ocr]'), or run 'ocrmypdf -l chi_sim+eng "
                "in.pdf out.pdf' and read the OCR-ed file")


@dataclass(frozen=True, slots=True)
class Engine:
    binary: str
    version: str
    languages: str  # "chi_sim+eng"

    @property
    def name(self) -> str:
        return f"tesseract {self.version}"


@dataclass(slots=True)
class Word:
    """One word box of Tesseract's TSV, in pixels of the rendered page."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]  # (block, paragraph, line) of Tesseract's layout


def switched_off() -> bool:
    return os.environ.get(SWITCH, "").strip().lower() in ("0", "off", "no", "false")


def languages() -> tuple[str, ...]:
    """The Tesseract languages to read with: LANGUAGES, or those named by PLANCHECK_OCR_LANGUAGES
    (e.g. chi_tra+eng for a document in traditional characters)."""
    given = os.environ.get(LANGUAGES_SWITCH, "").strip()
    if not given:
        return LANGUAGES
    if not OCR_LANGUAGE_LIST.fullmatch(given):
        raise InputError(f"{LANGUAGES_SWITCH}={given!r}: not a list of Tesseract languages such as chi_sim+eng",
                         path=LANGUAGES_SWITCH)
    return tuple(given.split("+"))


def engine() -> Engine | None:
    """The Tesseract to use, or None (not installed, no data for the languages, switched off)."""
    if switched_off():
        return None
    return _find_engine(shutil.which("tesseract"), languages())


def unavailable() -> str:
    """Why scanned pages are not OCR-ed, as the end of an error or notice."""
    if switched_off():
        return f"OCR is switched off ({SWITCH}={os.environ.get(SWITCH)}); unset it to OCR them"
    binary = shutil.which("tesseract")
    if binary is None:
        return INSTALL_HINT
    langs = _languages(binary)
    missing = [lang for lang in languages() if lang not in langs]
    packages = " ".join(f"tesseract-ocr-{lang.replace('_', '-')}" for lang in missing)
    return f"Tesseract has no {'+'.join(missing)} language data: install it (apt-get install {packages})"


@functools.lru_cache(maxsize=4)
def _find_engine(binary: str | None, wanted: tuple[str, ...]) -> Engine | None:
    if binary is None:
        return None
    langs = _languages(binary)
    if not all(lang in langs for lang in wanted):
        return None
    return Engine(binary, _version(binary), "+".join(wanted))


@functools.lru_cache(maxsize=4)
def _languages(binary: str) -> frozenset[str]:
    try:
        done = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30,
                              stdin=subprocess.DEVNULL, env=_env())
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout + "\n" + done.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


@functools.lru_cache(maxsize=4)
def _version(binary: str) -> str:
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30,
                              stdin=subprocess.DEVNULL, env=_env())
    except (OSError, subprocess.SubprocessError):
        return "?"
    m = TESSERACT_VERSION.search(done.stdout + done.stderr)
    return m.group(1) if m else "?"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TESSDATA_PREFIX")}
    env["OMP_THREAD_LIMIT"] = "1"
    return env


# -- one page ------------------------------------------------------------------------------------

@dataclass(slots=True)
class PageScan:
    """What OCR read on one page, in PDF points (origin bottom left, as the text layer)."""

    glyphs: list[Glyph]  # OcrGlyph each, with .conf
    rules: list[tuple[float, float, float, float]]  # ruling lines as (left, bottom, right, top)
    dpi: int
    seconds: float


def page_dpi(page, pdfium_c) -> int:
    """The resolution of the page's (largest) image, within DPI_RANGE."""
    best = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        try:
            w_px, _ = obj.get_px_size()
            left, _, right, _ = obj.get_bounds()
        except Exception:  # an image PDFium cannot measure: the default resolution
            continue
        if right - left > 1:
            best = max(best, w_px / ((right - left) / 72))
    if not best:
        return DEFAULT_DPI
    return int(min(max(best, DPI_RANGE[0]), DPI_RANGE[1]))


def scan_page(pdf, index: int, pdfium_c, eng: Engine, path: str) -> PageScan:
    """Render page ``index``, erase its rules, OCR it."""
    import time

    import numpy as np

    page = pdf[index]
    try:
        dpi = page_dpi(page, pdfium_c)
        height_pt = page.get_height()
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        try:
            w, h, stride = bitmap.width, bitmap.height, bitmap.stride
            gray = np.frombuffer(bitmap.buffer, dtype=np.uint8, count=stride * h).reshape(h, stride)[:, :w].copy()
        finally:
            bitmap.close()
    finally:
        page.close()
    scale = dpi / 72
    gray = deskew(gray)
    rules_px = find_rules(gray, dpi)
    for x0, y0, x1, y1 in rules_px:
        gray[max(y0 - 3, 0):y1 + 4, max(x0 - 3, 0):x1 + 4] = 255  # with the anti-aliased edge
    start = time.perf_counter()
    words = run_tesseract(gray, dpi, eng, path, index + 1)
    words = reread_latin_lines(gray, words, dpi, eng, path, index + 1)
    seconds = time.perf_counter() - start
    glyphs: list[Glyph] = []
    for line_words in _by_line(words):
        line_words = [wd for wd in line_words if not _debris(wd, rules_px)]
        if not line_words:
            continue
        hs = sorted(wd.height for wd in line_words)
        tall = [wd for wd in line_words if wd.height >= 0.6 * hs[-1]]
        centre = sorted(wd.top + wd.height / 2 for wd in tall)[len(tall) // 2]
        size = sorted(wd.height for wd in tall)[len(tall) // 2]
        y1 = height_pt - (centre - size / 2) / scale
        y0 = height_pt - (centre + size / 2) / scale
        previous = None
        for left, right, wd in _spans(line_words):
            left, right = _inked(gray, left, right, wd)
            if previous is not None and _spaced(previous.text, wd.text):
                glyphs.append(OcrGlyph(" ", left / scale, y0, left / scale, y1, wd.conf))
            step = (right - left) / len(wd.text)
            for j, ch in enumerate(wd.text):
                gx = (left + j * step) / scale
                glyphs.append(OcrGlyph(ch, gx, y0, gx + step / scale, y1, wd.conf))
            previous = wd
    rules = [(x0 / scale, height_pt - y1 / scale, x1 / scale, height_pt - y0 / scale) for x0, y0, x1, y1 in rules_px]
    return PageScan(glyphs, rules, dpi, seconds)


def _cjk_share(words: list[Word]) -> float:
    chars = [ch for wd in words for ch in wd.text if not ch.isspace()]
    return sum("\u4e00" <= ch <= "\u9fff" for ch in chars) / len(chars) if chars else 0.0


def _doubtful_latin(word: Word) -> bool:
    """A word with Latin letters that Tesseract is unsure of."""
    return word.conf < LATIN_RECHECK_CONF and any(ch.isascii() and ch.isalpha() for ch in word.text)


def _doubtful_runs(line: list[Word]) -> list[list[Word]]:
    runs: list[list[Word]] = []
    for k, wd in enumerate(line):
        if _doubtful_latin(wd):
            if runs and k > 0 and line[k - 1] is runs[-1][-1]:
                runs[-1].append(wd)
            else:
                runs.append([wd])
    return runs


def reread_latin_lines(gray, words: list[Word], dpi: int, eng: Engine, path: str, page: int) -> list[Word]:
    """On a page of Chinese, Latin words that Tesseract is unsure of are read again
    with the Chinese languages alone, and the new reading is kept when Tesseract is
    surer of it.

    With chi_sim+eng, Tesseract sometimes reads Chinese with the English model
    (；常住人口城镇化率达到62% → "; BEAT ELIAS 62%6", 预期性 → "PIM"): the words are
    then Latin letters of low confidence. Each run of such words is cut out (with a
    margin) and read as one line; at most LATIN_RECHECK_RUNS runs a page."""
    cjk = "+".join(lang for lang in eng.languages.split("+") if lang.startswith("chi") or "Han" in lang)
    if not cjk or cjk == eng.languages or _cjk_share(words) < 0.5:
        return words
    runs = [run for ln in _by_line(words) for run in _doubtful_runs(ln)][:LATIN_RECHECK_RUNS]
    h, w = gray.shape
    replaced: dict[int, list[Word]] = {}  # id of the run's first word → its new words
    dropped: set[int] = set()
    for run in runs:
        x0, y0 = min(wd.left for wd in run), min(wd.top for wd in run)
        x1, y1 = max(wd.left + wd.width for wd in run), max(wd.top + wd.height for wd in run)
        pad = max((y1 - y0) // 3, 4)
        x0, y0, x1, y1 = max(x0 - pad, 0), max(y0 - pad, 0), min(x1 + pad, w), min(y1 + pad, h)
        again = run_tesseract(gray[y0:y1, x0:x1], dpi, eng, path, page, languages=cjk, psm=7)
        if not again:
            continue
        if sum(wd.conf for wd in again) / len(again) > sum(wd.conf for wd in run) / len(run):
            replaced[id(run[0])] = [Word(wd.text, wd.left + x0, wd.top + y0, wd.width, wd.height, wd.conf,
                                         run[0].line) for wd in again]
            dropped.update(id(wd) for wd in run)
    out = []
    for wd in words:
        out.extend(replaced.get(id(wd), []))
        if id(wd) not in dropped:
            out.append(wd)
    return out


def _spans(words: list[Word]) -> list[tuple[float, float, Word]]:
    """(left, right, word) in reading order, each word ending where the next begins at
    the latest: Tesseract's boxes of CJK words often reach over the next word, and
    the characters of a word are spread evenly over its span."""
    out: list[tuple[float, float, Word]] = []
    for k, wd in enumerate(words):
        left = max(wd.left, out[-1][1] if out else wd.left)
        right = wd.left + wd.width
        if k + 1 < len(words):
            right = min(right, words[k + 1].left)
        out.append((left, max(right, left + 1), wd))
    return out


def _inked(gray, left: float, right: float, wd: Word) -> tuple[float, float]:
    """A word's span narrowed to the columns that hold ink: Tesseract's boxes are often
    wider than the word (2020 boxed over the space after it), which would hide the
    gap between two table columns."""
    a, b = int(left), int(right + 0.5)
    if b - a < 2:
        return left, right
    band = gray[max(wd.top, 0):wd.top + wd.height, a:b] < 128
    cols = band.any(axis=0).nonzero()[0] if band.size else []
    if len(cols) == 0:
        return left, right
    return a + float(cols[0]), a + float(cols[-1]) + 1


def _spaced(before: str, after: str) -> bool:
    """Latin words and numbers are separated by a space; CJK text has none."""
    return before[-1:].isascii() and after[:1].isascii() and before[-1:].isalnum() and after[:1].isalnum()


def _by_line(words: list[Word]) -> list[list[Word]]:
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for wd in words:
        lines.setdefault(wd.line, []).append(wd)
    return list(lines.values())  # in Tesseract's reading order


def _debris(word: Word, rules_px) -> bool:
    """A '|' or '[' left where a rule was erased is the rule, not text."""
    if not OCR_RULE_DEBRIS.match(word.text):
        return False
    x0, y0, x1, y1 = word.left, word.top, word.left + word.width, word.top + word.height
    pad = max(word.height // 2, 3)
    return any(a - pad <= x1 and x0 <= c + pad and b - pad <= y1 and y0 <= d + pad for a, b, c, d in rules_px)


def skew(dark, axis: int) -> float:
    """The slope (tangent) at which the dark pixels line up best along ``axis`` (0: rows
    of text and horizontal rules; 1: vertical rules): the slope, among MAX_SKEW_DEGREES
    either way in steps of SKEW_STEP_DEGREES, whose projection is sharpest."""
    import numpy as np

    ys, xs = np.nonzero(dark[::2, ::2])
    if len(ys) < 100:
        return 0.0
    if axis == 1:
        ys, xs = xs, ys
    best, best_score = 0.0, -1.0
    steps = int(MAX_SKEW_DEGREES / SKEW_STEP_DEGREES)
    for k in range(-steps, steps + 1):
        t = float(np.tan(np.radians(k * SKEW_STEP_DEGREES)))
        rows = np.rint(ys - xs * t).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        score = float(np.dot(counts, counts))
        if score > best_score or (score == best_score and abs(t) < abs(best)):
            best, best_score = t, score
    return best


def deskew(gray):
    """A scan turned by a little (up to MAX_SKEW_DEGREES) made straight again. The angle
    is measured on the text lines and rules (rows); the rotation back is two shears,
    of the columns (lines level) and then of the rows by the same angle (columns
    upright), which for angles this small is the rotation to within a pixel."""
    import numpy as np

    t = skew(gray < 128, 0)
    if t == 0.0:
        return gray
    for img_t, slope in ((gray, t), (None, -t)):
        img = img_t if img_t is not None else gray.T
        h, w = img.shape
        shifts = np.rint(np.arange(w) * slope).astype(np.int64)
        pad = int(np.abs(shifts).max()) + 1
        padded = np.full((h + 2 * pad, w), 255, dtype=np.uint8)
        padded[pad:pad + h] = img
        out = np.empty_like(img)
        for x in range(w):
            out[:, x] = padded[pad + shifts[x]:pad + shifts[x] + h, x]
        gray = out if img_t is not None else np.ascontiguousarray(out.T)
    return gray


def find_rules(gray, dpi: int) -> list[tuple[int, int, int, int]]:
    """Ruling lines in a page bitmap as pixel boxes (x0, y0, x1, y1), inclusive.

    A rule is a run of dark pixels along a row (or a column) at least
    RULE_MIN_EM em long, taking the em as 10.5 pt at the page's resolution;
    letters have no strokes that long. Runs on neighbouring rows that overlap
    are one rule (its thickness); a rule thicker than RULE_MAX_THICK_EM is a filled area
    (a black box, a photograph), not a line, and is kept."""
    import numpy as np

    dark = gray < 128
    em = 10.5 / 72 * dpi
    out = []
    for axis in (0, 1):  # 0: horizontal rules (runs along rows); 1: vertical (along columns)
        grid = dark if axis == 0 else dark.T
        length = max(int(RULE_MIN_EM * em), grid.shape[1] // 10)
        if grid.shape[1] <= length:
            continue
        grid = _close(grid, max(1, int(RULE_GAP_EM * em)), np)
        runs = _long_runs(grid, length, np)
        for (a, b, lo, hi) in _merge_runs(runs, thick=max(4, int(RULE_MAX_THICK_EM * em))):
            out.append((lo, a, hi, b) if axis == 0 else (a, lo, b, hi))
    return out


def _close(grid, gap: int, np):
    """Gaps of up to ``gap`` pixels along each row filled (a rule broken by scan noise
    is one rule), without lengthening any run at its ends."""
    half = (gap + 1) // 2
    grown = grid.copy()
    for k in range(1, half + 1):
        grown[:, k:] |= grid[:, :-k]
        grown[:, :-k] |= grid[:, k:]
    shrunk = grown.copy()
    for k in range(1, half + 1):
        shrunk[:, k:] &= grown[:, :-k]
        shrunk[:, :-k] &= grown[:, k:]
    return shrunk | grid


def _long_runs(grid, length: int, np) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of True at least ``length`` long (end inclusive)."""
    padded = np.zeros((grid.shape[0], grid.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = grid
    diff = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(diff == 1)
    rows_e, ends = np.nonzero(diff == -1)
    keep = (ends - starts) >= length  # starts and ends pair up in order, row by row
    return list(zip(rows_s[keep].tolist(), starts[keep].tolist(), (ends[keep] - 1).tolist(), strict=True))


def _merge_runs(runs, thick: int) -> list[tuple[int, int, int, int]]:
    """Runs on consecutive rows that overlap → (first row, last row, start, end); only
    those at most ``thick`` rows thick (a filled area is no rule)."""
    done: list[list[int]] = []
    active: list[list[int]] = []  # groups that reached the previous row
    row_now = -1
    fresh: list[list[int]] = []
    for row, s, e in sorted(runs):
        if row != row_now:
            kept = [g for g in active + fresh if g[1] >= row - 1]
            done += [g for g in active + fresh if g[1] < row - 1]
            active, fresh, row_now = kept, [], row
        for g in active:
            if g[1] == row - 1 and s <= g[3] and g[2] <= e:
                g[1], g[2], g[3] = row, min(g[2], s), max(g[3], e)
                break
        else:
            fresh.append([row, row, s, e])
    done += active + fresh
    return [(a, b, s, e) for a, b, s, e in done if b - a + 1 <= thick]


def run_tesseract(gray, dpi: int, eng: Engine, path: str, page: int, languages: str = "",
                  psm: int = 3) -> list[Word]:
    """Tesseract's words for one grayscale bitmap (passed as PGM on standard input);
    ``psm`` 3 reads a page, 7 one line."""
    h, w = gray.shape
    image = b"P5\n%d %d\n255\n" % (w, h) + gray.tobytes()
    cmd = [eng.binary, "stdin", "stdout", "-l", languages or eng.languages, "--dpi", str(dpi),
           "--psm", str(psm), "tsv"]
    try:
        done = subprocess.run(cmd, input=image, capture_output=True, timeout=PAGE_TIMEOUT, env=_env())
    except subprocess.TimeoutExpired:
        raise InputError(f"page {page}: OCR took more than {PAGE_TIMEOUT} s; OCR the file first "
                         "(ocrmypdf -l chi_sim+eng in.pdf out.pdf) and read the OCR-ed file", path=path) from None
    except OSError as exc:
        raise InputError(f"page {page}: Tesseract could not be run ({exc.strerror})", path=path) from None
    if done.returncode != 0:
        last = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise InputError(f"page {page}: Tesseract failed ({last[:200]})", path=path)
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[Word]:
    """The word rows (level 5) of Tesseract's TSV output."""
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        quoted = OCR_QUOTED_NUMBER.fullmatch(text)
        if quoted:
            text = quoted.group(1)
        if not text:
            continue
        try:
            left, top, width, height = (int(c) for c in cells[6:10])
            conf = float(cells[10])
        except ValueError:
            continue
        words.append(Word(text, left, top, width, height, conf, (int(cells[2]), int(cells[3]), int(cells[4]))))
    return words
