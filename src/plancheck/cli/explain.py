"""``plancheck explain INDICATOR FILE``: one indicator's statements side by side."""

from __future__ import annotations

import json

from .common import write_output


def add_arguments(p) -> None:
    p.add_argument("indicator", metavar="INDICATOR",
                   help="indicator id, Chinese or English name, or alias (e.g. gdp, 地区生产总值)")
    p.add_argument("file", metavar="FILE", help="plan document or targets.toml register")
    p.add_argument("--register", metavar="TOML", help="resolve indicator names through this register")
    p.add_argument("--format", "-f", default="text", choices=("text", "json"), help="output format")
    p.add_argument("--output", "-o", metavar="PATH", help="write here (atomically) instead of stdout")


def run(args) -> int:
    from ..api import expand_paths, load
    from ..explain import explain, render_text

    expand_paths([args.file])  # a missing file is one clear error, not a guess that it is text
    ex = explain(load(args.file, register=args.register), args.indicator)
    text = json.dumps(ex.to_dict(), ensure_ascii=False, indent=2) if args.format == "json" \
        else render_text(ex)
    write_output(text, args.output)
    return 0
