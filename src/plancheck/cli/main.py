"""``plancheck`` command line: one module per subcommand, imported on demand.

Exit codes: 0 no finding at the ``--fail-on`` level, 1 there is one, 2 the
command or its input could not be used. Errors print as one line on stderr
(``plancheck: FILE:LINE: what is wrong``) and never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import PlancheckError, UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2

COMMANDS = {
    "init": ("init", "write a starter register and configuration (targets.toml)"),
    "check": ("check", "check a register (targets.toml) or plan documents for contradictions"),
    "extract": ("extract", "list the quantitative claims read from a plan document"),
    "rules": ("rules", "list the rules and what each checks"),
    "explain": ("explain", "every statement about one indicator, side by side"),
    "recompute": ("recompute", "every recomputation (growth, cumulative, totals, composition) with its verdict"),
    "diff": ("diff", "targets and findings that changed between two drafts"),
    "plot": ("plot", "plot an indicator's trajectory or a plan's findings"),
}


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line and exit code 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        raise UsageError(f"{message} (see 'plancheck {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'plancheck --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="plancheck", description="Check the quantitative targets of planning "
                     "documents for internal consistency.")
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"plancheck {__version__}")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        sub = subs.add_parser(name, help=help_text, description=help_text)
        importlib.import_module(f"{__package__}.{module}").add_arguments(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``plancheck`` script; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return EXIT_INPUT
        module = importlib.import_module(f"{__package__}.{COMMANDS[args.command][0]}")
        return module.run(args)
    except PlancheckError as exc:
        print(f"plancheck: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("plancheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except MemoryError:
        print("plancheck: out of memory while reading the input", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # a file that cannot be read or written: one line, never a traceback
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"plancheck: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
