"""missing — a target of the register that the draft no longer states.

A register types the plan's targets once; each new draft is checked against
it. A table row deleted, or a target dropped from the prose, leaves a register
figure whose indicator the draft states neither for that year nor with that
printed value (in any kind, so that a figure read as another kind is not
"missing"):
a ``missing`` warning located at the figure's entry in the register (a warning,
because the draft may still state it in words no pattern reads: `plancheck
extract --unparsed` says). Only targets count (results of past years are not
restated by every draft), and only when the draft states at least half of the
register's figures, so a document that is not a draft of the registered plan
(another region's, another period's) is not flooded.

A register whose ``[document] path`` names no file is a ``register-path``
warning: the ``line`` numbers of its figures count in a document that is not
there (moved or renamed), so its figures cannot be quoted or located.

Firing: the register has 2020 target 3833 亿元 for gdp; the draft's 专栏 has no
GDP row any more. Near-miss: the draft states the 2020 GDP target with another
value (that is a cross-source contradiction, not a missing target), states it
only in prose, or prints it in another column (read as another kind).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..findings import Finding, Location
from .base import Param, Plan, rule

PARAMS = {
    "min_share_stated": Param(0.5, "the share of the register's figures the document must state to be "
                              "taken for a draft of the registered plan (else nothing is missing)"),
}


def _register_figures(plan: Plan):
    return [c for c in plan.claims if c.origin == "register" and "in_draft" in c.extra]


@rule("missing", "warning", "a target of the register must still be stated in the draft checked against it",
      PARAMS)
def check_missing(plan: Plan) -> Iterator[Finding]:
    figures = [c for c in _register_figures(plan) if c.quantity.is_number]
    if sum(c.extra["in_draft"] for c in figures) < PARAMS["min_share_stated"].value * len(figures):
        return  # most of the register is not in this document: not a draft of the registered plan
    for c in figures:
        if c.extra["in_draft"] or c.role != "target" or not c.quantity.is_number:
            continue
        ind = plan.indicators.get(c.indicator or "")
        name = ind.name if ind else c.name
        when = f"{c.start_year}–{c.year}" if c.start_year else str(c.year)
        loc = Location(c.source.path, c.source.line, text=c.text, claim=c.id)
        yield Finding(rule="missing", severity="warning",
                      message=f"{name}: the register's {when} target {c.quantity.text} "
                              f"({c.kind.replace('_', ' ')}) is not stated in {plan.path}",
                      indicator=c.indicator, indicator_name=name,
                      arithmetic=[f"register: {c.describe()}",
                                  f"draft: no {c.kind.replace('_', ' ')} of {name} for {when}"],
                      locations=[loc], claims=[c.id],
                      figures=[f"{c.kind}:{c.year}:{c.role}:{c.quantity.text}{c.unit}"])


@rule("register-path", "warning", "a register's [document] path must name an existing file")
def check_register_path(plan: Plan) -> Iterator[Finding]:
    stale: dict[tuple[str, str], int] = {}
    for c in plan.claims:
        typed_from = c.extra.get("typed_from") if c.origin == "register" else None
        if typed_from and not Path(typed_from).exists():
            key = (c.extra.get("register", ""), typed_from)
            stale[key] = stale.get(key, 0) + 1
    for (register, typed_from), n in stale.items():
        yield Finding(rule="register-path", severity="warning",
                      message=f"the register's [document] path {typed_from} does not exist: the line "
                              f"numbers of its {n} figures cannot be quoted or located (update the path)",
                      locations=[Location(register, _document_line(register))],
                      figures=[typed_from])


def _document_line(register: str) -> int:
    """The register line that sets ``path`` in ``[document]`` (1 when not found)."""
    try:
        lines = Path(register).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    in_doc = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("["):
            in_doc = s.replace(" ", "") == "[document]"
        elif in_doc and s.split("=", 1)[0].strip() == "path":
            return i
    return 1
