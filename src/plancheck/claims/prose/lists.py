"""Lists of figures: 分别为 15%、48%、47% / A和B分别达到 3383 亿元和 247 亿元,
one figure stated for several subjects (A和B分别年均增长 7%), and the shares
of one whole listed that way (三次产业比重分别为…), also stated as a ratio."""

from __future__ import annotations

from ...model import Claim, Kind
from ..names import NamingRequest
from ...numbers import Quantity
from .. import patterns as P
from . import patterns as PP
from .context import Figure, ProseContext, ProseResult, Reading, unparsed
from .subjects import earlier_list_subjects, list_again
from ...units.text import same_measure

#: What the verb of a list says of each of its figures (a one-year rate, a relative change…).
LIST_FLAGS = ("annual", "per_year", "relative", "pp", "total", "increment", "absolute")


def continues_list(fig: Figure, head: str, state: dict) -> bool:
    """The figure is the next one of a list opened before it in the sentence."""
    listed = state.get("listed")
    return bool(listed and (PP.RESPECTIVELY_NEXT.search(head) or list_again(head, state, False)) and same_measure(fig.unit, listed["unit"]))


def next_of_list(head: str, state: dict) -> Reading | None:
    """(kind, extra, head, subject) of the next figure of the open list, or
    None when the list's subjects could not be paired with its figures."""
    listed = state["listed"]
    listed["i"] += 1
    subjects = listed["subjects"]
    if listed.get("unpaired"):
        return None
    subject = subjects[listed["i"]] if subjects and listed["i"] < len(subjects) else listed["subject"]
    return listed["kind"], {**listed.get("flags", {}), "listed": listed["group"]}, head, subject


def open_list(ctx: ProseContext, claim: Claim, fig: Figure, kind: Kind, extra: dict, head: str, subject: str,
              sentence: str, state: dict, out: ProseResult) -> bool:
    """When ``claim`` is the first figure of a list, open the list (its figures share
    what the verb says), add the claim and return True."""
    if not ((PP.RESPECTIVELY_FIRST.search(head) or list_again(head, state, True)) and "listed" not in extra and PP.LIST_GOES_ON.match(fig.rest)):
        return False
    # the first figure of a list: one figure per subject when the subjects are listed too
    n_figures = 1 + len(PP.LIST_NEXT_FIGURE.findall(PP.CLAUSE_BREAK.split(fig.rest)[0]))
    subjects = listed_subjects(head, n_figures) or earlier_list_subjects(head, state, n_figures)
    state["listed"] = {"kind": kind, "subject": subject, "unit": fig.unit, "group": claim.id,
                       "subjects": subjects, "i": 0,  # the list's figures share what the verb says
                       "flags": {k: v for k, v in extra.items() if k in LIST_FLAGS}}
    claim.extra["listed"] = claim.id
    if subjects:
        rename(out, claim, subjects[0])
    elif (len(PP.LIST_JOIN.split(subject)) > 1 or names_several(head)
          or not PP.SHARE_OR_STRUCTURE.search(subject + head[-12:])):
        # several figures for one subject are parts of a whole (三次产业比重分别为
        # 15%、48%、47%) or subjects the sentence does not name: never one figure twice
        # as many subjects as figures could not be paired: say so, assign none
        state["listed"]["unpaired"] = True
        claim.indicator = None
        out.naming[claim.id].unnamed = True
        unparsed(ctx, out, fig, sentence, "a list of figures whose subjects could not be paired with them")
    out.claims.append(claim)
    return True


def respectively(subject: str, head: str) -> list[str]:
    """A和B分别年均增长 7%: the subjects one figure is stated for (the indicators stage
    states it once for each when every one is a known indicator)."""
    if "分别" not in head[-12:] or not PP.LIST_JOIN.search(subject):
        return []
    return [p for p in PP.LIST_JOIN.split(PP.RESPECTIVELY_ON.sub("", subject)) if p.strip()]


def names_several(head: str) -> bool:
    return "、" in PP.CLAUSE_OR_COLON.split(PP.RESPECTIVELY_ON.sub("", head))[-1]


def listed_subjects(head: str, n: int) -> list[str] | None:
    """The subjects before 分别, one per figure: split at 、 (or also at 和/及
    when that gives the right count); None when no split matches."""
    text = PP.CLAUSE_OR_COLON.split(PP.RESPECTIVELY_ON.sub("", head))[-1]
    for splitter in (PP.DUN, PP.LIST_JOIN):
        parts = [p.strip() for p in splitter.split(text) if p.strip()]
        if len(parts) == n and n > 1:
            parts[0] = P.LEADING_VERBS.sub("", P.SUBJECT_CUT.sub("", parts[0])) or parts[0]
            for i in range(len(parts) - 1):  # 高中阶段和高等教育毛入学率: the first shares the noun
                tail = PP.MEASURE_NOUN_END.search(parts[i + 1])
                if tail and not PP.MEASURE_SUFFIX_END.search(parts[i]):
                    parts[i] += tail.group()
            last = parts[-1]
            for i in range(len(parts) - 1):
                # 一产、二产、三产增加值 / 城镇、农村常住居民人均可支配收入: short modifiers
                # listed before one noun share it (the last item's words after its own modifier)
                if len(parts[i]) <= 3 and len(last) > len(parts[i]) + 1 and not P.INDICATOR_HEAD.search(parts[i]):
                    parts[i] += last[len(parts[i]):]
            return parts
    return None


def rename(out: ProseResult, claim: Claim, subject: str) -> None:
    """The first figure of a list is named by its own subject of the list."""
    out.naming[claim.id].rename = subject


def listed_shares(ctx: ProseContext, out: ProseResult, state: dict) -> None:
    """Shares listed for one whole (三次产业比重分别为 15%、48%、47%) are also
    stated as the ratio 15:48:47, so the composition rule adds them up."""
    listed = state.get("listed")
    if not listed or not PP.STRUCTURE_WORD.search(listed["subject"]):
        return
    parts = [c for c in out.claims if c.extra.get("listed") == listed["group"]]
    printed = [p.text for c in parts if (p := c.quantity.printed) is not None]
    if len(parts) < 3 or any(c.unit != "%" for c in parts) or len(printed) < len(parts):
        return
    for c in parts:  # the parts are not the whole: the ratio below speaks for them
        c.indicator = None
        if c.id in out.naming:
            out.naming[c.id].unnamed = True
    first = parts[0]
    text = ":".join(printed)
    ratio = Claim(id=ctx.next_id(), indicator=first.indicator, name=first.name, kind="ratio",
                  quantity=Quantity(text, None, note=text), unit="", source=first.source,
                  text=first.text, year=first.year, role=first.role, origin="prose",
                  context=first.context, extra={"parts": printed, "from_list": True})
    out.naming[ratio.id] = NamingRequest("", name_of=first.id)  # named as its first part
    out.claims.append(ratio)
