"""HTML fragments for Jupyter: ``Report._repr_html_`` and ``Plan._repr_html_``.

A notebook shows these inline, so they are fragments (no ``<html>``, no
``<style>`` that would leak into the notebook's own page) made of plain
tables that Jupyter's stylesheet already formats, with a few inline styles
for severity colours. The arithmetic is shown as the rules wrote it, one
step a line, so a reader can redo a finding by hand beside the code.

All text comes from documents and registers and is escaped; notebooks run
JavaScript, so an unescaped ``<script>`` in a plan would execute.

This module imports nothing of plancheck: the objects it renders (claims,
indicators, findings, reports, plans) import it at their top for their
``_repr_html_``, from every layer, so it must sit below all of them. It reads
them by their attributes only.
"""

from __future__ import annotations

import html
from typing import Iterable

COLOURS = {"error": "#cf222e", "warning": "#9a6700", "info": "#0969da"}
#: How many rows a notebook table shows before saying how many more there are;
#: ``None`` shows every row (``plancheck.reports.notebook.MAX_ROWS = None``).
MAX_ROWS: int | None = 200


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _severity(sev: str, accepted: bool = False) -> str:
    label = sev + (" (accepted)" if accepted else "")
    return f'<span style="color:{COLOURS.get(sev, "inherit")};font-weight:600">{esc(label)}</span>'


def _lines(items: Iterable[str]) -> str:
    """Several lines in one cell, monospaced (arithmetic reads best aligned)."""
    body = "<br>".join(esc(x) for x in items)
    return f'<code style="white-space:pre-wrap">{body}</code>' if body else ""


def _table(header: list[str], rows: list[list[str]], total: int | None = None) -> str:
    head = "".join(f'<th style="text-align:left">{esc(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(f'<td style="text-align:left;vertical-align:top">{c}</td>' for c in r)
                   + "</tr>" for r in rows)
    more = ""
    if total is not None and total > len(rows):
        more = (f"<p><i>{total - len(rows)} more rows not shown: set "
                "<code>plancheck.reports.notebook.MAX_ROWS = None</code> to show all, or use "
                "<code>.to_dataframe()</code>.</i></p>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _fix_text(fx) -> str:
    where = f" (line {fx.location.line})" if fx.location else ""
    why = f" — {fx.reason}" if fx.reason else ""
    return f"{fx.printed}{where} → {fx.suggested}{why}"


def finding_html(finding) -> str:
    """One finding as a two-column table: what, where, arithmetic, fixes."""
    f = finding
    rows = [["severity", _severity(f.severity, f.accepted)], ["rule", f"<code>{esc(f.rule)}</code>"],
            ["indicator", esc(f"{f.indicator_name} ({f.indicator})" if f.indicator else "(plan)")],
            ["message", esc(f.message)]]
    if f.arithmetic:
        rows.append(["arithmetic", _lines(f.arithmetic)])
    if f.locations:
        rows.append(["statements", "<br>".join(
            f"<code>{esc(loc.path)}:{loc.line}</code> {esc(loc.text)}" for loc in f.locations)])
    if f.fixes:
        rows.append(["fixes", "<br>".join(esc(_fix_text(fx)) for fx in f.fixes)])
    body = "".join(f'<tr><th style="text-align:left;vertical-align:top">{esc(k)}</th>'
                   f'<td style="text-align:left">{v}</td></tr>' for k, v in rows)
    return f"<table>{body}</table>"


def _claim_row(c) -> list[str]:
    q = c.quantity
    reading = ""
    if q.is_number:
        reading = str(q.interval())
        loose = q.interval(True)
        if loose != q.interval():
            reading += f" (loosely {loose})"
    period = f"{c.start_year}–{c.year}" if c.start_year else esc(c.year if c.year is not None else "")
    return [esc(c.id), period, esc(c.role), esc(c.kind.replace("_", " ")), f"<b>{esc(q.text)}</b>",
            esc(c.unit), f"<code>{esc(reading)}</code>",
            f"<code>{esc(c.source.path)}:{c.source.line}</code> {esc(c.context)}"]


CLAIM_HEADER = ["claim", "year", "role", "kind", "printed", "unit", "reads as", "source"]


def indicator_html(indicator) -> str:
    """An indicator's claims, each with the interval its printed figure allows."""
    ind = indicator
    about = [x for x in (ind.name_en, ind.unit and f"unit {ind.unit}", ind.attribute,
                         f"{ind.basis} basis" if ind.basis else "", ind.direction and f"should {ind.direction}")
             if x]
    head = f"<p><b>{esc(ind.name)}</b> <code>{esc(ind.id)}</code> — {esc(', '.join(about))}</p>"
    claims = sorted(ind.claims, key=lambda c: (c.year or 0, c.start_year or 0, c.kind))
    return head + _table(CLAIM_HEADER, [_claim_row(c) for c in claims[:MAX_ROWS]], len(claims))


def report_html(report) -> str:
    """Summary line and one row per finding (message, arithmetic, locations, fix)."""

    head = (f"<p><b>plancheck</b>: {len(report.claims)} claims, {len(report.indicators)} indicators — "
            f"{esc(report.summary())}</p>")
    findings = report.sorted_findings()
    if not findings:
        return head + "<p>No findings.</p>"
    rows = []
    for f in findings[:MAX_ROWS]:
        rows.append([_severity(f.severity, f.accepted), f"<code>{esc(f.rule)}</code>",
                     esc(f.indicator_name or f.indicator or "(plan)"), esc(f.message),
                     _lines(f.arithmetic),
                     "<br>".join(f"<code>{esc(loc.path)}:{loc.line}</code>"
                                 for loc in [f.primary, *f.related] if loc is not None),
                     esc(_fix_text(f.fixes[0])) if f.fixes else ""])
    return head + _table(["severity", "rule", "indicator", "message", "arithmetic", "where", "fixes"],
                         rows, len(findings))


def plan_html(plan) -> str:
    """One row per indicator with its figures in printed form, by year."""
    head = (f"<p><b>Plan</b> <code>{esc(plan.path)}</code>: {len(plan.indicators)} indicators, "
            f"{len(plan.claims)} claims" + (f", {len(plan.unparsed)} unparsed" if plan.unparsed else "")
            + "</p>")
    rows = []
    indicators = list(plan.indicators.values())
    for ind in indicators[:MAX_ROWS]:
        figures = []
        for c in sorted(ind.claims, key=lambda c: (c.year or 0, c.start_year or 0)):
            when = f"{c.start_year}–{c.year}" if c.start_year else (str(c.year) if c.year else "")
            unit = "" if c.kind == "status" else c.unit
            figures.append(f"{when} {c.role} {c.kind.replace('_', ' ')}: {c.quantity.text} {unit}".strip())
        rows.append([f"<code>{esc(ind.id)}</code>", esc(ind.name), esc(ind.unit),
                     esc(ind.attribute or ""), _lines(figures)])
    table = _table(["id", "indicator", "unit", "attribute", "figures"], rows, len(indicators))
    return head + table

