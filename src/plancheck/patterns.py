"""The patterns of plancheck's own inputs: register (TOML) lines, printed numbers,
relations, acceptance comments, settings.

The patterns of plan language live with their stage (``claims/patterns.py``,
``documents/patterns.py``, ``reports/patterns.py``, ``rules/patterns.py``); these
are the rest. Every regular expression of the package is a named constant in one
of these modules (tests/test_patterns.py fails on a pattern written inline), so
the ReDoS scan and the growth test of tests/test_redos.py see each one.
"""

from __future__ import annotations

import re

# --- the register (register.py): tomllib gives no positions, lines are found by these

#: An array-of-tables header, ``[[indicator]]`` / ``[[indicator.figure]]``.
ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]\s]+)\s*\]\]")
#: Any table header, ``[document]`` or ``[[indicator]]``.
TABLE_START = re.compile(r"^\s*\[")
#: What an indicator id may be made of.
INDICATOR_ID = re.compile(r"[A-Za-z0-9_.\-]+")
#: ``key =`` or ``"key" =`` (a dotted key a.b = is found by its first part).
KEY = re.compile(r'^\s*"?([^"=\s]+?)"?\s*=')
#: The name of a table header, ``[document]``, ``[[indicator.figure]]`` (its first part), ``["x y"]``.
TABLE_HEADER_NAME = re.compile(r'^\s*\[{1,2}\s*(?:"([^"]*)"|([^\s"\[\].=]+))\s*[\].]')
#: The first part of the key of a ``key =`` or dotted ``key.sub =`` line, and which follows (= or .).
KEY_NAME = re.compile(r'^\s*(?:"([^"]*)"|([^\s"=.\[\]]+))\s*([=.])')
#: Where tomllib's message says the error is.
TOML_ERROR_LINE = re.compile(r"at line (\d+)")
#: The key of a ``key = ...`` line, quoted or bare (for a TOML syntax error on it).
TOML_ERROR_KEY = re.compile(r"^\s*(\"[^\"]*\"|[A-Za-z0-9_\-.]+)\s*=")

#: A number: 9324.8, 1,836.5, and the Indian grouping of lakhs and crores (3,87,000 = 387000,
#: 12,34,56,789: groups of two before the last three digits).
NUMBER_RE = re.compile(r"[-+]?(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")

#: A number with no separator, qualifier or unit (``9324.8``, ``-3``).
PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")

THOUSANDS_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3})(?:\.\d+)?")

EN_CELL_RE = re.compile(r"^(?P<pre>about|around|at least|over|more than|at most|within|below|under)?\s*"
    r"(?P<num>[-+]?\d[\d,]*(?:\.\d+)?)(?P<upper>)?\s*(?P<unit>%)?\s*"
    r"(?P<post>or more|or less|and above|or above)?$", re.IGNORECASE)

A_DIGIT = re.compile(r"\d")

TWO_DECIMAL_POINTS = re.compile(r"\d\.\d+\.")

RELATION_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<name>[^\W\d][\w.:]*(?<![.:])|`[^`\n]{1,200}`)
  | (?P<op><=|>=|==|!=|=|<|>|[-+*/()@])
  | (?P<bad>.)
""", re.VERBOSE)

ACCEPT_COMMENT = re.compile(r"<!--\s*plancheck\s*:\s*accept\b(?P<body>.*?)-->", re.I | re.S)

ACCEPT_REASON = re.compile(r"\s(?:--|—)\s")

RULE_LIST_SEPARATOR = re.compile(r"[\s,，]+")

DIFF_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

WHITESPACE_RUN = re.compile(r"\s+")

PLANCHECK_SETTINGS_HEADER = re.compile(r"^\s*\[\s*\"?plancheck\"?\s*\]", re.MULTILINE)

CJK_CHAR = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")

#: File names of fonts with Chinese glyphs (Noto/Source Han CJK, WenQuanYi, AR PL,
#: SimHei, YaHei, PingFang, Heiti), for fonts installed after matplotlib cached its list.
CJK_FONT_FILE = re.compile(r"cjk|sourcehan|wqy|wenquanyi|uming|ukai|simhei|simsun|msyh|yahei|pingfang|"
                       r"heiti|notosanssc|notoserifsc|droidsansfallback", re.I)

CHAPTER_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(第[一二三四五六七八九十百零〇\d]+)([篇章])\s*(.*)$")

MD_HEADING = re.compile(r"^\s*#{1,3}\s+(.+)$")

TOC_LINE = re.compile(r"\.{3,}|…{2,}|·{3,}|\t\s*\d+\s*$")

# --- printed numbers (numbers.py)

# Qualifier words, grouped by what they do to the interval. Longest first so
# that 不低于 is not read as 低于.
AT_LEAST = ("不低于", "不少于", "不小于", "以上", "至少", "大于等于", "≥", ">=",
            "at least", "no less than", "not less than", "or more", "and above")
MORE_THAN = ("超过", "突破", "跨越", "跨过", "迈上", "跃上", "站上", "逾", "超", "多", "余", "高于", "多于", "大于",
             "more than", "over", "above",
             "exceed", "exceeding", ">")
AT_MOST = ("不超过", "不高于", "不多于", "不大于", "以内", "以下", "之内", "小于等于",
           "≤", "<=", "at most", "within", "no more than", "not more than",
           "not exceed", "up to", "or less", "below or equal")
LESS_THAN = ("低于", "少于", "小于", "不足", "less than", "below", "under", "<")
ABOUT = ("左右", "约", "大约", "近", "about", "around", "approximately", "roughly",
         "some")

_QUAL_ALT = "|".join(sorted((re.escape(w) for w in (*AT_LEAST, *MORE_THAN, *AT_MOST, *LESS_THAN, *ABOUT)
                             if not w.isascii() or len(w) > 1),
                            key=len, reverse=True))
#: A table cell or register value: qualifier, number, range, unit, qualifier (``10以上``, ``50-100``).
CELL_RE = re.compile(
    rf"^(?P<pre>{_QUAL_ALT})?\s*(?P<num>[-+]?\d[\d,]*(?:\.\d+)?)"
    rf"(?:\s*[-~～至到]\s*(?P<upper>\d[\d,]*(?:\.\d+)?))?\s*(?P<unit>%|‰)?\s*"
    rf"(?P<post>{_QUAL_ALT})?$", re.IGNORECASE)

# --- the pipeline (pipeline.py): blocks of a document as the readers see them

#: 专栏 3 in a heading: the boxes after the indicator tables list projects.
BOX_NUMBER = re.compile(r"专栏\s*\d")
#: 第二篇: a part of the plan (a heading that ends a section's region).
PART_HEADING = re.compile(r"第[一二三四五六七八九十]+篇")
#: # / ## heading of Markdown (used with match).
MD_TOP_HEADING = re.compile(r"^\s*#{1,2}\s")
#: A paragraph that opens with a box title, bold or not (**专栏 3**, <p><b>专栏3): used with
#: match; each run of spaces has one place (the earlier ``\s*(\*\*|<p>\s*<b>|\s)*`` split
#: a run between two repeats).
BOX_OPENING = re.compile(r"^\s*(?:(?:\*\*|<p>\s*<b>)\s*)*专栏\s*\d")
#: A ratio of the three sectors (三次产业结构 14.5:37:48.5): each part is also a sector's share.
SECTOR_RATIO_NAME = re.compile(r"三次产业|产业结构|三产")
