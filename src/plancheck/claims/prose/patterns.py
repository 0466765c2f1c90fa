"""The patterns of the prose readers (claims/prose/*), one named constant each.

The patterns that other readers share (numbers, verbs of a level or change, the
subject cut, English verbs…) are in ``claims/patterns.py`` (imported as ``P``);
these are the ones only the sentence forms of this package use (imported as
``PP``). tests/test_patterns.py fails on a pattern written in place, and
tests/test_redos.py scans each one here for backtracking and measures its growth.

Patterns used only with ``.match`` / ``.fullmatch`` start with ``^`` (harmless
there, and it tells the growth test that they are never searched at every
position). A run of whitespace has one place in each pattern: a leading ``\\s+``
or ``\\s*`` of a searched pattern is preceded by ``(?<!\\s)``, so that a search
does not restart at every space of a run (the match found is the same: the
leftmost one starts at the first space of its run).
"""

from __future__ import annotations

import re

# --- the sentence walk (reader.py) --------------------------------------------------

#: Words of a sentence that states targets: a number in it that no pattern reads is unparsed.
TARGET_LIKE = re.compile(r"到\s*20\d\d|年均|达到|提高|下降|降低|控制在|增长|新增|累计|比重|%|‰|以上|以内|"
                         r"reach|grow|increase|at least|by 20\d\d", re.IGNORECASE)
#: Clauses of a sentence end after ， or after a , that is no thousands separator (split points).
CLAUSE_SPLIT = re.compile(r"(?<=，)|(?<=,)(?!\d{3}|\d\d,\d)")  # 3,87,000: the Indian grouping is no split

# --- one figure (figures.py) ---------------------------------------------------------

#: A number that may be a year: 1949…2099 (used with fullmatch).
YEAR_NUMBER = re.compile(r"^(19|20)\d\d")
#: 比2015年 / 与2015年: the year before 年 is a base of comparison (the words end in it).
COMPARISON_END = re.compile(r"(比|较|相比|同|与)\s*$")
#: 2015 年的 A: the year dates only the figure it precedes (由2015年的47.2%提高到…) or is the base
#: a figure is measured against (为1952年的2.5倍, 1952年的百分比, 2020年的水平) — unless what it
#: precedes is the subject of the sentence (要求1962年的工农业总产值比1957年增长75%): then it
#: dates the sentence, as 1962年工农业总产值 would (YEAR_OF_SUBJECT_AFTER).
YEAR_OF_AFTER = re.compile(r"^\s*年(底|末)?的")
YEAR_OF_SUBJECT_AFTER = re.compile(r"^\s*年(?:底|末)?的\s*(?!水平|基础|百分比|倍|规模|标准|价格|同期|基数)[\u4e00-\u9fff]")
#: 2020年, 2016-2020, 2016至2020: the number is a year (what follows it).
YEAR_MARK_AFTER = re.compile(r"^\s*(年|-|—|–|至|~)")
#: by 2025, in 2020, during 2016: a year after an English preposition.
EN_YEAR_PREPOSITION_END = re.compile(r"\b(by|in|during)\s*$", re.IGNORECASE)
#: …but not 达到 2050 亿元: a Chinese word, % or ‰ after the number makes it an amount.
CJK_OR_PERCENT_AFTER = re.compile(r"^\s*[\u4e00-\u9fff%‰]")

# --- what a figure is (kinds.py) -----------------------------------------------------

#: 年均下降 3.2%: a yearly fall, not the five-year reduction (each run of spaces has one place).
YEARLY_REDUCTION_WORDS = re.compile(r"(年均|平均每年|每年)(下降|降低|减少)(?:\s*(?:约|超过))?\s*$")
#: 比上年 / 去年 / 同比: a change over one year.
YEAR_ON_YEAR = re.compile(r"上年|去年|同比")
#: 资本系数由3.6降为3: a coefficient or index just before the from-to.
COEFFICIENT_END = re.compile(r"(系数|指数)\s*$")
#: The last character of a subject written just before its figure (森林覆盖率 5.6%).
NAME_CHAR_END = re.compile(r"[\u4e00-\u9fffA-Za-z)）]$")
#: …but not a particle or verb (在, 到, 的, 约, 达…): the subject does not end there.
PARTICLE_END = re.compile(r"[在到于为是了和及与等的共约近达超]$")
#: 新增 / 累计 in the subject: a figure written after it is a change.
NEW_OR_TOTAL = re.compile(r"新增|累计")
#: Verbs that add to a stock (新增/新建/建成/增加: an increment) …
ADDING_VERB = re.compile(r"新增|新建|建成|增加")
#: … unless 累计 sums a flow (a total).
CUMULATIVE_WORD = re.compile(r"累计")

