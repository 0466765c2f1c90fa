"""Ratios of parts: 三次产业结构调整为 14.5:37:48.5."""

from __future__ import annotations

import re

from ...documents.segment import Paragraph
from ...model import Claim, Source
from ...numbers import Quantity
from ..names import normalise_name
from .context import ProseContext, ProseResult, frame_text
from .subjects import subject_of
from .timing import when


def ratio(ctx: ProseContext, para: Paragraph, c_start: int, clause: str, m: re.Match, sentence: str,
          state: dict, out: ProseResult) -> None:
    """The ratio matched by ``m`` in ``clause``, when the words before it name a structure."""
    parts = [p.strip() for p in re.split(r"[:：]", m.group())]
    head = clause[: m.start()]
    if not re.search(r"比重|结构|比例(?!尺)|之比|配比|比为|ratio", head) or re.search(r"比例尺", clause):
        return
    head = re.sub(r"(调整为|调整到|优化为|为|达到|是)\s*$", "", head)
    subject = subject_of(head, state) or "比例"
    line, col = para.position(c_start + m.start())
    match = ctx.resolver.resolve(subject)
    year, _, role = when(ctx, "level", clause, head, state)
    out.claims.append(Claim(
        id=ctx.next_id(), indicator=match.id if match else None,
        name=match.name if match and match.how != "unresolved" else normalise_name(subject), kind="ratio",
        quantity=Quantity(m.group(), None, note=m.group()), unit="", text=sentence.strip(),
        source=Source(ctx.path, line, col, col + len(m.group())),
        year=year, role=role, origin="prose", frame=frame_text(state),
        context=para.section[:40], extra={"parts": parts}))
