"""Document → Plan: the reading half of the pipeline.

read (decode, normalise) → segment (paragraphs, tables) → claims (tables,
prose) → indicators (identity through the register, the glossary, fuzzy
match). The plan's period is taken from its title (十三五 → base year 2015,
target year 2020) because tables and prose give years relative to it.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from .claims import patterns as P
from .claims.glossary import resolver_for
from .claims.prose import ProseContext, ProseReader
from .claims.tables import TableReader
from .documents import Document, Table, document_from_text, read_document, segment
from .documents.calendar import Calendar, assign_frames, read_calendar
from .documents.normalise import restore
from .documents.read import MAX_LINE
from .model import Claim
from .numbers import Quantity, Printed
from .plan import Plan

def _period_of(cal: Calendar) -> tuple[int, int]:
    """(base year, target year) the table reader and the English reader date by."""
    if cal.kind == "work-report" and cal.year is not None:
        return cal.year - 1, cal.year  # last year's results and this year's targets
    if cal.plan is not None:
        return cal.plan.base, cal.plan.last
    return 2015, 2020


def _ids():
    counter = itertools.count(1)
    return lambda: f"c{next(counter)}"


def extract(doc: Document, register=None) -> tuple[list[Claim], list[dict], list[dict]]:
    """Claims, unparsed candidates and document-level statements of a document."""
    resolver = resolver_for(register.indicators if register is not None else None)
    cal = read_calendar(doc.reading_lines)
    base, end = _period_of(cal)
    next_id = _ids()
    claims: list[Claim] = []
    unparsed: list[dict] = []
    statements: list[dict] = []
    ctx = ProseContext(doc.path, resolver, base, end, next_id, calendar=cal)
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
            reader = TableReader(block, doc.path, resolver, base, next_id, region.group(1) if region else ctx.region)
            got, bad = reader.read()
            claims.extend(got)
            unparsed.extend(bad)
            statements.extend(reader.statements)  # rows with their blank cells, relations, counts
            ctx.project_box = False
            continue
        if block.heading:
            if re.search(r"专栏\s*\d", block.text):
                ctx.project_box = True  # boxes after the indicator tables list projects
            elif P.BOX_END.match(block.text):
                ctx.project_box = False
            ctx.section = block.text
            region = P.REGION_RE.search(block.text)
            if region:
                ctx.region = region.group(1)
            elif re.search(r"第[一二三四五六七八九十]+篇", block.text) or re.match(r"\s*#{1,2}\s", block.text):
                ctx.region = None
            continue
        if re.match(r"\s*(\*\*|<p>\s*<b>|\s)*专栏\s*\d", block.text):
            ctx.project_box = True
        result = prose.read(block)
        claims.extend(result.claims)
        unparsed.extend(result.unparsed)
        statements.extend(result.statements)
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
        if not parts or len(parts) != 3 or not re.search(r"三次产业|产业结构|三产", c.name + c.text[:60]):
            continue
        names = ("第一产业比重", "第二产业比重", "服务业增加值比重")
        for ind, name, part in zip(SECTOR_SHARES, names, parts, strict=False):
            out.append(Claim(id=next_id(), indicator=ind, name=name, kind="share",
                             quantity=Quantity(part, Printed.parse(part)), unit="%", source=c.source,
                             text=c.text, year=c.year, role=c.role, origin=c.origin, context=c.context,
                             extra={"derived_from": c.id}))
    return out


def plan_from_document(doc: Document, register=None) -> Plan:
    from .check import indicators_from_claims

    claims, unparsed, statements = extract(doc, register)
    from .documents.places import MappedDocument

    if isinstance(doc, MappedDocument):  # a PDF or web page: name the page and line each figure came from
        from .documents.places import locate

        locate(doc, claims, unparsed)
    known = dict(register.indicators) if register is not None else {}
    if register is not None:
        # the register's figures join the document's, so the cross-source rule
        # compares the draft with the register (document vs targets.toml)
        from .plan import locate_register_figures

        copies = [_copy_claim(c) for c in register.claims]
        locate_register_figures(claims, copies, register.path, doc.path)
        claims = claims + copies
    indicators = indicators_from_claims(claims, known)
    if register is not None:
        statements += [{"type": "relation", **r} for r in register.relations]
    return Plan(indicators, claims, statements, doc.path, unparsed, doc.lines, raw_lines=doc.raw_lines)


def _copy_claim(c: Claim) -> Claim:
    """A fresh copy, so that grouping a plan never touches the register's own indicators."""
    import copy

    return copy.copy(c)


def plan_from_file(path: str | Path, register=None) -> Plan:
    return plan_from_document(read_document(path), register)


def plan_from_text(text: str, name: str = "<text>", register=None) -> Plan:
    return plan_from_document(document_from_text(text, name), register)
