"""The common form: a subject, a verb and a figure (城镇新增就业 220 万人以上,
森林覆盖率达到 35%), read into one claim (or one per subject of a list)."""

from __future__ import annotations

from ...documents.calendar import UNKNOWN
from ...documents.segment import Paragraph
from ...model import Claim, Kind, Source
from .. import patterns as P
from ..names import NamingRequest, nameable, normalise_name
from . import lists
from . import patterns as PP
from .context import Figure, ProseContext, ProseResult, Reading, frame_text, unparsed
from .kinds import change_flag, classify
from .scope import counts_projects, is_project, region_of
from .subjects import share_name, subject_of
from .timing import when


def kind_and_subject(ctx: ProseContext, fig: Figure, sentence: str, state: dict, out: ProseResult) -> Reading | None:
    """(kind, extra, head, subject) of a Chinese figure, or None (reported as
    unparsed when the sentence looks like a target)."""
    head = P.QUOTES.sub("", fig.head)  # 建成“无废城市细胞”5000多个: quotes mark a name, not its end
    if lists.continues_list(fig, head, state):
        # 分别为 15%、48%、47% / A和B分别达到 3383 亿元和 247 亿元: the next figure of the list
        return lists.next_of_list(head, state)
    if fig.things:  # 92%的乡镇卫生院达到标准: the share of those that did
        return "share", {"of_things": True}, "", fig.things + "比例"
    lead = P.LIST_SIBLINGS.sub("", head)  # 新增2个中心、40个专科: the list shares its verb
    if not lead.strip(" 、和及与") and (first := count_first(fig)):
        return first
    kind, key_start, extra = classify(head, fig.unit, fig.num, fig.clause)
    build = P.BUILD_BEFORE.search(lead) if fig.unit and fig.unit not in ("%", "‰") else None
    obj = PP.OBJECT_AFTER.match(fig.rest) if build else None
    if build and obj and not PP.BOUND_AFTER.match(fig.rest):
        # 建设 1000 万亩小麦高产田: the figure comes before what it counts
        kind, extra = "cumulative_change", {change_flag(build.group(1)): True, "object_after": True}
        head = build.group(1) + obj.group(1)
        key_start = len(head)
    elif kind is None and P.BENEFIT_BEFORE.search(head) and P.PEOPLE_UNIT.match(fig.unit or "-"):
        # 惠及154万户家庭 / 惠及461万人次: those a policy reached, counted in households or visits
        kind, extra = "level", {"object_after": True}
        who = P.COUNT_SUBJECT.match(fig.rest)
        head = head.rstrip() + (P.QUOTES.sub("", who.group(1))[:12] if who else "")
        key_start = len(head)
    elif ((kind is None or (kind == "level" and key_start == len(head.rstrip()))) and lead.strip()
          and P.COUNT_UNIT.match(fig.unit or "-") and (thing := P.COUNT_SUBJECT.match(fig.rest))
          and not P.QUAL_AFTER.match(fig.rest)):
        # 有效应对21轮强降雨和8轮高温过程: a verb, then a count of what it acted on
        kind, extra = "count", {"object_after": True}
        head = lead.rstrip(" 、和及与") + P.QUOTES.sub("", thing.group(1))[:16]
        key_start = len(head)
    elif fig.obj and (kind is None or P.FOR_PEOPLE.fullmatch(head)):
        # 惠及52万群众 / 为4.1万名农民工追回欠薪: people counted before who they are
        kind, extra = "level", {"object_after": True}
        words = P.FOR_PEOPLE.sub("", head.strip())
        cut = P.SUBJECT_CUT.match(words)
        words = words[cut.end():] if cut else words
        head = words + fig.obj + ("" if words else verb_after(fig.rest[len(fig.obj):]))
        key_start = len(head)
    elif kind is None:
        if (fig.unit or "%" in fig.after[:2]) and fig.unit not in ("个", "项"):
            # a figure with a unit that no form reads is reported wherever it stands (no silent
            # skipping): a result in a review is as much a figure as a target
            where = " in a target-like sentence" if state["target_like"] else ""
            unparsed(ctx, out, fig, sentence, f"number with a unit{where}, no pattern read it")
        return None
    if extra.pop("subject_includes_verb", False):
        key_start = len(head)
    state["unit"] = fig.unit
    subject = share_name(subject_of(head[:key_start], state), extra)
    if not subject and kind == "growth_rate" and not head[:key_start].strip(" ，,、"):
        # 地区生产总值连跨两个千亿元台阶，年均增长6.1%: the sentence opened with the subject
        before = sentence[: max(sentence.find(fig.clause), 0)]
        openings = list(P.OPENING_SUBJECT.finditer(before))
        subject = subject_of(openings[-1].group("subject"), state) if openings else None
    if not subject and (named := P.NAME_CLAUSE.fullmatch((state.get("clause_before") or "").strip())) \
            and not P.FROM_PHRASE.sub("", head[:key_start]).strip(" ，,、"):
        # 每万元产值能耗，由12.9吨下降到11.4吨: the clause before names what changes
        subject = subject_of(named.group("name"), state)
    if not subject:
        unparsed(ctx, out, fig, sentence, "no subject (indicator) found for this figure")
        return None
    if P.ATTRIBUTE_SUBJECT.search(subject.strip()):
        return None  # 设计速度 100 公里/小时: an attribute of a project, not a target
    if state.get("within") and P.SHARE_WITHOUT_WHOLE.match(subject) and state["within"] not in subject:
        subject = f"{state['within']}中{subject}"  # 在工农业总产值中，农业所占比重: the share of that whole
    return kind, extra, head, subject


