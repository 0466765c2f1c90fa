"""Fuzzing: whatever text comes in, plancheck finishes in bounded time and raises
nothing but its own errors.

Random and adversarial plan-like text goes through ``plancheck.load(text).check()``;
the regular expressions are scanned and run on adversarial strings in
tests/test_redos.py. No test compares a time with a limit in seconds:
growth is checked as the ratio of the work at n and at 8n (tests/growth.py), and a
hang is failed by pytest-timeout (the global limit in pyproject.toml).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plancheck
from plancheck.errors import PlancheckError
from plancheck.findings import SEVERITIES

from growth import assert_linear

TOKENS = ["1", "7", "0", "9324.8", "13078", "220", "2020", "2015", "1..2", "1,2345", "1,234",
          "−5", "-5", "10^6", "1e3", "9" * 60, "０１２", "、", "%", "％", "‰", "(", ")", "[", "]",
          "（", "）", "【", "】", "\t", "\n", " ", "\u3000", "，", "。", "；", ":", "：", "“", "”",
          "到2020年", "年均增长", "达到", "提高到", "控制在", "以上", "以内", "左右", "约", "累计",
          "比2015年", "下降", "亿元", "万人", "个百分点", "专栏2", "地区生产总值", "南疆四地州", "兵团",
          "其中", "等", "三大", "个", "十三五", "第十三个五年规划", "GDP", "will reach", "by 2020",
          "percent", "billion yuan", "of which", "&nbsp;", "<td>", "</td>", "\r", "\x0c", "\ufeff"]

plan_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=120).map("".join)


def _check_text(text: str):
    """load + check; only PlancheckError may escape, and no rule may crash."""
    try:
        report = plancheck.load("\n" + text + "\n").check()
    except PlancheckError as exc:
        assert "\n" not in str(exc)
        return None
    assert all(f.severity in SEVERITIES for f in report.findings)
    crashed = [f.message for f in report.findings if f.rule == "internal-error"]
    assert not crashed, crashed
    return report


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plan_text)
def test_random_plan_text_never_crashes(text):
    _check_text(text)


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    _check_text(text)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(st.sampled_from(["地区生产总值（亿元）", "城镇新增就业（万人）", "森林覆盖率（%）", "", "合计"]),
                          st.lists(st.sampled_from(["9324.8", "13078", "7左右", "[220以上]", "—", "",
                                                   "1..2", "1,2345", "−5", "预期性", "约束性", "10^6"]),
                                   max_size=9)),
                max_size=12))
def test_random_tables_never_crash(rows):
    head = "专栏2 “十三五”期间经济社会发展的主要指标\n类别\t指标\t2015年\t2020年\t年均增长\t属性\n"
    body = "".join(name + "\t" + "\t".join(cells) + "\n" for name, cells in rows)
    _check_text(head + body)


def test_negative_figure_in_table_does_not_crash_a_rule():
    text = ("专栏2 “十三五”期间经济社会发展的主要指标\n类别\t指标\t2015年\t2020年\t年均增长\t属性\n"
            "地区生产总值（亿元）\t9324.8\t9324.8\t9324.8\t-5\n")
    report = plancheck.load(text).check()
    assert [f.message for f in report.findings if f.rule == "internal-error"] == []


# --- adversarial documents through the whole pipeline --------------------------------

HEAD = "新疆维吾尔自治区国民经济和社会发展第十三个五年规划纲要\n"


def adversarial_documents(n: int) -> dict[str, str]:
    return {
        "digits": "1" * n,
        "enumeration-commas": "、" * n,
        "percent-signs": "%" * n,
        "nested-brackets": "(" * (n // 2) + "1" + ")" * (n // 2),
        "unclosed-brackets": "[（【" * (n // 3),
        "unclosed-table-tabs": "专栏1 主要指标\n" + ("地区生产总值（亿元）\t\t9324.8\t13078\t7左右\t\t\t\n" * n)[:n],
        "tabs-only": "\t" * n,
        "mixed-scripts": ("GDP增长7% by 2020, 年均增长 7.5 percent，达到 1,234 亿元; Ωж") * (n // 55),
        "to-2020-repeated": "到2020年" * (n // 7),
        "huge-numbers": ("9" * 400 + "亿元，") * (n // 403),
        "prose-repeated": "到2020年，地区生产总值达到13078亿元，年均增长7%左右；" * (n // 32),
    }


#: Documents whose one clause (no ，。；) holds thousands of numbers. Reading each
#: number once searched the whole clause before it (quadratic: 8 000 characters took
#: 7 s); keywords are now sought in a bounded window, so these must stay linear.
LONG_CLAUSES = {
    "numbers-and-commas": lambda n: ("1、2、3%、" * n)[:n],
    "numbers-and-percent": lambda n: ("5%" * n)[:n],
    "numbers-and-spaces": lambda n: ("达到 1 " * n)[:n],
}


@pytest.mark.parametrize("name", list(adversarial_documents(10)))
def test_adversarial_document_grows_linearly(name):
    """2 500 and 20 000 characters: the larger takes at most 24x the time (not 64x)."""
    assert_linear(_check_text, lambda n: adversarial_documents(n)[name], 2_500, what=name)


@pytest.mark.parametrize("name", list(LONG_CLAUSES))
def test_long_clause_of_numbers_grows_linearly(name):
    assert_linear(_check_text, LONG_CLAUSES[name], 1_000, what=name)


# --- catastrophic backtracking in the patterns: tests/test_redos.py -----------------------


# --- rules never crash on figures of any magnitude ---------------------------------------------

magnitude = st.integers(min_value=0, max_value=300).flatmap(
    lambda e: st.integers(min_value=1, max_value=99_999).map(lambda m: str(m) + "0" * e))


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(magnitude, magnitude, st.sampled_from(["7", "38606", "0.1", "99999", "1" + "0" * 40]))
def test_growth_of_any_magnitude_never_crashes(base, target, rate):
    """Fixes of any size (1e16 and beyond float precision, up to 1e300) never crash a rule."""
    text = ("专栏2 “十三五”期间经济社会发展的主要指标\n类别\t指标\t2015年\t2020年\t年均增长\t属性\n"
            f"经济发展\t地区生产总值（亿元）\t{base}\t{target}\t{rate}\t预期性\n")
    _check_text(text)
