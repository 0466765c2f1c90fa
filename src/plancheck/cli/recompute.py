"""``plancheck recompute FILE``: every recomputation with its verdict, passing ones too."""

from __future__ import annotations

from .common import write_output


def add_arguments(p) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="plan documents or registers")
    p.add_argument("--register", metavar="TOML", help="read documents with this register")
    p.add_argument("--format", "-f", default="text", choices=("text", "csv"), help="output format")
    p.add_argument("--output", "-o", metavar="PATH", help="write here (atomically)")


def run(args) -> int:
    from ..api import check_paths
    from ..recomputations import recomputations, render_csv, render_text

    rows = recomputations(check_paths(args.files, register=args.register))
    write_output(render_csv(rows) if args.format == "csv" else render_text(rows), args.output)
    return 0
