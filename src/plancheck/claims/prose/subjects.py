"""Whom a figure is about: the noun phrase before its verb, or, in an
elliptic clause, the subject of the clause before."""

from __future__ import annotations

from .. import patterns as P
from ..names import normalise_name
from . import patterns as PP


def subject_of(head: str, state: dict) -> str | None:
    head = P.VERSUS_PHRASE.sub("", P.VERSUS_YEAR.sub("", head))
    if P.RESPECTIVELY_AFTER_TOTAL.search(head):
        head = P.RESPECTIVELY_TAIL.sub("", head)  # 收支累计分别突破: the subject stands before 分别
    head = PP.TOTAL_VERB_END.sub("", head)  # 城镇新增就业累计 300 万人: the verb follows its subject
    head = P.FROM_VALUE_TAIL.sub("", head.rstrip())  # …从57600亿元增加到: the start is no part of the name
    head = P.FROM_PHRASE.sub("", head)  # …收入从812.4亿元增长到: 从X is the start, not the name
    cut = P.SUBJECT_CUT.match(head)
    subj = head[cut.end():] if cut else head
    if cut and len(P.LEADING_VERBS.sub("", subj.strip(), count=1)) < 2 and (
            before := P.SUBJECT_BEFORE_CUT.search(head)):
        subj = before.group("subj")  # 城镇失业率力争控制在 / 私营工业产值1952年为: the subject came first
    subj = P.PRICE_BASIS.sub("", subj)  # (按1995年)价格计算的国民生产总值
    if PP.THREE_LATIN.search(subj):
        en = P.EN_SUBJECT_CUT.match(subj)
        subj = subj[en.end():] if en else subj
        subj = PP.EN_ARTICLE.sub("", subj.strip())
        subj = PP.EN_AUXILIARY_END.sub("", subj)
    subj = PP.LEADING_CONJUNCTION.sub("", subj.strip())
    subj = PP.LEADING_DE.sub("", subj)  # 1962年的国民收入: the year is cut, its 的 too
    if state.get("subject") and P.PRONOUN_SUBJECT.match(subj):
        own = P.PRONOUN_SUBJECT.sub("", subj)  # 它在…中所占的比重: its share, of the subject before
        subj = state["subject"] if state["subject"].endswith(own) else state["subject"] + own
    if not PP.LEADING_CHANGE_VERB.match(subj):
        subj = P.LEADING_VERBS.sub("", subj, count=1)
    subj = without_trailing_verbs(subj).strip()
    subj = P.TRAILING_FROM.sub("", subj).strip()  # 农业所占比重由…: 由 begins the change
    subj = subj.strip(" ,，、:：\"“”()（）")
    subj = PP.LEADING_PER_YEAR.sub("", subj)  # per-year words are not the name
    prev = state.get("subject")
    subj = PP.TRAILING_DE.sub("", subj)
    if prev and (pronoun := P.PRONOUN_SUBJECT.match(subj)):
        rest = subj[pronoun.end():]  # 它在…中所占的比重: the share of the subject before it
        subj = prev if prev.endswith(rest) else prev + rest
    if state.get("within") and (share := P.SHARE_OF_A_WHOLE.fullmatch(subj)):
        subj = f"{share.group(1)}占{state['within']}{share.group(2)}"  # 农业所占比重 in 工农业总产值
    if prev and len(PP.MODAL_WORDS.sub("", PP.PERIOD_WORDS.sub("", subj))) < 2:
        subj = prev  # 五年新增 3473 公里 / 预计全年可能增长8%: a figure of the subject before it
    if prev and PP.FIGURE_LEFT.fullmatch(subj) \
            and (not subj.strip() or P.A_DIGIT.search(subj)):  # …由 2015 年的 52.1%提高到: the subject came earlier
        subj = prev
    if prev and subj.startswith("占"):
        subj = prev.split("占")[0] + subj
    elif prev and P.GENERIC_SUBJECT.match(subj):
        subj = elliptic(subj, prev)
    if P.ONE_HAN.fullmatch(subj) and P.OUTPUT_UNIT.fullmatch(state.get("unit") or "-"):
        subj += "产量"  # 钢9400万吨, 布162亿米: a product named by one character, in a list of outputs
    if len(normalise_name(subj)) >= 2 and PP.NAME_CHAR.search(subj):
        state["subject"] = subj
        return subj
    return prev


