"""Every pattern of plan language, one named constant each.

Kept apart from the code that uses them so that a reader can see at a glance
what is recognised, and a test can exercise each one (after statcheck's
``regex.R``). Patterns work on normalised text (half-width digits).
"""

from __future__ import annotations

import re

#: A number as printed: 13078, 9,324.8, 1.18, -1.68 (full-width digits are
#: normalised before matching).
#: (the Indian grouping too: 3,87,000 and 12,34,56,789, groups of two before the last three; Rs.3,87,000)
NUMBER = r"(?:(?<![\dA-Za-z.])|(?<=\bRs\.))[-+]?(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.]*\d)"
NUMBER_RE = re.compile(NUMBER)

#: 14.5:37:48.5 — a ratio of two or more parts (2.8∶1 with the ratio sign too).
RATIO_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,4}(?![\d.])")

#: A bare multiplier as the unit of a count that ends there: 人口控制在13亿以内 (亿 people).
BARE_MULTIPLIER = re.compile(r"(万亿|亿|万)(?=\s*(?:以内|以上|以下|左右|[，,。；;]|$))")

#: …or of a count whose object follows, after a verb that counts it (转移4000万农业劳动力).
BARE_MULTIPLIER_OBJECT = re.compile(r"(万亿|亿|万)(?=[\u4e00-\u9fff])")

#: The upper end of a range just after a number: 550-600, 6.5～7, 23.6一34.8 (一 printed for
#: a dash), 3,000----3,500; with a multiplier on both ends (550万一600万吨, the multiplier
#: stays with the unit). ``mult`` is the lower end's multiplier, ``mult2`` the upper's.
RANGE_AFTER = re.compile(r"^\s*(?:(?P<mult>万|亿)\s*)?(?:-{1,4}|—{1,2}|–|一|~|～|至|到)\s*"
                         r"(?P<upper>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,])(?P<mult2>万|亿)?")
#: ... which is no range when a year follows it (2016-2020年).
RANGE_OF_YEARS = re.compile(r"^\s*[-~～至到]\s*\d+(?:\.\d+)?\s*年")
#: A range printed with its unit twice: 6.5%—7%, 17.9一24.3%.
RANGE_AFTER_UNIT = re.compile(r"^\s*(?:-{1,4}|—{1,2}|–|一|～|~|至|到)\s*(\d+(?:\.\d+)?)\s*([%‰])")

#: Sentence ends (offsets are kept, so these are split points).
SENTENCE_SPLIT = re.compile(r"[。；;！!？?]|\.(?=\s|$)")
#: A sentence part that ends in a semicolon: the sentence goes on in the next part.
CLAUSE_JOIN_END = re.compile(r"[；;]\s*$")
#: A year that opens a sentence (到2025年，/ 2025年底，): it dates every clause of the sentence.
OPENING_YEAR = re.compile(r"(?:到|至|截至|截止|在)?[ \t\u3000]{0,3}((?:19|20)\d\d)[ \t\u3000]{0,3}年(?:底|末)?"
                          r"[ \t\u3000]{0,3}[，,]")  # bounded spaces: linear under search

#: Average annual growth: 年均增长 7%, 年均增速达到 8%, 平均每年增长 6.5%.
GROWTH_WORDS = re.compile(r"(年均(?:实际)?(?:增长|增速|递增|提高|增幅)|平均每年增长|年平均增长|每年增长)"
                          r"(?:率)?(?:保持在|达到|为|在|均为)?(?:\s*(?:约|超过|不低于))?\s*$")
#: A change over the period: 比2015年增长 30%, 累计增长, 提高 10 个百分点.
CHANGE_WORDS = re.compile(r"((?:比|较)\s*(?:(?:20|19)\d\d\s*年?|上年|去年)|同比)?(累计)?(增长|提高|增加|上升|提升|扩大|净增)(?:了)?(?:\s*(?:约|超过))?\s*$")
#: A reduction: 下降 33%, 降低 15%, 减少 10% (比2015年 optional).
REDUCTION_WORDS = re.compile(r"((?:比|较)\s*(?:20|19)\d\d\s*年?)?(累计)?(下降|降低|减少|削减|压减)(?:了)?(?:\s*(?:约|超过))?\s*$")
#: A level: 达到 13078, 提高到 45%, 控制在 4.5%以内, 稳定在, 超过, 突破, 调整为.
LEVEL_WORDS = re.compile(r"(达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|上升到|上升至|"
                         r"控制在|稳定在|保持在|保持|超过|突破|调整为|降低到|降低至|降到|降至|下降到|下降至|"
                         r"减少到|减少至|为|是|达到了|完成|实现|占|由|从|跨越|跨过|迈上|跃上|站上|增至|缩小到|缩小至|"
                         r"扩大到|扩大至|降为|下降为|提高为)"
                         r"(?:\s*(?:19|20)\d\d\s*年(?:底|末)?(?:\s*的)?)?(?:\s*(?:约|大约|近|超过|不低于|不少于|不超过))?\s*$")
#: A five-year total or increment: 五年累计新增 220 万人, 新建 285 座, 完成投资 3.96 万亿元.
TOTAL_WORDS = re.compile(r"((?:五年|\"十三五\"|“十三五”|十三五期间|期间)?(?:累计(?:完成)?)?"
                         r"(?:新增|新建|建成|改造|培训|转移|新开工|实施|解决|脱贫|安置|引进|累计完成|累计))"
                         r"(?:[\u4e00-\u9fff]{0,8}(?:、[\u4e00-\u9fff]{1,8}){0,4})?(?:\s*(?:约|超过))?\s*$")
#: An annual average: 平均每年 45 万人, 年均新增 44 万人.
PER_YEAR_WORDS = re.compile(r"(平均每年|每年平均|年均新增|每年新增|年均转移|年均培训|每年)(?:[\u4e00-\u9fff]{0,6})?(?:\s*(?:约|超过))?\s*$")
#: A share of a whole: 占全区扶贫人口的 85%, 占小麦总播面积 60%.
#: Each run of whitespace has one place: the whole starts at a non-space, and every
#: optional word carries the whitespace before it, so no two ``\s*`` can share one
#: run (the earlier form took time of about n^5 on 占 followed by n spaces).
SHARE_OF_WORDS = re.compile(r"占\s*(?P<whole>[^，,。；;\s][^，,。；;]{0,24}?)(?:\s*的)?(?:\s*(?:比重|比例))?"
                            r"(?:\s*(?:达到|为|提高到|保持在))?(?:\s*(?:约|超过))?\s*$")
#: "build N unit of something": 建设 1000 万亩小麦高产田, 新建 285 座水闸.
BUILD_BEFORE = re.compile(r"(建设|新建|建成|改造|实施|培育|打造|新增|完成|改扩建|续建|开工|整治|治理|造林|培训|转移)(?:\s*(?:约|超过))?\s*$")
#: A share: 占 GDP 比重达到 48.5%, 比重为 60%.
SHARE_WORDS = re.compile(r"(比重|比例|占比|份额|比率|覆盖率|普及率|率)(?:\s*(?:达到|提高到|为|在|保持在|稳定在|超过|控制在))?"
                         r"(?:\s*(?:约|超过))?\s*$")

#: Qualifiers after a number and its unit / before a number.
QUAL_AFTER = re.compile(r"^\s*(以上|以内|以下|左右|之内|内)")
QUAL_BEFORE = re.compile(r"(约|大约|近|超过|突破|逾|超|不低于|不少于|不超过|不高于|低于|高于|至少|跨越|跨过|迈上|跃上|站上)\s*$")
#: 2800多个 / 100余家: more than the figure (the unit follows the word).
QUAL_MORE_AFTER = re.compile(r"^(多|余)")
#: A clause that is only a subject (农业总产值，1990年达到… / 1990年工农业总产值，按照…计算，达到…):
#: what is left of a figure-less clause without its year and 其中, when it names a
#: quantity by its head noun, is the subject of the figures after it in the sentence.
#: (each is removed in turn from a stripped clause, so no two of them share a run of spaces).
CLAUSE_SUBJECT_NOISE = (re.compile(r"^[\-—–－·•]+"), re.compile(r"^[（(][一二三四五六七八九十\d]{1,3}[）)]"),
                        re.compile(r"^其中[:：]?"),
                        re.compile(r"^(?:要求|预计|力争|争取)?(?:到|至|在)?(?:19|20)\d\d\s?年(?:底|末)?的?"))
#: A heading run into the clause stands apart from it by a run of spaces.
CLAUSE_SUBJECT_PARTS = re.compile(r"\s{2,}|\u3000")
CLAUSE_SUBJECT = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、]{1,28}[\u4e00-\u9fff]")
CLAUSE_SUBJECT_HEAD = re.compile(r"(?:产值|总值|增加值|收入|总额|总量|产量|产业|面积|人数|里程|规模|能力|比重|数量|"
                                 r"容量|储量|蓄积量|利润|税收|支出|投资|能耗|能源|人口|率|数)$")
#: The start of a from-to: 由 / 从, with the year or period it is about (由1985年的12.9吨,
#: 由“六五”期间的73.6%, 从57600亿元); the figure is a level at the start of the change.
FROM_BEFORE = re.compile(r"(?:由|从)\s?(?:(?P<year>(?:19|20)\d\d)\s?年(?:底|末)?的?|"
                         r"(?P<decade>(?:[一二三四五六七八九]十|\d0)年代(?:初|中|末)?期?的)|"
                         r"(?:[“\"]?(?P<period>十[一二三四五六七八九]?|[一二三四五六七八九])五[”\"]?"
                         r"|第(?P<ordinal>[一二三四五六七八九十]{1,3})个五年(?:计划|规划)?)"
                         r"(?:时期|期间|末|规划期)?(?:平均)?的?)?\s?$")
