"""A register's figures joined with a draft's: each register figure points at
the same figure in the draft under check, so the cross-source rule compares
the draft with its register."""

from __future__ import annotations

import os
from dataclasses import replace

from ..model import Claim, Source


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normpath(a) == os.path.normpath(b)


def locate_register_figures(doc_claims: list[Claim], reg_claims: list[Claim], register_path: str,
                            doc_path: str) -> None:
    """Point each register figure at the same figure *in the draft under check*.

    A register's ``line = N`` counts lines of the document it was typed from;
    checking another draft against it, those lines mean nothing. A figure of
    the draft with the register figure's indicator, kind, period and role (of
    equal printed value, preferably) lends it its location; a register figure
    that the draft does not state points at its own entry in the register
    (``targets.toml:LINE``), unless the draft is the register's own document.
    ``extra["in_draft"]`` records whether a counterpart was found (the
    ``missing`` rule reads it). Claims are changed in place (they are copies).
    """
    def family(kind: str) -> str:  # a register's "level" in % is the draft's "share"
        return "level" if kind in ("level", "share", "count") else kind

    index: dict[tuple, list[Claim]] = {}
    stated: set[tuple] = set()  # (indicator, year) and (indicator, printed value) the draft states
    for c in doc_claims:
        index.setdefault((c.indicator, family(c.kind), c.start_year, c.year), []).append(c)
        stated.add((c.indicator, c.year))
        stated.add((c.indicator, c.quantity.text.replace(" ", "")))
    for r in reg_claims:
        same = index.get((r.indicator, family(r.kind), r.start_year, r.year), [])
        pick = sorted(same, key=lambda c: (c.role != r.role, c.quantity.text.replace(" ", "")
                                           != r.quantity.text.replace(" ", "")))
        r.extra = dict(r.extra)
        # present for the ``missing`` rule when the draft states the indicator for that
        # year, or the same printed value, in any kind: a figure read as another kind
        # (a level printed in the growth column) is not a missing target
        r.extra["in_draft"] = bool(pick) or (r.indicator, r.year) in stated or (
            r.indicator, r.quantity.text.replace(" ", "")) in stated
        if pick:
            src = pick[0].source
            r.source = replace(src)
            r.extra["located_at"] = pick[0].id
        elif not _same_file(r.source.path, doc_path) and r.extra.get("register_line"):
            r.source = Source(register_path, r.extra["register_line"])
