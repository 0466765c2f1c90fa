"""Gaps to another quantity: 规上工业增加值增长7.7%，高于全国1.8个百分点.

A gap is a claim of its own kind (``gap``), dated and roled like the figure it
follows, about no indicator: no rule compares it with the subject's own
figures or with another gap (issue 10 item 2).
"""

from __future__ import annotations

from ...documents.segment import Paragraph
from ...model import Claim, Source
from ..names import normalise_name
from .context import Figure, ProseContext, ProseResult, frame_text
from .timing import when


def add_gap(ctx: ProseContext, para: Paragraph, clause: str, sentence: str, fig: Figure, state: dict,
            out: ProseResult) -> None:
    """高于全国0.8个百分点: the gap of the figure before (the sentence's subject) to a reference."""
    q = fig.quantity()
    if q is None or fig.gap is None:
        return
    relation, reference = fig.gap
    subject = state.get("subject") or ""
    year, _, role = when(ctx, "level", clause, fig.head, dict(state))
    out.claims.append(Claim(
        id=ctx.next_id(), indicator=None, name=normalise_name(f"{subject}{relation}{reference}"),
        kind="gap", quantity=q, unit="百分点", source=Source(ctx.path, fig.line, fig.col, fig.col + len(fig.num)),
        text=sentence.strip(), year=year, role=role, origin="prose", context=para.section[:40],
        frame=frame_text(state), extra={"reference": reference, "relation": relation, "gap_of": subject}))