#: The base value of a comparison: 比1995年的4.65亿吨增加… / 与1995年的450万吨持平.
BASE_VALUE_BEFORE = re.compile(r"(?:比|较|与|同|相比)\s?(?P<year>(?:19|20)\d\d)\s?年(?:底|末)?的\s?$")
#: 比1985年增长38%: the named year is the base of the change.
VERSUS_BASE_YEAR = re.compile(r"(?:比|较|相比|同)\s?((?:19|20)\d\d)\s?年(?:底|末)?(?!\s?的)")
#: 资本系数由3.6降为3左右: a coefficient or index before a unitless level in its clause.
COEFFICIENT_BEFORE = re.compile(r"(?:系数|指数)[^，,；;。]{0,16}$")
#: One Chinese character (a product named by one: 钢, 布, 糖).
ONE_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Units of products counted in a list of outputs (钢9400万吨): a one-character product is
#: named by its output (钢 → 钢产量).
OUTPUT_UNIT = re.compile(r"(?:万|亿)?(?:吨|米|立方米|件|箱|辆|台|块|千瓦时|度)")
#: A clause that opens with a verb is an action (增加农民收入), not a subject.
CLAUSE_SUBJECT_VERB = re.compile(r"^(?:增加|提高|扩大|减少|降低|加快|加强|促进|推动|推进|实现|保持|确保|努力|力争|争取|"
                                 r"使|让|把|对|为|在|以|按|要|将|继续|进一步|发展|建设|节约|消除|控制)")
#: …国民生产总值从57600亿元增加到: the start of a from-to is not part of the subject.
FROM_VALUE_TAIL = re.compile(r"(?:由|从)[^由从，,；;\s]{0,24}?\d[\d.,]*[%‰]?[\u4e00-\u9fff/]{0,6}$")
#: 按1995年价格计算的国民生产总值: the price basis before a subject is not part of it.
PRICE_BASIS = re.compile(r"^(?:按照|按)?\s?(?:(?:19|20)\d\d\s?年)?的?(?:不变|可比|现行)?价格(?:计算)?的?")
#: 为1958年和以后年度建设所需的 / 2021年以来: a span of years from (or to) one, not the year of the figure.
YEAR_SPAN_AFTER = re.compile(r"^\s?年(?:和|及)?(?:以后|以前|之后|之前|以来)")
#: 在工农业总产值中，…: a figure-less clause naming the whole of the shares that follow.
WHOLE_WITHIN = re.compile(r"在([\u4e00-\u9fff（）()]{2,24})中")
#: 农业所占比重: a share that names its part only (the whole came before).
SHARE_OF_A_WHOLE = re.compile(r"([\u4e00-\u9fff、]{1,24}?)(?:所占|占)的?(比重|比例)")
#: 合作社营[2]: a footnote mark inside a subject.
FOOTNOTE_MARK = re.compile(r"\[\d{1,2}\]")
#: 在工业农业总产值中所占的比重: a clause naming a share by its whole.
SHARE_WITHIN = re.compile(r"在[\u4e00-\u9fff、]{2,24}中(?:所占)?的?(?:比重|比例)")
#: 按1980年不变价格计算 / 按照1985年价格: a year that is the price base, not the figures' year.
PRICE_BASE_YEAR = re.compile(r"^\s?年的?(?:不变|可比|现行)?价格")

#: Verbs that open a subject but are not part of the indicator's name.
LEADING_VERBS = re.compile(r"^(?:(?:加快|积极|有序|继续|大力|着力|重点|全面|进一步|深入|稳步|努力|切实|持续)\s*)*"
                           r"(?:推进|培育|实施|推动|开展|实现|完成|保持|建设|发展|打造|提高|提升|加强|扩大)?\s*")

#: A target year: 到2020年, 至2020年, 2020年, by 2020.
YEAR_RE = re.compile(r"(?:(到|至|截至|截止到|by|in)\s*)?((?:19|20)\d\d)\s*(?:年(?:底|末)?)?", re.IGNORECASE)


#: A year printed in the words before a figure (2020年, 1995年底).
PRINTED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*年")

#: Numbers that are not quantities: plan names, codes, ordinals, dates, the 1 of 每一处 —
#: by the characters just before the number (第3, 每1, G7, “7918”, ±800) ...
NOT_A_QUANTITY_BEFORE = re.compile(r"(?:第\s*|每\s*|[A-Za-z]|[“\"]\s*|±\s*)$")
#: ... and by the words just after it (3号, 5月, 2大, 14个五年; 条 only of a policy package:
#: "20条"措施; 35条道路, 260名人才 and 12批 are counts). The two are kept apart: the words
#: after a number say nothing of the words before another one (奶类产量625万吨 is a quantity
#: though 类 follows the number in 3类).
NOT_A_QUANTITY_AFTER = re.compile(
    r"(?:^\s*(?:号|届|次会议|次全会|次党代会|个五年|五|月|日|时|期|级|类|星|"
    r"条(?=\s*(?:[”\"]|措施|政策|举措|意见|规定))|章|节|篇|版|号线|型|代|"
    r"项目”|”|\"|kV|千伏|周年|年代|世纪|大|个一百年|位|强|A级|A|小时|公里/小时|km/h))")


#: A change against a named year (比2015年, 较2020年): the year is the base, not the figure's year.
VERSUS_YEAR = re.compile(r"(?:比|较|相比)\s*(?:(?:19|20)\d\d\s*年?(?:末|底)?|上年|去年)|同比")
#: …，比“六五”期间平均年产量增长12%: the base of a comparison ends the words before
#: the verb; the subject stands before it (or in the clause before).
VERSUS_PHRASE = re.compile(r"(?:(?<!占)比(?!重|例|率|值|较)|较(?!大|高|低|快|好|为|多|少))[^，,；;。比较]{1,16}$")

#: Subjects that name an attribute of a project, not a quantity of the region (a design
#: standard is; 最低工资标准 and 低保标准 are amounts).
ATTRIBUTE_SUBJECT = re.compile(r"(设计速度|设计时速|时速|速度|车道|宽度|路面|(?:设计|建设|技术|工程)标准|等级|电压|design speed)$",
                               re.IGNORECASE)
#: A heading or box line that ends a project box.
BOX_END = re.compile(r"^\s*(#{1,3}\s*第[一二三四五六七八九十百]+[篇章节]|#{1,2}\s|第[一二三四五六七八九十百]+[篇章节])")

#: Region qualifiers of a statement's subject.
REGIONS = ("南疆四地州", "南疆三地州", "南疆", "北疆", "东疆", "兵团", "乌鲁木齐", "克拉玛依", "吐鲁番", "哈密",
           "昌吉", "伊犁", "塔城", "阿勒泰", "博州", "巴州", "阿克苏", "克州", "喀什", "和田", "贫困地区",
           "贫困县", "边境县", "中心城区", "主城都市区", "渝东北", "渝东南", "东部地区", "西部地区",
           "中部地区", "东北地区")
REGION_RE = re.compile("(" + "|".join(REGIONS) + ")")

#: A subject is cut at the last of these (what precedes belongs to the sentence, not to the indicator).
SUBJECT_CUT = re.compile(r".*(?:[、:：]|其中|以及|并且|使|让|确保|力争|争取|推动|促进|全区|全市|全省|"
                         r"全国|我区|我市|(?:19|20)\d\d\s*年(?:底|末)?|期间|时期|以来|"
                         r"完成(?!额|率|量|值)|累计)")

#: …when nothing is left after the cut, the subject stands before the cut word, from the start
#: of its clause: 城镇失业率力争控制在4%左右, 私营工业产值1952年为105.3亿元 (not the 年至 of
#: 2015年至2020年).
SUBJECT_BEFORE_CUT = re.compile(r"(?:^|(?<=[，,；;。：:\s]))(?P<subj>[\u4e00-\u9fff]{2,24}?)在?(?:力争|争取|确保|累计(?:完成)?|完成|"
                                r"(?:19|20)\d\d\s?年(?:底|末)?)(?:将|要|可|也)?[^\u4e00-\u9fff\d]{0,2}$")

#: Enumerations with a stated count: …、…、…等 5 个 / 三大 / 六项.
#: The count that closes a list: 等 5 个, 三大, 六项 (the list itself is read back to the clause start).
ENUM_COUNT_RE = re.compile(r"(?<![\d.])(?P<count>[2-9]|[1-9]\d|[两三四五六七八九十]+)\s*"
                           r"(?P<unit>个|项|大|条|座|所|家|类|种)(?![\u201d\"离线])")
#: 分别增加2个 / 各2个: a count of what each item got.
ENUM_EACH = re.compile(r"(?:分别|各)[\u4e00-\u9fff]{0,4}\s*$")
#: 省、市、县五级和…: a count closing an earlier list of the same clause.
ENUM_LIST_BREAK = re.compile(r"(?:[2-9]|[1-9]\d|[两三四五六七八九十]+)\s*[个项大条座所家类种级层批]\s*[和及与、]")
#: Where a list may begin: the clause start.
ENUM_START = re.compile(r"[，,。；;:：“”\"]")
#: Subjects too generic to stand alone (平均单产, 县城): they take the subject before them.
GENERIC_SUBJECT = re.compile(r"^(平均单产|单产|产量|总产|面积|比重|比例|覆盖率|普及率|县城|农村|城市|城镇|乡村|村庄|其中)$")

