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

from ...documents.fiscal import parse_fiscal_header
from ...model import Claim, Kind, Source
from ...documents import patterns as DP
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
        h = DP.WHITESPACE_RUN.sub(" ", head)
        if P.EN_OF_WHICH.search(h):
            kind = state.get("last_kind") or "level"
            subject = state.get("subject")
            if state.get("last_id"):
                extra["part_of"] = state["last_id"]
            obj = P.EN_OBJECT.match(rest)
            if obj and obj.group(1).strip() and not PP.EN_IN_WORD.match(obj.group(1)):
                subject = obj.group(1)
            for flag in ("total", "increment"):
                if state.get("last_extra", {}).get(flag):
                    extra[flag] = True
        elif P.EN_GROWTH.search(h) and unit in ("%", ""):
            kind, unit = "growth_rate", "%"
        elif PP.EN_GROW_BY.search(h) and unit == "%" and PP.EN_ANNUALLY.match(rest):
            kind = "growth_rate"
        elif (keep := PP.EN_KEEP.search(DP.WHITESPACE_RUN.sub(" ", fig.before))) and unit:
            kind = "share" if unit in ("%", "‰") else "level"
            subject = keep.group("subject")
        elif P.EN_REDUCTION.search(h) and unit == "%":
            kind = "reduction"
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
        elif P.EN_LEVEL.search(h) and (unit or PP.EN_NUMBER_OF.search(h)):
            kind = "share" if unit == "%" else "level"
        else:
            if state.get("target_like") and unit:
                out.unparsed.append({"path": self.ctx.path, "line": line, "column": col + 1,
                                     "text": sentence.strip()[:160], "number": num_text,
                                     "reason": "English figure with a unit, no pattern read it"})
            return
        if subject is None:
            verb = (P.EN_GROWTH.search(h) or PP.EN_GROW_BY.search(h) or P.EN_REDUCTION.search(h)
                    or P.EN_CHANGE.search(h) or P.EN_LEVEL.search(h))
            subject = self._en_subject(h[: verb.start()] if verb else h, state)
        subject = (subject or "").strip()
        if not subject:
            return
        state["subject"] = subject
        region = None
        reg = P.EN_REGION_AFTER.match(rest)
        if reg:
            region = reg.group(1).strip().lower()
        year_after = _year_after(rest)
        if year_after is not None:
            state["year"] = year_after
        if not nameable(subject):
            return
        year, start, role = when(self.ctx, kind, clause, head, state)
        if year_after is not None and kind not in ("growth_rate", "cumulative_change", "reduction"):
            # "2,456 billion yuan in 2020" / "in FY2024-25": an English figure's year follows it
            year = year_after
            role = role_of(self.ctx, year, state.get("frame"))
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
            state.update(last_kind=kind, last_id=claim.id, last_extra=extra)

    def _en_subject(self, head: str, state: dict) -> str | None:
        cut = P.EN_SUBJECT_CUT.match(head)
        subj = head[cut.end():] if cut else head
        subj = P.EN_VERB_TAIL.sub("", subj.strip())
        subj = PP.EN_ARTICLE.sub("", subj.strip())
        subj = PP.EN_OF_PLACE_END.sub("", subj)
        subj = PP.EN_TO_BE_END.sub("", subj).strip(" ,")
        # "…will increase from", ", rising from": the verb is no part of the name
        subj = PP.EN_CHANGE_VERB_END.sub("", subj).strip(" ,")
        if P.A_DIGIT.search(subj):  # "GDP will grow by 7% annually to [reach]": the subject came before
            return state.get("subject")
        return subj if PP.TWO_LATIN.search(subj) else state.get("subject")



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
