"""The library API: load a plan, check it, recompute a what-if.

``load`` accepts a register path, a document path, or document text, and
returns a :class:`~plancheck.plan.Plan`; ``check_paths`` is what the CLI and
the pytest plugin call for several inputs at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .findings import Report, sort_findings
from .plan import Plan

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".shtml", ".docx", ".text", ".pdf"}


def load(source: str | Path, *, register: str | Path | None = None, name: str | None = None) -> Plan:
    """Read a plan from a file path (register or document) or from document text.

    A string that names no existing file and contains a line break or any
    CJK character is taken as the document's text.
    """
    path = Path(source) if isinstance(source, Path) or _looks_like_path(source) else None
    if path is None:
        from .extract import plan_from_text

        return plan_from_text(str(source), name or "<text>", register=_register(register))
    if path.suffix == ".toml":
        from .register import load_register

        return plan_of_register(load_register(path))
    from .extract import plan_from_file

    return plan_from_file(path, register=_register(register))


def plan_of_register(reg) -> Plan:
    """A register as a plan. A figure typed with a ``region`` belongs to that
    sub-region (gdp@兵团), so the claims are grouped again by their indicator."""
    import copy

    from .check import indicators_from_claims

    if all(c.indicator == ind.id for ind in reg.indicators.values() for c in ind.claims):
        indicators = reg.indicators
    else:
        indicators = indicators_from_claims(reg.claims, {k: copy.copy(v) for k, v in reg.indicators.items()})
    return Plan(indicators, reg.claims, [{"type": "relation", **r} for r in reg.relations], reg.path)


def _looks_like_path(s: str) -> bool:
    """A one-line string naming a file (existing, or ending like a plan file) is a
    path; anything else with CJK text in it is the document's text."""
    if "\n" in s or len(s) > 4096:
        return False
    if Path(s).exists() or Path(s).suffix.lower() in DOCUMENT_SUFFIXES | {".toml"}:
        return True
    return not any("\u4e00" <= ch <= "\u9fff" for ch in s)


def _register(register):
    if register is None:
        return None
    from .register import load_register

    return load_register(register)


def expand_paths(paths: Iterable[str]) -> list[Path]:
    """Files as given; folders become the plan documents and registers inside them."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file()
                           and (f.suffix.lower() in DOCUMENT_SUFFIXES or f.suffix == ".toml"))
            if not found:
                raise InputError("folder holds no plan documents (.txt, .md, .html, .pdf, .docx, .toml)",
                                 path=str(p))
            out.extend(found)
        else:
            from .inputs import readable_file

            readable_file(p)  # a FIFO, device, socket, symlink loop: refused with its reason
            out.append(p)
    return out


def check_paths(paths: Iterable[str], *, register: str | None = None, select: Iterable[str] = (),
                ignore: Iterable[str] = (), jobs: int = 1, progress: bool = False) -> Report:
    """Check each input and merge the reports (claims and findings of all)."""
    files = expand_paths(paths)
    if len(files) > 1:  # one unreadable file among many becomes a finding, never a stop
        from .batch import check_many

        return check_many(files, register=register, select=select, ignore=ignore, jobs=jobs,
                          progress=progress)
    reports = [load(f, register=register).check(select, ignore) for f in files]
    return merge_reports(reports)


def merge_reports(reports: list[Report]) -> Report:
    if len(reports) == 1:
        return reports[0]
    claims = [c for r in reports for c in r.claims]
    findings = sort_findings(f for r in reports for f in r.findings)
    indicators: dict[str, Any] = {}
    for r in reports:
        for k, v in r.indicators.items():
            indicators.setdefault(k, v)
    return Report(claims, findings, indicators, [u for r in reports for u in r.unparsed],
                  [p for r in reports for p in r.paths])


def recompute(**kwargs):
    """See :func:`plancheck.arithmetic.recompute`."""
    from .arithmetic import recompute as _recompute

    return _recompute(**kwargs)