#: English patterns (for English-language plans).
EN_GROWTH = re.compile(r"(?:grow|grows|grew|growing|increase|increases|increased|increasing|rise|rises|rose|rising)\s+(?:by\s+|at\s+)?(?:an\s+)?average\s+annual\s+"
                       r"(?:rate\s+of\s+|growth\s+of\s+)?(?:about\s+|around\s+|at\s+least\s+|over\s+|more\s+than\s+)?$",
                       re.IGNORECASE)
EN_LEVEL = re.compile(r"(?:reach|reaches|reached|reaching|rise\s+to|rises\s+to|rose\s+to|increase\s+to|increases\s+to|"
                      r"(?:be\s+)?kept(?:\s+(?:at|below|within|under))?|stay\s+(?:at|below|within)|stand\s+at|stood\s+at|be|"
                      r"was|were|is|are|to|from|totall?ed|total)\s+(?:about\s+|around\s+|at\s+least\s+|over\s+|"
                      r"more\s+than\s+|no\s+more\s+than\s+|at\s+most\s+|within\s+|below\s+)?$", re.IGNORECASE)
EN_REDUCTION = re.compile(r"(?:fall|falls|fell|drop|drops|dropped|decline|declines|declined|be\s+cut|be\s+reduced|reduce|reduced|cut|"
                          r"contract|contracts|contracted|shrink|shrinks|shrank)\s+by\s+"
                          r"(?:about\s+|at\s+least\s+|over\s+)?$", re.IGNORECASE)
EN_OF_WHICH = re.compile(r"of\s+which\s*$", re.IGNORECASE)
EN_QUAL_BEFORE = re.compile(r"(about|around|approximately|at\s+least|more\s+than|over|no\s+more\s+than|no\s+less\s+than|"
                            r"not\s+less\s+than|not\s+more\s+than|at\s+most|within|below|under)\s+$",
                            re.IGNORECASE)
EN_QUAL_AFTER = re.compile(r"^\s*(or\s+more|or\s+above|or\s+less|and\s+above)", re.IGNORECASE)
EN_UNITS = re.compile(r"^\s*(%|per\s*cent|percent|percentage\s+points?|billion\s+yuan|million\s+yuan|"
                      # rates per 1,000 (or 1,00,000 / 100,000) live births or people; power, energy, areas, tonnes,
                      # and the Indian magnitudes lakh (1e5) and crore (1e7)
                      r"per\s+(?:1,000|1000|1,00,000|100,000|10,000|lakh|thousand)\s+(?:live\s+births|population|people|persons)|"
                      r"(?:million|billion|lakh|crore)\s+(?:tonnes|tons|hectares?|kWh|units|households)|"
                      r"billion\s+kWh|MW|GW|kW|kWh|TWh|GWh|lakh|crore|(?:US\s+)?dollars|rupees|ringgit|euros|"
                      r"trillion\s+yuan|yuan|billion\s+US\s+dollars|million\s+people|million|billion|years|km|kilometres|"
                      r"kilometers|hectares|tonnes|tons)(?![A-Za-z])",
                      re.IGNORECASE)
EN_SUBJECT_CUT = re.compile(r".*(?:\b(?:by|in|during|from)\s+(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\b,?|;|,|"
                            r"\bthat\b|\band\b(?!\s+above)|\bbringing\b|\bwith\b)\s*", re.IGNORECASE)
EN_VERB_TAIL = re.compile(r"(?<!\s)\s+(?:will\s+be|will|shall|should|is|are|was|were|has|have|had|be)\s*$", re.IGNORECASE)
#: English: the share a part accounts for (… accounted for 49.5% of GRP).
EN_SHARE = re.compile(r"(?:accounts?|accounted|accounting)\s+for\s+(?:about\s+|at\s+least\s+)?$", re.IGNORECASE)
#: English: a change in percentage points (up 4.5 percentage points).
EN_CHANGE = re.compile(r"\b(?:up|down|an?\s+increase\s+of|a\s+rise\s+of)\s+(?:by\s+)?$", re.IGNORECASE)
#: English: a number before what it counts (a total of 1.05 million new urban jobs; build 420 km of expressways).
EN_TOTAL_BEFORE = re.compile(r"(?:a\s+total\s+of|total\s+of|build|built|building|add|added|adding|create|created|creating|"
                             r"construct|constructed|open|opened|train|trained|lift|lifted)\s+(?:about\s+|at\s+least\s+|over\s+)?$|^\s*(?:at\s+least\s+|about\s+|over\s+)?$",
                             re.IGNORECASE)
#: English: the year after a figure (… 1,836.5 billion yuan in 2020).
EN_YEAR_AFTER = re.compile(r"^[^,;.]{0,30}?\b(?:in|by|at\s+the\s+end\s+of)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
#: "… in FY2024-25", "by FY25", "in 2019-20": a fiscal year after the figure (read by documents/fiscal.py).
EN_FISCAL_AFTER = re.compile(r"^[^,;.]{0,30}?\b(?:in|by|at\s+the\s+end\s+of)\s+((?:FY\s?'?)?(?:19|20)\d\d[-–/]\d\d(?!\d)|"
                             r"FY\s?'?\d\d(?:\d\d)?(?![\d-]))", re.IGNORECASE)
EN_OBJECT = re.compile(r"^\s{0,8}(?:of\s+)?((?:new\s+)?[A-Za-z][A-Za-z\- ]{0,60}?)(?=\s+and\s+(?=\d|an?\s|the\s)|\s+(?:will|were|was|are|is|have|has|over|in|by|at|"
                       r"from|to|bringing|during|each|per|a\s+year)\b|\s*[,;.(]|\s*$)", re.IGNORECASE)
EN_REGION_AFTER = re.compile(r"^\s{0,8}(?:[a-z ]{0,40}?)\bin\s+(?:the\s+)?([A-Za-z ]{1,60}?(?:prefectures?|regions?|counties|areas))\b", re.IGNORECASE)

# -- English plan prose: the shapes of real English plans (claims/prose/english.py) ----------------
#: "GSDP was Rs 3,87,000 crore", "₹ 18,500 crore", "US$ 42 billion": a currency before the figure.
EN_CURRENCY_END = re.compile(r"(?<![A-Za-z])(?P<cur>Rs\.?|₹|INR|RM|US\$|USD|\$)\s{0,2}$")
#: "2.1 During …", "3.4 Underweight …": the section number a paragraph of a plan opens with.
EN_SECTION_START = re.compile(r"^\s{0,4}\d{1,2}(?:\.\d{1,2}){1,3}\s{1,4}(?=[A-Z(])")
#: "will be reduced to", "brought down to", "fell to", "improve to": the level a change ends at.
EN_LEVEL_TO = re.compile(r"\b(?:(?:be\s+)?(?:reduced|brought\s+down|lowered|cut|raised|increased|improved|enhanced|expanded|"
                         r"scaled\s+up|augmented)|falls?|fell|declines?|declined|drops?|dropped|improves?|improved|"
                         r"come\s+down|came\s+down|goes?\s+up|went\s+up|rises?|rose|increases?|grows?|grew|expands?|"
                         r"expanded|climbs?|climbed)\s+to\s+(?:about\s+|around\s+|at\s+least\s+|over\s+|below\s+|under\s+)?$",
                         re.IGNORECASE)
#: "fell from", "increase from", "up from", "rose from": the level a change starts at (the end follows).
EN_FROM_END = re.compile(r"\bfrom\s+(?:about\s+|around\s+|over\s+|nearly\s+)?$", re.IGNORECASE)
#: "… to 21,500 MW": the end of a from-to just after the start figure, with its unit.
EN_TO_AFTER = re.compile(r"^\s{0,4}(?:in\s+[\w-]{4,9}\s{1,4})?to\s+(?:about\s+|around\s+)?[\d.,]+\s*", re.IGNORECASE)
#: "grew by 6.8 per cent", "increased by 12%": a change in per cent with no "a year" after it.
EN_GREW_BY_END = re.compile(r"\b(?:grow|grows|grew|grown|growing|increase|increases|increased|rise|rises|rose|expand|"
                            r"expands|expanded)\s+(?:by\s+)?(?:about\s+|around\s+|over\s+)?$", re.IGNORECASE)
#: "an average growth rate of", "a growth rate of", "growth is targeted at", "growth of", "growth at":
#: a growth rate named by the noun, its subject before "growth".
EN_GROWTH_NOUN = re.compile(r"\b(?:(?:an?|the)\s+)?(?:(?:average|annual|real|compound)\s+){0,3}(?:annual\s+)?growth"
                            r"(?:\s+rate)?\s+(?:(?:is|was|will\s+be|has\s+been|of|at|to)\s+)?(?:(?:targeted|projected|expected|"
                            r"estimated|envisaged|set|kept|pegged|placed|fixed|aimed)\s+)?(?:at\s+|of\s+|to\s+be\s+)?"
                            r"(?:about\s+|around\s+|at\s+least\s+|over\s+)?$", re.IGNORECASE)
#: "a real GDP growth at an annual rate of 8%", "expand at a rate of": a growth word, then the rate words.
EN_RATE_OF = re.compile(r"\b(?:growth|grow|grows|grew|growing|expand\w{0,3}|increas\w{0,3}|ris\w{1,3})\b[^.;]{0,30}?"
                        r"\bat\s+(?:an?\s+)?(?:(?:average|annual|compound)\s+){0,2}rate\s+of\s+(?:about\s+|around\s+|over\s+)?$",
                        re.IGNORECASE)
#: "The poverty ratio fell", "… is targeted", "will be brought down": a verb that ends a subject's words.
EN_VERB_END = re.compile(r"(?<!\s)\s+(?:(?:will|shall|is|are|was|were|has|have|had|to)\s+)?(?:be\s+|been\s+)?"
                         r"(?:fell|fallen|declined|dropped|decreased|reduced|rose|increased|grew|grown|improved|brought\s+down|"
                         r"came\s+down|went\s+up|expanded|raised|lowered|targeted|projected|expected|estimated|set|kept|cut|"
                         r"stood|remained)$", re.IGNORECASE)
#: "… to 21,500": the word that ends the start of a from-to (what comes after it is the end's).
EN_TO_SPLIT = re.compile(r"\bto\s+(?:about\s+|around\s+)?(?:Rs\.?\s*|₹\s*|US\$\s*|\$\s*)?\d", re.IGNORECASE)
#: "The Plan aims at", "The Plan targets", "this Plan envisages": the plan itself is the subject.
EN_PLAN_SUBJECT = re.compile(r"^\s*(?:the|this)\s+(?:\w+\s+){0,3}plan\s+(?:aims|targets|envisages|seeks|proposes|projects)\b",
                             re.IGNORECASE)
#: "against a target of", "compared with a target of": the target a result is set against.
EN_AGAINST_TARGET = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|below|above|short\s+of|exceeding)\s+(?:a|the)\s+"
                               r"(?:\w+\s+)?target\s+of\s+$",
                               re.IGNORECASE)
