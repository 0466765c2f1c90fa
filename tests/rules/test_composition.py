"""composition: sector ratios sum to 100 under some reading of the parts."""

import pytest

from helpers import findings


@pytest.mark.parametrize("ratio, expected", [
    ("14.5:37:48.5", None),
    ("8:42:50", None),
    ("10:40:49.6", None),      # [99.05, 100.65) holds 100
    ("10:40:45", "error"),     # 95
    ("15:40:50", "error"),     # 105
])
def test_sector_ratio(ratio, expected):
    found = findings(f"到 2020 年，三次产业比重调整为 {ratio}。", rule="composition")
    assert [f.severity for f in found] == ([expected] if expected else [])


def test_map_scales_are_not_compositions():
    assert findings("完成 1:10000 基本比例尺地形图和 1:500、1:1000 地形图测绘。", rule="composition") == []
