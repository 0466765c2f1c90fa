"""Rewrite each line into the form the readers understand, keeping every position.

Older plans write figures in characters (年均增长百分之九, 七千五百万千瓦,
一九九五年, 百分之七七·五) and scanned text carries slips (16，770亿元 with a
full-width thousands comma, 77·5, 2O15年, 收人 for 收入, page headers inside a
paragraph). Each *normaliser* below is a named rule that rewrites such spans
into the spelling the claim readers already know (9%, 7500万千瓦, 1995年,
77.5%, 16,770亿元, 2015年, 收入). The rewrite may change the length of a
line, so every rewritten line keeps a *column map*: for each character of
the rewritten text, the span of original columns it came from. Claims are
read from the rewritten lines and their sources are mapped back
(:func:`restore`), so every (line, column) shown to a user points at the
printed characters; a claim records the written form
(``extra["written"] = "百分之四点一"``) and the normalisers that touched it
(``extra["normalised"] = ["chinese-numerals"]``).

Every normaliser can be switched off by name (``read_document(path,
normalisers=...)``, :data:`NORMALISERS` lists them). None of them invents a
figure: a numeral is rewritten only where a figure is cued (百分之, a unit
after it, 年 after a four-digit year), never in ordinals (第一), enumerations
(一是), slogans and names (五个千万, 四大煤田, 一带一路, 三农) or plan names (九五).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Callable, Iterable
from .patterns import (
    BAI_FEN_ZHI_BAI,
    BARE_MAGNITUDE,
    CJK_CHAR,
    CLAUSE_PUNCT,
    COMMA_DECIMAL,
    DENOMINATOR,
    DIGITS_THEN_WORDS,
    DOT_DECIMAL,
    DOUBLED,
    HALF,
    MULTIPLIER_DOUBLINGS,
    JIN_ROUND_NUMBER,
    MAGNITUDE_OR_POINT,
    MEASURE_WORDS,
    MORE_THAN,
    NOT_A_CHANGE_VERB,
    NOT_CJK_OR_QUALIFIER,
    NUMERAL_CHAR,
    NUMERAL_DECIMAL_POINT,
    NUMERAL_POINT,
    NUMERAL_RUN,
    NUMERAL_THEN_CONJUNCTION,
    PAGE_NUMBER,
    PERCENT_COMMA_DECIMAL,
    PLAN_NAME,
    PLAN_NAME_AFTER,
    PROGRAMME_NAME_CLAUSE,
    QUALIFIER_AFTER_NUMERAL,
    ROUND_MAGNITUDE,
    SHORT_NUMERAL,
    SLIP_GAN_FOR_QIAN,
    SLIP_HUI_FOR_SI,
    SLIP_SHOU_REN,
    SLIP_ZENG_HEART,
    SLIP_ZENG_KANJI,
    SLOGAN_DECIMAL,
    SPLIT_DIGITS,
    SPLIT_YEAR,
    TENTHS,
    THOUSANDS,
    VAGUE_BEFORE,
    YEAR_DIGITS,
    YEAR_SLIP,
    ZERO_NUMERAL,
)

from ..units.text import unit_pattern


# -- the column map of one line ---------------------------------------------------------------


@dataclass(slots=True)
class LineMap:
    """A rewritten line and, for each of its characters, the original span."""

    text: str
    starts: list[int]
    ends: list[int]
    width: int  # length of the original line
    #: original spans that a normaliser rewrote: (start, end, normaliser name)
    edits: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def identity(cls, line: str) -> "LineMap":
        n = len(line)
        return cls(line, list(range(n)), list(range(1, n + 1)), n)

    def column(self, offset: int) -> int:
        """Original column of the rewritten character at ``offset``."""
        if offset < len(self.starts):
            return self.starts[offset]
        return self.ends[-1] + (offset - len(self.ends)) if self.ends else self.width

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original column span [a, b) of the rewritten span [start, end)."""
        if end <= start or start >= len(self.starts):
            col = self.column(start)
            return col, col
        end = min(end, len(self.ends))
        return min(self.starts[start:end]), max(self.ends[start:end])

    def touched(self, a: int, b: int) -> tuple[int, int, list[str]]:
        """The written span around [a, b) (widened to the edits it overlaps) and their names."""
        names: list[str] = []
        lo, hi = a, b
        for s, e, name in self.edits:
            if s < max(b, a + 1) and a < e:
                lo, hi = min(lo, s), max(hi, e)
                if name not in names:
                    names.append(name)
        return lo, hi, names


