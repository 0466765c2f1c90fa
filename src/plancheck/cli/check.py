"""``plancheck check [FILE ...]``: check registers and plan documents."""

from __future__ import annotations

import sys

from ..errors import InputError, UsageError
from ..reports import FORMATS
from .common import write_output

FAIL_ON = ("error", "warning", "info", "never")


def add_arguments(p) -> None:
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="targets.toml registers, plan documents or folders of them "
                        "(default: the configured register and documents, see docs/cli.md)")
    p.add_argument("--format", "-f", default="text", choices=sorted(FORMATS), help="output format")
    p.add_argument("--output", "-o", metavar="PATH", help="write the report here (atomically)")
    p.add_argument("--fail-on", default=None, choices=FAIL_ON,
                   help="lowest severity that makes the exit code 1 (default: fail_on of the "
                        "configuration, else error)")
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
    p.add_argument("--new-only", action="store_true",
                   help="leave accepted findings (baseline, register, inline comments) out of the report")
    p.add_argument("--statistics", action="store_true",
                   help="print the number of findings per rule and severity instead of the findings")
    p.add_argument("--color", "--colour", dest="color", default="auto", choices=("auto", "always", "never"),
                   help="colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never")
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


def _configured(args):
    """The files, register, baseline, rules and fail_on of this run: the command
    line over the configuration (pyproject.toml, then targets.toml; see config.py)."""
    from ..config import find_root, load_config

    root = find_root()
    cfg = load_config(root) if root is not None else None
    if args.files:
        files = list(args.files)
        register = args.register
    elif cfg is not None and (cfg.register is not None or cfg.documents):
        files = []
        if cfg.register is not None:
            if not cfg.register.is_file():
                raise InputError("configured register not found", path=cfg.shown(cfg.register))
            files.append(cfg.shown(cfg.register))
        files += [cfg.shown(d) for d in cfg.documents]
        register = args.register or (cfg.shown(cfg.register) if cfg.register is not None and cfg.documents
                                     else None)
    else:
        raise InputError("no FILE given and no targets.toml or [tool.plancheck] in pyproject.toml "
                         "here (run 'plancheck init' to start one)", path="targets.toml")
    baseline = args.baseline or (cfg.shown(cfg.baseline) if cfg is not None and cfg.baseline else None)
    fail_on = args.fail_on or (cfg.fail_on if cfg is not None else "error")
    select = _split(args.select) or (cfg.select if cfg is not None else [])
    ignore = _split(args.ignore) or (cfg.ignore if cfg is not None else [])
    return files, register, baseline, fail_on, select, ignore


def statistics(report) -> str:
    """Findings per rule and severity, most frequent first (``--statistics``)."""
    from collections import Counter

    new = Counter((f.rule, f.severity) for f in report.findings if not f.accepted)
    accepted = Counter((f.rule, f.severity) for f in report.findings if f.accepted)
    rows = sorted(set(new) | set(accepted), key=lambda k: (-new[k] - accepted[k], k))
    lines = [f"{new[k]:5d}  {k[1]:<8} {k[0]}" + (f"  (+{accepted[k]} accepted)" if accepted[k] else "")
             for k in rows]
    total = sum(new.values())
    lines.append(f"{total:5d}  findings" + (f" (+{sum(accepted.values())} accepted)" if accepted else ""))
    return "\n".join(lines)


def run(args) -> int:
    from ..api import check_paths

    files, register, baseline, fail_on, select, ignore = _configured(args)
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    select = _known_rules(select, "--select")
    ignore = _known_rules(ignore, "--ignore")
    report = check_paths(files, register=register, select=select, ignore=ignore, jobs=args.jobs,
                         progress=sys.stderr.isatty() and args.format == "text")
    if baseline and not args.write_baseline:  # writing accepts every finding anyway
        from ..baseline import apply_baseline

        apply_baseline(report, baseline)
    if args.write_baseline:
        from ..baseline import write_baseline

        n = write_baseline(report, args.write_baseline)
        print(f"plancheck: wrote {n} accepted findings to {args.write_baseline}", file=sys.stderr)
        return 0
    if args.quiet:
        report.findings = [f for f in report.findings if f.severity != "info"]
    if args.new_only:
        report.findings = [f for f in report.findings if not f.accepted]
    from ..reports import render

    if args.statistics:
        write_output(statistics(report), args.output)
    else:
        colour = {"always": True, "never": False}.get(args.color)
        write_output(render(report, args.format, quiet=args.quiet, fail_on=fail_on, colour=colour),
                     args.output)
    crashed = [f for f in report.findings if f.rule == "internal-error"]
    if crashed:  # a bug of plancheck, not of the plan: exit 2 so that CI notices
        print(f"plancheck: internal error: {crashed[0].message}"
              + (f" (and {len(crashed) - 1} more)" if len(crashed) > 1 else ""), file=sys.stderr)
        return 2
    if fail_on == "never":
        return 0
    return 1 if report.failed(fail_on) else 0
