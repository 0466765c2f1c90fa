"""English plan language: the subject may follow the figure, and so may the year.

"GRP will reach about 2,460 billion yuan", "grew at an average annual rate
of 7.2%", "A total of 1.05 million new urban jobs were created, of which
0.36 million in the three southern prefectures", "bringing the number of
civil airports to 11". A sibling of the Chinese reader: the sentence walk
(:class:`~plancheck.claims.prose.ProseReader`) hands it each figure of an
English clause with the shared context and sentence state, and it dates the
figure by the calendar's frames (``prose.timing``), as the Chinese reader does.
"""

from __future__ import annotations

import dataclasses

from ...documents.calendar import english_plans
from ...documents.fiscal import parse_fiscal_header
from ...model import Claim, Kind, Source
from ...documents import patterns as DP
from ...units.text import english_unit
from .. import patterns as P
from . import patterns as PP
from ..names import NamingRequest, nameable, normalise_name
from .context import Figure, ProseContext, ProseResult
from .timing import role_of, when


class EnglishReader:
    """Reads the figures of clauses written in English (see :func:`_is_english`)."""

    def __init__(self, ctx: ProseContext) -> None:
        self.ctx = ctx

    def read_figure(self, para, clause: str, sentence: str, fig: Figure, state: dict, out: ProseResult) -> None:
        """English plan language: the subject may follow the figure, the year too."""
        head, rest, num_text, unit, line, col = fig.head, fig.rest, fig.num, fig.unit, fig.line, fig.col
        extra: dict = {}
        subject = None
        kind: Kind
        timing: dict = {}  # how the English words date the figure (see _en_when)
        if cur := P.EN_CURRENCY_END.search(head):  # GSDP was Rs 3,87,000 crore: the currency is the unit's
            head, unit = head[: cur.start()], _with_currency(unit, cur.group("cur"))
        h = P.EN_SECTION_START.sub("", DP.WHITESPACE_RUN.sub(" ", head))  # "2.1 During …": no part of a name
        if P.EN_BETWEEN_AND_END.search(h):
            return  # the upper end of "between 5% and 6%", read with the lower
        if ((between := P.EN_BETWEEN_END.search(h)) and (upper := P.EN_BETWEEN_UPPER.match(rest))
                and unit in ("%", "")):
            # expand between 5% and 6% a year: a range, read as "by 5–6% a year"; kept between 4 and 6 per cent
            fig, unit = dataclasses.replace(fig, upper=upper.group("upper")), "%"
            grow = h[: between.start()] + " by "
            h, rest = (grow if PP.EN_GROW_BY.search(grow) else h[: between.start()] + " "), rest[upper.end():]
        if P.EN_FROM_END.search(h):  # fell from 38 to 31 per 1,000 live births: the start takes the end's unit
            timing["from"] = True
            if not unit and (to := P.EN_TO_AFTER.match(rest)) and (en := P.EN_UNITS.match(rest[to.end():])):
                unit = english_unit(en.group(1))
        respectively = P.EN_RESPECTIVELY_AFTER.match(rest)
        if P.EN_AGAINST_TARGET.search(h) and state.get("last_kind") and state.get("subject"):
            # grew at 7.1 per cent, against a target of 8.0 per cent: the same measure's target
            kind, subject = state["last_kind"], state["subject"]
            timing["target_of"] = state.get("last_time")
        elif (P.EN_AGAINST.search(h) and state.get("last_kind") in ("level", "share") and state.get("subject")
              and unit):
            kind, subject = state["last_kind"], state["subject"]  # Rs 18,500 crore, against Rs 16,200 crore in 2016-17
        elif (order := P.EN_ORDER_REDUCE.match(h)) and unit == "%":
            kind, subject = "reduction", order.group("subject")  # Reduce the average processing time by 25 percent
        elif (baseline := P.EN_BASELINE_OF.search(h)) and state.get("subject") and (unit or P.EN_DAYS.match(rest)):
            # … by 25 percent from the FY 2021 baseline of 48 days: the level the change starts from
            kind, subject = "level", state["subject"]
            unit = unit or "天"
            if baseline.group("year"):
                timing["baseline_year"] = int(baseline.group("year"))
        elif (not h.strip() or P.EN_QUAL_ONLY.match(h)) and unit == "%" and (part := P.EN_SHARE_OF_AFTER.match(rest)):
            kind, subject = "share", part.group("x")  # At least 95 percent of benefit payments will be made …
        elif (P.EN_ADDITIONAL_END.search(h) and (added := P.EN_OBJECT.match(rest)) and added.group(1).strip()
              and not PP.EN_PREPOSITION_ONLY.match(added.group(1).strip()) and unit != "%"):
            kind, subject, extra = "cumulative_change", added.group(1).strip(), {"increment": True}  # an additional 600,000
        elif P.EN_AND_END.search(h) and state.get("respectively") and unit:
            kind, subject = state.get("last_kind") or "level", state["respectively"].pop(0)
        elif P.EN_OF_WHICH.search(h):
            kind = state.get("last_kind") or "level"
            subject = state.get("subject")
            if state.get("last_id"):
                extra["part_of"] = state["last_id"]
            obj = P.EN_OBJECT.match(rest)
            if (obj and obj.group(1).strip() and not PP.EN_IN_WORD.match(obj.group(1))
                    and not P.EN_AUXILIARY_ONLY.match(obj.group(1).strip())):  # of which 0.8 million were in …
                subject = P.EN_SUBJECT_OPENING.sub("", obj.group(1))  # of which 35% will be skilled jobs
            if unit == "%" and kind in ("level", "cumulative_change"):
                kind = "share"  # of which 35% will be skilled jobs: a part's share of the figure before
            for flag in ("total", "increment"):
                if state.get("last_extra", {}).get(flag):
                    extra[flag] = True
        elif P.EN_GROWTH.search(h) and unit in ("%", ""):
            kind, unit = "growth_rate", "%"
        elif PP.EN_GROW_BY.search(h) and unit == "%" and _annually(rest):
            kind = "growth_rate"
        elif (rate := P.EN_RATE_OF.search(h)) and unit == "%":
            kind = "growth_rate"  # real GDP growth at an annual rate of 8%
            subject = self._growth_subject(h[: rate.start()], state)
        elif ((noun := P.EN_GROWTH_NOUN.search(h)) and unit == "%"
              and (P.EN_RATE_WORDS.search(noun.group(0)) or _annually(rest))):
            # (a bare "growth of 25 per cent" may be the change over the whole plan: not read as a yearly rate)
            # "an average growth rate of 8.5 per cent per annum", "Agricultural growth is targeted at 3.5 per cent"
            kind = "growth_rate"
            subject = self._growth_subject(h[: noun.start()], state)
            if not PP.EN_ANNUALLY.match(rest) and (P.EN_PLAN_END_AFTER.match(rest) or _year_after(rest)):
                timing["one_year"] = True  # a growth rate of 9 per cent in the terminal year
        elif (after := P.EN_GROWTH_AFTER.match(rest)) and unit == "%":
            # the Plan seeks 4 per cent agriculture sector growth / 9% growth in exports / 8 per cent GDP growth
            kind = "growth_rate"
            named = (after.group("of") or after.group("subject") or "").strip()
            subject = named if PP.TWO_LATIN.search(named) else self._growth_subject(h, state)
            rest = rest[after.end():]
        elif ((item := P.EN_ELIDED_ITEM.search(h)) and state.get("last_kind") in ("growth_rate", "reduction")
              and unit == "%"):
            kind = state["last_kind"]  # Agriculture grew by 2.6 per cent a year and manufacturing by 8.4 per cent a year
            subject = self._en_subject(item.group("subject"), state)
            timing["as_last"] = state.get("last_time")
        elif (P.EN_GREW_BY_END.search(h) and unit == "%"
              and (_one_year(state) or P.EN_FISCAL_IN_TEXT.search(h) or P.YEAR_RE.search(h)
                   or P.EN_IN_YEAR_AFTER.match(rest))):  # grew by 6.8 per cent in 2016-17 (not "by 2022")
            kind, timing["one_year"] = "growth_rate", True  # In 2016-17, the economy grew by 6.8 per cent
        elif (keep := PP.EN_KEEP.search(DP.WHITESPACE_RUN.sub(" ", fig.before))) and unit:
            kind = "share" if unit in ("%", "‰") else "level"
            subject = keep.group("subject")
        elif P.EN_REDUCTION.search(h) and unit in ("%", "百分点"):
            kind = "reduction"  # reduced by 8 percentage points: a fall in points (as 下降8个百分点)
            if unit == "百分点":
                extra["pp"] = True
        elif PP.EN_BY_END.search(h) and state.get("last_kind") == "reduction" and unit == "%":
            kind = "reduction"
            subject = self._en_subject(PP.EN_TRAILING_BY.sub("", h), state)
        elif (share := P.EN_SHARE.search(h)) and unit == "%":
            kind = "share"
            whole = PP.EN_SHARE_WHOLE.match(rest)
            base = self._en_subject(h[: share.start()], state)
            subject = f"{base} share of {whole.group(1)}" if base and whole else base
        elif P.EN_CHANGE.search(h) and unit == "百分点":
            kind, extra = "cumulative_change", {"pp": True}
        elif (P.EN_TOTAL_BEFORE.search(h) and (counted := P.EN_OBJECT.match(rest)) and unit != "%"
              and (unit or h.strip().lower() not in ("", "at least", "about", "over"))):
            what = counted.group(1).strip()
            if not what or PP.EN_PREPOSITION_ONLY.match(what):
                return
            flag = "increment" if PP.EN_BUILD_VERB.search(h) else "total"
            kind, extra, subject = "cumulative_change", {flag: True}, what
            if PP.EN_LENGTH_OR_SCALE.search(unit) is None and unit == "":
                unit = ""
        elif (P.EN_LEVEL.search(h) or P.EN_LEVEL_TO.search(h) or P.EN_LEVEL_AT.search(h)) and (
                unit or PP.EN_NUMBER_OF.search(h)):
            kind = "share" if unit == "%" else "level"
        elif fig.qual and fig.qual_first and unit and (bound := P.EN_BOUND_VERB_END.search(h)):
            kind = "share" if unit == "%" else "level"  # debt is to drop below 45 percent: a bound on a level
            subject = self._en_subject(h[: bound.start()], state)
        elif (unit and unit != "%" and P.EN_PASSIVE_BUILD_AFTER.match(rest) and (built := P.EN_OBJECT.match(rest))
              and built.group(1).strip() and not PP.EN_PREPOSITION_ONLY.match(built.group(1).strip())):
            # and 9,000 km of fibre optic cable will be laid: a total built over the frame
            kind, subject, extra = "cumulative_change", built.group(1).strip(), {"increment": True}
        elif (P.EN_AND_END.search(h) and state.get("last_kind") == "cumulative_change" and unit != "%"
              and (item := P.EN_OBJECT.match(rest)) and item.group(1).strip()
              and not PP.EN_PREPOSITION_ONLY.match(item.group(1).strip())):
            # 6,400 km of rural roads were built and 2.4 lakh houses were completed: the list goes on
            kind, subject = "cumulative_change", item.group(1).strip()
            extra = {flag: True for flag in ("total", "increment") if state.get("last_extra", {}).get(flag)}
        else:
            if state.get("target_like") and unit:
                out.unparsed.append({"path": self.ctx.path, "line": line, "column": col + 1,
                                     "text": sentence.strip()[:160], "number": num_text,
                                     "reason": "English figure with a unit, no pattern read it"})
            return
        if subject is None:
            verb = (P.EN_GROWTH.search(h) or PP.EN_GROW_BY.search(h) or P.EN_GREW_BY_END.search(h)
                    or P.EN_REDUCTION.search(h) or P.EN_CHANGE.search(h) or P.EN_LEVEL_TO.search(h)
                    or P.EN_LEVEL_AT.search(h) or P.EN_LEVEL.search(h))
            words = h[: verb.start()] if verb else h
            if respectively and (two := P.EN_TWO_SUBJECTS.match(self._en_subject(words, state, cut_and=False) or "")):
                # ratios in secondary and higher education will reach 95 per cent and 32 per cent respectively
                tail = two.group("tail")
                state["respectively"] = [f"{two.group('head')}{two.group('b')}{tail}"]
                subject = f"{two.group('head')}{two.group('a')}{tail}"
            else:
                subject = self._en_subject(words, state)
        subject = (subject or "").strip()
        if not subject or P.EN_UNIT_DEFINITION.match(subject):  # one crore is 10 million: a definition
            return
        if P.EN_BARE_TOTAL.match(subject) and state.get("subject"):
            subject = state["subject"]  # bringing the total to 1.2 million households
        state["subject"] = subject
        region = None
        reg = P.EN_REGION_AFTER.match(rest)
        if reg:
            region = reg.group(1).strip().lower()
        if kind == "level" and unit != "%" and (total := P.EN_TOTAL_OF_PLAN.match(subject)):
            found = english_plans(total.group("plan"), self.ctx.calendar)
            if found:  # the total outlay of the Thirteenth Plan: a sum over that plan's years
                kind, extra, timing["plan_total"] = "cumulative_change", {**extra, "total": True}, found[-1][1]
        own_rest = rest
        if timing.get("from") and (to := P.EN_TO_SPLIT.search(rest)):
            own_rest = rest[: to.start()]  # from 33 per cent to 25 per cent by 2022: the year is the end's
        year_after = _year_after(own_rest)
        plan_end = self._plan_end(own_rest) or timing.get("plan_total")
        if plan_end is None and P.EN_PLAN_END_AFTER.match(own_rest):
            timing["undated"] = True  # at the end of a plan the document does not date: say nothing of when
        if year_after is None and plan_end is not None:
            year_after = plan_end.last  # at the end of the Eleventh Plan, by the end of the Plan
        if year_after is not None:
            state["year"] = year_after
        if not nameable(subject):
            return
        at = sentence.find(clause)  # the base year of a change may stand in the next clause (…, compared to 2005)
        tail = own_rest + (sentence[at + len(clause):] if at >= 0 else "")
        year, start, role = self._en_when(kind, clause, h, state, timing, year_after, plan_end, tail)
        q = fig.quantity(sep=" ")
        if q is None:
            return
        if kind == "level" and unit in ("%", "‰"):
            kind = "share"
        if kind == "cumulative_change" and unit == "%" and not extra.get("pp"):
            extra["relative"] = True
        claim = Claim(id=self.ctx.next_id(), indicator=None, name=normalise_name(subject),
                      kind=kind, quantity=q, unit=unit, source=Source(self.ctx.path, line, col, col + len(num_text)),
                      text=sentence.strip(), year=year, start_year=start, role=role, origin="prose",
                      context=para.section[:40], region=region, extra=extra)
        out.naming[claim.id] = NamingRequest(subject, region=region)  # named by the indicators stage
        out.claims.append(claim)
        if "part_of" not in extra:
            state.update(last_kind=kind, last_id=claim.id, last_extra=extra, last_time=(year, start))

    def _en_when(self, kind: str, clause: str, h: str, state: dict, timing: dict, year_after: int | None,
                 plan_end, own_rest: str = "") -> tuple[int | None, int | None, str]:
        """(year, start year, role) of an English figure: the words after it ("in 2016-17", "at the
        end of the Eleventh Plan") and the shapes of the sentence (the start of a from-to, a target
        set against a result, a one-year rate), else the frame (``prose.timing.when``)."""
        frame = state.get("frame")
        cal = self.ctx.calendar
        if timing.get("undated"):
            return None, None, "unknown"
        if timing.get("baseline_year"):
            year = timing["baseline_year"]
            return year, None, role_of(self.ctx, year, frame)
        if timing.get("target_of") is not None:  # against a target of 8.0 per cent: that target's time
            year, start = timing["target_of"]
            return year, start, "target"
        if timing.get("as_last") is not None and year_after is None:  # and manufacturing by 8.4 per cent
            year, start = timing["as_last"]
            return year, start, role_of(self.ctx, year, frame) if year is not None else "unknown"
        span = P.EN_YEARS_SPAN_AFTER.match(own_rest) if kind in ("cumulative_change", "reduction", "growth_rate") else None
        if span is not None and int(span.group("a")) < int(span.group("b")):
            # fell by 18 percent between FY 2018 and FY 2021: a change over those years
            year = int(span.group("b"))
            return year, int(span.group("a")), role_of(self.ctx, year, frame)
        base = P.EN_BASE_YEAR_AFTER.match(own_rest) if kind in ("cumulative_change", "reduction") else None
        if base is not None and year_after is not None and int(base.group("year")) < year_after:
            # reduced by 45% by 2030, compared to the 2005 level: a change from that year
            return year_after, int(base.group("year")), role_of(self.ctx, year_after, frame)
        if kind in ("growth_rate", "cumulative_change", "reduction") and plan_end is not None:
            return plan_end.last, plan_end.base, role_of(self.ctx, plan_end.last, frame)
        if kind == "growth_rate" and timing.get("one_year"):
            if year_after is not None:
                return year_after, year_after - 1, role_of(self.ctx, year_after, frame)
            fiscal = P.EN_FISCAL_IN_TEXT.search(h)
            if fiscal and (header := parse_fiscal_header(fiscal.group(1))) is not None and not header.span:
                state["year"] = header.year
            return when(self.ctx, kind, clause, h, state, annual=True)
        if kind in ("level", "share", "count"):
            if year_after is not None:
                # "2,456 billion yuan in 2020" / "in FY2024-25": an English figure's year follows it
                return year_after, None, role_of(self.ctx, year_after, frame)
            fiscal = P.EN_FISCAL_IN_TEXT.search(h)  # the outlay of the Annual Plan 2017-18 is …
            if fiscal and (header := parse_fiscal_header(fiscal.group(1))) is not None and not header.span:
                return header.year, None, role_of(self.ctx, header.year, frame)
            if timing.get("from") and frame is not None and frame.known and frame.start is not None:
                # from 14,200 MW to 21,500 MW by the end of the Plan: the start is the frame's base
                start = frame.start
                if not frame.is_period and cal.plan is not None and frame.end == cal.plan.last:
                    start = cal.plan.base
                return start, None, role_of(self.ctx, start, frame)
        if (kind in ("cumulative_change", "reduction") and frame is not None and frame.known and not frame.is_period
                and frame.role == "target" and cal.plan is not None and frame.end == cal.plan.last and year_after is None):
            # By FY 2026, the Department will connect an additional 600,000 households: over the plan, to its end
            return cal.plan.last, cal.plan.base, role_of(self.ctx, cal.plan.last, frame)
        return when(self.ctx, kind, clause, h, state)

    def _plan_end(self, rest: str):
        """The plan whose end a figure is dated by ("at the end of the Eleventh Plan", "by the end of the
        Plan", "in the terminal year"), or None."""
        m = P.EN_PLAN_END_AFTER.match(rest)
        if m is None:
            return None
        if m.group("terminal"):
            return self.ctx.calendar.plan
        found = english_plans(m.group("plan"), self.ctx.calendar)
        return found[-1][1] if found else None

    def _growth_subject(self, words: str, state: dict) -> str | None:
        """What grows: the words before "growth" ("Agricultural growth"), the economy when the
        plan itself is the subject ("The Plan aims at an average growth rate of 8 per cent")."""
        if P.EN_PLAN_SUBJECT.match(words):
            return "economy"
        return self._en_subject(words, state)

    def _en_subject(self, head: str, state: dict, cut_and: bool = True) -> str | None:
        cut = P.EN_SUBJECT_CUT.match(head)
        if cut and not cut_and:  # the subject of a "respectively" names its items with "and"
            cut = P.EN_SUBJECT_CUT.match(P.EN_AND_WORD.sub(" & ", head))
        subj = head[cut.end():] if cut else head
        subj = subj.replace(" & ", " and ")
        subj = P.EN_VERB_TAIL.sub("", subj.strip())
        subj = P.EN_VERB_END.sub("", subj.strip())
        subj = PP.EN_ARTICLE.sub("", subj.strip())
        subj = PP.EN_OF_PLACE_END.sub("", subj)
        subj = PP.EN_TO_BE_END.sub("", subj).strip(" ,")
        # "…will increase from", ", rising from": the verb is no part of the name
        subj = PP.EN_CHANGE_VERB_END.sub("", subj).strip(" ,")
        subj = P.EN_IS_TO_END.sub("", PP.EN_TO_BE_END.sub("", P.EN_VERB_TAIL.sub("", subj))).strip(" ,")  # "… is [to increase]"
        subj = P.EN_RECORD_END.sub("", subj).strip(" ,")  # "Real GDP will record [a growth of]"
        subj = P.EN_IMPERATIVE_START.sub("", subj)  # "Reduce AT&C losses to 20 per cent": a target as an order
        subj = P.EN_YEAR_IN_NAME.sub("", subj).strip()  # the outlay of the Annual Plan 2017-18
        subj = P.EN_SUBJECT_OPENING.sub("", subj)  # "while agriculture [expanded by]"
        if P.EN_RELATIVE.match(subj) and (np := P.EN_LAST_NOUN_PHRASE.search(state.get("clause_before") or "")):
            return np.group("np")  # led by the services sector, which grew by 5.6% per annum
        if P.EN_AUXILIARY_ONLY.match(subj):  # "… and will increase to": the subject came before
            return state.get("subject")
        if P.A_DIGIT.search(P.EN_AGE_BRACKET.sub("", subj)):
            # "GDP will grow by 7% annually to [reach]": the subject came before (an age bracket is part of a name)
            return state.get("subject")
        return subj if PP.TWO_LATIN.search(subj) else state.get("subject")



