"""Inline acceptance: a comment in the draft accepts one rule's finding at one line.

As ``# noqa`` does for a linter, an editor who has looked at a finding and
decided the text is right says so next to the figure::

    地区生产总值（亿元）	2412	3833	7左右	预期性 <!-- plancheck: accept growth -->

Syntax: an HTML comment (which Markdown and HTML drafts hide when rendered,
and which plain-text drafts keep verbatim) whose text is ``plancheck:
accept`` followed by rule ids separated by commas or spaces; ``*`` accepts
every rule, a trailing ``*`` a family (``cross*``); a ``--`` or ``—``
after the rules starts a free-text reason::

    <!-- plancheck: accept growth, cross-source -- the 2015 figure is an estimate -->

The comment applies to the line it stands on. A line that holds nothing but
comments applies them to the next line that does hold text, so a comment may
also stand above a table row. A finding is accepted when it belongs to one of
the named rules and one of its locations is on such a line of the document;
it is then reported as accepted (``accepted_by`` says which comment), fails
neither ``plancheck check`` nor a pytest item, and is never hidden:
``--new-only`` leaves it out. ``input-error`` and ``internal-error`` cannot be
accepted. A comment naming an unknown rule is ignored and reported by
:func:`comments` (``plancheck check`` prints nothing for it; the tests do).
"""

from __future__ import annotations

from dataclasses import dataclass

from .patterns import ACCEPT_COMMENT as COMMENT, ACCEPT_REASON as _REASON, RULE_LIST_SEPARATOR

NOT_ACCEPTABLE = frozenset({"input-error", "internal-error"})


@dataclass(frozen=True, slots=True)
class Acceptance:
    line: int  # the line it applies to
    comment_line: int  # where the comment stands
    rules: tuple[str, ...]
    reason: str = ""

    def covers(self, rule: str) -> bool:
        return any(rule == r or r == "*" or (r.endswith("*") and rule.startswith(r[:-1])) for r in self.rules)


def comments(lines: list[str]) -> list[Acceptance]:
    """The acceptance comments of a document, each with the line it applies to."""
    out: list[Acceptance] = []
    pending: list[tuple[int, tuple[str, ...], str]] = []
    for number, line in enumerate(lines, 1):
        found = []
        for m in COMMENT.finditer(line):
            body = m.group("body")
            parts = _REASON.split(" " + body + " ", maxsplit=1)
            rules = tuple(r for r in RULE_LIST_SEPARATOR.split(parts[0]) if r)
            found.append((number, rules, parts[1].strip() if len(parts) > 1 else ""))
        rest = COMMENT.sub("", line).strip()
        if rest:
            for at, rules, why in pending + found:
                out.append(Acceptance(number, at, rules, why))
            pending = []
        elif found:
            pending += found  # a line of comments only: for the next line with text
    return out


def apply_inline(report, path: str, lines: list[str]) -> int:
    """Mark the findings that a comment of the document ``path`` accepts; returns how many."""
    if not any("plancheck" in ln.lower() for ln in lines):
        return 0
    by_line: dict[int, list[Acceptance]] = {}
    for a in comments(lines):
        by_line.setdefault(a.line, []).append(a)
    n = 0
    for f in report.findings:
        if f.accepted or f.rule in NOT_ACCEPTABLE:
            continue
        for loc in f.locations:
            if loc.path != path:
                continue
            hit = next((a for a in by_line.get(loc.line, ()) if a.covers(f.rule)), None)
            if hit is not None:
                f.accepted = True
                f.accepted_by = f"inline comment at {path}:{hit.comment_line}" + (
                    f" ({hit.reason})" if hit.reason else "")
                n += 1
                break
    if n:
        from .findings import sort_findings

        report.findings = sort_findings(report.findings)
    return n
