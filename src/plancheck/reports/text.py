"""Text for people: findings grouped by indicator, most severe first.

Colour only when writing to a terminal (and never when NO_COLOR is set).
"""

from __future__ import annotations

import os
import sys
from itertools import groupby

from ..findings import sort_findings

COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
RESET, DIM, BOLD = "\033[0m", "\033[2m", "\033[1m"


def use_colour(stream=None) -> bool:
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def _by_line(locations):
    """Locations on one line are shown once, with their columns: 198:12,30,35."""
    groups: dict[tuple[str, int], list] = {}
    for loc in locations:
        same = groups.setdefault((loc.path, loc.line), [])
        if all(x.column != loc.column for x in same):
            same.append(loc)
    return list(groups.items())


def ordered_locations(f) -> list:
    """The primary location (the figure to fix) first, then one per other statement."""
    return ([f.primary] if f.primary is not None else []) + f.related


def _detail(f, paint) -> list[str]:
    out = []
    tag = f"{f.severity}[{f.rule}]" + (" (accepted)" if f.accepted else "")
    out.append(f"  {paint(tag, COLOURS[f.severity])} {f.message}")
    for a in f.arithmetic:
        out.append(paint(f"      = {a}", DIM))
    for (path, line), locs in _by_line(ordered_locations(f)):
        quote = locs[0].text if len(locs[0].text) <= 100 else locs[0].text[:97] + "…"
        cols = ",".join(str(loc.column) for loc in locs)
        where = f" ({locs[0].where})" if locs[0].page_line else ""
        out.append(f"      at {path}:{line}:{cols}{where}  {quote}")
    for i, fx in enumerate(f.fixes[:3]):
        out.append(("      fix: " if i == 0 else "       or: ") + str(fx))
    return out


def render(report, colour: bool | None = None, quiet: bool = False, **_options) -> str:
    """New findings in full, grouped by indicator; then the accepted ones
    folded to one line each; then the counts."""
    colour = use_colour() if colour is None else colour

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if colour else text

    out: list[str] = []
    shown = [f for f in sort_findings(report.findings) if not (quiet and f.severity == "info")]
    findings = [f for f in shown if not f.accepted]
    accepted = [f for f in shown if f.accepted]
    order: dict[str, int] = {}
    for f in findings:
        order.setdefault(f.indicator_name or f.indicator or "(plan)", len(order))
    by_ind = sorted(findings, key=lambda f: order[f.indicator_name or f.indicator or "(plan)"])
    for name, group in groupby(by_ind, key=lambda f: f.indicator_name or f.indicator or "(plan)"):
        out.append(paint(name, BOLD))
        for f in group:
            out += _detail(f, paint)
        out.append("")
    if accepted:
        out.append(paint(f"accepted ({len(accepted)}, not failing; --new-only leaves them out)", BOLD))
        for f in accepted:
            where = f.primary
            at = f"  {where.path}:{where.line}" if where is not None else ""
            by = f"  [{f.accepted_by}]" if f.accepted_by else ""
            out.append(paint(f"  {f.severity}[{f.rule}] (accepted) {f.message}{at}{by}", DIM))
        out.append("")
    out.append(f"{len(report.claims)} claims, {len(report.indicators)} indicators: {report.summary()}")
    return "\n".join(out)