#: "against Rs 16,200 crore in 2016-17", "compared with 38 in 2011-12": the same subject's other figure.
EN_AGAINST = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus)\s+$", re.IGNORECASE)
#: ", and manufacturing by", "and manufacturing growth at", "and services at": a list item whose verb
#: is that of the figure before (Agriculture grew by 2.6 per cent a year and manufacturing by 8.4).
EN_ELIDED_ITEM = re.compile(r"(?:,|\band)\s+(?:the\s+)?(?P<subject>[A-Za-z][A-Za-z\- ]{0,60}?)\s+(?:growth\s+)?(?:by|at|to)\s+"
                            r"(?:about\s+|around\s+)?$", re.IGNORECASE)
#: "… and 2.4 lakh houses", "… and 3 new medical colleges": a number that opens the next item of a list.
EN_AND_END = re.compile(r"(?:,\s*|\s)and\s+(?:about\s+|around\s+|over\s+)?$", re.IGNORECASE)
#: "at the end of the Eleventh Plan", "by the end of the Plan", "in the terminal year (of the Plan)",
#: "by the end of the Twelfth Five Year Plan": a plan's last year after a figure (the plan is read by the calendar).
EN_PLAN_END_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:at|by|until|till|towards)\s+(?:the\s+)?end\s+of\s+(?P<plan>(?:(?:the|this)\s+)?"
                               r"[A-Za-z\- ]{0,40}?Plan)\b|^[^,;.]{0,40}?\bin\s+the\s+(?P<terminal>terminal|final|last)\s+year\b",
                               re.IGNORECASE)
#: "aged 0–3 years", "(0-6 years)", "under 5", "below 18 years": an age bracket inside a subject's name.
EN_AGE_BRACKET = re.compile(r"\baged\s+\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}(?:\s+years)?|\(\s*\d{1,2}\s*[-–]\s*\d{1,2}\s+years\s*\)|"
                            r"\b(?:under|below|above|over)\s+(?:the\s+age\s+of\s+)?\d{1,2}(?:\s+years)?(?:\s+of\s+age)?\b",
                            re.IGNORECASE)
#: "mean years of schooling", "life expectancy": quantities measured in years (not durations).
EN_YEARS_MEASURE = re.compile(r"\b(?:schooling|life\s+expectancy|expectancy|years\s+of\s+(?:education|schooling)|education)\b",
                              re.IGNORECASE)
#: " and ": the word that joins the items of a subject (kept whole for a "respectively").
EN_AND_WORD = re.compile(r"(?<!\s)\s+and\s+", re.IGNORECASE)
#: "2016-17": the two digits after a year that make it a fiscal year (when they are the next year's).
EN_FISCAL_YEAR_END = re.compile(r"^[-–/](\d\d)(?!\d|[,.]\d)")
#: "Annual Plan 2017-18", "in 2020": a year written inside a subject's words (no part of its name).
EN_YEAR_IN_NAME = re.compile(r"\s{0,3}\b(?:FY\s?'?)?(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?(?![\d.,])")
#: "total outlay of the Thirteenth Plan": a total over a plan's period (the plan read by the calendar).
EN_TOTAL_OF_PLAN = re.compile(r"^total\s+[A-Za-z\- ]{1,60}?\b(?:of|for|during|over|in)\s+(?P<plan>(?:the|this)\s+[A-Za-z\- ]{0,40}?Plan)$",
                              re.IGNORECASE)
#: "one crore is 10 million", "1 lakh = 100,000": a unit defined, not a figure of the plan.
EN_UNIT_DEFINITION = re.compile(r"^(?:one|1|a|an)\s+(?:lakh|crore|million|billion|trillion|hectare|acre|tonne|ton|mile|kilometre|"
                                r"kilometer|dollar|rupee|unit)s?$", re.IGNORECASE)
#: "will", "is to be", "and": words that are no subject (the subject came before them).
EN_AUXILIARY_ONLY = re.compile(r"^(?:and\s+)?(?:will|shall|would|is|are|was|were|to|be|has|have|had|and|it|which)(?:\s+(?:be|been|to\s+be))?$",
                               re.IGNORECASE)
#: "Increase the …", "To reduce …": a target written as an order, its verb no part of the subject.
EN_IMPERATIVE_START = re.compile(r"^(?:to\s+)?(?:increase|reduce|raise|lower|bring\s+down|improve|enhance|achieve|maintain|keep|"
                                 r"ensure|expand|double|halve|cut|limit|contain)\s+(?:the\s+)?(?=[A-Za-z])", re.IGNORECASE)
#: "is to drop [below]", "will stay [under]", "to be kept [within]": a verb before a bound's qualifier.
EN_BOUND_VERB_END = re.compile(r"\b(?:drop|drops|fall|falls|decline|declines|stay|stays|remain|remains|be|kept|held|contained|"
                               r"limited|capped|come\s+down|go\s+down)\s+$", re.IGNORECASE)
#: "debt is to [drop]", "the rate is to [be reduced]": the words before a target's verb.
EN_IS_TO_END = re.compile(r"(?<!\s)\s+(?:is|are|was|were)\s+(?:(?:targeted|projected|expected|estimated|set|planned|envisaged)\s+)?"
                          r"to(?:\s+be)?$", re.IGNORECASE)
#: " and 9%": the next figure of a pair, in per cent (grow by 7% and 9% a year respectively).
EN_AND_NEXT_FIGURE = re.compile(r"^\s{0,3}and\s+[\d.]{1,8}\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
#: Words that make "growth … N per cent" a yearly rate: a growth rate, average or annual growth, growth at N.
EN_RATE_WORDS = re.compile(r"\b(?:rate|average|annual|at)\b", re.IGNORECASE)
#: "… in 2016-17", "in 2014": one year written after a change (a one-year rate; "by 2022" is no such year).
EN_IN_YEAR_AFTER = re.compile(r"^[^,;.]{0,20}?\bin\s+(?:FY\s?'?)?(?:19|20)\d\d(?:[-–/]\d\d)?(?![\d-])", re.IGNORECASE)
#: "will record", "is to achieve", "registered": a verb before a growth named by its noun.
EN_RECORD_END = re.compile(r"(?<!\s)\s+(?:(?:will|shall|is\s+to|are\s+to|to|has|have|had)\s+)?(?:be\s+)?(?:record|register|achieve|attain|"
                           r"post|witness|show|sustain|target|aim\s+at)(?:s|ed|d)?$", re.IGNORECASE)
#: "… between": a range's lower end follows ("expand between 5% and 6% a year").
EN_BETWEEN_END = re.compile(r"(?<!\s)\s+between\s+$", re.IGNORECASE)
#: "% and 6%" after the lower end of a range: its upper end, in the same unit.
EN_BETWEEN_UPPER = re.compile(r"^\s{0,2}(?:%|per\s*cent|percent)?\s{0,2}and\s+(?P<upper>\d{1,3}(?:\.\d{1,3})?)\s{0,2}(?:%|per\s*cent|percent)",
                              re.IGNORECASE)
#: "between 5% and ": the words before a range's upper end (read with its lower end).
EN_BETWEEN_AND_END = re.compile(r"\bbetween\s+[\d.]{1,7}\s{0,2}(?:%|per\s*cent|percent)?\s{0,2}and\s+$", re.IGNORECASE)
#: "8 per cent GDP growth", "4 percent agriculture sector growth", "9% growth in exports": a growth rate
#: named after the figure, what grows between (or after "growth in").
EN_GROWTH_AFTER = re.compile(r"^\s{0,2}(?P<subject>(?:[A-Za-z\-]{2,20}\s){0,3}?)(?:annual\s|average\s|real\s)?growth\b"
                             r"(?:\s(?:rate\s)?(?:in|of)\s(?:the\s)?(?P<of>[A-Za-z][A-Za-z\-]{1,20}(?:\s[A-Za-z\-]{2,20}){0,2}?)"
                             r"(?=\s(?:sector|during|over|by|in|will|is|and)\b|[,.;)]|$))?", re.IGNORECASE)
#: "is targeted at", "is projected at", "is pegged at", "estimated at": a level set at a figure.
EN_LEVEL_AT = re.compile(r"\b(?:targeted|projected|estimated|expected|placed|pegged|set|fixed|put)\s+at\s+"
                         r"(?:about\s+|around\s+|over\s+)?$", re.IGNORECASE)
#: "… km of fibre optic cable will be laid", "houses were completed": what a number counts, then a passive verb
#: of building (the number is a total built over the frame).
EN_PASSIVE_BUILD_AFTER = re.compile(r"^\s{0,8}(?:of\s+)?(?:new\s+)?[A-Za-z][A-Za-z\- ]{0,60}?\s(?:will\s+be|would\s+be|are\s+to\s+be|"
                                    r"is\s+to\s+be|were|was|have\s+been|has\s+been)\s+(?:laid|built|constructed|added|created|"
                                    r"installed|completed|developed|set\s+up|commissioned|electrified|upgraded)\b", re.IGNORECASE)
#: "the services sector," before "which grew": the noun phrase a relative clause is about.
EN_LAST_NOUN_PHRASE = re.compile(r"\b(?:by|of|in|for|from|with|to)\s+(?:the\s+)?(?P<np>[A-Za-z][A-Za-z\-]{1,20}(?:\s[A-Za-z\-]{2,20}){0,3})"
                                 r"\s{0,2},?\s{0,2}$", re.IGNORECASE)
#: "which", "that": a relative pronoun as a subject.
EN_RELATIVE = re.compile(r"^(?:which|that|who)$", re.IGNORECASE)
#: "while agriculture", "but exports", "will be skilled jobs": words that open a subject but are no part of it.
EN_SUBJECT_OPENING = re.compile(r"^(?:(?:while|whereas|but|and|also|meanwhile|however)\s+|(?:will\s+be|would\s+be|will|are|were|is|was)\s+)+",
                                re.IGNORECASE)
#: "compared to the 2005 level", "relative to 2005", "from the 2005 level": the base year of a change.
EN_BASE_YEAR_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:compared\s+(?:to|with)|relative\s+to|over|against|from)\s+(?:the\s+|its\s+)?"
                                r"(?:FY\s?)?(?P<year>(?:19|20)\d\d)(?:\s+(?:levels?|baseline))?\b", re.IGNORECASE)
