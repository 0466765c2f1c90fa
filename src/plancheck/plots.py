"""Pictures of an indicator's trajectory and of where a plan's findings are.

A growth finding is arithmetic, but a reviewer sees it faster as a picture:
the printed levels as points, the path the stated rate implies from the
baseline, the band its rounding (or 左右, 以上) allows, and the statements
that fall outside it. The overview shows on one page which chapters hold
the findings.

matplotlib is an optional extra (``pip install 'plancheck[plot]'``) and is
imported only inside these functions. Figures are built with
``matplotlib.figure.Figure`` rather than pyplot, so no GUI backend or global
state is involved and the functions are safe in servers and tests.
"""

from __future__ import annotations

import math
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError, PlancheckError, UsageError
from .explain import find_indicator
from .report import Report
from .model import Claim, Indicator
from .plan import Plan
from .patterns import (
    CHAPTER_HEADING as _HEADING,
    CJK_CHAR as _CJK,
    CJK_FONT_FILE as _CJK_FILE,
    MD_HEADING as _MD_HEADING,
    TOC_LINE as _TOC_LINE,
)

FORMATS = ("png", "svg", "pdf")
PATH_COLOURS = ("#2e7d32", "#6a5acd", "#00838f", "#8d6e63", "#ad1457")
SEVERITY_COLOURS = {"error": "#c62828", "warning": "#ef8f00", "info": "#4a90c2"}
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
             "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei",
             "PingFang SC", "Heiti SC", "Noto Serif CJK SC", "AR PL UMing CN")
LEVEL_KINDS = ("level", "share", "count")


def _matplotlib():
    try:
        import matplotlib
        import matplotlib.figure  # noqa: F401
    except ImportError:
        raise PlancheckError("plotting needs matplotlib, which is not installed: "
                             "pip install 'plancheck[plot]'") from None
    return matplotlib


INSTALL_HINT = ("no font with Chinese glyphs is installed, so Chinese labels are drawn in English "
                "(names fall back to the indicator's English name or id); install one, e.g. "
                "'apt-get install fonts-noto-cjk' (Debian/Ubuntu), 'dnf install google-noto-sans-cjk-fonts' "
                "(Fedora) or 'brew install --cask font-noto-sans-cjk' (macOS), then plot again")


def cjk_font(refresh: bool = True) -> str | None:
    """The first installed font family that has Chinese glyphs, or None.

    matplotlib caches its font list; a font installed after the cache was
    written is missing from it. When no known family is in the list, the
    system's font files are scanned and those that look like CJK fonts are
    added to matplotlib's list (``fontManager.addfont``), so a newly installed
    fonts-noto-cjk is found without deleting the cache by hand.
    """
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    found = next((name for name in CJK_FONTS if name in installed), None)
    if found is None and refresh:
        known = {f.fname for f in font_manager.fontManager.ttflist}
        added = False
        for path in font_manager.findSystemFonts():
            if path not in known and _CJK_FILE.search(Path(path).name):
                try:
                    font_manager.fontManager.addfont(path)
                    added = True
                except (OSError, RuntimeError, ValueError):  # a damaged font file: skip it
                    continue
        if added:
            return cjk_font(refresh=False)
    return found


def font_hint() -> str | None:
    """How to install a CJK font when none is installed (None when one is)."""
    _matplotlib()  # a missing matplotlib is its own one-line error
    return None if cjk_font() else INSTALL_HINT


@contextmanager
def _style():
    """Fonts that can draw Chinese when one is installed; the family list is
    stored in every text created here, so saving later draws the same."""
    mpl = _matplotlib()
    font = cjk_font()
    if font is None:
        import warnings

        warnings.warn(f"plancheck: {INSTALL_HINT}", stacklevel=3)
    family = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    with mpl.rc_context({"font.family": family, "axes.unicode_minus": False,
                         "svg.fonttype": "path"}):
        yield font is not None


