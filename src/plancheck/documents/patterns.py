"""The patterns of the documents stage: titles, dates, plan periods, time cues.

Every pattern is a named constant, linear in its input (no nested
quantifiers over overlapping characters), so a ReDoS scanner and the
adversarial tests can check each one.
"""

from __future__ import annotations

import re

#: A plan ordinal in characters or digits: 十四 / 七 / 14.
_ORD = r"(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})"
#: A year written in digits or digit by digit in characters (一九九五, 二○一○).
_YEAR = r"(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})"

#: 第十四个五年规划 / 第一个五年计划 / 第7个五年计划.
PLAN_ORDINAL = re.compile(r"第" + _ORD + r"个五年")
#: “十四五” / 九五计划 / 十五五时期 (not 二十五, not the 九五 of 一九九五).
PLAN_SHORT_NAME = re.compile(
    r"(?<![一二三四五六七八九十百千万零〇○\d])[“\"‘]?(?P<n>十[一二三四五六七八九]?|[一二三四五六七八九])五"
    r"(?:[”\"’]|(?=计划|规划|时期|期间|期末|末期|以来|初期|前期|中期|后期))")
#: The 14th Five-Year Plan.
EN_PLAN_ORDINAL = re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+Five-Year\s+Plan", re.IGNORECASE)

# -- English plans: their names, periods and time words (read by calendar.py's English functions) --
#: The ordinal words of plan names, First … Thirtieth (calendar.EN_ORDINALS gives their values).
_EN_ORD_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                r"twenty[- ](?:first|second|third|fourth|fifth))")
#: A span of years printed with a plan: (2012–17), (2012-2017), 2016-2020, 2018 to 2027.
_EN_SPAN = r"(?P<first>(?:19|20)\d\d)\s*(?:[-–—]|to)\s*(?P<last>(?:19|20)?\d\d)(?![\d-])"
#: "the Twelfth Five Year Plan (2012–17)", "Eleventh Plan", "12th Five-Year Plan", "Eleventh
#: Malaysia Plan, 2016-2020": an ordinal plan name, with its years when printed after it. A bare
#: "Plan" takes a capital (the Twelfth Plan), so that "a second plan" is no plan name.
EN_PLAN_NAME = re.compile(r"\b(?P<n>\d{1,2}(?:st|nd|rd|th)|(?i:" + _EN_ORD_WORD + r"))\s+"
                          r"(?:(?i:five[- ]year\s+plan)|(?:[A-Z][a-z]+\s+)?Plan)\b"
                          r"(?:\s+(?i:period))?(?:\s*(?:\(|,)\s*" + _EN_SPAN + r"\s*\)?)?")
#: A plan's period in a title without an ordinal: "National Development Plan 2018–2027",
#: "Strategic Plan 2019-2023", "Five Year Plan 2012-17", "Plan (2021–2025)".
EN_TITLE_SPAN = re.compile(r"\b(?i:plan|strategy|programme|program|agenda|framework)(?:\s{0,3}[:(,])?\s{0,3}(?:for\s{1,3})?"
                           r"(?:FY\s?)?"
                           + _EN_SPAN)
