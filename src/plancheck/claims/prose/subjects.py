"""Whom a figure is about: the noun phrase before its verb, or, in an
elliptic clause, the subject of the clause before."""

from __future__ import annotations

import re

from .. import patterns as P
from ..names import normalise_name


def subject_of(head: str, state: dict) -> str | None:
    head = P.VERSUS_PHRASE.sub("", P.VERSUS_YEAR.sub("", head))
    head = re.sub(r"(累计|共计|合计)\s*$", "", head)  # 城镇新增就业累计 300 万人: the verb follows its subject
    cut = P.SUBJECT_CUT.match(head)
    subj = head[cut.end():] if cut else head
    if re.search(r"[A-Za-z]{3}", subj):
        en = P.EN_SUBJECT_CUT.match(subj)
        subj = subj[en.end():] if en else subj
        subj = re.sub(r"^(?:the|a|an)\s+", "", subj.strip(), flags=re.IGNORECASE)
        subj = re.sub(r"\s+(?:will|shall|should|is|are|to)$", "", subj)
    subj = re.sub(r"^(和|及|与|并|且|而|但|同时|其中|均|分别|也|将|要|并使|使|the)\s*", "", subj.strip())
    if not re.match(r"^(新增|新建|建成|累计)", subj):
        subj = P.LEADING_VERBS.sub("", subj, count=1)
    subj = re.sub(r"(分别|均|都|要|将|继续|力争|基本|稳定|保持|达到|提高到|为|比\s*(?:19|20)\d\d\s*年?|年均|累计)+$",
                  "", subj).strip()
    subj = subj.strip(" ,，、:：\"“”()（）")
    subj = re.sub(r"^(平均每年|每年平均|年均|每年)(实现)?", "", subj)  # per-year words are not the name
    prev = state.get("subject")
    subj = re.sub(r"的\s*$", "", subj)
    if prev and len(re.sub(r"五年|期间|累计|新增|新建|建成|完成|实现|[“”\"十三五\s]", "", subj)) < 2:
        subj = prev  # 五年新增 3473 公里: an increment of the subject before it
    if re.fullmatch(r"的?\s*[\d.,]*\s*[%‰]?[\u4e00-\u9fff]{0,3}\s*", subj) and re.search(r"\d", subj + "0") and prev \
            and (not subj.strip() or re.search(r"\d", subj)):  # …由 2015 年的 52.1%提高到: the subject came earlier
        subj = prev
    if prev and subj.startswith("占"):
        subj = prev.split("占")[0] + subj
    elif prev and P.GENERIC_SUBJECT.match(subj):
        subj = elliptic(subj, prev)
    if len(normalise_name(subj)) >= 2 and re.search(r"[\u4e00-\u9fffA-Za-z]", subj):
        state["subject"] = subj
        return subj
    return prev


_PLACES = ("县城", "农村", "城市", "城镇", "乡村", "村庄")


def elliptic(subject: str, previous: str) -> str:
    """Complete an elliptic subject from the one before it.

    城市供水普及率 …、县城 → 县城供水普及率; 小麦高产田 …，平均单产 → 小麦高产田平均单产.
    """
    if subject in _PLACES:
        for place in _PLACES:
            if previous.startswith(place):
                return subject + previous[len(place):]
        return subject + previous
    return previous + subject
