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
REVIEW_WORDS = re.compile(r"回顾|总结|成就|成绩|发展基础|的基础|完成情况|执行情况|achievements|review",
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
_PERIOD_NAME = r"(?:“|\")?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五(?:”|\")?"
#: 比“六五”期间 / 较“十三五”时期 / 相当于过去五年: a period as the base of a comparison;
#: 由“六五”期间的27.9%提高到 / 从“八五”的3.6降为: the period of the start of a change
#: (the sentence is about the period that ends it); 是“十一五”时期的3.3倍: the base of a multiple.
COMPARED_PERIOD = re.compile(r"(?:比|较|相比|相当于|高于|低于|超过)" + _PERIOD_NAME + r"(?:时期|期间|末|规划期)?"
                             r"|(?:由|从)" + _PERIOD_NAME + r"(?:时期|期间|末|规划期)?(?:平均)?的"
                             r"|(?:是|为)" + _PERIOD_NAME + r"(?:时期|期间|规划期)?的(?=\s*[\d.]+\s*倍)"
                             r"|(?:比|较|相当于)(?:过去的?五年|上一个五年)")

# -- OCR (documents/ocr.py) ---------------------------------------------------------------------

#: A word of only these characters, on or beside an erased table rule, is what is left of the rule.
OCR_RULE_DEBRIS = re.compile(r"^[|｜丨Il\[\]_—\-.:;'\"`‘’“”]+$")
#: The version in ``tesseract --version`` (tesseract 5.3.0, tesseract v4.1.1).
TESSERACT_VERSION = re.compile(r"tesseract\s+v?(\d+(?:\.\d+)*)", re.IGNORECASE)
#: A quote mark glued to a number in OCR output (”36500): no plan quotes a bare number; the mark is noise.
OCR_QUOTED_NUMBER = re.compile(r"[“”\"]*([\d.\[\]%]+)[”\"]*")
#: Tesseract language names joined by + (chi_sim+eng, chi_tra, script/HanS).
OCR_LANGUAGE_LIST = re.compile(r"[A-Za-z_]{2,16}(?:/[A-Za-z_]{2,16})?(?:\+[A-Za-z_]{2,16}(?:/[A-Za-z_]{2,16})?){0,5}")