#: "FY2012-13 to FY2016-17": a plan period given by its first and last fiscal years.
EN_FISCAL_SPAN = re.compile(r"\bFY\s?(?P<a>(?:19|20)\d\d[-–/]\d\d)\s+(?:to|-|–)\s+FY\s?(?P<b>(?:19|20)\d\d[-–/]\d\d)\b")
#: "Vision 2030", "Agenda 2063": a long-range goal year named in a title or heading.
EN_VISION = re.compile(r"\b(?:Vision|Agenda|Horizon)\s+(?P<year>(?:19|20)\d\d)\b")
#: "Five Year Plan", "five-year plan": a plan of five years (a span of six printed years is fiscal).
EN_FIVE_YEAR = re.compile(r"\bfive[- ]year\b", re.IGNORECASE)
#: "the Plan", "this Plan", "the current Plan" anywhere in a text (a capital P: the document's plan).
EN_THE_PLAN_ANYWHERE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:current\s+|present\s+)?Plan\b")
#: A year in an English heading: a fiscal year (2017-18, FY2019-20) or a calendar year.
EN_HEADING_YEAR = re.compile(r"(?P<fy>(?:FY\s?'?)?(?:19|20)\d\d[-–/]\d\d(?!\d))|(?<![\d.])(?P<year>(?:19|20)\d\d)(?![\d.])")
#: English date lines: "March 2017", "28 January 2021", "January 28, 2021".
EN_DATE_LINE = re.compile(r"\b(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\s+(?:\d{1,2},\s+)?((?:19|20)\d\d)\b")
#: "by 2025", "in 2025", "until 2025": a year the text dates something to (corroborates a plan's end).
EN_YEAR_WORD = re.compile(r"\b(?i:by|in|until|till|through)\s+((?:19|20)\d\d)\b(?![-–/]\d)")
#: "by 2011-12", "in FY2019-20": a fiscal year the text dates something to.
EN_FISCAL_WORD = re.compile(r"\b(?i:by|in|until|till|through)\s+((?:FY\s?'?)?(?:19|20)\d\d[-–/]\d\d)(?!\d)")
#: "During the Twelfth Plan", "over the Plan period", "in the 11th Five Year Plan": a sentence
#: about a plan's period (the name itself is read by EN_PLAN_NAME / EN_THE_PLAN).
EN_PERIOD_CUE = re.compile(r"\b(?i:during|over|in|under|throughout|across)\s+the\s+(?=\S)")
#: "the Plan", "this Plan", "the Plan period", "the current Plan": the plan the document sets out.
EN_THE_PLAN = re.compile(r"^(?:the\s+|this\s+|the\s+current\s+|the\s+present\s+)Plan\b(?:\s+period)?")
#: "In 2016-17, …", "In FY2019-20, …", "In 2014, …": a sentence that opens with the year it is about.
EN_OPENING_YEAR = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\s+)?(?:Goal\s+\d{1,2}:\s[^.]{0,80}?\.\s+)?(?i:in|during|by)\s+"
                             r"(?:(?i:the\s+end\s+of\s+))?(?:(?i:the\s+(?:fiscal\s+)?year\s+))?"
                             r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                             r"\s+\d{1,2},\s+)?"
                             r"(?P<year>(?:FY\s?'?)?(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?)\s*,")
#: 五年（2011—2015年） / 五年计划（1958―1962）: a plan's years printed after it.
PLAN_YEARS = re.compile(r"五年\s*(?:(?:计划|规划)\s*)?[（(]\s*(?P<first>" + _YEAR + r")\s*(?:年\s*)?[—–―\-～~至到]{1,2}\s*"
                        r"(?P<last>" + _YEAR + r")\s*(?:年\s*)?[）)]")

WORK_REPORT_TITLE = re.compile(r"政府工作报告|government work report", re.IGNORECASE)
REPORT_YEAR = re.compile(r"((?:19|20)\d\d)\s*年[^\n]{0,20}?政府工作报告")
REVIEW_TITLE = re.compile(r"中期评估|实施情况的?(?:报告|评估)|总结评估|mid-term (?:review|evaluation)", re.IGNORECASE)
OUTLINE_TITLE = re.compile(r"五年(?:规划|计划)|规划纲要|five-year plan", re.IGNORECASE)

#: Date lines: 2026-02-09, 2016年5月 / 2026年2月3日, 二○○六年三月.
DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-[01]\d-[0-3]\d(?!\d)")
DATE_CN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年\s*[01]?\d\s*月")
DATE_CN_NUMERALS = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*[一二三四五六七八九十]{1,2}\s*月")
#: 到2020年: a target year.
TARGET_YEAR = re.compile(r"到\s*((?:19|20)\d\d)\s*年")
#: A year in a heading (2025年工作回顾), not a decade (九十年代).
YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!代)")

#: Headings that report results, and headings that state aims.
#: (在…的基础上 is "on the basis of", a connective of aims and tasks, not a review of the base.)
REVIEW_WORDS = re.compile(r"回顾|总结|成就|成绩|发展基础|的基础(?!上)|完成情况|执行情况|achievements|review|performance|progress",
                          re.IGNORECASE)
#: 夯实经济发展基础 / 筑牢…的基础: laying a foundation is an aim, not a review of the base.
FOUNDATION_AIM = re.compile(r"(?:夯实|筑牢|打牢|打好|奠定|巩固|厚植|强化)[^，,。；;\s]{0,8}基础")
AIM_WORDS = re.compile(r"任务|目标|重点工作|工作安排|部署|展望|预期|主要指标|指导思想|总体要求|"
                       r"targets?\b|goals?\b|objectives?\b|priorities", re.IGNORECASE)