def _with_currency(unit: str, currency: str) -> str:
    """Rs 3,87,000 crore → 千万卢比 (crore rupees), $ 42 billion → 十亿美元, RM54,100 → 令吉 (ringgit):
    the currency joins the magnitude."""
    c = currency.lower()
    money = "卢比" if c.startswith(("rs", "inr")) or c == "₹" else "令吉" if c == "rm" else "美元"
    if unit in ("", "千万", "十万", "百万", "十亿", "万亿"):
        return unit + money
    return unit


def _annually(rest: str) -> bool:
    """ "a year" after the figure, or after the next figure of a pair (grow by 7% and 9% a year respectively)."""
    pair = P.EN_AND_NEXT_FIGURE.match(rest)
    return bool(PP.EN_ANNUALLY.match(rest) or (pair and PP.EN_ANNUALLY.match(rest[pair.end():])))


def _one_year(state: dict) -> bool:
    """The sentence is read in a one-year frame ("In 2016-17, …", the review of a year)."""
    frame = state.get("frame")
    return frame is not None and frame.known and not frame.is_period


def _year_after(rest: str) -> int | None:
    """The year written after a figure ("in 2020", "by 2025"), or the fiscal year
    ("in FY2024-25" ends in 2025, "by FY25"), whichever comes first."""
    plain, fiscal = P.EN_YEAR_AFTER.match(rest), P.EN_FISCAL_AFTER.match(rest)
    if fiscal and (plain is None or fiscal.start(1) <= plain.start(1)):
        header = parse_fiscal_header(fiscal.group(1))
        if header is not None and not header.span:
            return header.year
    return int(plain.group(1)) if plain else None


def _is_english(text: str) -> bool:
    """A clause written in English (more Latin letters than CJK characters)."""
    latin = len(PP.LATIN_LETTER.findall(text))
    cjk = len(P.ONE_HAN.findall(text))
    return latin > 3 * cjk and latin >= 6