#: Qualifiers printed after a number, in the signs a font without CJK glyphs has.
_QUALIFIER_SIGNS = (("左右", "≈"), ("以上", "≥"), ("以下", "≤"), ("以内", "≤"), ("不低于", "≥"),
                    ("不高于", "≤"), ("不超过", "≤"), ("约", "≈"), ("超过", ">"), ("低于", "<"))


def _text(text: str, fallback: str, cjk_ok: bool) -> str:
    return text if cjk_ok or not _CJK.search(text) else fallback


def _figure_text(printed: str, cjk_ok: bool) -> str:
    """A printed figure for a legend: 7左右 stays as printed when Chinese can be
    drawn, else becomes ≈7 (以上 ≥, 以内 ≤ …), never a row of empty boxes."""
    if cjk_ok or not _CJK.search(printed):
        return printed
    out = printed
    for word, sign in _QUALIFIER_SIGNS:
        if word in out:
            out = sign + out.replace(word, "").strip()
    return _CJK.sub("", out).strip() or "?"


# --- one indicator ----------------------------------------------------------

def plot_indicator(plan: Plan, indicator: str | Indicator, ax=None, report: Report | None = None):
    """Plot the levels, the growth paths and the contradicted statements of one indicator.

    Draws on ``ax`` (a new figure when None) and returns the axes. Artists
    carry a ``gid``: ``levels-actual``, ``levels-target``, ``path-<claim>``,
    ``band-<claim>`` and ``contradicted``, so that callers and tests can find
    them.
    """
    ind = indicator if isinstance(indicator, Indicator) else find_indicator(plan, indicator)
    report = report if report is not None else plan.check()
    with _style() as cjk_ok:
        if ax is None:
            from matplotlib.figure import Figure

            ax = Figure(figsize=(8, 5), layout="constrained").add_subplot()
        unit = _main_unit(ind)
        levels = [c for c in ind.of_kind(*LEVEL_KINDS) if c.unit == unit and c.year]
        _plot_levels(ax, levels)
        flagged = _flagged_claims(report, ind)
        _plot_paths(ax, ind, unit, flagged, levels, cjk_ok)
        _plot_flagged(ax, [c for c in levels if c.id in flagged], cjk_ok)
        title = _text(ind.name, ind.name_en or ind.id, cjk_ok)
        ax.set_title(f"{title} ({ind.id})" if title != ind.id else title)
        ax.set_xlabel("year")
        ax.set_ylabel(_text(unit, "", cjk_ok) or "level")
        ax.grid(True, alpha=0.3)
        ax.xaxis.get_major_locator().set_params(integer=True)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize="small", loc="best")
    return ax


def _main_unit(ind: Indicator) -> str:
    """The unit most level statements use; others would distort the axis."""
    from collections import Counter

    units = Counter(c.unit for c in ind.of_kind(*LEVEL_KINDS))
    return units.most_common(1)[0][0] if units else ind.unit


def _distinct_points(claims: list[Claim]) -> list[Claim]:
    seen: dict[tuple, Claim] = {}
    for c in claims:
        seen.setdefault((c.year, c.quantity.text.replace(" ", "")), c)
    return sorted(seen.values(), key=lambda c: (c.year, c.value))


def _plot_levels(ax, levels: list[Claim]) -> None:
    styles = {"actual": ("o", "#1f4e79", "baseline / actual"), "target": ("s", "#d9822b", "target")}
    for role, (marker, colour, label) in styles.items():
        pts = _distinct_points([c for c in levels if c.role == role])
        if pts:
            ax.plot([c.year for c in pts], [c.value for c in pts], linestyle="none", marker=marker,
                    markersize=7, color=colour, label=label, gid=f"levels-{role}", zorder=3)


def _flagged_claims(report: Report, ind: Indicator) -> set[str]:
    """Claims named by an error or warning of this indicator."""
    return {cid for f in report.findings if f.indicator == ind.id and f.severity != "info"
            for cid in f.claims}


def _baseline(ind: Indicator, g: Claim, unit: str) -> Claim | None:
    if g.start_year is None:
        return None
    at = [c for c in ind.levels(g.start_year) if c.unit == unit]
    actual = [c for c in at if c.role == "actual"]
    first: list[Claim | None] = [*(actual or at)] or [None]
    return first[0]