#: Cue words that date a sentence or a paragraph.
LAST_YEAR_CUE = re.compile(r"过去的?一年|一年来|(?<![比较同])去年(?!同期)|the past year", re.IGNORECASE)
PAST_PERIOD_CUE = re.compile(r"过去的?五年|五年来|这五年|近五年|the past five years", re.IGNORECASE)
NEXT_PERIOD_CUE = re.compile(r"今后五年|未来五年|the next five years|the coming five years", re.IGNORECASE)
THIS_YEAR_CUE = re.compile(r"今年|本年度|this year", re.IGNORECASE)
#: “十四五”时期 / 十五五期间 / 十三五以来: the text is about that plan's period.
PLAN_PERIOD_CUE = re.compile(
    r"(?<![一二三四五六七八九十百千万零〇○\d])[“\"‘]?(?P<n>十[一二三四五六七八九]?|[一二三四五六七八九])五[”\"’]?"
    r"\s*(?:时期|期间|以来|期末|末期|规划期)")
#: 在第二个五年计划期间 / 第七个五年计划时期 / 第一个五年内: the full name of a plan's period.
PLAN_FULL_PERIOD_CUE = re.compile(r"第(?P<n>[一二三四五六七八九十]{1,3})个五年(?:计划|规划)?\s*的?\s*(?:时期|期间|期内|内)")
#: 刚刚过去的2025年，… / 2026年是…: a paragraph that opens with a year is about that year.
OPENING_YEAR = re.compile(r"^\s*(?:各位代表[，,！!：:]\s*)?(?:(?:刚刚过去的|过去的|即将过去的|在)\s*)?((?:19|20)\d\d)\s*年(?!代|以来|前|底前|末前|[—–\-～~至到])")
#: How far into a paragraph an opening cue (过去五年，…) is sought.
OPENING_CUE_WINDOW = 24

#: Headings that open a part of the document; lower headings inherit its frame.
TOP_LEVEL_HEADING = re.compile(r"^\s*(?:#{1,2}\s|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[篇部]|"
                               r"Chapter\s+\d|Part\s+[IVX\d])", re.IGNORECASE)
#: （一）… : a paragraph that works as a sub-heading.
SUB_HEADING = re.compile(r"^\s*[（(][一二三四五六七八九十]{1,3}[）)]")
#: 第三章　主要目标　　按照…: a chapter heading that a text export ran into its paragraph.
INLINE_HEADING = re.compile(r"^\s*(?:第[一二三四五六七八九十百]{1,4}[篇章节]|[一二三四五六七八九十]{1,3}、)\s*"
                            r"(?P<title>[^，。；：:,\s]{1,30})")
_PERIOD_NAME = (r"(?:(?:“|\")?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五(?:”|\")?"
                r"|第[一二三四五六七八九十]{1,3}个五年(?:计划|规划)?)")  # “六五” or 第六个五年计划
#: 比“六五”期间 / 较“十三五”时期 / 相当于过去五年: a period as the base of a comparison;
#: 由“六五”期间的27.9%提高到 / 从“八五”的3.6降为: the period of the start of a change
#: (the sentence is about the period that ends it); 是“十一五”时期的3.3倍: the base of a multiple.
COMPARED_PERIOD = re.compile(r"(?:比|较|相比|相当于|高于|低于|超过)" + _PERIOD_NAME + r"(?:时期|期间|末|规划期)?"
                             r"|(?:由|从)" + _PERIOD_NAME + r"(?:时期|期间|末|规划期)?(?:平均)?的"
                             r"|(?:是|为)" + _PERIOD_NAME + r"(?:时期|期间|规划期)?的(?=\s*[\d.]+\s*倍)"
                             r"|(?:比|较|相当于)(?:过去的?五年|上一个五年)")

#: Words that mark a column as the plan's target.
TARGET_WORDS = re.compile(r"\b(?:targets?|goals?|plan(?:ned)?|projected|projections?|proposed|budget(?:ed)?|"
                          r"aims?|BE|milestones?|envisaged|expected|outlook)\b", re.IGNORECASE)

#: Words that mark a column as a reported result (an actual or an estimate of one).
ACTUAL_WORDS = re.compile(r"\b(?:actuals?|achieved|achievements?|estimated?|est|provisional|prov|"
                          r"revised|RE|AE|outturn|baseline|base|status|latest|realised|realized)\b\.?", re.IGNORECASE)

HTML_TAG = re.compile(r"<[^<>\n]{0,400}>")

HTML_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|#\d{1,6}|#x[0-9a-fA-F]{1,5});")

HTML_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)

HTML_ROW_START = re.compile(r"<tr[\s>]", re.IGNORECASE)

