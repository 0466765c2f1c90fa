"""Figures whose subject is read differently: a facility's capacity in
brackets (…电站（120万千瓦）) and the count that closes a list (…等 22 座中型水库)."""

from __future__ import annotations

from ...documents.segment import Paragraph
from ...model import Claim, Kind, Source
from .. import patterns as P
from ..names import NamingRequest, nameable, normalise_name
from . import patterns as PP
from .context import Figure, ProseContext, ProseResult, frame_text
from .timing import one_year_frame, when


def special_form(ctx: ProseContext, fig: Figure, para: Paragraph, sentence: str, state: dict,
                 out: ProseResult) -> bool:
    """Read ``fig`` when it has one of these forms; True when it had."""
    if fig.unit and PP.OPEN_BRACKET_END.search(fig.before) and PP.CAPACITY_UNIT.fullmatch(fig.unit):
        name = PP.NAME_BREAK.split(fig.before.rstrip("（( "))[-1]
        add_simple(ctx, para, fig.clause, sentence, name, "project", fig, state, out, scope="project")
        return True
    obj = PP.THING_AFTER.match(fig.rest)
    if obj and P.ENDS_WITH_DENG.search(fig.before) and fig.unit in ("个", "座", "条", "项", "所", "家", "处", "大"):
        thing = obj.group(1)
        scope = "project" if (ctx.project_box or PP.PROJECT_WORDS.search(thing) or
                              PP.WATER_WORKS.search(thing)) else "region"
        add_simple(ctx, para, fig.clause, sentence, thing, "count", fig, state, out, scope=scope,
                   unit="" if fig.unit == "大" else fig.unit)
        return True
    return False


def add_simple(ctx: ProseContext, para: Paragraph, clause: str, sentence: str, subject: str, kind: Kind,
               fig: Figure, state: dict, out: ProseResult, scope: str = "region", unit: str | None = None) -> None:
    """A claim whose subject is already known (a named facility, a list's object)."""
    q = fig.quantity()
    if not nameable(subject) or q is None:
        return
    year, start, role = when(ctx, "level", clause, clause, dict(state))
    prefix = "project:" if kind == "project" else ""
    claim = Claim(
        id=ctx.next_id(), indicator=(prefix + normalise_name(subject)) if prefix else None,
        name=normalise_name(subject), kind=kind, quantity=q,
        unit=fig.unit if unit is None else unit, source=Source(ctx.path, fig.line, fig.col, fig.col + len(fig.num)),
        text=sentence.strip(), year=None if kind in ("project", "count") and not state.get("year")
        and not one_year_frame(state) else year,
        role=role, origin="prose", context=para.section[:40], scope=scope,
        frame=frame_text(state))
    # named by the indicators stage (a project keeps its own id)
    out.naming[claim.id] = NamingRequest(subject, indicator=claim.indicator)
    out.claims.append(claim)
