"""Markdown for pull-request comments, job summaries and issues.

A summary table (one row per indicator with findings, counts by severity),
then the findings grouped by indicator, each with its arithmetic in a code
block, the statements involved and the suggested fix. Written for GitHub
flavoured Markdown (``$GITHUB_STEP_SUMMARY``, PR comments) and plain
CommonMark alike.

Quoted plan text and messages are untrusted: characters that Markdown or
inline HTML would interpret are backslash-escaped (CommonMark lets any ASCII
punctuation be escaped), table cells also lose their line breaks, and code
blocks use a fence longer than any run of backticks inside them.
"""

from __future__ import annotations


from ..findings import SEVERITIES, sort_findings
from .text import ordered_locations
from .patterns import BACKTICK_RUN, MARKDOWN_SPECIAL as _SPECIAL

ICONS = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}


def escape(text: str) -> str:
    """Inline text with Markdown and HTML syntax neutralised."""
    return _SPECIAL.sub(r"\\\1", text)


def cell(text: str) -> str:
    """Escaped text fit for one table cell (no line breaks)."""
    return escape(" ".join(text.split()))


def code(text: str) -> str:
    """Inline code that survives backticks inside ``text``."""
    text = " ".join(text.split())
    longest = max((len(m) for m in BACKTICK_RUN.findall(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def code_block(lines: list[str], indent: str = "") -> list[str]:
    body = "\n".join(lines)
    longest = max((len(m) for m in BACKTICK_RUN.findall(body)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{indent}{fence}", *(f"{indent}{line}" for line in body.split("\n")), f"{indent}{fence}"]


def plural(n: int, severity: str) -> str:
    """'1 error', '2 errors', '3 info' (info is uncountable)."""
    return f"{n} {severity}" + ("s" if n != 1 and severity != "info" else "")


def _group_name(f) -> str:
    return f.indicator_name or f.indicator or "(plan)"


def render(report, title: str = "plancheck report", **_options) -> str:
    findings = sort_findings(report.findings)
    out = [f"# {escape(title)}", ""]
    inputs = ", ".join(code(p) for p in report.paths) or "(no input)"
    out.append(f"{inputs}: **{len(report.claims)} claims, {len(report.indicators)} indicators** — "
               f"{escape(report.summary())}")
    out.append("")
    if not findings:
        out.append("No findings: every checked figure is consistent.")
        return "\n".join(out) + "\n"

    groups: dict[str, list] = {}
    for f in findings:
        if not f.accepted:
            groups.setdefault(_group_name(f), []).append(f)
    accepted = [f for f in findings if f.accepted]

    if groups:
        out += ["| Indicator | Errors | Warnings | Info | Rules |", "| --- | ---: | ---: | ---: | --- |"]
    for name, group in groups.items():
        n = {s: sum(1 for f in group if f.severity == s and not f.accepted) for s in SEVERITIES}
        rules = ", ".join(code(r) for r in dict.fromkeys(f.rule for f in group))
        out.append(f"| {cell(name)} | {n['error']} | {n['warning']} | {n['info']} | {rules} |")
    if groups:
        out.append("")

    for name, group in groups.items():
        ind_id = group[0].indicator
        heading = cell(name) + (f" ({code(ind_id)})" if ind_id and ind_id != name else "")
        out += [f"## {heading}", ""]
        for f in group:
            tag = f"{ICONS[f.severity]} **{f.severity}** {code(f.rule)}"
            out.append(f"- {tag}{' *(accepted)*' if f.accepted else ''}: {cell(f.message)}")
            if f.arithmetic:
                out.append("")
                out += code_block(list(f.arithmetic), "  ")
                out.append("")
            for loc in ordered_locations(f):
                out.append(f"  - at {code(f'{loc.path}:{loc.line}')}: {cell(loc.text)}")
            for i, fx in enumerate(f.fixes[:3]):
                lead = "**fix**" if i == 0 else "or"
                where = f" at line {fx.location.line}" if fx.location else ""
                why = f" ({cell(fx.reason)})" if fx.reason else ""
                out.append(f"  - {lead}: change {code(fx.printed)}{where} to {code(fx.suggested)}{why}")
            out.append("")
    if accepted:  # folded below the new findings, one line each
        out += ["<details>", f"<summary>{len(accepted)} accepted finding{'s' if len(accepted) != 1 else ''} "
                "(not failing)</summary>", ""]
        for f in accepted:
            at = f" at {code(f'{f.primary.path}:{f.primary.line}')}" if f.primary else ""
            out.append(f"- {ICONS[f.severity]} **{f.severity}** {code(f.rule)} *(accepted)*{at}: {cell(f.message)}")
        out += ["", "</details>", ""]
    return "\n".join(out)