# --- lists of figures (lists.py) ----------------------------------------------------

#: The verbs after 分别 in a list of figures.
_LIST_VERBS = r"为|是|达到|达|调整为|占|提高到|控制在|增长|年均增长|下降|降低|提高|增加|减少|上升|突破|超过|增至|增加到|降至|下降到|提高至|提升至|提升到"
#: A list of figures for one subject: 分别为 15%、48%、47% / 分别达到 38606 元和 13617 元.
RESPECTIVELY_FIRST = re.compile(r"分别(?:\s*(?:" + _LIST_VERBS + r"))?(?:\s*约)?\s*$")
#: The next figure of such a list: 分别为 15%、 (before 48%).
RESPECTIVELY_NEXT = re.compile(r"分别\s*(?:为|是|达到|调整为|占|提高到|控制在)?[^，。；]{0,60}[\d.]+\s*[^\d，。；]{0,6}"
                               r"[、和及与]\s*$")
#: After the first figure of a list, the next one: 、48% / 和 247 亿元.
#: (used with match; each run of spaces has one place: the bound word carries the spaces before it).
LIST_GOES_ON = re.compile(r"^(?:\s*(?:以上|以内|左右))?\s*[、和及与]\s*[\d.]")
#: Each further figure of a list after the first (counted).
LIST_NEXT_FIGURE = re.compile(r"[、和及与]\s*[\d.]+")
#: Where the words after a figure end (the list of figures ends there too).
CLAUSE_BREAK = re.compile(r"[，,。；;]")
#: The joiners of listed subjects or figures (A、B和C).
LIST_JOIN = re.compile(r"[、和及与]")
#: The joiner of subjects listed strictly: 、 alone.
DUN = re.compile(r"、")
#: A subject that is a whole with parts (三次产业比重, 结构, 占…).
SHARE_OR_STRUCTURE = re.compile(r"比重|结构|构成|比例|占")
#: A subject that is a structure whose listed shares make up 100.
STRUCTURE_WORD = re.compile(r"比重|结构|构成|比例")
#: 分别 and all after it: the subjects stand before it.
RESPECTIVELY_ON = re.compile(r"分别.*$")
#: Where the listed subjects begin: after the last clause mark or colon.
CLAUSE_OR_COLON = re.compile(r"[，,。；;：:]")
#: 高中阶段和高等教育毛入学率: the noun that the last subject shares with the first.
MEASURE_NOUN_END = re.compile(r"[\u4e00-\u9fff]{0,3}(?:率|量|比重|指数|人数)$")
#: A subject that already ends in such a noun.
MEASURE_SUFFIX_END = re.compile(r"(?:率|量|比重|指数|人数|数)$")

# --- facilities and counts that close a list (projects.py) ---------------------------

#: …电站（120万千瓦）: a capacity in brackets after the facility's name.
OPEN_BRACKET_END = re.compile(r"[（(]\s*$")
#: Where the facility's name begins (after the last of these marks).
NAME_BREAK = re.compile(r"[、，,；;：:。]")
#: What the count that closes a list counts (…等 22 座中型水库).
THING_AFTER = re.compile(r"^\s*([\u4e00-\u9fff]{2,12})")
#: Water works counted after a list: projects.
WATER_WORKS = re.compile(r"水库|河流|流域|灌区|水闸|勘查区")

# --- ratios (ratios.py) ------------------------------------------------------------

#: 比例尺: a map scale, no ratio of parts.
MAP_SCALE = re.compile(r"比例尺")
#: The verb before a ratio, no part of its subject (调整为 14.5:37:48.5).
RATIO_VERB_END = re.compile(r"(调整为|调整到|优化为|为|达到|是)\s*$")

# --- scope (scope.py) --------------------------------------------------------------

#: Words of a project's name.
PROJECT_WORDS = re.compile(r"项目|工程|电站|水库|枢纽|机场|铁路|公路|管道|管线|基地|园区|炼油|炼化|装置|生产线|"
                           r"输电|特高压|电厂|矿|坝|渠|厂|线路|通道|口岸|站")