@dataclass(slots=True)
class Edit:
    """Replace text[start:end]; each piece (new text, sub-start, sub-end) maps its
    characters to a part of the replaced span (百分之四点一 → 4.1 from 四点一, % from 百分之)."""

    start: int
    end: int
    pieces: list[tuple[str, int, int]]

    @classmethod
    def simple(cls, start: int, end: int, text: str) -> "Edit":
        return cls(start, end, [(text, start, end)])


def apply_edits(m: LineMap, edits: list[Edit], name: str) -> LineMap:
    """A new map with the (non-overlapping, sorted) edits applied to ``m.text``."""
    if not edits:
        return m
    text, starts, ends = [], [], []
    records = list(m.edits)
    pos = 0
    for ed in edits:
        if ed.start < pos:
            continue  # overlapping edits: the first wins
        text.append(m.text[pos:ed.start])
        starts.extend(m.starts[pos:ed.start])
        ends.extend(m.ends[pos:ed.start])
        for piece, ps, pe in ed.pieces:
            a, b = m.span(ps, pe) if pe > ps else m.span(ed.start, ed.end)
            text.append(piece)
            starts.extend([a] * len(piece))
            ends.extend([b] * len(piece))
        a, b = m.span(ed.start, ed.end)
        records.append((a, b, name))
        pos = ed.end
    text.append(m.text[pos:])
    starts.extend(m.starts[pos:])
    ends.extend(m.ends[pos:])
    return LineMap("".join(text), starts, ends, m.width, records)


# -- Chinese numerals -------------------------------------------------------------------------

#: The numerals of counts (三大, 十二项), shared with claims/enumerations.py.
NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
DIGIT = {**{k: v for k, v in NUMERALS.items() if v < 10}, "零": 0, "〇": 0, "○": 0}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10 ** 4, "亿": 10 ** 8}
RANGE_SIGN = "～~—–\\-至到"


