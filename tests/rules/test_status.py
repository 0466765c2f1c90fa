"""status: 完成/未完成 against the figures it summarises (a 12th-plan results table)."""

import pytest

from helpers import HEADER
from plancheck import load

TABLE = ("专栏 1 “十二五”规划主要指标实现情况\n"
         "指 标\t2010 年\t规划目标\t\t执行情况\t\t规划目标完成情况\n"
         "\t\t2015 年\t年均增长 (%)\t2015 年\t年均增长 (%)\t\n")


def status_findings(row: str):
    return [f for f in load(HEADER + TABLE + row + "\n", name="plan.md").check().findings if f.rule == "status"]


@pytest.mark.parametrize("row, expected", [
    ("地区生产总值 (亿元)\t5437\t(8800)\t10 以上\t9324.8\t10.7\t完成", None),
    ("社会消费品零售总额 (亿元)\t1386\t(3000)\t17 以上\t2606\t13.4\t未完成", None),
    ("城市建成区绿化覆盖率(%)\t34.3\t38.5\t\t38.3\t\t完成", "error"),      # 38.3 < 38.5
    ("城市建成区绿化覆盖率(%)\t34.3\t38.5\t\t38.5\t\t完成", None),
    ("森林覆盖率(%)\t4.02\t4.5\t—\t4.7\t—\t未完成", "error"),               # met, yet 未完成
    ("全社会固定资产投资 (亿元)\t3540\t(11000)\t25 以上\t10729\t25\t完成", "warning"),  # level missed, growth met
    ("单位工业增加值用水量降低(%)\t\t\t[9]\t[33]\t\t完成", None),            # a reduction of 33 meets 9
    ("万元生产总值能耗降低(%)\t[10.2]\t\t[10]\t\t[-1.68]\t2014-2015年完成年度目标", "warning"),
    ("城镇登记失业率(%)\t3.9\t4 以内\t—\t4\t—\t完成", None),                 # 4 ≤ 4以内
    ("城镇登记失业率(%)\t3.9\t4 以内\t—\t4.6\t—\t完成", "error"),
    # rounding leaves it open: 38.5 printed twice may be 38.54 against 38.46
    ("城市建成区绿化覆盖率(%)\t34.3\t38.5\t\t38.5\t\t未完成", None),
    ("城市建成区绿化覆盖率(%)\t34.3\t38.5\t\t38.5\t\t完成", None),
    # 左右 is a floor for a rising indicator, not a band to stay inside
    ("地区生产总值 (亿元)\t5437\t(8800)\t10左右\t9324.8\t11.4\t完成", None),
])
def test_status(row, expected):
    found = status_findings(row)
    assert [f.severity for f in found] == ([expected] if expected else [])
