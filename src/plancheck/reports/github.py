"""GitHub Actions workflow commands: one annotation line per finding.

``::error file=PATH,line=N,col=C,endColumn=E,title=TITLE::MESSAGE`` puts the
finding on the line of the pull request's diff. The line is where the most
likely fix is (as in the SARIF output), and the message carries the
arithmetic and the fix, since an annotation has nothing else.

Escaping follows the Actions toolkit (``@actions/core`` command.ts): in the
message ``%``, CR and LF become ``%25``, ``%0D``, ``%0A``; in property values
``:`` and ``,`` also become ``%3A`` and ``%2C``. Without it a plan line with a
comma would cut the file name, and a newline in quoted text could start a
workflow command of its own (the classic injection through annotations).

Severities map error → ``error``, warning → ``warning``, info → ``notice``;
an accepted finding is a ``notice`` marked "(accepted)", so it stays visible
without failing a review.
"""

from __future__ import annotations

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (the part after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title ...), where ``:`` and ``,`` are syntax."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report, **_options) -> str:
    from .sarif import primary_location
    from .text import ordered_locations

    out: list[str] = []
    for f in report.findings:
        command = "notice" if f.accepted else COMMANDS[f.severity]
        props: list[tuple[str, str]] = []
        loc = primary_location(f)
        if loc is not None:
            props.append(("file", loc.path))
            if loc.line >= 1:
                props.append(("line", str(loc.line)))
                if loc.end_column > loc.column:
                    props += [("col", str(loc.column)), ("endColumn", str(loc.end_column))]
        title = f"plancheck {f.rule}" + (f": {f.indicator_name}" if f.indicator_name else "")
        props.append(("title", title + (" (accepted)" if f.accepted else "")))
        body = [f.message, *(f"  = {a}" for a in f.arithmetic)]
        body += [f"  at {x.path}:{x.line}  {x.text}" for x in ordered_locations(f)]
        body += [("  fix: " if i == 0 else "   or: ") + str(fx) for i, fx in enumerate(f.fixes[:3])]
        prop_text = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        out.append(f"::{command} {prop_text}::{escape_data(chr(10).join(body))}")
    # A plain summary line: it is log text, not a command, so it needs no escaping
    # beyond keeping it to one line.
    out.append(f"plancheck: {len(report.claims)} claims, {report.summary()}")
    return "\n".join(out)