HTML_ROW_END = re.compile(r"</tr\s*>", re.IGNORECASE)

#: A heading line: Markdown, 第…章, 一、, 专栏 1, and English "Chapter 3 Targets" / "CHAPTER IV" / "Part II" (a
#: short line: segment.py takes only lines under 80 characters).
SEGMENT_HEADING = re.compile(r"^\s*(#{1,6}\s|\*\*|第[一二三四五六七八九十百]+[篇章节]|[一二三四五六七八九十]+、|——|专栏\s*\d|"
                             r"(?:Chapter|CHAPTER|Part|PART)\s+(?:\d{1,2}|[IVXL]{1,6})\b(?!\s*[,;)]))")

#: 第四章　财政　　（一）财政收入　　1990年国家财政收入达到2，567亿元: a heading that a text
#: export ran into its first paragraph (the parts stand apart by runs of two or more
#: spaces); the part with a figure is text, not a title.
#: (A search starts only where a run of spaces begins, 　 included: started inside one, it was quadratic.)
#: The part may hold single spaces (达到 5 亿吨: exports that set figures apart): the figure is
#: looked for up to the next run of two spaces only, so every character is looked at once.
RUN_IN_BODY = re.compile(r"(?<!\s)\s{2,}(?=(?:\S|\s(?!\s))*?\d)(?P<body>\S.{9,})$")
RUN_IN_HEADING = re.compile(r"^\s*(?:第[一二三四五六七八九十百]+[篇章节]|[一二三四五六七八九十]+、)")

PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")

#: A Markdown table rule, | --- | :---: |. (Two runs of spaces are never adjacent: ``\s*\|?\s*`` took
#: time quadratic in a line of spaces.)
PIPE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")

TABLE_NOTE = re.compile(r"^\s*(?:[*#>]\s*)*(?:注|备注|说明|资料来源|数据来源|Notes?|Sources?)\s*(?:[\d一二三四五六七八九十]+\s*)?[:：.、]"
                        r"|^\s*\*+\s*\S", re.IGNORECASE)

TABLE_TITLE = re.compile(r"(专栏|表)\s*\d+|Table\s+\d+", re.IGNORECASE)

DIGIT_OR_CLAUSE_PUNCT = re.compile(r"\d|[。，；：:]")

LATIN_WORD = re.compile(r"[A-Za-z]+")

WHITESPACE_RUN = re.compile(r"\s+")

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")

_FY = r"(?:FY|F\.Y\.|Fiscal\s+Year|Fiscal|Financial\s+Year)\s*'?"
_FULL = r"(?:19|20)\d\d"
#: FY2019-20, FY 2019/20, FY19-20, 2019-20, 2019/2020, FY2019, FY19, FY '19, 2019-20E
FISCAL_HEADER = re.compile(
    rf"(?<![\w.])(?P<fy>{_FY})?(?P<a>{_FULL}|\d\d)(?:\s*[-–/]\s*(?P<b>{_FULL}|\d\d)(?!\d))?(?P<suffix>[EPTAB])?(?![\w])",
    re.IGNORECASE)
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
#: A line break between two CJK characters (a web page wraps Chinese text anywhere).
CJK_LINE_BREAK = re.compile(rf"(?<=[{_CJK}])(?<!\s)\s*\n\s*(?=[{_CJK}])")  # not after a space: a run of 　 was quadratic

# --- the normalisers (normalise.py)

#: Chinese digits (零 to 九, 两, and the two circles written for 零).
DIGIT_CHARS = "零〇○一二两三四五六七八九"

#: A run of numeral characters: digits, 十百千, 万亿, and a decimal point (点 or ·)
#: followed by a digit. 、 between digit-by-digit groups is a thousands separator.
NUMERAL_RUN = re.compile(rf"[{DIGIT_CHARS}十](?:[{DIGIT_CHARS}十百万亿]|千(?![瓦克米伏卡])|[点·.](?=[{DIGIT_CHARS}])|、(?=[{DIGIT_CHARS}]{{3}}(?![{DIGIT_CHARS}十百千])))*")

#: Plan names (“九五”, 十四五) are not figures.
PLAN_NAME = re.compile(r"(十[一二三四五六七八九]?|[一二三四五六七八九])五")

PLAN_NAME_AFTER = re.compile(r"[”\"’]|计划|规划|时期|期间|末|初|以来|前|后")