#: Units of a facility's capacity or size (used with fullmatch).
CAPACITY_UNIT = re.compile(r"^(?:万吨/年|吨/年|万吨|万千瓦|千瓦|千伏|万标箱|亿立方米|立方米|公里|座|台|辆|套)")
#: Water works counted as projects (实施 14 个大型灌区续建配套).
WATER_PROJECT = re.compile(r"灌区|水闸|水库|河流|堤防")
#: A subject that names one project.
PROJECT_NOUN = re.compile(r"项目|工程|电站|水库|机场")
#: 新建铁路8000公里 / 新增机场10个 / 建成通车高速公路15条: what the region adds to its stock of a
#: kind of facility is a region-wide total, not the size of a named project (改扩建机场6个,
#: upgrades of existing ones, stay projects).
REGION_STOCK_ADDED = re.compile(r"^(?:新建(?:和|及|与)?(?:改建|改造)?|新增(?:及优化调整)?|建成(?:通车)?|新改建|"
                                r"新开(?:通)?|开通|打通|更新改造)")
#: …but what is counted as projects stays projects (建成投产大中型基建项目845个, 电网工程16项).
PROJECTS_NAMED = re.compile(r"项目|工程|工作站")

# --- the common form (simple.py) ---------------------------------------------------

#: 建设 1000 万亩小麦高产田: what the figure counts, printed after it.
OBJECT_AFTER = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z]{2,14})")
#: …unless a bound follows the figure (以上, 以内…).
BOUND_AFTER = re.compile(r"^\s*(以上|以内|左右|以下)")
#: 120万千瓦的电站项目: a project named after a capacity.
PROJECT_AFTER = re.compile(r"^\s*[\u4e00-\u9fff]{0,6}(项目|工程|电站|装置|生产线)")
#: 其中 opening a clause: a part of the figure before.
OF_WHICH_OPENING = re.compile(r"^\s*其中")

# --- the subject (subjects.py) -----------------------------------------------------

#: 城镇新增就业累计 300 万人: the verb of a total follows its subject.
TOTAL_VERB_END = re.compile(r"(累计|共计|合计)\s*$")
#: Three Latin letters: an English subject.
THREE_LATIN = re.compile(r"[A-Za-z]{3}")
#: An English article opening a subject.
EN_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: An English auxiliary ending a subject (… will, … is).
EN_AUXILIARY_END = re.compile(r"(?<!\s)\s+(?:will|shall|should|is|are|to)$")
#: A conjunction or adverb opening a subject (和, 并, 同时, 其中…).
LEADING_CONJUNCTION = re.compile(r"^(和|及|与|并|且|而|但|同时|其中|均|分别|也|将|要求|要|并使|使|the)\s*")
#: A change verb opening a subject is part of its name (新增就业).
LEADING_CHANGE_VERB = re.compile(r"^(新增|新建|建成|累计)")
#: An adverb or verb ending a subject (…分别, …力争, …比2015年): one at a time, peeled from the
#: end by subjects.without_trailing_verbs (one search for the whole run, ``(…)+$``, restarted
#: at each word of a run that does not reach the end: quadratic).
TRAILING_VERB = re.compile(r"(?:分别|均|都|要|将|应该|应当|可以|必须|能够|继续|力争|基本|稳定|保持|达到|提高到|为|比\s*(?:19|20)\d\d\s*年?|年均|累计)$")
#: Per-year words opening a subject are no part of its name.
LEADING_PER_YEAR = re.compile(r"^(平均每年|每年平均|年均|每年)(实现)?")
#: 的 opening a subject (after its year was cut: 1962年的国民收入): no name begins with it.
LEADING_DE = re.compile(r"^的\s*")
#: 的 ending a subject.
TRAILING_DE = re.compile(r"的\s*$")
#: Cue and modal words (预计全年可能增长8%): a subject of only these is the subject before.
MODAL_WORDS = re.compile(r"预计|估计|预期|全年|可能|有望|可以|力争|争取|将|要")
#: Words of a period or change: a subject of only these is the subject before (五年新增).
PERIOD_WORDS = re.compile(r"五年|期间|累计|新增|新建|建成|完成|实现|[“”\"十三五\s]")
#: …由 2015 年的 52.1%提高到: what is left of the subject is only a figure (used with fullmatch;
#: each run of spaces has one place: the runs are parted by the digits and by the words).
FIGURE_LEFT = re.compile(r"^的?\s*(?:[\d.,]+\s*)?(?:(?:[%‰][\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{1,6})\s*)?")
#: A letter or Chinese character: a subject names something.
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")

