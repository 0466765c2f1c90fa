"""``plancheck diff OLD NEW``: targets and findings that changed between two drafts.

Exit 1 when the new draft has an error finding the old one did not, so a
pipeline can refuse a revision that brings in a contradiction.
"""

from __future__ import annotations

import json

from .common import write_output


def add_arguments(p) -> None:
    p.add_argument("old", metavar="OLD", help="the earlier draft (plan document or register)")
    p.add_argument("new", metavar="NEW", help="the later draft")
    p.add_argument("--register", metavar="TOML", help="resolve indicator names through this register")
    p.add_argument("--format", "-f", default="text", choices=("text", "json"), help="output format")
    p.add_argument("--output", "-o", metavar="PATH", help="write here (atomically) instead of stdout")


def run(args) -> int:
    from ..api import expand_paths, load
    from ..diff import diff_plans, render_text

    expand_paths([args.old, args.new])  # missing files fail as one line before any reading
    d = diff_plans(load(args.old, register=args.register), load(args.new, register=args.register))
    text = json.dumps(d.to_dict(), ensure_ascii=False, indent=2) if args.format == "json" \
        else render_text(d)
    write_output(text, args.output)
    return 1 if d.new_errors else 0
