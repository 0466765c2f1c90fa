"""A figure no form reads is reported wherever it stands, not only in target-like sentences.

A result in a review is as much a figure as a target: when plancheck cannot read
it, ``extract --unparsed`` lists it with the reason, so that nothing that looks like
a figure is silently dropped (before, only target-like sentences were reported).
"""

from __future__ import annotations

import pytest

from plancheck import load

REVIEW = "# 青川市2026年政府工作报告\n\n一、2025年工作回顾\n\n{body}\n"


@pytest.mark.parametrize(("body", "reason"), [
    ("两项惠民工程分别惠及1200万、800万人次。", "number with a unit, no pattern read it"),
    ("增加2万个普惠性托育托位。", "no subject (indicator) found for this figure"),
])
def test_an_unread_result_in_a_review_is_reported(body, reason):
    plan = load(REVIEW.format(body=body), name="t.txt")
    assert not plan.claims
    assert reason in [u["reason"] for u in plan.unparsed]