def clause_subject(clause: str, state: dict) -> None:
    """农业总产值，1990年达到3530亿元: a clause that only names a quantity is the
    subject of the figures that follow it in the sentence; 在工农业总产值中，… names
    the whole of the shares after it."""
    name = P.FOOTNOTE_MARK.sub("", P.CLAUSE_SUBJECT_PARTS.split(clause.strip())[-1]).strip().rstrip("，,").strip()
    for noise in P.CLAUSE_SUBJECT_NOISE:
        name = noise.sub("", name).strip()
    if P.SHARE_WITHIN.fullmatch(name):
        state["subject"] = name  # 在工业农业总产值中所占的比重: a share of the whole it names
        return
    if within := P.WHOLE_WITHIN.fullmatch(name):
        state["within"] = within.group(1)  # 在工农业总产值中，农业所占比重…: the whole of the shares after it
        return
    if not P.CLAUSE_SUBJECT.fullmatch(name) or not P.CLAUSE_SUBJECT_HEAD.search(name):
        return
    lead = P.LEADING_VERBS.match(name)  # (all of it optional: it always matches)
    if (lead is not None and lead.end()) or P.ACTION_WORDING.match(name) or P.CLAUSE_SUBJECT_VERB.match(name):
        return  # 增加农民收入: an action, not a name
    state["subject"] = name


def without_trailing_verbs(subj: str) -> str:
    """``subj`` without the adverbs and verbs that end it (…分别, …要, …力争, …比2015年),
    peeled one at a time from the end: the same as removing the longest run of them that
    reaches the end, in a text without line breaks as a paragraph's is (each search is
    linear; tests/test_prose_patterns.py compares the two)."""
    while (m := PP.TRAILING_VERB.search(subj)) is not None:
        subj = subj[: m.start()] + subj[m.end():]
    return subj


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


def list_again(head: str, state: dict, first: bool) -> bool:
    """分别达到78.7%和84.4%，比2020年提高4和5个百分点: a later clause lists changes of the
    subjects that an earlier list of the sentence paired with its figures (``first``: the
    head of its first figure, else of a next one)."""
    listed = state.get("listed")
    if not listed or not listed.get("subjects") or listed.get("unpaired"):
        return False
    return bool((P.LIST_AGAIN_FIRST if first else P.LIST_AGAIN_NEXT).fullmatch(head))


#: The two subjects a joined word names, in their order (收支: 收入 then 支出).
JOINED_PAIRS = {"收支": ("收入", "支出"), "进出口": ("进口", "出口"), "存贷款": ("存款", "贷款"), "产销": ("产量", "销量")}


def earlier_list_subjects(head: str, state: dict, n: int) -> list[str] | None:
    """The subjects of a list that its head does not spell one by one: two joined in one
    word (一般公共预算收支分别突破9000亿元、3万亿元), or those of the sentence's earlier
    list, when this clause lists ``n`` changes of them."""
    if n == 2 and (joined := P.JOINED_PAIR.match(P.RESPECTIVELY_TAIL.sub("", head).strip())):
        tail = P.JOINED_PAIR_TAIL_NOISE.sub("", joined.group("tail"))
        first = P.LEADING_VERBS.sub("", P.SUBJECT_CUT.sub("", joined.group("head")))
        return [first + word + tail for word in JOINED_PAIRS[joined.group("pair")]]
    if not list_again(head, state, True):
        return None
    subjects = state["listed"]["subjects"]
    return list(subjects) if len(subjects) == n else None


def share_name(subject: str | None, extra: dict) -> str | None:
    """The name of a share of a whole (高标准农田达到耕地总面积的58% → 高标准农田占耕地总面积比重,
    完成危房改造总任务的85% → 危房改造总任务完成比例, 新增信贷总规模的15%用于农业 → 新增信贷
    总规模用于农业比重), so that it is not the name of the thing's own level."""
    name = extra.pop("share_name", None)
    if name:
        return name
    if subject and "of" in extra and not extra.get("share_of_whole") and not P.NAMES_A_SHARE.search(subject):
        # 原煤65亿吨，占全国近30% / 重工业部为13.5亿元，占8%: a share of the subject, not its level
        whole = P.WHOLE_TAIL.sub("", extra["of"].strip())
        if whole and (subject in whole or whole in subject):
            return subject  # the clause named only the whole (…，占全国工业总产值的59.6%): say no more
        return subject + ("占" + whole + "比重" if whole else "占比")
    if not subject or not extra.pop("share_of_whole", False):
        return subject
    if P.SHARE_OF_WHOLE_VERB.search(subject):
        subject = P.SHARE_OF_WHOLE_VERB.sub("占", subject, count=1)
        return subject if P.SHARE_NAME_END.search(subject) else subject + "比重"
    return subject if P.SHARE_NAME_END.search(subject) else subject + "完成比例"