def _positional(s: str) -> int | None:
    """'七千五百' → 7500, '一千零七十八' → 1078, '十二' → 12; None if not well formed.

    Big units (万, 亿) split the run into sections read the same way."""
    if not s:
        return None
    for big, factor in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if big in s:
            head, _, tail = s.rpartition(big)
            hi = _positional(head)
            if hi is None or hi == 0:
                return None
            lo = _positional(tail.lstrip("零〇○")) if tail.strip("零〇○") else 0
            if lo is None or lo >= factor or (lo and lo < factor // 10 and tail[0] not in "零〇○"):
                return None  # 一万二 (colloquial 12000) is not read
            return hi * factor + lo
    total, digit, last_unit = 0, None, 10 ** 5
    for i, ch in enumerate(s):
        if ch in DIGIT:
            if digit is not None:
                return None  # two digits in a row (七八十 = seventy or eighty): not one number
            digit = DIGIT[ch]
            if digit == 0:
                digit = None
                continue
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            if digit is None and not (ch == "十" and i == 0):
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        if last_unit > 10 and last_unit != 10 ** 5 and not ZERO_NUMERAL.search(s):
            return None  # 三千五 (= 3500, colloquial) is not read
        total += digit
    return total


positional_numeral = _positional


def _digit_by_digit(s: str) -> str | None:
    """'一九九五' → '1995', '七七·五' → '77.5', '三、二七八' → '3,278'."""
    out = []
    for ch in s:
        if ch in DIGIT and ch != "两":
            out.append(str(DIGIT[ch]))
        elif ch in "点·.":
            out.append(".")
        elif ch == "、":
            out.append(",")
        else:
            return None
    return "".join(out)


def _decimal_text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def read_numeral(run: str) -> tuple[str, str] | None:
    """A run of numeral characters as (Arabic number, big unit kept after it), with
    its printed precision: 七千五百万 → ('7500', '万'); 四亿六千五百万 → ('4.65', '亿')
    (the last written digit is 百万, 0.01 亿); 五万七千六百亿 → ('57600', '亿');
    一万亿 → ('1', '万亿'); 四点一 → ('4.1', ''); 六点八万 → ('6.8', '万');
    一九四九 → ('1949', ''); 七七·五 → ('77.5', ''); 一九○○万 → ('1900', '万').
    None when the run is not one well-formed number (七八十, 三千五, 一九万)."""
    body, big = run, ""
    if body.endswith("万亿"):
        body, big = body[:-2], "万亿"
    elif body[-1] in BIG_UNITS:
        body, big = body[:-1], body[-1]
    if not body:
        return None
    int_part, frac = body, ""
    point = NUMERAL_POINT.search(body)
    if point:
        int_part, frac = body[:point.start()], body[point.end():]
        if not int_part or not frac or any(ch not in DIGIT or ch == "两" for ch in frac):
            return None
    frac_text = "." + "".join(str(DIGIT[ch]) for ch in frac) if frac else ""
    if not any(ch in SMALL_UNITS or ch in BIG_UNITS for ch in int_part):
        digits = _digit_by_digit(int_part) if len(int_part) > 1 else (
            str(DIGIT[int_part]) if int_part in DIGIT else None)
        if digits is None or (len(digits) > 1 and digits[0] == "0" and not frac):
            return None
        return digits + frac_text, big
    if "、" in int_part:
        return None
    if frac or big == "万亿":
        value = _positional(int_part)
        if value is None or (frac and any(ch in BIG_UNITS for ch in int_part)):
            return None
        return f"{value}{frac_text}", big
    total = _positional(int_part + big)
    if total is None:
        return None
    for name in ("亿", "万"):  # written in the largest big unit of the run
        if name in run:
            return _decimal_text(Decimal(total) / BIG_UNITS[name]), name
    return str(total), ""


#: Units after which a one-character numeral is still a figure (十个百分点, 一倍, 五公里).
QUANTITY_WORDS = ("倍", "%", "‰", "个百分点", "百分点")


def _unit_after(text: str) -> re.Match | None:
    return unit_pattern().match(text)


def _figure_unit(rest: str, one_char: bool) -> bool:
    """Does a unit that makes the numeral before it a figure start ``rest``?"""
    m = _unit_after(rest)
    if m is None:
        return False
    word = m.group()
    if word.startswith(("年", "岁", "天", "小时", "分钟")):
        return False  # 五年, 两年, 十五年: durations and ages, not targets
    if one_char and word not in QUANTITY_WORDS and MEASURE_WORDS.match(rest):
        return False
    return True


#: A round magnitude written alone (近百, 突破万亿元) as the number it stands for.
ROUND_VALUES = {"百": "100", "千": "1000", "万": "1万", "百万": "100万", "千万": "1000万"}


def chinese_numerals(line: str) -> list[Edit]:
    """百分之九 → 9%, 千分之十点八三 → 10.83‰, 七千五百万千瓦 → 7500万千瓦, 一九九五年 → 1995年, 百分之七七·五 → 77.5%,
    两千多万 → 超过2000万, 近百 → 近100, 突破万亿元 → 突破1万亿元, 八成 → 80%, 近一半 → 近50%,
    翻两番 → 为4倍 (a factor: the end is four times the start), 实现翻番 → 实现为2倍, 二九比七一 → 29:71."""
    if not NUMERAL_CHAR.search(line) and not DOUBLED.search(line):
        return []
    edits: list[Edit] = []
    taken: set[int] = set()

    def add(ed: Edit) -> None:
        edits.append(ed)
        taken.update(range(ed.start, ed.end))

    for m in MULTIPLIER_DOUBLINGS.finditer(line):  # 翻两番: doubled twice, the factor 4 (为4倍)
        times = 2 ** DIGIT[m.group(1)]
        add(Edit(m.start(), m.end(), [("为", m.start(), m.start() + 1), (f"{times}倍", m.start() + 1, m.end())]))
    for m in DOUBLED.finditer(line):  # 实现翻番: doubled, the factor 2 (为2倍)
        if not any(i in taken for i in range(m.start(), m.end())):
            add(Edit(m.start(), m.end(), [("为", m.start(), m.start() + 1), ("2倍", m.start() + 1, m.end())]))
    for m in TENTHS.finditer(line):  # 八成 → 80%
        tenths = DIGIT[m.group(1)]
        add(Edit(m.start(), m.end(), [(str(10 * tenths), m.start(), m.start() + 1), ("%", m.start() + 1, m.end())]))
    for m in HALF.finditer(line):  # 近一半 → 近50%
        add(Edit(m.start(), m.end(), [("50", m.start(), m.start() + 1), ("%", m.start() + 1, m.end())]))
    for m in ROUND_MAGNITUDE.finditer(line):  # 突破万亿元 → 突破1万亿元, 突破千万标箱 → 突破1000万标箱
        word, s, e = m.group(1), m.start(1), m.end(1)
        rest = line[e:e + 12]
        value = ROUND_VALUES[word]
        if PROGRAMME_NAME_CLAUSE.match(line, e):
            continue  # 新增千亿斤粮食生产能力规划: the name of a programme
        if _figure_unit(rest, False):
            add(Edit.simple(s, e, value))
        elif len(word) == 2 and _figure_unit(word[1] + rest, False):  # 千万 + 标箱: 1000 万标箱
            add(Edit.simple(s, s + 1, ROUND_VALUES[word[0]]))
    for m in BAI_FEN_ZHI_BAI.finditer(line):
        add(Edit(m.start(), m.end(), [("100", m.start() + 3, m.end()), ("%", m.start(), m.start() + 3)]))
    for m in JIN_ROUND_NUMBER.finditer(line):
        if m.start() in taken:
            continue
        value = ROUND_VALUES[m.group(1)]
        if _figure_unit(line[m.end():], False):
            add(Edit.simple(m.start(), m.end(), value))
    runs = _merge_comma_decimals(line, [m for m in NUMERAL_RUN.finditer(line) if m.start() not in taken])
    skip: set[int] = set()
    for i, m in enumerate(runs):
        s, e = m.span()
        if s in skip:
            continue
        run = m.group()
        before, after = line[max(0, s - 3):s], line[e:e + 12]
        percent = before in ("百分之", "千分之")  # 千分之十点五五: 10.55‰
        if BARE_MAGNITUDE.fullmatch(run) and (before.endswith("每") or DENOMINATOR.match(line, e)):
            continue  # 每万人, 十万人生产安全事故死亡率: the denominator of a rate
        if before.endswith(("第", "翻", "最后")) or (VAGUE_BEFORE.search(before) and run[0] == "十" and not percent):
            continue  # 第一: an ordinal; 数十万, 几十: vague
        if not percent and PLAN_NAME.fullmatch(run) and (before.endswith(("“", '"')) or PLAN_NAME_AFTER.match(after)):
            continue  # “九五”, 十四五时期: plan names
        got = read_numeral(run)
        if got is None:
            continue
        number, big = got
        if percent:
            add(Edit(s - 3, e, [(number + big, s, e), ("%" if before == "百分之" else "‰", s - 3, s)]))
            continue
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        ranged = nxt is not None and nxt.start() == e + 1 and line[e] in RANGE_SIGN
        plain_digits = not any(ch in SMALL_UNITS for ch in run)
        if plain_digits and not big and YEAR_DIGITS.fullmatch(number):
            if after.startswith("年") or (ranged and nxt is not None and _is_year_run(line, nxt)):
                add(Edit.simple(s, e, number))  # 一九九五年, 一九九六～二○一○年
            continue
        if nxt is not None and line[e:nxt.start()] == "比" and plain_digits and not big:
            other = read_numeral(nxt.group())
            if other and not other[1] and not any(ch in SMALL_UNITS for ch in nxt.group()) \
                    and (len(run) > 1 or len(nxt.group()) > 1):
                add(Edit(s, nxt.end(), [(number, s, e), (":", e, e + 1), (other[0], nxt.start(), nxt.end())]))
                skip.add(nxt.start())
                continue  # 二九比七一: a ratio written digit by digit
        one_char = len(run) == 1
        if nxt is not None and nxt.start() == e + 1 and line[e] in "和、及" and not big and i + 1 < len(runs):
            second = read_numeral(nxt.group())
            tail = line[nxt.end():nxt.end() + 12]
            unit = _unit_after(tail)
            if second and not second[1] and unit is not None and unit.group() in QUANTITY_WORDS:
                add(Edit.simple(s, e, number))  # 提高四和五个百分点: a list of changes shares the unit
                add(Edit.simple(nxt.start(), nxt.end(), second[0]))
                skip.add(nxt.start())
                continue
        if one_char and NUMERAL_THEN_CONJUNCTION.search(before):
            continue  # 提高四和五个百分点: a list of small numbers is left as written
        if ranged and nxt is not None:
            second = read_numeral(nxt.group())
            tail = line[nxt.end():nxt.end() + 12]
            if second and (_figure_unit(tail, len(nxt.group()) == 1) or
                           (second[1] and NOT_CJK_OR_QUALIFIER.match(tail))):
                add(Edit.simple(s, e, number + big))
                add(Edit.simple(nxt.start(), nxt.end(), second[0] + second[1]))
                skip.add(nxt.start())
            continue  # 二千五百～三千五百万吨: both ends or neither
        more = MORE_THAN.match(after)
        rest = after[1:] if more else after
        bound = QUALIFIER_AFTER_NUMERAL.match(rest)
        if not (_figure_unit(rest, one_char and not big) or bound
                or (big and len(run) > 1 and not MEASURE_WORDS.match(rest))
                or (NUMERAL_DECIMAL_POINT.search(run) and not SLOGAN_DECIMAL.match(line, s)
                    and not NOT_A_CHANGE_VERB.match(rest[:1]))):
            continue  # a figure has its unit, a bound (三左右), a big unit (二亿块), or a decimal point (三点六降为)
        if len(run) == 2 and plain_digits and not big and MEASURE_WORDS.match(rest):
            continue  # 三五个, 七八年: two digits side by side before a measure word are approximate
        if more:
            add(Edit(s, e + 1, [("超过", e, e + 1), (number + big, s, e)]))
        else:
            add(Edit.simple(s, e, number + big))
    edits.sort(key=lambda ed: ed.start)
    return edits


@dataclass(slots=True)
class _Run:
    """A numeral run (the interface of re.Match that the reader uses)."""

    text: str
    begin: int
    stop: int

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def span(self) -> tuple[int, int]:
        return self.begin, self.stop


def _merge_comma_decimals(line: str, runs: list) -> list:
    """七四一，三亿元 (a scanned comma for the point of 七四一·三亿元): the two runs are one number."""
    out: list = []
    i = 0
    while i < len(runs):
        m = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if nxt is not None and nxt.start() == m.end() + 1 and line[m.end()] == "，" and len(m.group()) >= 2 \
                and not MAGNITUDE_OR_POINT.search(m.group()) and SHORT_NUMERAL.fullmatch(nxt.group()) and _figure_unit(line[nxt.end():nxt.end() + 8], False):
            out.append(_Run(m.group() + "·" + nxt.group(), m.start(), nxt.end()))
            i += 2
            continue
        if nxt is not None and line[max(0, m.start() - 3):m.start()] == "百分之" and not MAGNITUDE_OR_POINT.search(m.group()) \
                and PERCENT_COMMA_DECIMAL.match(line, m.end()) and nxt.start() == m.end() + 1:
            out.append(_Run(m.group() + "·" + nxt.group(), m.start(), nxt.end()))  # 百分之七，一；: 7.1%
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _is_year_run(line: str, m: re.Match) -> bool:
    got = read_numeral(m.group())
    return bool(got and not got[1] and YEAR_DIGITS.fullmatch(got[0]) and line[m.end():m.end() + 1] == "年")


# -- scanned-text slips -----------------------------------------------------------------------

#: Character slips in the words that cue figures.
CUE_SLIPS = (
    (SLIP_SHOU_REN, "收入"),
    (SLIP_ZENG_KANJI, "增"),
    (SLIP_ZENG_HEART, "增"),
    (SLIP_GAN_FOR_QIAN, "千"),
    (SLIP_HUI_FOR_SI, "四"),
)


def thousands_commas(line: str) -> list[Edit]:
    if "，" not in line:
        return []
    edits = []
    for m in THOUSANDS.finditer(line):
        for i, ch in enumerate(m.group()):
            if ch == "，":
                edits.append(Edit.simple(m.start() + i, m.start() + i + 1, ","))
    return edits


def decimal_points(line: str) -> list[Edit]:
    edits = []
    for m in DOT_DECIMAL.finditer(line):
        tail = DIGITS_THEN_WORDS.match(line[m.end():])
        if tail and _figure_unit(tail.group(1), True):
            edits.append(Edit.simple(m.start(), m.end(), "."))  # not “7·20” (a date that names an event)
    if CJK_CHAR.search(line):
        for m in COMMA_DECIMAL.finditer(line):
            rest = line[m.end():m.end() + 8].lstrip()
            if not _figure_unit(rest, True) or line[:m.start()].endswith("第"):
                continue  # 1，2号, 5，6月, 第1，7家: a list, not a decimal
            at = m.end(1)
            head = m.group(1)
            for i, ch in enumerate(head):  # 6,352,8万吨: the groups before are thousands
                if ch == "，":
                    edits.append(Edit.simple(m.start(1) + i, m.start(1) + i + 1, ","))
            edits.append(Edit.simple(at, at + 1, "."))
    return sorted(edits, key=lambda ed: ed.start)


def split_digits(line: str) -> list[Edit]:
    if " " not in line or not CJK_CHAR.search(line):
        return []
    spaces: list[int] = []
    for m in SPLIT_DIGITS.finditer(line):
        spaces.extend(m.start() + i for i, ch in enumerate(m.group()) if ch == " ")
    for m in SPLIT_YEAR.finditer(line):
        if YEAR_DIGITS.fullmatch(m.group(1) + m.group(2)):
            spaces.append(m.end(1))
    return [Edit.simple(at, at + 1, "") for at in sorted(set(spaces))]


def year_slips(line: str) -> list[Edit]:
    edits = []
    for m in YEAR_SLIP.finditer(line):
        word = m.group(1)
        if word.isdigit():
            continue
        fixed = word.translate(str.maketrans("OoIl", "0011"))
        if YEAR_DIGITS.fullmatch(fixed) and sum(ch.isdigit() for ch in word) >= 2:
            edits.append(Edit.simple(m.start(1), m.end(1), fixed))
    return edits


def cue_slips(line: str) -> list[Edit]:
    edits = []
    for regex, fixed in CUE_SLIPS:
        if fixed is None:
            continue
        for m in regex.finditer(line):
            edits.append(Edit.simple(m.start(), m.end(), fixed))
    return sorted(edits, key=lambda ed: ed.start)


# -- lines that interrupt paragraphs ----------------------------------------------------------

HEADER_MAX = 40
HEADER_REPEATS = 3
#: A line cut by a page break is a full-width line; shorter unpunctuated lines
#: (list items, titles) stand alone (segment.py joins lines by the same test).
JOIN_MIN = 30
SENTENCE_END = "。！？!?；;：:」』”\"）).…"


def page_furniture(lines: list[str]) -> set[int]:
    """Indexes of lines that are page headers, footers, page numbers or watermarks:
    a page-number line between two lines of text whose first does not end its
    sentence, and every copy of a short line repeated at least three times of
    which one copy stands so inside a sentence."""
    counts: dict[str, int] = {}
    for line in lines:
        key = line.strip()
        if 0 < len(key) <= HEADER_MAX and "\t" not in line and "|" not in key and not CLAUSE_PUNCT.search(key):
            counts[key] = counts.get(key, 0) + 1
    out: set[int] = set()
    furniture: set[str] = set()  # repeated lines seen cutting a sentence: every copy goes
    for i, line in enumerate(lines):
        key = line.strip()
        if not key or "\t" in line:
            continue
        repeated = counts.get(key, 0) >= HEADER_REPEATS
        if not (PAGE_NUMBER.match(key) or repeated):
            continue
        prev = next((j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].strip()), None)
        nxt = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].strip()), None)
        if prev is None or nxt is None:
            continue
        before = lines[prev].rstrip()
        if before and before[-1] not in SENTENCE_END and len(before.strip()) >= JOIN_MIN \
                and not PAGE_NUMBER.match(lines[nxt].strip()):
            out.add(i)
            if repeated:
                furniture.add(key)
    out.update(i for i, line in enumerate(lines) if line.strip() in furniture and "\t" not in line)
    return out