# --- time (timing.py) --------------------------------------------------------------

#: 比2015年 / 较 / 相比: the year after these words is a base of comparison.
VERSUS_END = re.compile(r"(比|较|相比)\s*$")
#: 2015 年的 A: the year dates A alone (the words end in it).
YEAR_OF_END = re.compile(r"年(底|末)?的\s*$")

# --- English (english.py) ----------------------------------------------------------

#: "grow by 7% annually", "increase by about 6% a year": the rate before, "annually" after.
EN_GROW_BY = re.compile(r"\b(?:grow|grows|grew|growing|increase|increases|increased|increasing|rise|rises|rose|"
                        r"rising|expand|expands|expanded|expanding)\s+(?:by\s+|at\s+)(?:about\s+|around\s+|"
                        r"approximately\s+|at\s+least\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
EN_ANNUALLY = re.compile(r"^\s{0,4}(?:annually|a\s+year|per\s+year|per\s+annum|each\s+year|every\s+year|"
                         r"(?:on\s+average\s+)?(?:a|per|each)\s+year|on\s+average\s+annually)\b", re.IGNORECASE)
#: "keep the surveyed urban unemployment rate below 5.5%": a bound on a level, its subject between.
EN_KEEP = re.compile(r"\b(?:keep|keeps|keeping|maintain|maintains|maintaining|hold|holds|holding|control|"
                     r"controls|controlling|limit|limits|limiting)\s+(?:the\s+|a\s+)?(?P<subject>[A-Za-z][A-Za-z\- ]{0,80}?)"
                     r"\s+(?:below|under|within|at|at\s+or\s+below|at\s+or\s+above|above|no\s+more\s+than|"
                     r"no\s+higher\s+than|no\s+less\s+than)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
#: "in …" after "of which": a place, not what the part counts (used with match).
EN_IN_WORD = re.compile(r"^in\b", re.IGNORECASE)
#: "… by" ending the words before a figure.
EN_BY_END = re.compile(r"\bby\s*$")
#: … and that "by", cut off a subject.
EN_TRAILING_BY = re.compile(r"(?<!\s)\s+by\s*$")
#: "… accounted for 49.5% of GRP": the whole of a share, after it.
EN_SHARE_WHOLE = re.compile(r"^\s*of\s+([A-Za-z][A-Za-z ]*?)(?=\s+(?:in|by|and)\b|\s*[,.;]|\s*$)")
#: An object that is only a preposition: no object.
EN_PREPOSITION_ONLY = re.compile(r"^(in|by|to|from|and)$", re.IGNORECASE)
#: Verbs that add to a stock (build 420 km): an increment.
EN_BUILD_VERB = re.compile(r"build|built|add|construct|open", re.IGNORECASE)
#: An English unit of length or scale.
EN_LENGTH_OR_SCALE = re.compile(r"\bkm\b|million|billion", re.IGNORECASE)
#: "the number of …": a level without a unit.
EN_NUMBER_OF = re.compile(r"number of", re.IGNORECASE)
#: "… of the province": no part of the indicator's name.
EN_OF_PLACE_END = re.compile(r"(?<!\s)\s+of\s+the\s+(?:province|region|city|country)$", re.IGNORECASE)
#: "… will be", "… is": an auxiliary ending a subject.
EN_TO_BE_END = re.compile(r"(?<!\s)\s+(?:will|shall|is|are|was|were)(?:\s+be)?$", re.IGNORECASE)
#: "…will increase from", ", rising from": the verb is no part of the name.
EN_CHANGE_VERB_END = re.compile(r"(?<!\s)\s*(?:(?:will|to)\s+)?(?:increase|increasing|rise|rising|grow|growing|fall|"
                                r"falling|decline|declining|go\s+up|up|down)s?$", re.IGNORECASE)
#: Two Latin letters: an English subject names a word.
TWO_LATIN = re.compile(r"[A-Za-z]{2}")
#: A Latin letter (a clause with more of them than Chinese characters is English).
LATIN_LETTER = re.compile(r"[A-Za-z]")
