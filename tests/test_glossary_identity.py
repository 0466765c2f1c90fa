"""The glossary joins names of one quantity only: near names of different quantities
(a capacity and an output, a stock and a flow) stay apart, so no rule compares them."""

from __future__ import annotations

import pytest

from plancheck import load

APART = [
    # two names that look alike but are different quantities, and a sentence with each
    ("粮食综合生产能力", "粮食产量"),
    ("粮食生产能力", "粮食总产量"),
]


@pytest.mark.parametrize("capacity, output", APART)
def test_a_capacity_and_an_output_are_different_indicators(capacity, output):
    text = (f"# 第十五个五年规划纲要\n\n到2030年，{capacity}稳定在7000万吨以上。\n\n"
            f"到2030年，{output}达到7200万吨。\n")
    plan = load(text, name="t.txt")
    ids = {c.name: c.indicator for c in plan.claims}
    assert len(ids) == 2 and len(set(ids.values())) == 2
    assert [f for f in plan.check().findings if f.severity in ("error", "warning")] == []


def test_aliases_of_one_quantity_still_join():
    text = ("# 第十五个五年规划纲要\n\n到2030年，粮食产量达到7200万吨。\n\n"
            "到2030年，粮食总产量达到7300万吨。\n")
    plan = load(text, name="t.txt")
    assert len({c.indicator for c in plan.claims}) == 1