#: "an additional 600,000 households", "another 40 colleges": a number added to a stock.
EN_ADDITIONAL_END = re.compile(r"\b(?:an?\s+)?(?:additional|another|further)\s+$", re.IGNORECASE)
#: "Reduce the average processing time by", "cut emissions by": an order to reduce, its subject between.
EN_ORDER_REDUCE = re.compile(r"^\s*(?:to\s+)?(?:reduce|cut|lower|decrease)\s+(?:the\s+)?(?P<subject>[A-Za-z][A-Za-z&\- ]{1,80}?)\s+by\s+"
                             r"(?:about\s+|at\s+least\s+)?$", re.IGNORECASE)
#: "the FY 2021 baseline of": a level at a base year (the subject is the sentence's).
EN_BASELINE_OF = re.compile(r"\b(?:the\s+)?(?:(?:FY\s?)?(?P<year>(?:19|20)\d\d)\s+)?baseline\s+(?:level\s+)?of\s+$", re.IGNORECASE)
#: "… percent of benefit payments will be made": a share printed before what it is a share of.
EN_SHARE_OF_AFTER = re.compile(r"^\s{0,3}of\s+(?:the\s+|all\s+)?(?P<x>[A-Za-z][A-Za-z\- ]{1,60}?)\s+(?:will|shall|are|is|were|was|should|must)\b",
                               re.IGNORECASE)
#: "total", "the total", "number": a subject that is the previous figure's.
EN_BARE_TOTAL = re.compile(r"^(?:the\s+)?(?:total|number|figure|count)$", re.IGNORECASE)
#: "… days", "… business days": durations as a unit (days of processing).
EN_DAYS = re.compile(r"^\s{0,2}days\b", re.IGNORECASE)
#: A head that is only a qualifier ("At least"): the figure opens its clause.
EN_QUAL_ONLY = re.compile(r"^\s*(?:(?:at\s+least|about|around|over|nearly|almost|some)\s*)?$", re.IGNORECASE)
#: "… between FY 2018 and FY 2021", "from 2016 to 2020": the years a change runs over, after it.
EN_YEARS_SPAN_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:between|from)\s+(?:FY\s?)?(?P<a>(?:19|20)\d\d)\s+(?:and|to)\s+(?:FY\s?)?"
                                 r"(?P<b>(?:19|20)\d\d)\b", re.IGNORECASE)
#: "respectively": the figures before it go to the listed subjects in turn.
EN_RESPECTIVELY_AFTER = re.compile(r"^[^.;]{0,60}?\brespectively\b", re.IGNORECASE)
#: "<noun> in|of A and B <tail>" or "A and B": the two subjects of a respectively (enrolment in secondary and
#: higher education; GDP and exports).
EN_TWO_SUBJECTS = re.compile(r"^(?P<head>(?:.*?\b(?:in|of|for)\s+)?)(?P<a>[A-Za-z\-]+)\s+and\s+(?P<b>[A-Za-z\-]+)(?P<tail>(?:\s+[A-Za-z\-]+){0,3})$")
#: "Annual Plan 2017-18", "in FY2019-20": a fiscal year written in a subject.
EN_FISCAL_IN_TEXT = re.compile(r"(?<![\d.])((?:FY\s?'?)?(?:19|20)\d\d[-–/]\d\d)(?!\d)")

#: Figures that define a scope rather than state a quantity of the subject: a
#: threshold before 的 and a noun (投资2000万元以上的项目, 93%的建制镇), an age or
#: a travel time before what it delimits (3岁以下婴幼儿, 15分钟健身圈), a rank
#: (进入前1‰, 居全国前8位) and a count of thresholds crossed (跨过3个万亿级关口).
SCOPE_AFTER = re.compile(r"^\s*(?:(?:及?以上|及?以下|以内|左右)\s*)?的\s*"
                         r"(?!增长|增速|速度|水平|目标|幅度|比重|份额|比例|年均|规模|总量)[\u4e00-\u9fff]")
#: …达到45.2%的历史新高: after a verb of the subject's level the figure is the subject's.
OWN_LEVEL_BEFORE = re.compile(r"(?:达到|达|提高到|提升到|增加到|上升到|降至|降到|下降到|为|是|增长|下降|降低|提高)\s*$")
BRACKET_UNITS = ("岁", "周岁", "分钟", "小时")
#: An age or a travel time that brackets whom or what it is of: 60岁以上老年人, 3岁以下婴幼儿,
#: 1小时通勤圈 — but not the subject's own figure followed by its change or its qualifier
#: (预期寿命从75.1岁提高到76.5岁左右).
BRACKET_AFTER = re.compile(r"^\s*(?:(?:及?以上|及?以下|以内)\s*)?"
                           r"(?!及|以上|以下|以内|左右|提高|提升|增加|上升|增长|下降|降低|降至|缩短|延长|减少|达到)[\u4e00-\u9fff]")
RANK_BEFORE = re.compile(r"(?<!提)前\s*$|(?:位居|位列|排名|排在|跻身)\s*(?:(?:全国|全省|世界|全球)\s*)?(?:(?:第|前)\s*)?$")
THRESHOLD_AFTER = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,3}(?:级|元)\s*)?(?:关口|台阶|大关|门槛)")
#: 高于全国0.5个百分点 / 快于2024年1.8个百分点: a gap to another quantity, not a
#: figure of the subject.
COMPARED_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|领先|超出|高出|低出|多于|少于|好于)\s*"
                             r"(?:全国|全省|全市|全区|全球|平均|同期|上年|去年|(?:19|20)\d\d\s*年|东部|中部|西部)"
                             r"[^，,；;。]{0,16}$")

#: A wording that names a quantity (特色林果产值, 公路通车里程), not an action
#: (筹措, 提出, 抓好) or a bare head noun (产值, 投资): only such names join
#: statements firmly enough for a warning when they disagree.
_HEAD_NOUNS = (r"产值|收入|总额|总量|产量|面积|人数|人次|里程|规模|能力|率|比重|数量|总数|增加值|容量|装机|储量|蓄积量|"
               r"营收|利润|税收|支出|消费|投资额|用量|排放量|覆盖率|密度|指数|寿命|年限")
INDICATOR_HEAD = re.compile(_HEAD_NOUNS)
INDICATOR_WORDING = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,}(?P<head>" + _HEAD_NOUNS + r")$")
#: Words that do not make a head noun a quantity of its own (生产能力, 平均年产量).
GENERIC_MODIFIER = re.compile(r"(?:生产|总|年|平均|平均每年|平均年|主要|全年|综合|实际|全部|产品|经济)+")
ACTION_WORDING = re.compile(r"^(?:筹措|提出|推出|抓好|实施|开展|完成|建成|新增|新建|推动|推进|组织|安排|打造|培育|"
                            r"连续|首批|累计|全年|其中|共|总计|合计)")

#: 分别 within the last words before a figure (年均分别增长, 分别年均增长).
RESPECTIVELY_INSIDE = re.compile(r"分别(?=[\u4e00-\u9fff]{0,4}$)")

ENDS_WITH_DENG = re.compile(r"等\s*$")

A_DIGIT = re.compile(r"\d")

ENUMERATION_VERB_PREFIX = re.compile(r"^.*(?:实施|建设|推进|开发|发展|加快|围绕|包括|重点)")

TABLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?")

#: A cell that holds no figure on purpose: recorded as blank, never a claim.
BLANK_CELL = re.compile(r"^(?:—+|-+|–+|－+|―+|─+|/|／|…+|空|空白|暂无|无|n/?a|N\.A\.|nil|\.\.|x)$", re.IGNORECASE)

#: A text target: a qualitative claim (控制在国家下达指标内, 保持在合理区间, 与经济增长同步).
TEXT_TARGET = re.compile(r"^(?:控制在.*|国家下达.*|待定|.*合理区间.*|保持.*|稳定在.*|.*同步.*|(?:不)?(?:高于|低于|快于|慢于|"
                         r"超过|不超过).{1,20}|逐步.*|力争.*|视情.*|完成国家.*|达到国家.*|"
                         r"in\s+line\s+with\s+.*|(?:higher|lower|faster|slower)\s+than\s+.*|"
                         r"(?:maintain|keep|stabili[sz]e)\b.*)$", re.IGNORECASE)

STATUS_CELL = re.compile(r"^(完成|未完成|已完成|基本完成|超额完成|.*完成.*目标.*)$")

VALUE_CELL = re.compile(r"^[<>≤≥]?\s*(?:[\[(（【〔［]\s*)?(?:about\s+|at\s+least\s+|over\s+)?[-+]?\d[\d,.]*(?:\s*(?:%|‰))?"
                        r"(?:\s*(?:以上|以内|以下|左右|-\d[\d.]*|or\s+more|or\s+less|and\s+above))?\s*[\])）】〕］]?$", re.IGNORECASE)

#: A row named only by a sub-region (其中：南疆四地州(万人)): a part of the row above.
REGION_ROW = re.compile(r"^\s*(?:其中\s*(?:[:：]\s*)?)?(" + "|".join(REGIONS) + r")\s*(?:[（(][^()（）]{0,12}[)）]\s*)?$")

NOTE_ROW = re.compile(r"^\s*(注|备注|说明|资料来源|Note)\s*[:：]?", re.IGNORECASE)

#: A cell that is meant as a number even if it cannot be read as one (1,2345, 10^6, 1e3):
#: it is a value cell, so the reader reports it as unparsed instead of taking it for a name.
NUMERIC_LOOKING = re.compile(r"^[<>≤≥]?\s*(?:[\[(（【〔［]\s*)?[-+−]?\d[\d,.^eE+\-]*\s*(?:[%‰]\s*)?[\])）】〕］]?$")

TRAILING_PAREN = re.compile(r"[(（][^()（）]*[)）]\s*$")

#: Header cells of label columns (the indicator's group, number, name).
LABEL_HEADER = re.compile(r"^\s*(?:指\s*标|类\s*别|领\s*域|序\s*号|项\s*目|名\s*称|分\s*类|维\s*度|主要指标|指标名称|"
                          r"indicators?|kpis?|items?|sectors?|categor(?:y|ies)|areas?|metrics?|parameters?|"
                          r"descriptions?|particulars|s\.?\s*no\.?|sl\.?\s*no\.?|no\.?|#)?\s*$", re.IGNORECASE)

ACTUAL_COLUMN = re.compile(r"执行|实际|完成值|实现|预计|actual|estimate", re.IGNORECASE)

TARGET_COLUMN = re.compile(r"目标|规划|target|plan", re.IGNORECASE)

STATUS_COLUMN = re.compile(r"完成情况|完成")

ATTRIBUTE_COLUMN = re.compile(r"attribute|\btype\b|nature", re.IGNORECASE)

#: Header cells of the columns that are no figures (used with fullmatch; anchored so that a
#: search never restarts in a run of spaces).
UNIT_COLUMN = re.compile(r"^\s*(单位|计量单位|units?|uom|unit\s+of\s+measure(?:ment)?)\s*$", re.IGNORECASE)

SOURCE_COLUMN = re.compile(r"^\s*(来源|数据来源|资料来源|sources?|data\s+sources?|source\s+of\s+data)\s*$", re.IGNORECASE)

REMARK_COLUMN = re.compile(r"^\s*(备注|说明|注|remarks?|notes?|comments?)\s*$", re.IGNORECASE)

CUMULATIVE_COLUMN = re.compile(r"累计|变化|cumulative|change", re.IGNORECASE)

ANNUAL_COLUMN = re.compile(r"年均|增速|annual|growth", re.IGNORECASE)

CHANGE_COLUMN = re.compile(r"年均|增长|增速|累计|growth|annual|cagr", re.IGNORECASE)

#: English value columns named after a plan or a period (claims/tables.py, _plan_column):
#: "Eleventh Plan achievement", "Achievement during 2012-17" report results; "Twelfth Plan
#: target" states aims. Only these words give such a column its role ("Plan outlay" has none).
EN_ACTUAL_COLUMN = re.compile(r"\b(?:achievements?|achieved|actuals?|baseline|base\s+year|reali[sz]ed|attained)\b",
                              re.IGNORECASE)
EN_TARGET_COLUMN = re.compile(r"\b(?:targets?|targeted|goals?|projected|projections?)\b", re.IGNORECASE)
#: "Terminal year of 12th Plan", "End of the Twelfth Plan", "Last year of Eleventh Plan": the plan's last year.
EN_TERMINAL_YEAR = re.compile(r"\b(?:(?:terminal|final|last|end)\s+year|end)\s+of\b", re.IGNORECASE)
#: A span of years in a column header: "during 2012-17", "(2007-2012)", "2016 to 2020".
EN_COLUMN_SPAN = re.compile(r"(?<![\d-])(?P<first>(?:19|20)\d\d)\s{0,2}(?:[-–—]|to)\s{0,2}(?P<last>(?:19|20)?\d\d)(?![\d-])",
                            re.IGNORECASE)

NOTE_MARK = re.compile(r"(?<=[\d)）\]】〕\u4e00-\u9fff%])\s*(?:\*+|[①-⑳]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[(（]\d[)）]|\[\d\])$")

#: A note that dates the marked figures: 带*的为上一年数据, *为2024年数据, * figures for 2018-19.
NOTE_DATE_ZH = re.compile(r"(?P<mark>\*+|[①-⑳])\s*(?:号\s*)?(?:(?:的|者)\s*)?(?:(?:指标|数据|数值|数字)\s*)?(?:为|是|系|均为|指)\s*"
                      r"(?P<when>上一?年|上年度|前一年|(?:19|20)\d\d\s*年)")

NOTE_DATE_EN = re.compile(r"(?P<mark>\*+)\s*(?:(?:denotes|indicates|marks|=|:)\s*)?(?:(?:data|figures?|values?)\s*)?"
                      r"(?:(?:are|is)\s+)?(?:for|of|from|refers?\s+to|relates?\s+to)\s+(?:the\s+)?"
                      r"(?P<when>previous\s+year|prior\s+year|preceding\s+year|last\s+year|"
                      r"(?:FY\s*)?(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?|FY\s*\d\d(?:\s*[-/]\s*\d\d)?)", re.IGNORECASE)

PREVIOUS_YEAR_WORD = re.compile(r"上|前|previous|prior|preceding|last", re.IGNORECASE)

COUNT_ZH_BEFORE = re.compile(r"(?P<attr>约束性|预期性)?(?:主要)?指标\s*(?:[（(]\s*)?(?:(?:共|为|有)\s*)?(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:项|个)")

COUNT_ZH_AFTER = re.compile(r"(?:(?:共|计|包括)\s*)?(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:项|个)\s*(?:主要)?(?P<attr>约束性|预期性)?(?:主要)?指标")

#: "8 binding indicators", "12 key targets" — not the number of a table ("Table 1 Main indicators").
INDICATOR_COUNT_EN = re.compile(r"(?<!\bTable\s)(?<!\bBox\s)(?<!\bFigure\s)(?<!\bAnnex\s)(?<!\bChart\s)(?<!\bExhibit\s)"
                                r"\b(?P<n>\d{1,3})\s+(?:(?P<attr>binding|obligatory|expected|anticipatory)\s+)?(?:main\s+|key\s+)?"
                       r"(?:indicators|KPIs|targets)\b", re.IGNORECASE)

#: A row that holds only a growth rate: 国内生产总值增长(%), 居民人均可支配收入增长, GDP growth (%).
#: A row named as the growth of something (GDP增长率(%), GDP growth rate (%)). The English
#: subject ends in a letter, so that its spaces and those before "growth" are one run.
GROWTH_ROW = re.compile(r"^(?P<subject>.+?)(?:年均|实际)?(?:增长率?|增速|增幅)\s*(?:[（(]\s*%\s*[)）]\s*)?$|"
                        r"^(?P<en>.*?\S)\s+(?:real\s+)?growth(?:\s+rate)?\s*(?:\(\s*%\s*\)\s*)?$", re.IGNORECASE)

#: "经济增长", "economic growth": the growth of GDP.
ECONOMY = re.compile(r"^(?:经济|国民经济|GDP|gdp|国内生产总值|地区生产总值|生产总值|the\s+economy|economic|economy)$", re.IGNORECASE)

RELATIVE_SYNC = re.compile(r"^(?:与|同|和)(?P<other>.{1,20}?)(?:的)?(?:增长|增速|增幅)?(?:基本|保持)?同步$")

RELATIVE_NOT_BELOW = re.compile(r"^(?:不低于|不慢于)(?P<other>.{1,20}?)(?:的)?(?:增长|增速|增幅)?$")

RELATIVE_NOT_ABOVE = re.compile(r"^(?:不高于|不超过|不快于)(?P<other>.{1,20}?)(?:的)?(?:增长|增速|增幅)?$")

RELATIVE_ABOVE = re.compile(r"^(?:高于|快于|超过)(?P<other>.{1,20}?)(?:的)?(?:增长|增速|增幅)?$")

RELATIVE_BELOW = re.compile(r"^(?:低于|慢于)(?P<other>.{1,20}?)(?:的)?(?:增长|增速|增幅)?$")

RELATIVE_IN_LINE_EN = re.compile(r"^in\s+line\s+with\s+(?P<other>.{1,40}?)(?:\s+growth)?$", re.IGNORECASE)

RELATIVE_ABOVE_EN = re.compile(r"^(?:higher|faster)\s+than\s+(?P<other>.{1,40}?)(?:\s+growth)?$", re.IGNORECASE)

RELATIVE_BELOW_EN = re.compile(r"^(?:lower|slower)\s+than\s+(?P<other>.{1,40}?)(?:\s+growth)?$", re.IGNORECASE)

#: A part of the row above: "- Wind", "of which: Solar", "其中：高速公路".
PART_ROW = re.compile(r"^\s*(?:[-–—•·▪]\s*|(?:of\s+which|o/w|incl\.|including)\s*[:：,]?\s*|其中\s*[:：]?\s*)(?P<name>\S.*)$", re.IGNORECASE)

NUMBERED_ROW = re.compile(r"^\s*\d{1,3}\s*[.、．]")

PER_MILLE_HEADER = re.compile(r"[（(]\s*‰")

REDUCTION_WORD = re.compile(r"降低|下降|减少|排放")

GROWTH_WORD = re.compile(r"增长|增速|增幅|同步|growth|in\s+line", re.IGNORECASE)

ECONOMY_GROWTH = re.compile(r"(?:经济|GDP|国内生产总值|地区生产总值)(?:增长|增速)?")

ONE_TO_FOUR_DIGITS = re.compile(r"\d{1,4}")

#: A cell of a table of contents: 第…章 on a line (found from the first 第 of each line, so that
#: a search does not rescan the line from every 第), or a leading 1. / 1、.
CONTENTS_ENTRY = re.compile(r"^[^第\n]*第.[^\n]*[章节篇]|\A\d+[.、]", re.MULTILINE)

ROW_NUMBER_PREFIX = re.compile(r"\d{1,3}[.、]?")

# -- forms of annual work reports ------------------------------------------------
#: 11万多户 / 10亿多元: a magnitude, then 多 or 余, then the unit.
MAGNITUDE_MORE = re.compile(r"^(万亿|千亿|百亿|亿|千万|百万|十万|万|千|百)(多|余)")
#: Who people counted in 万 are, after the figure: 52万群众, 4.1万名农民工, 200万名以上中小学生.
PEOPLE_NOUN = (r"群众|老年人|老人|儿童|婴幼儿|妇女|女生|女孩|学生|中小学生|大学生|农民工|青年|毕业生|"
               r"居民|患者|职工|劳动者|残疾人|对象|人才|游客|旅客|从业人员|群体|儿女|农户|乡亲")
PEOPLE_AFTER = re.compile(r"^(?P<more>多|余)?(?P<mag>万|亿)?(?P<more2>多|余)?(?:名)?(?P<qual>以上)?"
                          r"(?P<obj>[\u4e00-\u9fff\d“”]{0,12}?(?:" + PEOPLE_NOUN + r"))")
#: Counters of discrete things: a figure before its subject (14家企业入选…) is a count of them.
COUNT_UNIT = re.compile(r"^万?(?:个|家|所|项|件|座|条|处|名|种|起|栋|块|场|场次|轮|批|批次|支|枚|款|列|户|套)$")
#: What a leading count counts, with what it did (企业入选国家级绿色工厂名单).
COUNT_SUBJECT = re.compile(r"^\s*((?:[A-Za-z0-9·\-]{1,6})?[\u4e00-\u9fff“”\"A-Za-z·（）()\-]{2,40})")  # 5G-A基站; it
#: stops before a later figure (211个涉海重点项目完成投资超800亿元: the projects, not the 800)
#: Earlier items of a list before a figure (5个数据集、4个…): they share the list's verb.
LIST_SIBLINGS = re.compile(r"(?<![\d.])(?:[\d.]+(?:\s*(?:多|余))?\s*万?(?:个|家|所|项|件|座|条|处|名|种|起|栋|块|场|轮|批|支|款)"
                           r"[^、，,。；;\d和及]{1,24}[、和及]\s*)+$")
#: A share of the things named after it that did something (92%的乡镇卫生院达到标准): a share,
#: when nothing before it in the clause is what it is a share of.
SHARE_OF_THINGS = re.compile(r"^(?:\s*(?:及?以上|左右))?(?:\s*的)?\s*(?P<things>[\u4e00-\u9fff“”]{2,40})")
#: The words of a clause that can stand before such a share (超, 全省…).
SHARE_LEAD = re.compile(r"^\s*(?:全省|全市|全区|全国|其中)?\s*$")
#: A gap in percentage points to a named reference: 高于全国0.5个百分点, 快于经济增长0.4个百分点.
GAP_BEFORE = re.compile(r"(?P<rel>高于|低于|快于|慢于|领先|超出|高出|低出|多于|少于|好于|优于)\s?"
                        r"(?P<ref>[^，,；;。、\d\s]{1,16}?)(?:\s*(?:约|近|超过|超))?\s*$")
#: 从X提高到Y / 由X下降到Y: X is the value at the start of the frame.
FROM_START = re.compile(r"(?:从|由)\s*(?:平均\s*)?$")
#: …从812.4亿元 at the end of a subject: the start of the change, not part of the name.
FROM_PHRASE = re.compile(r"(?:从|由)\s*(?:平均\s*)?(?:(?:19|20)\d\d\s*年(?:底|末)?的?\s*)?[\d.,:：∶]+[^\d，,；;。]{0,8}$")
#: A cumulative total over the plan, said so (累计, 五年, 期间): not one year's task.
OVER_PLAN = re.compile(r"累计|五年|期间|以来|十[一二三四五六七八九]五")
#: The subject that opens a sentence (地区生产总值连跨两个千亿元台阶，年均增长6.1%).
OPENING_SUBJECT = re.compile(r"(?:^|[，,：:])(?:\s*(?:全省|全市|全区|我省|我市|我区))?\s*(?P<subject>[\u4e00-\u9fff]{2,16}?)"
                             r"(?:连跨|跨越|跨过|突破|迈上|跃上|站上|稳居|实现|保持|首次|连续)")
#: A ratio's subject: …比缩小至2.05∶1, 收入比为.
RATIO_SUBJECT = re.compile(r"比重|结构|比例(?!尺)|之比|配比|比为|ratio|(?<![对相])比(?:\s*(?:缩小|扩大|提高|降低|下降|调整|保持|稳定|优化))?"
                           r"(?:\s*(?:到|至|为|在))?\s*$")
#: Counters that with 一 make a word (一起, 一处, 一批, 一种, 一场, 一套房, 一户一策): "1" before them is no count.
WORD_COUNTER = re.compile(r"^(?:起|处|块|场|条|种|批|轮|组|支|列|枚|款|名|套|户|台)$")
#: 为 / 向 / 给 before people counted: the beneficiaries of what follows, not a level verb.
FOR_PEOPLE = re.compile(r"^\s*(?:免费)?(?:为|向|给|对|帮助)\s*")
#: A clause that only names a quantity (每万元国民收入消耗的能源，…): no figure, no verb.
NAME_CLAUSE = re.compile(r"(?:(?:19|20)\d\d年)?(?P<name>[\u4e00-\u9fff“”（）()]{3,24})[，,]")
#: Quotation marks inside a subject (“两山”实践创新基地): they mark a name, not where it ends.
QUOTES = re.compile(r"[“”\"]")
#: Verbs of reaching people (惠及, 覆盖): the figure after them counts those reached.
BENEFIT_BEFORE = re.compile(r"(?:惠及|覆盖|服务|帮助|救助|资助|受益)\s*$")
#: Units that count people or households (万户, 万人次).
PEOPLE_UNIT = re.compile(r"^[万亿]?(?:人|户|人次|户次|名)$")
#: Subjects whose levels have no unit: coefficients, indices, income gaps (收入倍差从2.42缩小至2.12).
UNITLESS_SUBJECT = re.compile(r"(?:系数|指数|倍差|之比)\s*$")
#: What a figure in 年 can measure (受教育年限, 预期寿命, 期限); else 5年 is a duration.
#: 第一个五年计划规定的1957年… / 预计执行的结果…: what a plan prescribed for a year (its target,
#: even once the year is past) and what it is expected to reach or reached (a result); the
#: last of them before a figure in its sentence says which the figure is.
PRESCRIBED_OR_ESTIMATED = re.compile(r"(?P<prescribed>(?:计划|规划)(?:所|中)?规定)|(?P<estimated>预计|执行的?结果|实际)")
YEARS_MEASURE = re.compile(r"年限|年龄|寿命|期|学制")
#: 连续3年, 用5年时间, 历时两年: a span of time before 年, whatever the clause measures.
DURATION_BEFORE = re.compile(r"(?:连续|用|历时|经过|再用|花)\s*$")
#: A level verb, with the year it dates, just before a figure: 提升至2025年的10.2年 is the level
#: of a measure in years (平均受教育年限) named earlier in the clause, not a duration.
LEVEL_VERB_BEFORE = re.compile(r"(?:达到|达|提高到|提高至|提升到|提升至|增加到|增加至|上升到|上升至|延长到|延长至|为)\s*"
                               r"(?:(?:19|20)\d\d\s*年(?:底|末)?的?\s*)?$")
