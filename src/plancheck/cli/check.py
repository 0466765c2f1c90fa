"""``plancheck check [FILE ...]``: check registers and plan documents."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError, UsageError
from ..reports import FORMATS
from .common import write_output

FAIL_ON = ("error", "warning", "info", "never")


def add_arguments(p) -> None:
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="targets.toml registers, plan documents or folders of them "
                        "(default: ./targets.toml)")
    p.add_argument("--format", "-f", default="text", choices=sorted(FORMATS), help="output format")
    p.add_argument("--output", "-o", metavar="PATH", help="write the report here (atomically)")
    p.add_argument("--fail-on", default="error", choices=FAIL_ON,
                   help="lowest severity that makes the exit code 1 (default: error)")
    p.add_argument("--select", action="append", default=[], metavar="RULE",
                   help="run only these rules (repeatable, comma-separated, '*' suffix allowed)")
    p.add_argument("--ignore", action="append", default=[], metavar="RULE",
                   help="skip these rules (repeatable, comma-separated)")
    p.add_argument("--register", metavar="TOML",
                   help="also compare documents with this register (aliases and figures)")
    p.add_argument("--baseline", metavar="FILE",
                   help="a baseline of accepted findings; only new findings fail")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="write every finding of this check to FILE as accepted (for --baseline), then exit 0")
    p.add_argument("--quiet", "-q", action="store_true", help="leave out info findings")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="check a folder's documents on N processes")


def _split(values: list[str]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _known_rules(names: list[str], option: str) -> list[str]:
    """Rule names as given, refused with the closest name when one is unknown
    (a misspelt --select must not turn a check green)."""
    import difflib

    from ..rules.base import all_rules

    known = set(all_rules()) | {"input-error", "internal-error"}
    for name in names:
        if name.endswith("*") and any(k.startswith(name[:-1]) for k in known):
            continue
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(known))}"
            raise UsageError(f"{option}: unknown rule {name!r}{hint}")
    return names


def run(args) -> int:
    from ..api import check_paths

    files = args.files or ["targets.toml"]
    if not args.files and not Path("targets.toml").exists():
        raise InputError("no FILE given and no targets.toml in the current folder", path="targets.toml")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    select = _known_rules(_split(args.select), "--select")
    ignore = _known_rules(_split(args.ignore), "--ignore")
    report = check_paths(files, register=args.register, select=select, ignore=ignore, jobs=args.jobs,
                         progress=sys.stderr.isatty() and args.format == "text")
    if args.baseline:
        from ..baseline import apply_baseline

        apply_baseline(report, args.baseline)
    if args.write_baseline:
        from ..baseline import write_baseline

        n = write_baseline(report, args.write_baseline)
        print(f"plancheck: wrote {n} accepted findings to {args.write_baseline}", file=sys.stderr)
        return 0
    if args.quiet:
        report.findings = [f for f in report.findings if f.severity != "info"]
    from ..reports import render

    write_output(render(report, args.format, quiet=args.quiet, fail_on=args.fail_on), args.output)
    if args.fail_on == "never":
        return 0
    return 1 if report.failed(args.fail_on) else 0
