"""A count is not a year, and a total after a count is a figure of its own.

推进2000个省级重点项目、完成投资9800亿元: 2000 counts projects (a Chinese word follows it),
so the investment is dated by its frame, not to the year 2000. 211个涉海重点项目完成投资
超800亿元: 完成 says the 800 is what the projects did in all (a total), unlike 6个产业规模超
1000亿元, where the threshold is what each counted thing passed; the count's name stops
before the later figure.
"""

from __future__ import annotations

from plancheck import load

REPORT = "# 青川市2026年政府工作报告\n\n{head}\n\n{body}\n"


def _claims(head: str, body: str):
    return {c.quantity.text: c for c in load(REPORT.format(head=head, body=body), name="t.txt").claims}


def test_a_count_of_two_thousand_is_no_year():
    got = _claims("二、2026年工作安排", "今年，推进2000个省级重点项目、完成投资9800亿元以上。")
    assert (got["9800以上"].year, got["9800以上"].role) == (2026, "target")


def test_a_total_after_a_count_is_read():
    got = _claims("一、2025年工作回顾", "211个涉海重点项目完成投资超800亿元。")
    assert "超800" in got and "800" not in got["211"].name


def test_a_threshold_after_a_count_stays_no_figure():
    got = _claims("一、2025年工作回顾", "6个产业规模超1000亿元。")
    assert "超1000" not in got and "1000" not in got
