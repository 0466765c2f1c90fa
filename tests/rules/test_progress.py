"""progress: a result and a later target of one indicator are progress (info,
with the rate the target needs), never a contradiction. Sentences of our own."""

from __future__ import annotations

import pytest

from plancheck import load

from helpers import findings

REPORT = "某某省2026年政府工作报告\n发布时间：2026-02-06\n"
PAST = "一、2025年工作回顾\n"
AHEAD = "二、“十五五”时期目标\n"


def progress(body: str):
    report = load(REPORT + body, name="r.txt").check()
    return [f for f in report.findings if f.rule == "progress"], report


FIRES = [
    # (body, message part, severity)
    (PAST + "2025年，城镇居民人均可支配收入7万元。\n" + AHEAD + "到2030年，城镇居民人均可支配收入达到9万元。\n",
     "2025: 7 万元 → 2030 target 9 万元 needs 5.2 %/yr", "info"),
    (PAST + "2025年，城镇居民人均可支配收入7万元。\n" + AHEAD + "到2030年，城镇居民人均可支配收入达到9万元以上。\n",
     "needs at least 5.2 %/yr", "info"),
    (PAST + "2025年，常住人口城镇化率达到60%。\n" + AHEAD + "到2030年，常住人口城镇化率达到65%。\n",
     "2025: 60% → 2030 target 65% needs +1 points a year", "info"),
]


@pytest.mark.parametrize("body, says, severity", FIRES)
def test_a_result_and_a_later_target_are_progress(body, says, severity):
    found, report = progress(body)
    assert [f.severity for f in found] == [severity], report.findings
    assert says in found[0].message
    assert not [f for f in report.findings if f.severity == "error"]
    assert found[0].arithmetic and len(found[0].locations) == 2


NEAR_MISSES = [
    # another region's result
    PAST + "2025年，南疆四地州城镇居民人均可支配收入7万元。\n" + AHEAD + "到2030年，城镇居民人均可支配收入达到9万元。\n",
    # a figure nothing dates (role unknown)
    "城镇居民人均可支配收入7万元。\n" + AHEAD + "到2030年，城镇居民人均可支配收入达到9万元。\n",
    # result and target of one year: status's, not progress
    PAST + "2025年，城镇居民人均可支配收入7万元。\n" + "三、2025年目标回顾\n2025年目标为城镇居民人均可支配收入7.5万元。\n",
    # two statements joined by their wording alone (not in the register or glossary)
    PAST + "2025年，特色林果产值500亿元。\n" + AHEAD + "到2030年，特色林果产值达到620亿元。\n",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_near_misses_say_nothing(body):
    found, report = progress(body)
    assert found == [], found


def test_a_pair_another_rule_recomputes_is_left_to_it():
    # base, target and a rate over exactly that period: growth checks the three
    prose = "2015 年地区生产总值 9324.8 亿元，到 2020 年达到 13078 亿元，年均增长 7%左右。"
    assert [f for f in findings(prose) if f.rule == "progress"] == []


def _plan_of(rows):
    from helpers import plan_text

    return load(plan_text("", rows), name="plan.md").check()


def test_a_stated_rate_of_another_period_that_cannot_reach_the_target_is_a_warning():
    # 2014 result (its year printed), 2020 target, and a rate over 2015-2020 (a table of our own)
    body = ("一、2014年工作回顾\n2014年，城镇居民人均可支配收入7万元。\n"
            "二、“十三五”时期目标\n到2020年，城镇居民人均可支配收入达到9万元，2015年至2020年年均增长12%。\n")
    report = load("某某省2015年政府工作报告\n发布时间：2015-02-06\n" + body, name="r.txt").check()
    found = [f for f in report.findings if f.rule == "progress"]
    rates = [c for c in report.claims if c.kind == "growth_rate"]
    if not rates or rates[0].start_year == 2014:
        pytest.skip(f"the reader gives the rate another period: {[(c.start_year, c.year) for c in rates]}")
    assert [f.severity for f in found] == ["warning"], found
    assert "lies above it over 5 years and over 6 years: no reading reaches the target" in found[0].message


def test_the_same_rate_with_a_year_only_a_heading_gives_stays_info():
    # time not firm: the result's year comes from the heading, not its own sentence
    body = ("一、2014年工作回顾\n城镇居民人均可支配收入7万元。\n"
            "二、“十三五”时期目标\n到2020年，城镇居民人均可支配收入达到9万元，2015年至2020年年均增长12%。\n")
    report = load("某某省2015年政府工作报告\n发布时间：2015-02-06\n" + body, name="r.txt").check()
    found = [f for f in report.findings if f.rule == "progress"]
    assert [f.severity for f in found] == ["info"] and "no reading reaches the target" in found[0].message


def test_a_stated_rate_that_can_reach_the_target_stays_info():
    body = ("一、2014年工作回顾\n2014年，城镇居民人均可支配收入7万元。\n"
            "二、“十三五”时期目标\n到2020年，城镇居民人均可支配收入达到9万元，2015年至2020年年均增长4.5%。\n")
    report = load("某某省2015年政府工作报告\n发布时间：2015-02-06\n" + body, name="r.txt").check()
    found = [f for f in report.findings if f.rule == "progress"]
    rates = [c for c in report.claims if c.kind == "growth_rate"]
    if not rates or rates[0].start_year == 2014:
        pytest.skip(f"the reader gives the rate another period: {[(c.start_year, c.year) for c in rates]}")
    assert [f.severity for f in found] == ["info"] and "can reach it" in found[0].message
