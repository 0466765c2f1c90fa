"""direction: a target on the wrong side of its baseline."""

from helpers import HEADER
from plancheck import load

TABLE = ("专栏 1 “十二五”规划主要指标实现情况\n指 标\t2010 年\t规划目标\t\t执行情况\t\t规划目标完成情况\n"
         "\t\t2015 年\t年均增长 (%)\t2015 年\t年均增长 (%)\t\n")


def run(row):
    return [f for f in load(HEADER + TABLE + row + "\n", name="p.md").check().findings if f.rule == "direction"]


def test_share_target_below_baseline_fires():
    found = run("非化石能源占一次能源消费比重(%)\t4\t2\t\t7.5\t\t完成")
    assert [f.severity for f in found] == ["warning"]
    assert "below" in found[0].message


def test_held_level_does_not_fire():
    assert run("耕地保有量(万公顷)\t412\t412\t\t412\t\t完成") == []


def test_falling_target_for_a_falling_indicator_does_not_fire():
    assert run("劣V类水体比例(%)\t5\t4\t\t3.5\t\t完成") == []
