"""The walk: a paragraph into sentences (。；), sentences into clauses (，),
clauses into numbers; each number goes to the sentence form that reads it."""

from __future__ import annotations

from ...documents.calendar import Frame, sentence_frame
from ...documents.segment import Paragraph
from .. import patterns as P
from . import patterns as PP
from ..enumerations import read_enumerations
from .english import EnglishReader, _is_english
from .context import ProseContext, ProseResult
from .figures import figure
from .gaps import add_gap
from .timing import prescribed
from .lists import listed_shares
from .projects import special_form
from .ratios import ratio
from .simple import add_claim, kind_and_subject
from .subjects import clause_subject


class ProseReader:
    """Reads one paragraph at a time; state is only the current context. Clauses
    in English go to the sibling :class:`EnglishReader`, which shares the context."""

    def __init__(self, ctx: ProseContext) -> None:
        self.ctx = ctx
        self.english = EnglishReader(ctx)

    def read(self, para: Paragraph) -> ProseResult:
        out = ProseResult()
        if para.heading or not P.A_DIGIT.search(para.text):
            out.statements.extend(read_enumerations(para, self.ctx.path)) if not para.heading else None
            return out
        text = para.text
        frame: Frame = getattr(para, "frame", None) or self.ctx.calendar.default_frame()
        carried: int | None = None
        for s_start, s_end in sentences(text):
            sentence = text[s_start:s_end]
            # a cue dates its own sentence and the rest of its paragraph (…。五年来，…。…)
            own = sentence_frame(sentence, frame, self.ctx.calendar)
            # clauses joined by ； are one sentence: the year that opens it (到2025年，A…；B…)
            # dates the next clause too, unless that clause has a time cue of its own
            year = carried if own is frame else None
            frame = own
            # sentence-level facts are computed once, not once per number (long lines stay linear)
            state: dict = {"subject": None, "year": year, "region": None, "frame": frame,
                     "target_like": bool(PP.TARGET_LIKE.search(sentence))}
            pos = s_start
            for clause in PP.CLAUSE_SPLIT.split(sentence):
                if clause.strip():
                    self._clause(para, pos, clause, sentence, state, out)
                    state["clause_before"] = clause
                    state["prescribed"] = prescribed(clause, state)  # 计划规定，… / 预计执行的结果，…
                    if within := P.WITHIN_CLAUSE.fullmatch(clause.strip(" \u3000-—–")):
                        state["within"] = within.group("whole")  # 在工农业总产值中，…
                pos += len(clause)
            listed_shares(self.ctx, out, state)
            if P.CLAUSE_JOIN_END.search(sentence):
                opening = P.OPENING_YEAR.match(sentence.lstrip())
                carried = int(opening.group(1)) if opening else year
            else:
                carried = None
        out.statements.extend(read_enumerations(para, self.ctx.path))
        return out

    def _clause(self, para, c_start, clause, sentence, state, out: ProseResult) -> None:
        clause_subject(clause, state)
        taken: list[tuple[int, int]] = []
        for m in P.RATIO_RE.finditer(clause):
            if not P.RATIO_SIGN.search(m.group()):
                continue
            ratio(self.ctx, para, c_start, clause, m, sentence, state, out)
            taken.append(m.span())
        for m in P.NUMBER_RE.finditer(clause):
            s, e = m.span()
            if any(a <= s < b for a, b in taken):
                continue
            if (r := state.get("range_end")) and r[0] == c_start and s < r[1]:
                continue  # the upper end of a range just read
            self._number(para, c_start, clause, s, e, sentence, state, out)

    def _number(self, para, c_start, clause, s, e, sentence, state, out) -> None:
        """Read the number at clause[s:e]: what it is, about what, when — or why not."""
        fig = figure(para, c_start, clause, s, e, state)
        if fig is None or special_form(self.ctx, fig, para, sentence, state, out):
            return
        if fig.gap is not None:
            add_gap(self.ctx, para, clause, sentence, fig, state, out)
            return
        if ("english", c_start) not in state:
            state[("english", c_start)] = _is_english(clause)
        if state[("english", c_start)]:
            self.english.read_figure(para, clause, sentence, fig, state, out)
            return
        read = kind_and_subject(self.ctx, fig, sentence, state, out)
        if read is not None:
            kind, extra, head, subject = read
            add_claim(self.ctx, para, clause, sentence, fig, kind, extra, head, subject, state, out)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, its end mark included."""
    out, start = [], 0
    for m in P.SENTENCE_SPLIT.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out
