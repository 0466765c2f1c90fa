"""Ratios of parts: 三次产业结构调整为 14.5:37:48.5."""

from __future__ import annotations

import re

from ...documents.segment import Paragraph
from ...model import Claim, Source
from ...numbers import Quantity
from .. import patterns as P
from ..names import NamingRequest, normalise_name
from . import patterns as PP
from .context import ProseContext, ProseResult, frame_text
from .subjects import subject_of
from .timing import when


def ratio(ctx: ProseContext, para: Paragraph, c_start: int, clause: str, m: re.Match, sentence: str,
          state: dict, out: ProseResult) -> None:
    """The ratio matched by ``m`` in ``clause``, when the words before it name a structure."""
    parts = [p.strip() for p in P.RATIO_SIGN.split(m.group())]
    head = clause[: m.start()]
    if not P.RATIO_SUBJECT.search(head) and P.RATIO_SUBJECT.search(state.get("clause_before") or "") \
            and P.RATIO_VERB_ONLY.fullmatch(head.strip()):
        head = state["clause_before"] + head  # 三次产业结构进一步优化，调整为8∶41∶51
    if not (P.RATIO_SUBJECT.search(head) or P.RATIO_FROM_SUBJECT.search(head)) or PP.MAP_SCALE.search(clause):
        return
    head = PP.RATIO_VERB_END.sub("", head)
    head = P.RATIO_CHANGE_VERB.sub("", head)
    frame = state.get("frame")
    first_of_change = bool(P.FROM_START.search(head))  # 由8.7∶41.2∶50.1调整为…: the ratio before
    head = P.FROM_START.sub("", P.FROM_PHRASE.sub("", head))
    subject = subject_of(head, state) or "比例"
    line, col = para.position(c_start + m.start())
    year, _, role = when(ctx, "level", clause, head, state)
    if first_of_change and frame is not None and frame.known and frame.start is not None \
            and not P.YEAR_RE.search(head[-12:]):
        year, role = frame.start, "actual"  # the first ratio of a change is the frame's start
    claim = Claim(
        id=ctx.next_id(), indicator=None, name=normalise_name(subject), kind="ratio",
        quantity=Quantity(m.group(), None, note=m.group()), unit="", text=sentence.strip(),
        source=Source(ctx.path, line, col, col + len(m.group())),
        year=year, role=role, origin="prose", frame=frame_text(state),
        context=para.section[:40], extra={"parts": parts})
    out.naming[claim.id] = NamingRequest(subject, confidence=False)  # named by the indicators stage
    out.claims.append(claim)