def add_claim(ctx: ProseContext, para: Paragraph, clause: str, sentence: str, fig: Figure, kind: Kind,
              extra: dict, head: str, subject: str, state: dict, out: ProseResult) -> None:
    region = region_of(ctx, subject)
    if not nameable(subject):
        return
    # named by the indicators stage, with the verb's kind and the unit as hints
    naming = NamingRequest(subject, kind=kind, unit=fig.unit, region=region)
    unit, scope = fig.unit, "region"
    added_to_stock = not ctx.project_box and bool(PP.REGION_STOCK_ADDED.match(subject)) \
        and not PP.PROJECTS_NAMED.search(subject)  # 新建铁路8000公里, not 建成重点项目300个
    project_like = not added_to_stock and (is_project(ctx, clause, unit, subject) or bool(
        PP.CAPACITY_UNIT.fullmatch(unit or "-") and PP.PROJECT_AFTER.match(fig.rest)))
    project_scope = ctx.project_box or (not added_to_stock and counts_projects(unit, subject))
    # a subject that names no known indicator and reads like a facility is a project: its
    # kind, dating and scope follow, and the rest of the sentence is read with them
    if (project_like or project_scope) and not ctx.names.known(subject, kind, fig.unit):
        if project_like:
            kind = "project"
        if kind != "project" and project_scope:
            scope = "project"
    frame = state.get("frame") or UNKNOWN
    if extra.get("bare") and frame.known and frame.is_period and (
            ctx.calendar.kind == "outline" or (frame.role == "actual" and not P.YEAR_RE.search(head))):
        # 五年内铁路货物周转量将增长101% (a plan's period) / 这五年，进出口总值增长41.2% (a
        # review of five years): a bare 增长 is the change over the period, not a yearly rate
        kind, extra = "cumulative_change", {k: v for k, v in extra.items() if k not in ("annual", "bare")}
        extra["relative"] = True
    printed_year = state.get("year") is not None or bool(P.PRINTED_YEAR.search(head))
    year, start, role = when(ctx, kind, clause, head, state, bool(extra.get("annual")), extra)
    if kind in ("level", "share", "count") and "from" not in extra and P.FROM_START.search(head) \
            and frame.known and frame.start is not None and not P.YEAR_RE.search(head[-12:]):
        year, start, role = frame.start, None, "actual"  # 从X提高到Y: X at the start of the frame
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
    if kind == "project":
        naming.indicator = f"project:{normalise_name(subject)}"
    claim = Claim(id=ctx.next_id(), indicator=naming.indicator, name=normalise_name(subject),
                  kind=kind, quantity=q, unit=unit, source=Source(ctx.path, fig.line, fig.col, fig.col + len(fig.num)),
                  text=sentence.strip(), year=year, start_year=start, role=role, origin="prose",
                  frame=frame_text(state),
                  context=para.section[:40], region=region, extra=extra,
                  scope="project" if kind == "project" else scope)
    out.naming[claim.id] = naming
    # 它所占的比重 with nothing before it to stand for: of no known indicator
    naming.pronoun = bool(P.PRONOUN_SUBJECT.match(normalise_name(subject)))
    if PP.OF_WHICH_OPENING.match(clause) and state.get("last_id"):
        claim.extra["part_of"] = state["last_id"]  # 其中: a part of the figure just before
        claim.extra["wholes_before"] = state.get("same_unit", {}).get(unit, 1)
    else:
        state["last_id"] = claim.id
        state.setdefault("same_unit", {})[unit] = state.get("same_unit", {}).get(unit, 0) + 1
    if lists.open_list(ctx, claim, fig, kind, extra, head, subject, sentence, state, out):
        return
    naming.respectively = lists.respectively(subject, head)
    out.claims.append(claim)


def count_first(fig: Figure) -> Reading | None:
    """14家企业入选名单 / 9个区县通过评估: a count before what it counts (and what
    they did); the people of 52万群众 likewise. None when the clause goes on to a
    share of them (74个断面水质优良比例…: the count names the whole of a share)."""
    people = bool(fig.obj)
    if not (people or P.COUNT_UNIT.match(fig.unit or "-")) or P.QUAL_AFTER.match(fig.rest):
        return None
    thing = P.COUNT_SUBJECT.match(fig.rest)
    if thing is None or P.SHARE_IN_REST.search(fig.rest):
        return None
    subject = P.QUOTES.sub("", thing.group(1))
    if len(subject) < 2 or not P.TWO_CJK.search(subject):
        return None
    return ("level" if people else "count"), {"object_after": True}, "", subject


def verb_after(text: str) -> str:
    """The verb phrase after an object (…老年人免费体检 → 免费体检), to name what was done."""
    m = P.VERB_AFTER.match(text.lstrip())
    return m.group() if m else ""
