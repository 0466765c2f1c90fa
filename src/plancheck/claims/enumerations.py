"""Lists closed by a count (…、…、…等 N 个): statements for the enumeration rule.

Found from the count backwards to the start of its clause, so the work is
linear in the paragraph; Chinese numerals (三大, 十二项) are read too.
"""

from __future__ import annotations


from ..documents.normalise import NUMERALS, positional_numeral
from ..documents.segment import Paragraph
from . import patterns as P
from .patterns import A_DIGIT, ENDS_WITH_DENG, ENUMERATION_VERB_PREFIX

def chinese_number(text: str) -> int | None:
    """'5' → 5, '五' → 5, '十二' → 12, '二十' → 20 (up to 99)."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in NUMERALS for ch in text):
        return None
    return positional_numeral(text)


def read_enumerations(para: Paragraph, path: str) -> list[dict]:
    """Lists closed by a count (…、…、…等 N 个): found from the count backwards,
    so the work is linear in the paragraph (no backtracking over long text)."""
    text = para.text
    out: list[dict] = []
    if "、" not in text:
        return out
    for m in P.ENUM_COUNT_RE.finditer(text):
        etc = bool(ENDS_WITH_DENG.search(text[max(0, m.start() - 8):m.start()]))
        count = chinese_number(m.group("count"))
        if count is None or count > 60 or text[:m.start()].rstrip().endswith("、"):
            continue  # 、五家渠: a count must close the list, not start an item
        starts = [x.end() for x in P.ENUM_START.finditer(text, max(0, m.start() - 600), m.start())]
        begin = starts[-1] if starts else max(0, m.start() - 600)
        segment = ENDS_WITH_DENG.sub("", text[begin:m.start()])
        if P.ENUM_EACH.search(segment):
            continue  # 分别增加2个 / 各2个: how many each item got, not how many items
        previous = list(P.ENUM_LIST_BREAK.finditer(segment))
        if previous:  # 省、市、县五级和开发区、院校两类: a list begins after the count before it
            begin += previous[-1].end()
            segment = segment[previous[-1].end():]
        if "、" not in segment:
            continue
        items = [x for x in segment.split("、") if x.strip()]
        if len(items) < 2 or any(A_DIGIT.search(x) for x in items) or any(len(x) > 30 for x in items[1:]):
            continue
        items[0] = P.LEADING_VERBS.sub("", ENUMERATION_VERB_PREFIX.sub("", items[0]))
        line, col = para.position(begin)
        cline, ccol = para.position(m.start("count"))
        out.append({
            "type": "enumeration", "items": [i.strip() for i in items], "count": count,
            "count_text": m.group("count") + m.group("unit"), "etc": etc,
            "text": text[begin:m.end()].strip(), "path": path, "line": line, "column": col + 1,
            "count_line": cline, "count_column": ccol + 1})
    return out