def _plot_paths(ax, ind: Indicator, unit: str, flagged: set[str], levels: list[Claim],
                cjk_ok: bool = True) -> None:
    """For each distinct stated rate, the path from its baseline and its band.

    A one-sided rate (10以上) has a band open on one side; it is shaded only
    between its rounding bound and the printed rate, since an unbounded band
    would cover the whole plot and hide the other paths.
    """
    from .arithmetic import implied_target

    rates: dict[tuple, list[Claim]] = {}
    for g in ind.of_kind("growth_rate"):
        if g.years and g.years > 0:
            rates.setdefault((g.quantity.text.replace(" ", ""), g.start_year, g.year, g.role), []).append(g)
    palette = iter(PATH_COLOURS * (len(rates) // len(PATH_COLOURS) + 1))
    for group in rates.values():
        g = group[0]
        b = _baseline(ind, g, unit)
        if b is None or b.value is None or b.value <= 0 or g.start_year is None or g.year is None or g.value is None:
            continue
        xs = list(range(g.start_year, g.year + 1))
        mid = [b.value * (1 + g.value / 100) ** k for k in range(len(xs))]
        band = [implied_target(b.interval(), g.interval(), k) for k in range(len(xs))]
        lo = [iv.lo if math.isfinite(iv.lo) else m for iv, m in zip(band, mid, strict=True)]
        hi = [iv.hi if math.isfinite(iv.hi) else m for iv, m in zip(band, mid, strict=True)]
        bad = any(c.id in flagged for c in group)
        colour = "#c62828" if bad else next(palette)
        lines = ", ".join(str(x) for x in sorted({c.source.line for c in group}))
        label = (f"{_figure_text(g.quantity.text, cjk_ok)} %/yr {g.role} from "
                 f"{_figure_text(b.quantity.text, cjk_ok)} (line {lines})")
        ax.fill_between(xs, lo, hi, color=colour, alpha=0.12, linewidth=0, gid=f"band-{g.id}")
        ax.plot(xs, mid, linestyle="--" if g.role == "target" else ":", color=colour, linewidth=1.5,
                label=label + (" — contradicted" if bad else ""), gid=f"path-{g.id}", zorder=2)


def _plot_flagged(ax, flagged: list[Claim], cjk_ok: bool = True) -> None:
    """Cross out the levels a finding names and label each with its line."""
    pts = _distinct_points(flagged)
    if not pts:
        return
    ax.plot([c.year for c in pts], [c.value for c in pts], linestyle="none", marker="x",
            markersize=13, markeredgewidth=2.2, color="#c62828", label="in a finding",
            gid="contradicted", zorder=4)
    for c in pts:
        lines = sorted({x.source.line for x in flagged if x.year == c.year and x.value == c.value})
        ax.annotate(f"{_figure_text(c.quantity.text, cjk_ok)} (line {', '.join(map(str, lines))})", (c.year, c.value),
                    textcoords="offset points", xytext=(8, 6), fontsize="small", color="#c62828")


# --- the whole plan ---------------------------------------------------------


def sections(lines: list[str], block: int = 100, length: int | None = None) -> list[tuple[int, str]]:
    """(first line, label) of each chapter; ``block``-line blocks when there are none.

    Chapters are 第…章 headings (qualified by their 第…篇), else Markdown
    headings; table-of-contents lines (dot leaders, page numbers) are skipped.
    ``length`` is the document's length when its lines are not at hand (a
    register's findings point into a document that was not read).
    """
    found = _chapter_heads(lines) or _markdown_heads(lines)
    if len(found) < 2:
        n = max(len(lines), length or 0, 1)
        return [(i + 1, f"lines {i + 1}–{min(i + block, n)}") for i in range(0, n, block)]
    if found[0][0] > 1:
        found.insert(0, (1, "front matter"))
    return found


def _chapter_heads(lines: list[str]) -> list[tuple[int, str]]:
    out, part = [], ""
    for i, line in enumerate(lines, 1):
        m = _HEADING.match(line)
        if not m or _TOC_LINE.search(line) or len(line) > 80:
            continue
        if m.group(2) == "篇":
            part = m.group(1) + "篇"
            out.append((i, f"{part} {m.group(3).strip()}"))
        else:
            out.append((i, f"{part} {m.group(1)}章 {m.group(3).strip()}".strip()))
    return out


def _markdown_heads(lines: list[str]) -> list[tuple[int, str]]:
    return [(i, m.group(1).strip()) for i, line in enumerate(lines, 1) if (m := _MD_HEADING.match(line))]


def plot_overview(report: Report, lines: list[str] | None = None, block: int = 100):
    """One page: findings per chapter (or per ``block`` lines), stacked by severity.

    ``lines`` are the document's lines (``Plan.text_lines``); when omitted
    they are read from the report's first path, unless it is a register,
    whose findings are then counted per block of lines. Returns the Figure.
    """
    with _style() as cjk_ok:
        from matplotlib.figure import Figure

        lines = lines if lines else _read_lines(report)
        last = max((loc.line for f in report.findings for loc in f.locations), default=1)
        secs = sections(lines, block, last)
        counts = _count(report, secs)
        shown = [i for i, c in enumerate(counts) if sum(c.values())]
        fig = Figure(figsize=(8.27, max(2.5, 1.4 + 0.32 * max(len(shown), 1))), layout="constrained")
        ax = fig.add_subplot()
        labels = [_short(_text(secs[i][1], _lines_label(secs, i, max(len(lines), last)), cjk_ok)) for i in shown]
        left = [0] * len(shown)
        for sev, colour in SEVERITY_COLOURS.items():
            vals = [counts[i][sev] for i in shown]
            ax.barh(range(len(shown)), vals, left=left, color=colour, label=sev, gid=f"bars-{sev}")
            left = [a + b for a, b in zip(left, vals, strict=True)]
        ax.set_yticks(range(len(shown)), labels, fontsize="small")
        ax.invert_yaxis()
        ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]  # a MaxNLocator parameter
        ax.set_xlabel("findings")
        total = {s: report.count(s, include_accepted=True) for s in SEVERITY_COLOURS}
        name = Path(report.paths[0]).name if report.paths else "plan"
        ax.set_title(f"{name}: {total['error']} errors, {total['warning']} warnings, {total['info']} info "
                     f"in {len(shown)} of {len(secs)} sections", fontsize="medium")
        if not shown:
            ax.text(0.5, 0.5, "no findings", ha="center", va="center", transform=ax.transAxes)
        else:
            ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def _read_lines(report: Report) -> list[str]:
    if not report.paths or not Path(report.paths[0]).is_file() or report.paths[0].endswith(".toml"):
        return []
    from .documents.read import read_document

    return read_document(report.paths[0]).lines


def _count(report: Report, secs: list[tuple[int, str]]) -> list[dict[str, int]]:
    import bisect

    starts = [s for s, _ in secs]
    out = [dict.fromkeys(SEVERITY_COLOURS, 0) for _ in secs]
    for f in report.findings:
        line = f.locations[0].line if f.locations else 1
        out[max(bisect.bisect_right(starts, line) - 1, 0)][f.severity] += 1
    return out


def _lines_label(secs: list[tuple[int, str]], i: int, n: int) -> str:
    end = secs[i + 1][0] - 1 if i + 1 < len(secs) else n
    return f"lines {secs[i][0]}–{end}"


def _short(text: str, width: int = 26) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


# --- saving -----------------------------------------------------------------

def save_figure(fig, path: str | Path) -> Path:
    """Write ``fig`` to ``path`` (format from the suffix) via a temporary file
    in the same folder and a rename, so a reader never sees half an image."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError(f"cannot tell the image format of {str(path)!r}: "
                         f"end the name in {', '.join('.' + f for f in FORMATS)}")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".{fmt}", dir=folder)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", path=str(path)) from None
    os.close(fd)
    try:
        fig.savefig(tmp, format=fmt, dpi=150)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an image is for sharing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask
