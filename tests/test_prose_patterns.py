"""Patterns rewritten to run in linear time do what the earlier forms did.

When the prose readers' patterns moved into named constants (claims/prose/patterns.py
and the other patterns modules), those that backtracked super-linearly on runs of
spaces or of words (tests/test_redos.py) were rewritten: a leading ``\\s*`` / ``\\s+``
of a searched pattern got ``(?<!\\s)``, two repeats that could share one run of spaces
were merged, and a run of trailing words is peeled one word at a time. Each is compared
here with the earlier form on strings built from the pieces that matter to it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck import patterns as TP
from plancheck.claims import patterns as P
from plancheck.claims.prose import patterns as PP
from plancheck.claims.prose.subjects import without_trailing_verbs

OLD_TRAILING_VERBS = re.compile(r"(分别|均|都|要|将|继续|力争|基本|稳定|保持|达到|提高到|为|比\s*(?:19|20)\d\d\s*年?|年均|累计)+$")


def texts(*pieces: str):
    return st.lists(st.sampled_from(pieces), max_size=14).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts("分别", "均", "都", "要", "为", "年均", "累计", "年", "比", "2015", "19", " ", "提高到", "到", "达到",
             "新增就业", "x", "\t", "比2015年", "比 2020 年"))
def test_trailing_verbs_are_peeled_as_one_run_was_removed(s):
    # no line break: a paragraph's text has none (documents/segment.py joins its lines), and
    # ``$`` before a final one would let a peel go on where the one removal stopped
    assert without_trailing_verbs(s) == OLD_TRAILING_VERBS.sub("", s)


#: (earlier form, constant, how the readers use it, pieces of test strings)
REWRITTEN = [
    (r"^\s*(?:以上|以内|左右)?\s*[、和及与]\s*[\d.]", PP.LIST_GOES_ON, "match",
     (" ", "以上", "左右", "、", "和", "4", ".", "x")),
    (r"的?\s*[\d.,]*\s*[%‰]?[\u4e00-\u9fff]{0,6}\s*", PP.FIGURE_LEFT, "fullmatch",
     ("的", " ", "1", ".", ",", "%", "‰", "年", "比重", "x")),
    (r"\s*(\*\*|<p>\s*<b>|\s)*专栏\s*\d", TP.BOX_OPENING, "match",
     (" ", "**", "<p>", "<b>", "专栏", "3", "x", "*")),
    (r"(年均|平均每年|每年)(下降|降低|减少)\s*(?:约|超过)?\s*$", PP.YEARLY_REDUCTION_WORDS, "search",
     ("年均", "每年", "下降", " ", "约", "超过", "x")),
    (r"\s+by\s*$", PP.EN_TRAILING_BY, "sub", (" ", "by", "a", "\t")),
    (r"(?i)\s+of\s+the\s+(?:province|region|city|country)$", PP.EN_OF_PLACE_END, "sub",
     (" ", "of", "the", "Province", "city", "x")),
    (r"(?i)\s+(?:will|shall|is|are|was|were)(?:\s+be)?$", PP.EN_TO_BE_END, "sub", (" ", "will", "be", "is", "x")),
    (r"(?i)\s*(?:(?:will|to)\s+)?(?:increase|increasing|rise|rising|grow|growing|fall|falling|"
     r"decline|declining|go\s+up|up|down)s?$", PP.EN_CHANGE_VERB_END, "sub",
     (" ", "will", "to", "rise", "up", "s", "GDP", "go")),
    (r"\s+(?:will|shall|should|is|are|to)$", PP.EN_AUXILIARY_END, "sub", (" ", "will", "to", "is", "x")),
    (r"\s*[（(]\s*(?:%|per\s*cent|percent|[A-Za-z][A-Za-z ,/]{0,30}?(?:yuan|dollars|"
     r"people|persons|tonnes|tons|hectares|km|kilometres|kilometers|years|million|"
     r"billion|units|households))\s*[)）]", P.EN_UNIT_PAREN, "sub",
     (" ", "(", "（", ")", "）", "%", "billion", "yuan", "GDP", ",")),
]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_rewritten_patterns_agree_with_their_earlier_forms(data):
    for old, new, how, pieces in REWRITTEN:
        s = data.draw(texts(*pieces), label=new.pattern)
        old_rx = re.compile(old, new.flags & re.IGNORECASE)
        if how == "sub":
            assert new.sub("", s) == old_rx.sub("", s), new.pattern
        else:
            a, b = getattr(old_rx, how)(s), getattr(new, how)(s)
            assert (a is None) == (b is None), (new.pattern, s)
            if a is not None and how == "search":
                assert a.span() == b.span(), (new.pattern, s)