#: Measure words that follow small numbers in names and enumerations (五个千万,
#: 三项制度, 四大煤田, 两条主线): a one-character numeral before them is no figure.
MEASURE_WORDS = re.compile(r"个|项|大|条|种|类|次|批|位|名|家|所|座|件|户|元|张|年|月|日|天|小时|岁|届|轮|步|代")

#: 十万人生产安全事故死亡率: a round number of people that a rate is per.
DENOMINATOR = re.compile(r"人口?[\u4e00-\u9fff]{0,12}?(?:率|拥有)")

#: 两点一线, 一点一滴: a point in a phrase, not a decimal.
SLOGAN_DECIMAL = re.compile(r"[一二两三]点一[线滴面]")

ZERO_NUMERAL = re.compile(r"[零〇○]")

NUMERAL_POINT = re.compile(r"[点·.]")

#: Words before a numeral that make it vague (数十万, 几百, 上千, 成千上万): not a figure.
VAGUE_BEFORE = re.compile(r"[数几]$")

#: 多 / 余 after a numeral: more than it (两千多万 → 超过2000万).
MORE_THAN = re.compile(r"[多余]")

NUMERAL_CHAR = re.compile(rf"[{DIGIT_CHARS}十百千万]")

#: 翻两番 / 翻了一番: the start doubled N times, a factor of 2^N.
MULTIPLIER_DOUBLINGS = re.compile(r"翻了?([一两二三四])番")

#: 实现翻番 / 力争翻番 / 实现倍增: doubled (a factor of 2), not 六个翻番 (a count of doublings),
#: nor 倍增计划 / 翻番目标 (the name of a programme).
DOUBLED = re.compile(r"(?<!个)(?<!“)(?:翻番|(?<=实现)倍增)(?![计行工目效器专])")

#: 突破万亿元, 超千亿元, 突破百万辆, 超过千万人次, 新增千万吨: a round magnitude written as one
#: character after a cue of size is the number 1 of that magnitude (近百 is JIN_ROUND_NUMBER).
#: Not 上千家 / 成千上万 (vague), not before another numeral (超百十), 百分之 or a unit that
#: begins with 千 (千瓦, 千米).
ROUND_MAGNITUDE = re.compile(rf"(?:超过|突破|超|逾|新增|达到|达)"
                             rf"(百万|千万|百|千|万)(?![十{DIGIT_CHARS}分]|(?<=千)[瓦克米伏卡])")

#: 实施新增千亿斤粮食生产能力规划: a clause that ends in the name of a programme holds a name, not a figure.
PROGRAMME_NAME_CLAUSE = re.compile(r"[^，。；、,;：:]{0,30}?(?:规划|计划|工程|行动|专项)(?=[，。；、,;：:”」]|$)")

#: 八成以上, 近两成, 超五成: tenths, a share in percent (80 %); not 三五成群 (a numeral before), not 一成
#: (一成不变), not a word that begins with 成 (九成为, 五成员, 七成熟).
TENTHS = re.compile(rf"(?<![十百千万{DIGIT_CHARS}])([二两三四五六七八九])成(?![为功果本立长型都交品效就熟员群绩份分年人])")

#: 占全国近一半, 一半以上: half, a share of 50 %.
HALF = re.compile(r"(?<=[近超占约逾])一半|一半(?=以上|左右)")

BAI_FEN_ZHI_BAI = re.compile(r"百分之百(?![分万亿])")

JIN_ROUND_NUMBER = re.compile(r"(?<=近)(百|千|万|百万|千万)(?![十百千万亿])")

BARE_MAGNITUDE = re.compile(r"十|百|千|十万|百万|万")

YEAR_DIGITS = re.compile(r"(19|20)\d\d")

NUMERAL_THEN_CONJUNCTION = re.compile(rf"[{DIGIT_CHARS}十][和、及]$")

NOT_CJK_OR_QUALIFIER = re.compile(r"[^\u4e00-\u9fff]|以上|以内|左右|以下")

QUALIFIER_AFTER_NUMERAL = re.compile(r"以上|以内|左右|以下")

NUMERAL_DECIMAL_POINT = re.compile(r"[点·]")

NOT_A_CHANGE_VERB = re.compile(r"[^降减增提为到\W\d]")

MAGNITUDE_OR_POINT = re.compile(r"[十百千万亿点·.]")

SHORT_NUMERAL = re.compile(rf"[{DIGIT_CHARS}]{{1,2}}[万亿]?")

#: 百分之二五，八，: after a percentage written digit by digit, a scanned comma before one or two
#: digits that end the clause is its decimal point (not 百分之五，二是…, 百分之七，一季度…).
PERCENT_COMMA_DECIMAL = re.compile(rf"，[{DIGIT_CHARS}]{{1,2}}(?=[，；。])")

