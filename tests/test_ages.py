"""An age is the subject's own figure unless it brackets whom the figure is of.

60岁以上老年人 and 3岁以下婴幼儿 name a group (the age is no figure); 人均预期寿命
从75.1岁提高到76.5岁左右 states the subject's level at both ends, and 左右 after an age
is its qualifier, not the start of a noun.
"""

from __future__ import annotations

import pytest

from plancheck import load

HEAD = "# 青川市2026年政府工作报告\n\n一、2025年和“十四五”工作回顾\n\n"


def _figures(sentence: str) -> list[tuple[str, str, int | None]]:
    plan = load(HEAD + sentence + "\n", name="t.txt")
    return [(c.quantity.text, c.unit, c.year) for c in plan.claims]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("人均预期寿命从2020年的75.1岁提高到2025年的76.5岁左右。", [("75.1", "岁", 2020), ("76.5左右", "岁", 2025)]),
    ("人均预期寿命达到80.2岁左右。", [("80.2左右", "岁", 2025)]),
    ("人均预期寿命提高到79岁以上。", [("79以上", "岁", 2025)]),
])
def test_the_subjects_own_age_is_read(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize(("sentence", "not_a_figure"), [
    ("60岁以上老年人口达到120万人。", "60"),
    ("3岁以下婴幼儿托位增加2万个。", "3"),
    ("65周岁以上老年人免费体检覆盖率达到90%。", "65"),
])
def test_an_age_that_brackets_a_group_is_no_figure(sentence, not_a_figure):
    assert not_a_figure not in [text for text, _, _ in _figures(sentence)]