# -- the registry -----------------------------------------------------------------------------

#: Every normaliser, in the order applied: scanned-text slips first (so that the
#: numerals they repair are read), Chinese numerals, then the decimal and
#: thousands marks the numerals may have produced (七四一，三亿元 → 741，3 → 741.3).
NORMALISERS: dict[str, Callable[[str], list[Edit]]] = {
    "cue-slips": cue_slips,
    "year-slips": year_slips,
    "split-digits": split_digits,
    "chinese-numerals": chinese_numerals,
    "decimal-points": decimal_points,
    "thousands-commas": thousands_commas,
}
#: Whole lines blanked (their line numbers stay): page headers and watermarks.
LINE_NORMALISERS = ("page-headers",)
#: Normalisers that rewrite figures themselves (the others repair the words around them).
FIGURE_NORMALISERS = ("year-slips", "split-digits", "chinese-numerals", "decimal-points", "thousands-commas")
ALL = tuple(NORMALISERS) + LINE_NORMALISERS


def check_names(names: Iterable[str]) -> tuple[str, ...]:
    names = tuple(names)
    unknown = [n for n in names if n not in ALL]
    if unknown:
        raise ValueError(f"unknown normaliser {unknown[0]!r}; known: {', '.join(ALL)}")
    return names


def normalise_line(line: str, enabled: Iterable[str] = ALL) -> LineMap:
    """The rewritten line with its column map (the identity when nothing applies)."""
    m: LineMap | None = None
    for name, fn in NORMALISERS.items():
        if name in enabled:
            edits = fn(line if m is None else m.text)
            if edits:
                m = apply_edits(m or LineMap.identity(line), edits, name)
    return m or LineMap.identity(line)


