"""``plancheck init [DOCUMENT ...]``: write a starter register and configuration.

The file is a ``targets.toml`` register (docs/targets.md) whose ``[plancheck]``
table lists the documents, so that ``plancheck check`` with no arguments and
``pytest`` check them alike. Each indicator that the documents name and the
built-in glossary knows gets an ``[[indicator]]`` entry (id, name, unit), to be
completed by hand. An existing file is never overwritten without ``--force``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from ..model import Indicator


def add_arguments(p) -> None:
    p.add_argument("documents", nargs="*", metavar="DOCUMENT",
                   help="plan drafts to check (listed in [plancheck] documents)")
    p.add_argument("--output", "-o", default="targets.toml", metavar="PATH",
                   help="where to write the register (default: targets.toml)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string is a JSON string


def starter(documents: list[str], base: Path) -> str:
    """The text of a starter register for ``documents`` (paths relative to ``base``)."""
    import os

    from ..api import load

    lines = ["# A plancheck register (format: docs/targets.md), written by 'plancheck init'.",
             "# 'plancheck check' with no arguments and 'pytest' both check the documents below.",
             "schema = 1", ""]
    indicators: dict[str, Indicator] = {}
    title = ""
    for doc in documents:
        plan = load(Path(doc))
        title = title or next((ln.strip("# \t") for ln in plan.text_lines if ln.strip()), "")
        for ind in plan.indicators.values():
            if not ind.id.startswith("name:") and "@" not in ind.id:
                indicators.setdefault(ind.id, ind)
    rel = [os.path.relpath(Path(d).resolve(), base.resolve()) for d in documents]
    lines += ["[document]", f"title = {_q(title or 'plan title')}"]
    if rel:
        lines.append(f"path = {_q(rel[0])}")
    lines += ["", "[plancheck]", f"documents = [{', '.join(_q(r) for r in rel)}]",
              'fail_on = "error"          # or "warning", "info", "never"',
              '# baseline = "accepted.json"  # accepted findings (plancheck check --write-baseline)',
              ""]
    for ind in indicators.values():
        lines += ["[[indicator]]", f"id = {_q(ind.id)}", f"name = {_q(ind.name)}"]
        if ind.unit:
            lines.append(f"unit = {_q(ind.unit)}")
        lines.append("")
    if not indicators:
        lines += ["# [[indicator]]", '# id = "gdp"', '# name = "地区生产总值"', '# unit = "亿元"', ""]
    return "\n".join(lines)


def run(args) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        raise InputError("already exists; use --force to overwrite it", path=str(out))
    for doc in args.documents:
        if not Path(doc).is_file():
            raise InputError("no such file", path=doc)
    from .common import write_atomic

    text = starter(args.documents, out.parent)
    write_atomic(out, text)
    n = text.count("[[indicator]]") - text.count("# [[indicator]]")
    docs = f"{len(args.documents)} document" + ("s" if len(args.documents) != 1 else "")
    inds = f"{n} indicator" + ("s" if n != 1 else "")
    print(f"plancheck: wrote {out} ({docs}, {inds}); now run 'plancheck check'", file=sys.stderr)
    return 0
