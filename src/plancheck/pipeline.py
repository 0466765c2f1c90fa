"""One pipeline: read → segment → claims → indicators → rules → localisation → report.

Each stage is one package or module, and imports only from the stages before
it (the import-linter contracts in pyproject.toml say so, and
tests/test_architecture.py checks them):

  read         documents/ decodes and normalises a file or a text → Document
  segment      documents/ splits it into paragraphs and tables; the calendar
               (documents/calendar.py) gives the document's kind, own year and
               plan periods, and every block its time frame
  claims       claims/ reads each table and paragraph into claims
  indicators   indicators/ groups claims into indicators (and merges a register)
  rules        check.py runs rules/ over the Plan; localize.py picks the
               printed number to fix; inline suppressions apply → Report

This module runs them in that order. ``api.py`` is a façade over it and
``batch.py`` maps :func:`run` over processes.
"""

from __future__ import annotations

import copy
import itertools
from pathlib import Path
from typing import Iterable

from . import patterns as TP
from .check import check_plan
from .claims import patterns as P
from .indicators.glossary import resolver_for
from .indicators.naming import name_claims
from .claims.prose import ProseContext, ProseReader
from .claims.names import NamingRequest, RowNaming
from .claims.tables import TableReader
from .documents import Document, Table, document_from_text, read_document, segment
from .documents.calendar import Calendar, Period, assign_frames, periods_named, read_calendar
from .documents.normalise import restore
from .documents.places import MappedDocument, locate
from .documents.read import MAX_LINE
from .errors import InputError
from .findings import sort_findings
from .indicators import indicators_from_claims, locate_register_figures
from .inputs import readable_file
from .model import Claim, Indicator
from .numbers import Printed, Quantity
from .plan import Plan
from .register import Register, load_register
from .report import Report

DOCUMENT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".shtml", ".docx", ".text", ".pdf"}


# -- read ------------------------------------------------------------------

def load(source: str | Path, *, register: str | Path | Register | None = None, name: str | None = None) -> Plan:
    """Read a plan from a file path (register or document) or from document text.

    A string that names no existing file and contains a line break or any
    CJK character is taken as the document's text.
    """
    path = Path(source) if isinstance(source, Path) or _looks_like_path(source) else None
    if path is None:
        return plan_from_text(str(source), name or "<text>", register=_register(register))
    if path.suffix == ".toml":
        return plan_of_register(load_register(path))
    return plan_from_file(path, register=_register(register))


def _register(register: str | Path | Register | None) -> Register | None:
    """A register given by its path (read here) or already read."""
    if register is None or isinstance(register, Register):
        return register
    return load_register(register)


def _looks_like_path(s: str) -> bool:
    """A one-line string naming a file (existing, or ending like a plan file) is a
    path; anything else with CJK text in it is the document's text."""
    if "\n" in s or len(s) > 4096:
        return False
    if Path(s).exists() or Path(s).suffix.lower() in DOCUMENT_SUFFIXES | {".toml"}:
        return True
    return not any("\u4e00" <= ch <= "\u9fff" for ch in s)


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
            readable_file(p)  # a FIFO, device, socket, symlink loop: refused with its reason
            out.append(p)
    return out


def plan_from_file(path: str | Path, register: Register | None = None) -> Plan:
    return plan_from_document(read_document(path), register)


def plan_from_text(text: str, name: str = "<text>", register: Register | None = None) -> Plan:
    return plan_from_document(document_from_text(text, name), register)


# -- segment and claims ------------------------------------------------------

def _base_year_of(cal: Calendar) -> int | None:
    """The base year the table reader dates its columns by (a year up to it is a
    result); ``None`` when the calendar knows neither the document's year nor its
    plan period: the table's own columns then tell results from targets."""
    if cal.kind == "work-report" and cal.year is not None:
        return cal.year - 1  # last year's results and this year's targets
    if cal.plan is not None:
        return cal.plan.base
    if cal.year is not None:
        return cal.year - 1  # a dated document of another kind: what is before its year is done
    return None


def _ids():
    counter = itertools.count(1)
    return lambda: f"c{next(counter)}"


def extract(doc: Document, register: Register | None = None,
            calendar: Calendar | None = None) -> tuple[list[Claim], list[dict], list[dict]]:
    """Claims, unparsed candidates and document-level statements of a document
    (dated by ``calendar``, read from the document when not given)."""
    resolver = resolver_for(register.indicators if register is not None else None)
    cal = calendar if calendar is not None else read_calendar(doc.reading_lines)
    base = _base_year_of(cal)
    next_id = _ids()
    claims: list[Claim] = []
    unparsed: list[dict] = []
    statements: list[dict] = []
    naming: dict[str, NamingRequest] = {}
    rows: list[RowNaming] = []
    ctx = ProseContext(doc.path, resolver, next_id, calendar=cal)
    blocks = segment(doc)
    assign_frames(blocks, cal)
    prose = ProseReader(ctx)
    for number, line in enumerate(doc.lines, 1):
        if len(line) > MAX_LINE:
            unparsed.append({"path": doc.path, "line": number, "column": MAX_LINE + 1, "text": line[:80],
                             "reason": f"line of {len(line)} characters: only the first {MAX_LINE} were read"})
    for block in blocks:
        if isinstance(block, Table):
            region = P.REGION_RE.search(block.title or "")
            reader = TableReader(block, doc.path, base, next_id, region.group(1) if region else ctx.region,
                                 calendar=cal)
            got, bad = reader.read()
            rows.extend(reader.naming)
            claims.extend(got)
            unparsed.extend(bad)
            statements.extend(reader.statements)  # rows with their blank cells, relations, counts
            ctx.project_box = False
            continue
        if block.heading:
            if TP.BOX_NUMBER.search(block.text):
                ctx.project_box = True  # boxes after the indicator tables list projects
            elif P.BOX_END.match(block.text):
                ctx.project_box = False
            ctx.section = block.text
            region = P.REGION_RE.search(block.text)
            if region:
                ctx.region = region.group(1)
            elif TP.PART_HEADING.search(block.text) or TP.MD_TOP_HEADING.match(block.text):
                ctx.region = None
            continue
        if TP.BOX_OPENING.match(block.text):
            ctx.project_box = True
        result = prose.read(block)
        naming.update(result.naming)
        claims.extend(result.claims)
        unparsed.extend(result.unparsed)
        statements.extend(result.statements)
    claims = name_claims(claims, naming, resolver, next_id, statements, rows)  # the indicators stage names them
    restore(doc, claims, unparsed, statements)  # rewritten lines → original columns
    claims.extend(_derived_shares(claims, next_id))
    return claims, unparsed, statements


