"""The common form: a subject, a verb and a figure (城镇新增就业 220 万人以上,
森林覆盖率达到 35%), read into one claim (or one per subject of a list)."""

from __future__ import annotations

import re

from ...documents.segment import Paragraph
from ...model import Claim, Source
from .. import patterns as P
from ..names import normalise_name
from . import lists
from .context import Figure, ProseContext, ProseResult, frame_text, unparsed
from .kinds import change_flag, classify
from .scope import CAPACITY_UNIT, counts_projects, is_project, region_of
from .subjects import subject_of
from .timing import when


def kind_and_subject(ctx: ProseContext, fig: Figure, sentence: str, state: dict, out: ProseResult):
    """(kind, extra, head, subject) of a Chinese figure, or None (reported as
    unparsed when the sentence looks like a target)."""
    head = fig.head
    if lists.continues_list(fig, head, state):
        # 分别为 15%、48%、47% / A和B分别达到 3383 亿元和 247 亿元: the next figure of the list
        return lists.next_of_list(head, state)
    kind, key_start, extra = classify(head, fig.unit, fig.num, fig.clause)
    build = P.BUILD_BEFORE.search(head) if fig.unit and fig.unit not in ("%", "‰") else None
    obj = re.match(r"\s*([\u4e00-\u9fffA-Za-z]{2,14})", fig.rest) if build else None
    if build and obj and not re.match(r"\s*(以上|以内|左右|以下)", fig.rest):
        # 建设 1000 万亩小麦高产田: the figure comes before what it counts
        kind, extra = "cumulative_change", {change_flag(build.group(1)): True, "object_after": True}
        head = build.group(1) + obj.group(1)
        key_start = len(head)
    elif kind is None:
        if state["target_like"] and (fig.unit or "%" in fig.after[:2]) and fig.unit not in ("个", "项"):
            unparsed(ctx, out, fig, sentence, "number with a unit in a target-like sentence, no pattern read it")
        return None
    if extra.pop("subject_includes_verb", False):
        key_start = len(head)
    state["unit"] = fig.unit
    subject = subject_of(head[:key_start], state)
    if not subject:
        if state["target_like"]:
            unparsed(ctx, out, fig, sentence, "no subject (indicator) found for this figure")
        return None
    if P.ATTRIBUTE_SUBJECT.search(subject.strip()):
        return None  # 设计速度 100 公里/小时: an attribute of a project, not a target
    return kind, extra, head, subject


def add_claim(ctx: ProseContext, para: Paragraph, clause: str, sentence: str, fig: Figure, kind: str,
              extra: dict, head: str, subject: str, state: dict, out: ProseResult) -> None:
    region = region_of(ctx, subject)
    match = ctx.resolver.resolve_read(subject, kind, fig.unit)  # the verb's kind and the unit are hints
    if match is None:
        return
    known, unit, scope = match.how != "unresolved", fig.unit, "region"
    if not known and (is_project(ctx, clause, unit, subject) or (
            CAPACITY_UNIT.fullmatch(unit or "-") and re.match(r"\s*[\u4e00-\u9fff]{0,6}(项目|工程|电站|装置|生产线)", fig.rest))):
        kind = "project"
    if kind != "project" and not known and (ctx.project_box or counts_projects(unit, subject)):
        scope = "project"
    frame = state["frame"]
    if extra.get("bare") and frame.is_period and ctx.calendar.kind == "outline":
        # 五年内铁路货物周转量将增长101%: in a plan's period a bare 增长 is the change over it
        kind, extra = "cumulative_change", {k: v for k, v in extra.items() if k not in ("annual", "bare")}
        extra["relative"] = True
    printed_year = state.get("year") is not None or bool(P.PRINTED_YEAR.search(head))
    year, start, role = when(ctx, kind, clause, head, state, bool(extra.get("annual")), extra)
    if (kind == "project" or (scope == "project" and kind in ("level", "share"))) and not printed_year \
            and frame.is_period and role == "target" and not P.COUNT_UNIT.fullmatch(unit or "-"):
        # the planned size of a project (年输气能力1200亿立方米, 平均单产450公斤) is about the
        # project, not about the plan's last year: dated only by a year printed with it
        year, start = None, None
    q = fig.quantity()
    if q is None:
        return
    if kind == "level" and unit in ("%", "‰"):
        kind = "share"
    if kind == "cumulative_change" and unit == "%" and not extra.get("relative"):
        unit = "百分点" if extra.get("pp") else unit
    claim = Claim(id=ctx.next_id(),
                  indicator=f"project:{normalise_name(subject)}" if kind == "project" else (
                      match.id if not region else f"{match.id}@{region}"),
                  name=match.name if known else normalise_name(subject),
                  kind=kind, quantity=q, unit=unit, source=Source(ctx.path, fig.line, fig.col, fig.col + len(fig.num)),
                  text=sentence.strip(), year=year, start_year=start, role=role, origin="prose",
                  frame=frame_text(state),
                  context=para.section[:40], region=region, match_confidence=match.confidence, extra=extra,
                  scope="project" if kind == "project" else scope)
    if re.match(r"\s*其中", clause) and state.get("last_id"):
        claim.extra["part_of"] = state["last_id"]  # 其中: a part of the figure just before
        claim.extra["wholes_before"] = state.get("same_unit", {}).get(unit, 1)
    else:
        state["last_id"] = claim.id
        state.setdefault("same_unit", {})[unit] = state.get("same_unit", {}).get(unit, 0) + 1
    if lists.open_list(ctx, claim, fig, kind, extra, head, subject, sentence, state, out):
        return
    out.claims.extend(lists.respectively(ctx, claim, subject, head) or [claim])