@dataclass(slots=True)
class Normalised:
    """The lines as the readers see them, and the maps of the lines rewritten."""

    lines: list[str]
    maps: dict[int, LineMap]  # 1-based line number → map, for rewritten lines only
    enabled: tuple[str, ...] = ALL
    removed: frozenset[int] = frozenset()  # 0-based lines blanked as page headers


def normalise_lines(lines: list[str], enabled: Iterable[str] | None = None, max_line: int | None = None) -> Normalised:
    enabled = ALL if enabled is None else check_names(enabled)
    out = list(lines)
    maps: dict[int, LineMap] = {}
    blank = page_furniture(lines) if "page-headers" in enabled else set()
    for i, line in enumerate(lines):
        if i in blank:
            m = LineMap("", [], [], len(line), [(0, len(line), "page-headers")])
        else:
            head = line if max_line is None else line[:max_line]
            m = normalise_line(head, enabled)
            if not m.edits:
                continue
            if max_line is not None and len(line) > max_line:
                n = len(m.text)
                m.text += line[max_line:]
                m.starts.extend(range(max_line, len(line)))
                m.ends.extend(range(max_line + 1, len(line) + 1))
                assert len(m.text) == n + len(line) - max_line
        out[i] = m.text
        maps[i + 1] = m
    return Normalised(out, maps, enabled, frozenset(blank))