#: The parts of a 三次产业 ratio, in order.
SECTOR_SHARES = ("primary_share", "secondary_share", "services_share")


def _derived_shares(claims: list[Claim], next_id) -> list[Claim]:
    """A ratio of the three sectors (14.5:37:48.5) also states each sector's share."""
    out = []
    for c in claims:
        parts = c.extra.get("parts") if c.kind == "ratio" else None
        if not parts or len(parts) != 3 or not TP.SECTOR_RATIO_NAME.search(c.name + c.text[:60]):
            continue
        names = ("第一产业比重", "第二产业比重", "服务业增加值比重")
        for ind, name, part in zip(SECTOR_SHARES, names, parts, strict=True):
            out.append(Claim(id=next_id(), indicator=ind, name=name, kind="share",
                             quantity=Quantity(part, Printed.parse(part)), unit="%", source=c.source,
                             text=c.text, year=c.year, role=c.role, origin=c.origin, context=c.context,
                             extra={"derived_from": c.id}))
    return out


# -- indicators ----------------------------------------------------------------

def plan_from_document(doc: Document, register: Register | None = None) -> Plan:
    """Read a document's claims and group them into indicators (with the register's)."""
    cal = read_calendar(doc.reading_lines)
    claims, unparsed, statements = extract(doc, register, cal)
    if isinstance(doc, MappedDocument):  # a PDF or web page: name the page and line each figure came from
        locate(doc, claims, unparsed)
    known = dict(register.indicators) if register is not None else {}
    if register is not None:
        # the register's figures join the document's, so the cross-source rule
        # compares the draft with the register (document vs targets.toml);
        # fresh copies, so that grouping a plan never touches the register's own indicators
        copies = [copy.copy(c) for c in register.claims]
        locate_register_figures(claims, copies, register.path, doc.path)
        claims = claims + copies
    indicators = indicators_from_claims(claims, known)
    if register is not None:
        statements += [{"type": "relation", **r} for r in register.relations]
    return Plan(indicators, claims, statements, doc.path, unparsed, doc.lines, raw_lines=doc.raw_lines,
                calendar=calendar_record(cal, doc))


def calendar_record(cal: Calendar, doc: Document) -> dict:
    """The document calendar as the JSON report gives it: its kind, own year,
    present (the last year of results), the plan it sets out, every five-year
    plan its text names (first mention first), and what decided each."""
    named: dict[Period, None] = {}
    for _, period in sorted(periods_named("\n".join(doc.reading_lines), cal), key=lambda found: found[0]):
        named.setdefault(period)
    return {"path": doc.path, "kind": cal.kind, "year": cal.year, "present": cal.present,
            "plan": _period_record(cal.plan) if cal.plan else None,
            "periods": [_period_record(p) for p in named], "why": dict(cal.why)}


def _period_record(period: Period) -> dict:
    return {"name": period.name, "first": period.first, "last": period.last}


def plan_of_register(reg: Register) -> Plan:
    """A register as a plan. A figure typed with a ``region`` belongs to that
    sub-region (gdp@兵团), so the claims are grouped again by their indicator."""
    if all(c.indicator == ind.id for ind in reg.indicators.values() for c in ind.claims):
        indicators = reg.indicators
    else:
        indicators = indicators_from_claims(reg.claims, {k: copy.copy(v) for k, v in reg.indicators.items()})
    return Plan(indicators, reg.claims, [{"type": "relation", **r} for r in reg.relations], reg.path)


# -- rules, localisation, report ---------------------------------------------------

def check_register(path: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Report:
    """Check the indicators typed into a targets.toml register."""
    return check_plan(plan_of_register(load_register(path)), paths=[path], select=select, ignore=ignore)


def run(source: str | Path, *, register: str | Path | Register | None = None, name: str | None = None,
        select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Report:
    """The whole pipeline for one input (a path or a document's text): its report."""
    return load(source, register=register, name=name).check(select, ignore)


def merge_reports(reports: list[Report]) -> Report:
    """One report of several inputs, in input order."""
    if len(reports) == 1:
        return reports[0]
    claims = [c for r in reports for c in r.claims]
    findings = sort_findings(f for r in reports for f in r.findings)
    indicators: dict[str, Indicator] = {}
    for r in reports:
        for k, v in r.indicators.items():
            indicators.setdefault(k, v)
    return Report(claims, findings, indicators, [u for r in reports for u in r.unparsed],
                  [p for r in reports for p in r.paths], [c for r in reports for c in r.calendars])