#: 16，770亿元: a full-width comma between digit groups of three is a thousands separator.
THOUSANDS = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d，])(?!，\d)")

#: 77·5, 741，3亿元, 304,5万吨: a middle dot between digits, or a comma before one or
#: two digits and a unit, is a decimal point.
DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d)")

COMMA_DECIMAL = re.compile(r"(?<![\d,.])(\d{1,3}(?:[,，]\d{3})*|\d+)[,，](\d{1,2})(?![\d,，.])")

#: 16 770亿元, 9 324.8亿元: digits split by one space inside one number written
#: against its words and unit; 2 015年, 20 15年: a year split by a space.
SPLIT_DIGITS = re.compile(r"(?<=[^\d\s.,])(\d{1,3})((?: \d{3})+)(?=(?:\.\d+)?(?:[万亿]|%|‰|[\u4e00-\u9fff]))")

SPLIT_YEAR = re.compile(r"(?<![\d.,])(\d{1,3}) (\d{1,3})(?=\s?年)")

#: 2O15年, l995年: letters for digits in a year.
YEAR_SLIP = re.compile(r"(?<![A-Za-z\d])([12lI][9O0o][0-9OolI]{2})(?=\s*年)")

SLIP_SHOU_REN = re.compile(r"(?<=[纯均配政民营资税总])收人(?![民员口才])")

SLIP_ZENG_KANJI = re.compile(r"増(?=[长加])")

SLIP_ZENG_HEART = re.compile(r"(?<=年均)憎(?=长)|(?<=年均)曾(?=长)")

SLIP_GAN_FOR_QIAN = re.compile(r"(?<=[一二两三四五六七八九])干(?=[一二两三四五六七八九零〇○万亿])")

SLIP_HUI_FOR_SI = re.compile(r"(?<=[一二三四五六七八九○〇])回(?=[一二三四五六七八九○〇·点，])")

DIGITS_THEN_WORDS = re.compile(r"\d+\s*(.{0,8})")

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

#: — 12 —, - 3 -, 第 3 页, 第3页 共20页, 12/40: a page number on its own line.
PAGE_NUMBER = re.compile(r"^\s*(?:[—\-–－]\s*\d{1,4}\s*[—\-–－]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|"
                         r"\d{1,4}\s*/\s*\d{1,4}|[-—]?\s*\d{1,4}\s*[-—]?)\s*$")

CLAUSE_PUNCT = re.compile(r"[，,。；;、：:]")

# -- OCR (documents/ocr.py) ---------------------------------------------------------------------

#: A word of only these characters, on or beside an erased table rule, is what is left of the rule.
OCR_RULE_DEBRIS = re.compile(r"^[|｜丨Il\[\]_—\-.:;'\"`‘’“”]+$")
#: The version in ``tesseract --version`` (tesseract 5.3.0, tesseract v4.1.1).
TESSERACT_VERSION = re.compile(r"tesseract\s+v?(\d+(?:\.\d+)*)", re.IGNORECASE)
#: A quote mark glued to a number in OCR output (”36500): no plan quotes a bare number; the mark is noise.
OCR_QUOTED_NUMBER = re.compile(r"[“”\"]*([\d.\[\]%]+)[”\"]*")
#: Tesseract language names joined by + (chi_sim+eng, chi_tra, script/HanS).
OCR_LANGUAGE_LIST = re.compile(r"[A-Za-z_]{2,16}(?:/[A-Za-z_]{2,16})?(?:\+[A-Za-z_]{2,16}(?:/[A-Za-z_]{2,16})?){0,5}")

# -- PDF (documents/pdf.py) ---------------------------------------------------------------------

#: A line that is only a page number (- 3 -, 第3页, 3/120), printed in a page's margin.
PDF_PAGE_NUMBER = re.compile(r"^[\s\-—–－·]*(第\s*)?\d{1,4}(\s*/\s*\d{1,4})?(\s*页)?[\s\-—–－·]*$")

#: A chapter, section or box heading (第三章, 一、, 专栏1, （二）): it starts a block of its own.
PDF_HEADING = re.compile(r"^\s*(第[一二三四五六七八九十百零〇]+[篇章节]|[一二三四五六七八九十]+、|专栏\s*\d|（[一二三四五六七八九十]+）)")

#: A run of digits.
DIGIT_RUN = re.compile(r"\d+")
