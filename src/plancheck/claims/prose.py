"""Prose → claims: the sentence patterns of plan language.

A paragraph is split into sentences (。；) and clauses (，). In each clause,
every number is classified by the words just before it (年均增长 → growth
rate, 下降 → reduction, 达到/提高到/控制在 → level, 新增/累计 → five-year total,
平均每年 → annual average, a:b:c → ratio) and the unit and qualifier just
after it. The subject is the noun phrase before the keyword, or, when a
clause has none (…，2015 年达到 9324.8 亿元), the subject of the clause before.

Years and roles come from the document's calendar (documents/calendar.py):
every paragraph carries a time frame (a year or a period, results or
targets) set by its headings and cue words, and a sentence's own cue (过去五年,
今年, “十五五”时期) overrides it. An explicit year in the words before a figure
wins over the frame; a figure about a year up to the document's present is an
``actual``, later ones are ``target``. A figure that nothing dates has role
``unknown`` and no rule draws an error from it.

Numbers in target-like sentences that no pattern reads are returned as
*unparsed*, with the reason, so that nothing is skipped silently.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Callable

from ..documents.calendar import UNKNOWN, Calendar, Frame, five_year_plan, plan_of_year, sentence_frame
from ..documents.segment import Paragraph
from ..errors import NumberError
from ..model import Claim, Source
from ..numbers import Printed, Quantity
from . import patterns as P
from .enumerations import read_enumerations
from .glossary import Match, Resolver, normalise_name
from .prose_en import EnglishClauses, _english_unit, _is_english
from .units_in_text import canonical_text_unit, unit_pattern

#: A list of figures for one subject: 分别为 15%、48%、47% / 分别达到 38606 元和 13617 元.
_LIST_VERBS = r"为|是|达到|达|调整为|占|提高到|控制在|增长|年均增长|下降|降低|提高|增加|减少|上升|突破|超过"
RESPECTIVELY_FIRST = re.compile(r"分别(?:\s*(?:" + _LIST_VERBS + r"))?(?:\s*约)?\s*$")
RESPECTIVELY_NEXT = re.compile(r"分别\s*(?:为|是|达到|调整为|占|提高到|控制在)?[^，。；]{0,60}[\d.]+\s*[^\d，。；]{0,6}[、和及与]\s*$")
#: What the verb of a list says of each of its figures (a one-year rate, a relative change…).
LIST_FLAGS = ("annual", "per_year", "relative", "pp", "total", "increment", "absolute")
#: After the first figure of a list, the next one: 、48% / 和 247 亿元.
LIST_GOES_ON = re.compile(r"\s*(?:以上|以内|左右)?\s*[、和及与]\s*[\d.]")
#: How far before (and after) a number its keywords, subject and unit are sought.
HEAD_WINDOW = 160
TARGET_LIKE = re.compile(r"到\s*20\d\d|年均|达到|提高|下降|降低|控制在|增长|新增|累计|比重|%|‰|以上|以内|"
                         r"reach|grow|increase|at least|by 20\d\d", re.IGNORECASE)
PROJECT_WORDS = re.compile(r"项目|工程|电站|水库|枢纽|机场|铁路|公路|管道|管线|基地|园区|炼油|炼化|装置|生产线|"
                           r"输电|特高压|电厂|矿|坝|渠|厂|线路|通道|口岸|站")
CAPACITY_UNIT = re.compile(r"万吨/年|吨/年|万吨|万千瓦|千瓦|千伏|万标箱|亿立方米|立方米|公里|座|台|辆|套")


@dataclass(slots=True)
class ProseContext:
    path: str
    resolver: Resolver
    base_year: int
    end_year: int
    next_id: Callable[[], str]
    calendar: Calendar = field(default_factory=Calendar)
    project_box: bool = False
    section: str = ""
    region: str | None = None  # a section about a sub-region (兵团, 南疆) qualifies its figures


@dataclass(slots=True)
class Figure:
    """A number in a clause, with what surrounds it: the words before (``head``
    without a leading qualifier), the unit and what follows it (``rest``)."""

    num: str
    before: str
    after: str
    rest: str
    head: str
    unit: str
    upper: str | None
    qual: str | None
    qual_first: bool
    line: int
    col: int
    clause: str

    def quantity(self, sep: str = "") -> Quantity | None:
        """The printed figure, qualifier where it was printed (超过8 / 8以上; English
        words take a space: about 6)."""
        shown = self.num + (f"-{self.upper}" if self.upper else "")
        if self.qual:
            shown = f"{self.qual}{sep}{shown}" if self.qual_first else f"{shown}{sep}{self.qual}"
        try:
            return Quantity(shown, Printed.parse(self.num), self.qual,
                            Printed.parse(self.upper) if self.upper else None)
        except NumberError:
            return None


@dataclass(slots=True)
class ProseResult:
    claims: list[Claim] = field(default_factory=list)
    unparsed: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)


class ProseReader(EnglishClauses):
    """Reads one paragraph at a time; state is only the current context."""

    def __init__(self, ctx: ProseContext) -> None:
        self.ctx = ctx

    def read(self, para: Paragraph) -> ProseResult:
        out = ProseResult()
        if para.heading or not re.search(r"\d", para.text):
            out.statements.extend(read_enumerations(para, self.ctx.path)) if not para.heading else None
            return out
        text = para.text
        frame: Frame = getattr(para, "frame", None) or self.ctx.calendar.default_frame()
        for s_start, s_end in self._sentences(text):
            sentence = text[s_start:s_end]
            # a cue dates its own sentence and the rest of its paragraph (…。五年来，…。…)
            frame = sentence_frame(sentence, frame, self.ctx.calendar)
            past = frame.role == "actual"
            # sentence-level facts are computed once, not once per number (long lines stay linear)
            state = {"subject": None, "year": None, "region": None, "frame": frame,
                     "target_like": bool(TARGET_LIKE.search(sentence))}
            pos = s_start
            for clause in re.split(r"(?<=，)|(?<=,)(?!\d{3})", sentence):
                if clause.strip():
                    self._clause(para, text, pos, clause, sentence, past, state, out)
                pos += len(clause)
            self._listed_shares(out, state)
        out.statements.extend(read_enumerations(para, self.ctx.path))
        return out

    def _add_simple(self, para, clause, sentence, subject, kind, fig: "Figure", state, past, out,
                    scope="region", unit=None) -> None:
        """A claim whose subject is already known (a named facility, a list's object)."""
        match = self.ctx.resolver.resolve(subject)
        q = fig.quantity()
        if match is None or q is None:
            return
        year, start, role = self._when("level", clause, clause, dict(state), past)
        prefix = "project:" if kind == "project" else ""
        out.claims.append(Claim(
            id=self.ctx.next_id(), indicator=(prefix + normalise_name(subject)) if prefix else match.id,
            name=match.name if match.how != "unresolved" else normalise_name(subject), kind=kind, quantity=q,
            unit=fig.unit if unit is None else unit, source=Source(self.ctx.path, fig.line, fig.col, fig.col + len(fig.num)),
            text=sentence.strip(), year=None if kind in ("project", "count") and not state.get("year") else year,
            role=role, origin="prose", context=para.section[:40], match_confidence=match.confidence, scope=scope,
            frame=_frame_text(state)))

    @staticmethod
    def _sentences(text: str) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in P.SENTENCE_SPLIT.finditer(text):
            out.append((start, m.end()))
            start = m.end()
        if start < len(text):
            out.append((start, len(text)))
        return out

    def _clause(self, para, text, c_start, clause, sentence, past, state, out: ProseResult) -> None:
        taken: list[tuple[int, int]] = []
        for m in P.RATIO_RE.finditer(clause):
            if ":" not in m.group() and "：" not in m.group():
                continue
            self._ratio(para, c_start, clause, m, sentence, state, out)
            taken.append(m.span())
        for m in P.NUMBER_RE.finditer(clause):
            s, e = m.span()
            if any(a <= s < b for a, b in taken):
                continue
            self._number(para, c_start, clause, s, e, sentence, past, state, out)

    # -- one number -------------------------------------------------------
    def _number(self, para, c_start, clause, s, e, sentence, past, state, out) -> None:
        """Read the number at clause[s:e]: what it is, about what, when — or why not."""
        fig = self._figure(para, c_start, clause, s, e, state)
        if fig is None or self._special_form(fig, para, sentence, past, state, out):
            return
        if ("english", c_start) not in state:
            state[("english", c_start)] = _is_english(clause)
        if state[("english", c_start)]:
            self._english(para, clause, sentence, fig, past, state, out)
            return
        read = self._kind_and_subject(fig, sentence, state, out)
        if read is not None:
            self._add_claim(para, clause, sentence, fig, *read, past, state, out)

    def _figure(self, para, c_start, clause, s, e, state) -> "Figure | None":
        """The number with its unit, range end and qualifier; None for years,
        codes, durations and other numbers that are no quantity."""
        num_text = clause[s:e]
        # the words that classify a figure stand just before it: a bounded window
        # keeps a clause of many numbers linear (a 1 MB line of figures is read in time)
        before, after = clause[max(0, s - HEAD_WINDOW):s], clause[e:e + HEAD_WINDOW]
        if re.fullmatch(r"(19|20)\d\d", num_text) and self._is_year(before, after):
            # 比2015年 names a base; 2015 年的 A dates only the figure it precedes
            if not re.search(r"(比|较|相比)\s*$", before) and not re.match(r"\s*年(底|末)?的", after):
                state["year"] = int(num_text)
            return None
        if P.NOT_A_QUANTITY.search(before[-3:]) or P.NOT_A_QUANTITY.match(after[:6]):
            return None
        upper = None
        rng = re.match(r"\s*[-~～至到]\s*(\d+(?:\.\d+)?)", after)
        if rng and not re.match(r"\s*[-~～至到]\s*\d+(?:\.\d+)?\s*年", after):
            upper, after = rng.group(1), after[rng.end():]
        unit, rest, more = "", after, None
        if (more := P.QUAL_MORE_AFTER.match(after)) and unit_pattern().match(after[more.end():].lstrip()):
            after = after[more.end():]  # 2800多个: more than 2800, in 个
        else:
            more = None
        rest = after
        if um := unit_pattern().match(after.lstrip()):
            unit, rest = canonical_text_unit(um.group()), after.lstrip()[um.end():]
        elif en := P.EN_UNITS.match(after):
            unit, rest = _english_unit(en.group(1)), after[en.end():]
        if unit == "年" and not re.search(r"年限|年龄|寿命|期", before[-12:]):
            return None  # 5年, 3年内: durations, not quantities
        qual, qual_first, head = None, False, before
        rng = re.match(r"\s*[-—–～~至到]\s*(\d+(?:\.\d+)?)\s*([%‰])", rest) if unit in ("%", "‰") and not upper else None
        if rng and rng.group(2) == unit:  # 6.5%—7%: a range printed with its unit twice
            upper, rest = rng.group(1), rest[rng.end():]
        if qa := P.QUAL_AFTER.match(rest) or P.EN_QUAL_AFTER.match(rest):
            qual = _qual_word(qa.group(1))
        elif more is not None:
            qual = more.group(1)
        if self._defines_scope(before, unit, rest):
            return None
        if qb := P.QUAL_BEFORE.search(before) or P.EN_QUAL_BEFORE.search(before):
            qual_first = qual is None
            qual = qual or _qual_word(qb.group(1))
            head = before[: qb.start()]
        line, col = para.position(c_start + s)
        return Figure(num_text, before, after, rest, head, unit, upper, qual, qual_first, line, col, clause)

    @staticmethod
    def _defines_scope(before: str, unit: str, rest: str) -> bool:
        """A threshold, age, travel time, rank or gap that qualifies something
        else (see patterns.SCOPE_AFTER): not a figure of the subject."""
        return bool((P.SCOPE_AFTER.match(rest) and not P.OWN_LEVEL_BEFORE.search(before))
                    or (unit in P.BRACKET_UNITS and P.BRACKET_AFTER.match(rest))
                    or P.RANK_BEFORE.search(before) or P.THRESHOLD_AFTER.match(rest)
                    or P.COMPARED_BEFORE.search(before))

    def _special_form(self, fig: "Figure", para, sentence, past, state, out) -> bool:
        """Forms whose subject is read differently: a facility's capacity in
        brackets, and the count that closes a list (…等 22 座中型水库)."""
        if fig.unit and re.search(r"[（(]\s*$", fig.before) and CAPACITY_UNIT.fullmatch(fig.unit):
            name = re.split(r"[、，,；;：:。]", fig.before.rstrip("（( "))[-1]
            self._add_simple(para, fig.clause, sentence, name, "project", fig, state, past, out, scope="project")
            return True
        obj = re.match(r"\s*([\u4e00-\u9fff]{2,12})", fig.rest)
        if obj and re.search(r"等\s*$", fig.before) and fig.unit in ("个", "座", "条", "项", "所", "家", "处", "大"):
            thing = obj.group(1)
            scope = "project" if (self.ctx.project_box or PROJECT_WORDS.search(thing) or
                                  re.search(r"水库|河流|流域|灌区|水闸|勘查区", thing)) else "region"
            self._add_simple(para, fig.clause, sentence, thing, "count", fig, state, past, out, scope=scope,
                             unit="" if fig.unit == "大" else fig.unit)
            return True
        return False

    def _kind_and_subject(self, fig: "Figure", sentence, state, out):
        """(kind, extra, head, subject) of a Chinese figure, or None (reported as
        unparsed when the sentence looks like a target)."""
        head = fig.head
        listed = state.get("listed")
        if listed and RESPECTIVELY_NEXT.search(head) and fig.unit == listed["unit"]:
            # 分别为 15%、48%、47% / A和B分别达到 3383 亿元和 247 亿元: the next figure of the list
            listed["i"] += 1
            subjects = listed["subjects"]
            if listed.get("unpaired"):
                return None
            subject = subjects[listed["i"]] if subjects and listed["i"] < len(subjects) else listed["subject"]
            return listed["kind"], {**listed.get("flags", {}), "listed": listed["group"]}, head, subject
        kind, key_start, extra = self._classify(head, fig.unit, fig.num, fig.clause)
        build = P.BUILD_BEFORE.search(head) if fig.unit and fig.unit not in ("%", "‰") else None
        obj = re.match(r"\s*([\u4e00-\u9fffA-Za-z]{2,14})", fig.rest) if build else None
        if build and obj and not re.match(r"\s*(以上|以内|左右|以下)", fig.rest):
            # 建设 1000 万亩小麦高产田: the figure comes before what it counts
            kind, extra = "cumulative_change", {_change_flag(build.group(1)): True, "object_after": True}
            head = build.group(1) + obj.group(1)
            key_start = len(head)
        elif kind is None:
            if state["target_like"] and (fig.unit or "%" in fig.after[:2]) and fig.unit not in ("个", "项"):
                self._unparsed(out, fig, sentence, "number with a unit in a target-like sentence, no pattern read it")
            return None
        if extra.pop("subject_includes_verb", False):
            key_start = len(head)
        subject = self._subject(head[:key_start], state)
        if not subject:
            if state["target_like"]:
                self._unparsed(out, fig, sentence, "no subject (indicator) found for this figure")
            return None
        if P.ATTRIBUTE_SUBJECT.search(subject.strip()):
            return None  # 设计速度 100 公里/小时: an attribute of a project, not a target
        return kind, extra, head, subject

    def _unparsed(self, out, fig: "Figure", sentence: str, reason: str) -> None:
        out.unparsed.append({"path": self.ctx.path, "line": fig.line, "column": fig.col + 1,
                             "text": sentence.strip()[:160], "number": fig.num, "reason": reason})

    def _add_claim(self, para, clause, sentence, fig: "Figure", kind, extra, head, subject, past, state, out):
        region = self._region(subject, state)
        match = self._resolve(subject, kind, fig.unit)
        if match is None:
            return
        known, unit, scope = match.how != "unresolved", fig.unit, "region"
        if not known and (self._is_project(clause, unit, subject) or (
                CAPACITY_UNIT.fullmatch(unit or "-") and re.match(r"\s*[\u4e00-\u9fff]{0,6}(项目|工程|电站|装置|生产线)", fig.rest))):
            kind = "project"
        if kind != "project" and not known and (self.ctx.project_box or self._counts_projects(unit, subject)):
            scope = "project"
        year, start, role = self._when(kind, clause, head, state, past, bool(extra.get("annual")), extra)
        q = fig.quantity()
        if q is None:
            return
        if kind == "level" and unit in ("%", "‰"):
            kind = "share"
        if kind == "cumulative_change" and unit == "%" and not extra.get("relative"):
            unit = "百分点" if extra.get("pp") else unit
        claim = Claim(id=self.ctx.next_id(),
                      indicator=f"project:{normalise_name(subject)}" if kind == "project" else (
                          match.id if not region else f"{match.id}@{region}"),
                      name=match.name if known else normalise_name(subject),
                      kind=kind, quantity=q, unit=unit, source=Source(self.ctx.path, fig.line, fig.col, fig.col + len(fig.num)),
                      text=sentence.strip(), year=year, start_year=start, role=role, origin="prose",
                      frame=_frame_text(state),
                      context=para.section[:40], region=region, match_confidence=match.confidence, extra=extra,
                      scope="project" if kind == "project" else scope)
        if re.match(r"\s*其中", clause) and state.get("last_id"):
            claim.extra["part_of"] = state["last_id"]  # 其中: a part of the figure just before
            claim.extra["wholes_before"] = state.get("same_unit", {}).get(unit, 1)
        else:
            state["last_id"] = claim.id
            state.setdefault("same_unit", {})[unit] = state.get("same_unit", {}).get(unit, 0) + 1
        if RESPECTIVELY_FIRST.search(head) and "listed" not in extra and LIST_GOES_ON.match(fig.rest):
            # the first figure of a list: one figure per subject when the subjects are listed too
            n_figures = 1 + len(re.findall(r"[、和及与]\s*[\d.]+", re.split(r"[，,。；;]", fig.rest)[0]))
            subjects = self._listed_subjects(head, n_figures)
            state["listed"] = {"kind": kind, "subject": subject, "unit": fig.unit, "group": claim.id,
                               "subjects": subjects, "i": 0,  # the list's figures share what the verb says
                               "flags": {k: v for k, v in extra.items() if k in LIST_FLAGS}}
            claim.extra["listed"] = claim.id
            if subjects:
                self._rename(claim, subjects[0])
            elif (len(re.split(r"[、和及与]", subject)) > 1 or self._names_several(head)
                  or not re.search(r"比重|结构|构成|比例|占", subject + head[-12:])):
                # several figures for one subject are parts of a whole (三次产业比重分别为
                # 15%、48%、47%) or subjects the sentence does not name: never one figure twice
                # as many subjects as figures could not be paired: say so, assign none
                state["listed"]["unpaired"] = True
                claim.indicator = None
                self._unparsed(out, fig, sentence, "a list of figures whose subjects could not be paired with them")
            out.claims.append(claim)
            return
        out.claims.extend(self._respectively(claim, subject, head) or [claim])

    @staticmethod
    def _names_several(head: str) -> bool:
        return "、" in re.split(r"[，,。；;：:]", re.sub(r"分别.*$", "", head))[-1]

    def _listed_subjects(self, head: str, n: int) -> list[str] | None:
        """The subjects before 分别, one per figure: split at 、 (or also at 和/及
        when that gives the right count); None when no split matches."""
        text = re.split(r"[，,。；;：:]", re.sub(r"分别.*$", "", head))[-1]
        for splitter in (r"、", r"[和及与、]"):
            parts = [p.strip() for p in re.split(splitter, text) if p.strip()]
            if len(parts) == n and n > 1:
                parts[0] = P.LEADING_VERBS.sub("", P.SUBJECT_CUT.sub("", parts[0])) or parts[0]
                for i in range(len(parts) - 1):  # 高中阶段和高等教育毛入学率: the first shares the noun
                    tail = re.search(r"[\u4e00-\u9fff]{0,3}(?:率|量|比重|指数|人数)$", parts[i + 1])
                    if tail and not re.search(r"(?:率|量|比重|指数|人数|数)$", parts[i]):
                        parts[i] += tail.group()
                last = parts[-1]
                for i in range(len(parts) - 1):
                    # 一产、二产、三产增加值 / 城镇、农村常住居民人均可支配收入: short modifiers
                    # listed before one noun share it (the last item's words after its own modifier)
                    if len(parts[i]) <= 3 and len(last) > len(parts[i]) + 1 and not P.INDICATOR_HEAD.search(parts[i]):
                        parts[i] += last[len(parts[i]):]
                return parts
        return None

    def _rename(self, claim: Claim, subject: str) -> None:
        m = self.ctx.resolver.resolve(subject)
        claim.indicator = m.id if not claim.region else f"{m.id}@{claim.region}"
        claim.name, claim.match_confidence = m.name, m.confidence

    def _listed_shares(self, out: ProseResult, state: dict) -> None:
        """Shares listed for one whole (三次产业比重分别为 15%、48%、47%) are also
        stated as the ratio 15:48:47, so the composition rule adds them up."""
        listed = state.get("listed")
        if not listed or not re.search(r"比重|结构|构成|比例", listed["subject"]):
            return
        parts = [c for c in out.claims if c.extra.get("listed") == listed["group"]]
        if len(parts) < 3 or any(c.unit != "%" for c in parts):
            return
        for c in parts:  # the parts are not the whole: the ratio below speaks for them
            c.indicator = None
        first = parts[0]
        text = ":".join(c.quantity.printed.text for c in parts)
        out.claims.append(Claim(id=self.ctx.next_id(), indicator=first.indicator, name=first.name, kind="ratio",
                                quantity=Quantity(text, None, note=text), unit="", source=first.source,
                                text=first.text, year=first.year, role=first.role, origin="prose",
                                context=first.context, extra={"parts": [c.quantity.printed.text for c in parts],
                                                              "from_list": True}))

    def _resolve(self, subject: str, kind: str, unit: str | None = None):
        """Resolve a subject; a reduction's indicator is often named with its verb
        (单位国内生产总值能源消耗 + 降低 → 单位国内生产总值能源消耗降低). A rate
        cannot be counted in people or money: 基本养老保险参保 778 万人 is not the
        参保率, so such a figure keeps its own wording."""
        match = self.ctx.resolver.resolve(subject)
        known = self.ctx.resolver.indicators.get(match.id) if match is not None else None
        if (known is not None and known.unit in ("%", "‰") and kind in ("level", "count", "cumulative_change")
                and unit and unit not in ("%", "‰", "百分点")):
            key = normalise_name(subject).lower()
            return Match(f"name:{key}", key, 0.5, "unresolved")
        if kind == "reduction" and match is not None and match.how == "unresolved":
            for verb in ("降低", "下降"):
                better = self.ctx.resolver.resolve(subject + verb)
                if better is not None and better.how != "unresolved":
                    return better
        return match

    def _respectively(self, claim: Claim, subject: str, head: str) -> list[Claim]:
        """A和B分别年均增长 7%: one figure stated for each of two known indicators."""
        if "分别" not in head[-12:] or not re.search(r"[和及与、]", subject):
            return []
        parts = [p for p in re.split(r"[和及与、]", re.sub(r"分别.*$", "", subject)) if p.strip()]
        matches = [self.ctx.resolver.resolve(p) for p in parts]
        if len(parts) < 2 or any(m is None or m.how == "unresolved" for m in matches):
            return []
        out = []
        for m in matches:
            c = copy.copy(claim)
            c.id, c.extra = self.ctx.next_id(), dict(claim.extra, respectively=True)
            c.indicator = m.id if not claim.region else f"{m.id}@{claim.region}"
            c.name, c.match_confidence = m.name, m.confidence
            out.append(c)
        return out

    @staticmethod
    def _counts_projects(unit: str, subject: str) -> bool:
        """实施 14 个大型灌区续建配套: a count of projects is about projects."""
        return unit in ("个", "座", "条", "处", "项", "所") and bool(PROJECT_WORDS.search(subject) or
                                                                  re.search(r"灌区|水闸|水库|河流|堤防", subject))

    def _classify(self, head: str, unit: str, num_text: str, clause: str):
        """(kind, where the subject ends in head, extra) or (None, 0, {})."""
        pct = unit in ("%", "‰")
        # 年均分别增长 / 分别年均增长: 分别 inside the verb does not change what the figure is
        # (dropping it keeps every position before it, so the subject ends where it did)
        head = P.RESPECTIVELY_INSIDE.sub("", head)
        for regex in (P.GROWTH_WORDS, P.EN_GROWTH):
            m = regex.search(head)
            if m and (pct or not unit):
                return "growth_rate", m.start(), {}
        m = re.search(r"(年均|平均每年|每年)(下降|降低|减少)\s*(?:约|超过)?\s*$", head)
        if m and pct:  # 年均下降 3.2%: a yearly fall, not the five-year reduction
            return "reduction", m.start(), {"per_year": True}
        m = P.REDUCTION_WORDS.search(head) or P.EN_REDUCTION.search(head)
        if m and (pct or unit == "百分点"):
            return "reduction", m.start(), {"pp": unit == "百分点"}
        m = P.CHANGE_WORDS.search(head)
        if m and unit == "百分点":
            return "cumulative_change", m.start(), {"pp": True}
        if m and pct and m.group(1) and re.search(r"上年|去年|同比", m.group(1)):
            return "growth_rate", m.start(), {"annual": True}  # 比上年增长 3.5%: a one-year rate
        if m and pct and m.group(1):
            return "cumulative_change", m.start(), {"relative": True}
        if m and pct and not m.group(2):
            # 地区生产总值增长5%以上: growth over one year (年均 would have matched above)
            return "growth_rate", m.start(), {"annual": True}
        if m and unit:
            return "cumulative_change", m.start(), {"absolute": True}
        m = P.SHARE_OF_WORDS.search(head)
        if m and pct:
            return "share", m.start(), {"of": m.group("whole").strip(), "subject_includes_verb": True}
        m = P.PER_YEAR_WORDS.search(head)
        if m and unit and not pct:
            return "cumulative_change", m.start(), {"per_year": True, "subject_includes_verb": True}
        m = P.TOTAL_WORDS.search(head)
        if m and unit and not pct:
            return "cumulative_change", m.start(), {_change_flag(m.group(1)): True, "subject_includes_verb": True}
        if unit == "倍":
            return "ratio", len(head), {"times": True}
        m = P.LEVEL_WORDS.search(head) or P.EN_LEVEL.search(head)
        if m and (unit or pct or re.search(r"(系数|指数)\s*$", head[: m.start()])):
            return "level", m.start(), {}
        m = P.SHARE_WORDS.search(head)
        if m and pct:
            return "level", len(head.rstrip()), {}
        tail = head.rstrip()
        if (unit or pct) and len(tail) >= 2 and re.search(r"[\u4e00-\u9fffA-Za-z)）]$", tail) \
                and not re.search(r"[在到于为是了和及与等的共约近达超]$", tail):
            # "森林覆盖率 5.6%", "城镇新增就业 220 万人以上": subject followed by the figure
            if re.search(r"新增|累计", tail) and not pct:
                return "cumulative_change", len(tail), {_change_flag(tail): True}
            return "level", len(tail), {}
        return None, 0, {}

    def _subject(self, head: str, state: dict) -> str | None:
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
            subj = _elliptic(subj, prev)
        if len(normalise_name(subj)) >= 2 and re.search(r"[\u4e00-\u9fffA-Za-z]", subj):
            state["subject"] = subj
            return subj
        return prev

    def _region(self, subject: str, state: dict) -> str | None:
        m = P.REGION_RE.search(subject)
        return m.group(1) if m else self.ctx.region

    @staticmethod
    def _is_year(before: str, after: str) -> bool:
        """2020年, 2016-2020, by 2025 — but not 达到 2050 亿元 (an amount after 到)."""
        if re.match(r"\s*(年|-|—|–|至|~)", after):
            return True
        return bool(re.search(r"\b(by|in|during)\s*$", before, re.IGNORECASE)) and not re.match(
            r"\s*[\u4e00-\u9fff%‰]", after)

    def _when(self, kind: str, clause: str, head: str, state: dict, past: bool, annual: bool = False,
              extra: dict | None = None):
        """(year, start year, role) of a figure: an explicit year in the words
        before it, else the sentence's frame; the role from the calendar."""
        cal, frame = self.ctx.calendar, state.get("frame") or UNKNOWN
        years = [int(m.group(2)) for m in P.YEAR_RE.finditer(head)
                 if 1949 <= int(m.group(2)) <= 2100
                 and (m.group(0).rstrip().endswith(("年", "年底", "年末")) or (m.group(1) or "").isascii())
                 and not re.search(r"(比|较|相比)\s*$", head[:m.start()])  # the base of a change
                 and not re.search(r"\d", head[m.end():])]  # 由2015年的 47.2%提高到: dates the earlier figure
        explicit = years[-1] if years else state.get("year")
        if years and not re.search(r"年(底|末)?的\s*$", head):  # 2015 年的 A dates A alone
            state["year"] = years[-1]

        def role(year: int) -> str:
            r = cal.role_of_year(year)
            return frame.role if r == "unknown" else r

        if kind == "growth_rate" and annual:  # 比上年增长 / 增长 5%: a one-year rate
            year = explicit or (frame.end if frame.known and not frame.is_period else None)
            if year is None:  # a bare 增长 in a five-year frame: over which years?
                return (frame.end, None, "unknown") if frame.known else (None, None, "unknown")
            return year, year - 1, role(year)
        if kind in ("growth_rate", "cumulative_change", "reduction"):
            flags = extra or {}
            yearly = not flags.get("per_year") and (kind == "reduction" or (
                kind == "cumulative_change" and not flags.get("total")))
            if explicit and yearly and frame.known and not frame.is_period and frame.end == explicit:
                return explicit, explicit - 1, role(explicit)  # 刚刚过去的2030年，新增就业12万人
            if explicit:
                return explicit, self._start_of(explicit, frame), role(explicit)
            if not frame.known:
                return None, None, "unknown"
            if frame.is_period:
                return frame.end, frame.start, frame.role
            # a one-year frame: 新增 is that year's change, 年均 and 累计 run over the plan
            if yearly:
                return frame.end, frame.start, frame.role  # 下降3.8% / 新增65万人: that year's change
            n = plan_of_year(frame.end - 1) if frame.role == "actual" else plan_of_year(frame.end)
            if n is None:
                return frame.end, None, "unknown"
            plan = five_year_plan(n)
            if plan.last != frame.end and frame.role == "actual":
                return frame.end, None, "unknown"  # a total to date within a plan: since when?
            return plan.last, plan.base, role(plan.last)
        year = explicit or (frame.end if frame.known else None)
        if year is None:
            return None, None, "unknown"
        return year, None, role(year)

    def _start_of(self, end: int, frame: Frame) -> int | None:
        """The base year of a rate or change that ends in ``end``: the frame's,
        when the frame ends there; else the plan that ends there; else the
        present, for a target after it (到2030年累计…: from now)."""
        if frame.known and frame.start is not None and frame.end == end and frame.is_period:
            return frame.start
        n = plan_of_year(end)
        if n is not None and five_year_plan(n).last == end:
            return five_year_plan(n).base
        if frame.known and frame.start is not None and frame.start < end:
            return frame.start
        present = self.ctx.calendar.present
        if present is not None and end > present:
            return present
        return None

    def _is_project(self, clause: str, unit: str, subject: str) -> bool:
        if self.ctx.project_box and CAPACITY_UNIT.fullmatch(unit or "-") and unit not in ("公里",):
            return True
        if CAPACITY_UNIT.fullmatch(unit or "-") and PROJECT_WORDS.search(subject):
            return True
        return bool(re.search(r"项目|工程|电站|水库|机场", subject)) and unit not in ("%", "亿元", "万人")

    def _ratio(self, para, c_start, clause, m, sentence, state, out) -> None:
        parts = [p.strip() for p in re.split(r"[:：]", m.group())]
        head = clause[: m.start()]
        if not re.search(r"比重|结构|比例(?!尺)|之比|配比|比为|ratio", head) or re.search(r"比例尺", clause):
            return
        head = re.sub(r"(调整为|调整到|优化为|为|达到|是)\s*$", "", head)
        subject = self._subject(head, state) or "比例"
        line, col = para.position(c_start + m.start())
        match = self.ctx.resolver.resolve(subject)
        year, _, role = self._when("level", clause, head, state, False)
        out.claims.append(Claim(
            id=self.ctx.next_id(), indicator=match.id if match else None,
            name=match.name if match and match.how != "unresolved" else normalise_name(subject), kind="ratio",
            quantity=Quantity(m.group(), None, note=m.group()), unit="", text=sentence.strip(),
            source=Source(self.ctx.path, line, col, col + len(m.group())),
            year=year, role=role, origin="prose", frame=_frame_text(state),
            context=para.section[:40], extra={"parts": parts}))



def _frame_text(state: dict) -> str:
    frame = state.get("frame")
    return frame.describe() if frame is not None else ""


_PLACES = ("县城", "农村", "城市", "城镇", "乡村", "村庄")


def _elliptic(subject: str, previous: str) -> str:
    """Complete an elliptic subject from the one before it.

    城市供水普及率 …、县城 → 县城供水普及率; 小麦高产田 …，平均单产 → 小麦高产田平均单产.
    """
    if subject in _PLACES:
        for place in _PLACES:
            if previous.startswith(place):
                return subject + previous[len(place):]
        return subject + previous
    return previous + subject


def _change_flag(verb: str) -> str:
    """新增/新建/建成 add to a stock (an increment: target = baseline + it);
    累计/完成/培训 sum a flow over the years (a total, with no such identity)."""
    return "increment" if re.search(r"新增|新建|建成|增加", verb) and not re.search(r"累计", verb) else "total"


def _qual_word(word: str) -> str:
    w = re.sub(r"\s+", " ", word.strip().lower())
    return {"内": "以内", "之内": "以内", "or more": "at least", "or above": "at least", "and above": "at least",
            "or less": "at most", "under": "below"}.get(w, w)
