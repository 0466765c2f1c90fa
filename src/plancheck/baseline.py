"""Baselines: findings that were looked at and accepted, kept in a file.

As with other linters, a project that adopts plancheck on a plan with known
tensions writes a baseline once (``plancheck check … --write-baseline FILE``)
and from then on only *new* findings fail: :func:`apply_baseline` marks every
finding whose :attr:`~plancheck.findings.Finding.key` is in the file as
``accepted``, and accepted findings fail neither ``plancheck check`` nor a
pytest item.

The key leaves line numbers out (rule, indicator, message and the quoted
figures), so an edit above a finding does not make it new again; a changed
figure or message does. The file is JSON::

    {
      "schema_version": 1,
      "tool": "plancheck 0.1.0",
      "keys": ["growth:gdp:0123456789ab", ...],
      "findings": {"growth:gdp:0123456789ab": {"rule": "growth", "indicator": "gdp",
                   "indicator_name": "地区生产总值", "severity": "error", "message": "…"}}
    }

``keys`` is what is read; ``findings`` repeats each key's rule, indicator and
message so that a reviewer can read (and prune) the file by hand. Keys are
sorted and the file holds no line numbers or paths, so it diffs cleanly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .findings import Finding
from .report import Report

BASELINE_SCHEMA_VERSION = 1
#: Findings about plancheck or the input, not about the plan: never baselined,
#: so that an unreadable file or a crashed rule cannot be accepted away.
NOT_BASELINED = frozenset({"input-error", "internal-error"})


@dataclass(slots=True)
class BaselineResult:
    """What applying a baseline did: how many findings it accepted, and which
    of its keys matched no finding any more (fixed, or changed: prune them)."""

    accepted: int = 0
    unused: list[str] = field(default_factory=list)


def load_baseline(path: str | Path) -> dict[str, dict[str, Any]]:
    """The accepted keys of a baseline file, each with its human description.

    Raises :class:`InputError` (one line, naming the file) when the file is
    missing, is not JSON, or is not a plancheck baseline.
    """
    name = str(path)
    p = Path(path)
    from .inputs import readable_file

    readable_file(p, what="baseline:", folder="baseline is a folder, not a file",
                  missing="baseline file not found (write one with --write-baseline)")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read baseline: {exc.strerror}", path=name) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"baseline is not UTF-8 text (byte {exc.start})", path=name) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"baseline is not valid JSON: {exc.msg}", path=name, line=exc.lineno) from None
    if not isinstance(data, dict):
        raise InputError("not a plancheck baseline: expected a JSON object with 'keys'", path=name)
    version = data.get("schema_version", BASELINE_SCHEMA_VERSION)
    if version != BASELINE_SCHEMA_VERSION:
        raise InputError(f"unsupported baseline schema_version {version!r} (this plancheck reads "
                         f"{BASELINE_SCHEMA_VERSION})", path=name, key="schema_version")
    described = data.get("findings", {})
    if not isinstance(described, dict):
        raise InputError("'findings' must be an object keyed by finding key", path=name, key="findings")
    keys = data.get("keys", list(described))
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise InputError("'keys' must be a list of strings", path=name, key="keys")
    return {k: entry if isinstance(entry := described.get(k), dict) else {} for k in keys}


def apply_baseline(report: Report, path: str | Path) -> BaselineResult:
    """Mark the report's findings whose key is in the baseline as accepted.

    Findings already accepted (by an indicator's ``accept`` in the register)
    stay accepted. Returns what was accepted and which keys went unused.
    """
    keys = load_baseline(path)
    result = BaselineResult()
    seen: set[str] = set()
    for f in report.findings:
        k = f.key
        if k in keys and f.rule not in NOT_BASELINED:
            seen.add(k)
            if not f.accepted:
                f.accepted = True
                f.accepted_by = f"baseline {path}"
                result.accepted += 1
    result.unused = [k for k in keys if k not in seen]
    from .findings import sort_findings

    report.findings = sort_findings(report.findings)  # new findings first
    return result


def baseline_data(findings: Iterable[Finding]) -> dict[str, Any]:
    """The baseline document (a dict ready for JSON) accepting ``findings``."""
    from . import __version__

    described: dict[str, dict[str, Any]] = {}
    for f in findings:
        if f.rule in NOT_BASELINED:
            continue
        described.setdefault(f.key, {"rule": f.rule, "indicator": f.indicator,
                                     "indicator_name": f.indicator_name,
                                     "severity": f.severity, "message": f.message})
    ordered = dict(sorted(described.items()))
    return {"schema_version": BASELINE_SCHEMA_VERSION, "tool": f"plancheck {__version__}",
            "keys": list(ordered), "findings": ordered}


def write_baseline(report: Report, path: str | Path) -> int:
    """Write a baseline accepting every finding of ``report`` (atomically).

    Every severity is written, accepted findings included, so that rewriting a
    baseline after fixing some findings keeps the rest; ``input-error`` and
    ``internal-error`` findings are left out. Returns the number of distinct
    keys written.
    """
    from .cli.common import write_atomic

    data = baseline_data(report.findings)
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))
    return len(data["keys"])