# -- mapping what was read back to the original columns ---------------------------------------


def restore(doc, claims: list, unparsed: list[dict], statements: list[dict]) -> None:
    """Map sources read from the rewritten lines back to original columns (in place);
    mark claims with the written form and the normalisers that touched them."""
    norm = getattr(doc, "normalised", None)
    if norm is None or not norm.maps:
        return
    for c in claims:
        m = norm.maps.get(c.source.line)
        if m is None:
            continue
        a, b = m.span(c.source.col_start, c.source.col_end)
        lo, hi, names = m.touched(a, b)
        quoted = _original_span(m, c.text)
        if quoted is not None:  # slips in the words around the figure (收人 → 收入) touched the claim too
            c.text = doc.lines[c.source.line - 1][quoted[0]:quoted[1]]
            names += [n for s, e, n in m.edits if quoted[0] <= s and e <= quoted[1] and n not in names
                      and n not in FIGURE_NORMALISERS]
        else:
            c.text = _joined_quote(doc, norm, c.source.line, c.text)
        c.source = replace(c.source, col_start=a, col_end=b)
        if names:
            if lo < hi and (lo, hi) != (a, b) or any(n in FIGURE_NORMALISERS for n in names):
                c.extra["written"] = doc.lines[c.source.line - 1][lo:hi]
            c.extra["normalised"] = names
    for d in list(unparsed) + list(statements):
        for line_key, col_key in (("line", "column"), ("count_line", "count_column")):
            m = norm.maps.get(d.get(line_key))
            if m is not None and isinstance(d.get(col_key), int):
                d[col_key] = m.column(d[col_key] - 1) + 1
        if isinstance(d.get("line"), int) and isinstance(d.get("text"), str):
            d["text"] = _original_text(doc, norm, d["line"], d["text"])


def _original_span(m: LineMap, text: str) -> tuple[int, int] | None:
    """Original columns of a quoted piece of a rewritten line (None if not found there)."""
    at = m.text.find(text) if text else -1
    if at < 0:
        return None
    return m.span(at, at + len(text))


def _original_text(doc, norm: Normalised, line: int, text: str) -> str:
    """The original of a quoted piece of a rewritten line, or of a sentence joined
    from several lines (each whole rewritten line in it is put back)."""
    m = norm.maps.get(line)
    span = _original_span(m, text) if m is not None else None
    if span is not None:
        return doc.lines[line - 1][span[0]:span[1]]
    return _joined_quote(doc, norm, line, text)


#: How many lines around a figure a sentence joined across page breaks may span.
QUOTE_REACH = 6


def _joined_quote(doc, norm: Normalised, line: int, text: str) -> str:
    for n in range(max(1, line - QUOTE_REACH), line + QUOTE_REACH + 1):
        m = norm.maps.get(n)
        piece = m.text.strip() if m is not None else ""
        if piece and piece in text:
            text = text.replace(piece, doc.lines[n - 1].strip(), 1)
    return text