#: After a figure and its unit: 个月 (连续24个月, a duration) or 级 (30万吨级, a class).
NOT_A_MEASURE_AFTER = re.compile(r"^\s*(?:月|级)")
#: 在工农业总产值中，农业所占比重…: the whole that the shares of the sentence are of.
WITHIN_CLAUSE = re.compile(r"在(?P<whole>[\u4e00-\u9fff]{2,16})中[，,]")
#: A share whose subject names no whole of its own (农业所占比重, not 农业占GDP比重).
SHARE_WITHOUT_WHOLE = re.compile(r"^(?!.*占[^比]{2,}).*(?:所占)?(?:比重|比例)$")
#: A pronoun opening a subject (它在…中所占的比重): it stands for the subject before.
PRONOUN_SUBJECT = re.compile(r"^(?:它|其)(?=[\u4e00-\u9fff])")
#: The parts of a ratio are split at its signs (: ： ∶).
RATIO_SIGN = re.compile(r"[:：∶]")
#: A clause that is only the verb of a ratio (…结构进一步优化，调整为8∶41∶51).
RATIO_VERB_ONLY = re.compile(r"(?:进一步优化|优化|调整)?(?:调整为|调整到|优化为|为|达到)")
#: The verb of a ratio's change, not part of its name (收入比缩小至…).
RATIO_CHANGE_VERB = re.compile(r"(?:缩小|扩大|提高|降低|下降|调整|保持|稳定|优化)(?:\s*(?:到|至|为|在))?\s*$")
#: A clause that goes on to a share of what a leading count counts (74个断面水质优良比例…100%).
SHARE_IN_REST = re.compile(r"(?:比例|比重|占比|率)[^，,。；;]*\d")
#: Two Chinese characters in a row: a subject has at least a word.
TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
#: The verb phrase after an object (…老年人免费体检): what was done for them.
VERB_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}")
#: 由 / 从 ending a subject: they begin the change that follows (比重由23.9%下降为21%).
TRAILING_FROM = re.compile(r"(?:由|从)+$")

# -- names of subjects (names.py) ------------------------------------------------
#: A Chinese unit in brackets after a name: 地区生产总值（亿元）.
UNIT_PAREN = re.compile(r"[（(][^()（）]{0,12}[)）]")
#: An English unit in brackets, longer than a Chinese one: "GDP (trillion yuan)", "(billion US dollars)"
#: (a search starts at the first space of a run only, so that it does not restart at each).
EN_UNIT_PAREN = re.compile(r"(?<!\s)\s*[（(]\s*(?:%|per\s*cent|percent|[A-Za-z][A-Za-z ,/]{0,30}?(?:yuan|dollars|"
                           r"people|persons|tonnes|tons|hectares|km|kilometres|kilometers|years|million|"
                           r"billion|units|households))\s*[)）]", re.IGNORECASE)
#: The number of a numbered name: 1. / 3、 / 十、.
NAME_NUMBERING = re.compile(r"^\s*(?:\d+[.、．]|[一二三四五六七八九十]+[、.])\s*")
#: Quotation marks in a name (“教共体”覆盖率 → 教共体覆盖率).
NAME_QUOTES = re.compile(r"[“”\"‘’「」『』]")
#: Spaces that are not between two Latin words (they matter only there).
SPACE_NOT_BETWEEN_WORDS = re.compile(r"(?<=[^A-Za-z])\s+|\s+(?=[^A-Za-z])")

# -- recall: lists, shares of a whole, thresholds (claims/prose/figures.py, simple.py) -------------
#: 分别提高15、22个百分点 / 提高3个和4个百分点: the figures of a list before the last one take its
#: unit when they have none (or only the 个 of 个百分点); units of changes and shares only.
LIST_SHARED_UNIT = re.compile(r"^(?:\s*[、和及与]\s*[\d.]+(?:\s*个(?!百分点))?)+\s*(?P<unit>个百分点|百分点|%|‰|倍)")
#: 分别达到78.7%和84.4%，比2020年提高4和5个百分点: a clause of changes with no subject of its own
#: after a list of subjects (the head of its first figure, then of the next ones).
LIST_AGAIN_FIRST = re.compile(r"^\s*(?:(?:比|较)\s*(?:\d{4}\s*年|上年|“[^”]{1,6}”末?)\s*)?(?:分别\s*)?"
                              r"(?:提高|提升|增长|增加|下降|降低|减少|上升|缩小|扩大)(?:了)?\s*$")
LIST_AGAIN_NEXT = re.compile(r"^\s*(?:(?:比|较)\s*(?:\d{4}\s*年|上年|“[^”]{1,6}”末?)\s*)?(?:分别\s*)?"
                             r"(?:提高|提升|增长|增加|下降|降低|减少|上升|缩小|扩大)(?:了)?\s*[\d.]+(?:\s*个)?"
                             r"(?:\s*[、和及与]\s*[\d.]+(?:\s*个)?)*\s*[、和及与]\s*$")
#: 收支 / 进出口 / 存贷款 / 产销 before 分别 and two figures: two subjects joined in one word.
JOINED_PAIR = re.compile(r"^(?P<head>[^，,。；;：:]*?)(?P<pair>收支|进出口|存贷款|产销)(?P<tail>[^，,。；;：:]*)$")
#: The words after a joined pair that are no part of either name (累计, 总额 stays).
JOINED_PAIR_TAIL_NOISE = re.compile(r"(?:累计|合计|总计|全年|当年|分别|均|都)+$")
#: 分别 and what follows it in a head: the list's subjects stand before it.
RESPECTIVELY_TAIL = re.compile(r"分别.*$")
#: 累计分别 / 合计分别 (收支累计分别突破…): the cut word 累计 stands between the subject and 分别.
RESPECTIVELY_AFTER_TOTAL = re.compile(r"(?:累计|合计|共计)\s*分别")
#: 使全省60%的乡村教师…, 每年将70%以上的财力用于民生, 争取35%左右的产品…: a share of the things
#: named after it, led by a verb of aim or cause (and a place); not 对增长20%以上的企业 (a threshold).
SHARE_CAUSE_LEAD = re.compile(r"^(?:全省|全市|全区|全国)?(?:每年|逐年|逐步|力争)?(?:使|让|确保|保证|力争|争取|推动|促进|将|把)"
                              r"(?:全省|全市|全区|全国|[\u4e00-\u9fff]{1,6}?地区)?$")
#: 达到耕地总面积的58%, 完成危房改造总任务的85%, 满足国内市场需求的90%: a share of the whole
#: named between the verb and 的.
SHARE_OF_WHOLE_END = re.compile(r"(?:达到|完成|满足|相当于)\s*(?P<whole>[^，,。；;\s\d%][^，,。；;\d%]{1,23}?)\s*的\s*$")
#: 6个产业规模超1000亿元, 3个县地区生产总值突破500亿元: a count of things each past a threshold;
#: the threshold is no figure of its own — unless the words say it is what they did in all
#: (211个重点项目完成投资超800亿元, 累计, 共: a total).
COUNT_THEN_THRESHOLD = re.compile(r"^\s*(?:其中\s*)?[\d.]+\s*(?:多|余)?\s*(?:个|家|项|所|座|条|种|批|户|市|县|区)"
                                  r"\s*(?:(?!完成|累计|共|合计)[\u4e00-\u9fff“”]){1,16}?(?:超过|突破|超|达到|达|过)\s*$")
#: 新增信贷总规模的15%以上用于农业: a share of the whole before 的, used for what follows.
SHARE_USED_FOR = re.compile(r"的\s*(?P<num>[\d.]+)\s*%\s*(?:以上|左右)?\s*(?P<use>用于|投向|投入|用在)(?P<obj>[\u4e00-\u9fff]{1,8})")
#: A head that ends in the whole of such a share (…总规模的).
WHOLE_DE_END = re.compile(r"(?:保证|确保|力争|争取)?(?P<whole>[\u4e00-\u9fff]{2,24})的\s*$")
#: The verb of a share of a whole (达到 / 满足 / 相当于 耕地总面积的): its name says 占 instead.
SHARE_OF_WHOLE_VERB = re.compile(r"(?:达到|满足|相当于)")
#: A name that already says it is a share.
SHARE_NAME_END = re.compile(r"(?:比重|比例|占比)$")
#: 为13.5亿元，占8% / 研发投入占8%: a share whose whole the sentence does not name.
SHARE_BARE_END = re.compile(r"占到?(?:约|近|超过|超)?\s*$")
#: What ends the whole of a share in its name: 的, a qualifier (占全国近 → 全国).
WHOLE_TAIL = re.compile(r"(?:的|约|近|超过|超|达到|达|为)+$")
#: A subject that names a share already (民生支出占财政支出的比重, 城镇化率).
NAMES_A_SHARE = re.compile(r"占|比重|比例|率|份额")
#: 城乡居民收入比由2.9∶1缩小至2.52∶1: a ratio named by 比 before the 由 / 从 of its change
#: (the head of the first ratio, then of the second).
RATIO_FROM_SUBJECT = re.compile(r"(?<![对相])比(?:由|从)(?:[\d.]+(?:[:：∶][\d.]+)+(?:缩小|扩大|提高|提升|降低|下降|调整)(?:到|至|为)?)?\s*$")
