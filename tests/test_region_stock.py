"""What the region adds to its stock of a kind of facility is a region-wide total, not a project.

新建铁路8000公里, 新改建农村公路1500公里 and 新增公交线路30条 add to the region's
railways, roads and routes; they are dated by their frame like any total. The size of
a named project (兰州至西宁铁路全长190公里), upgrades of existing facilities (改扩建机场6个)
and counts of projects (建成重点项目300个) stay projects, undated unless a year is printed.
"""

from __future__ import annotations

import pytest

from plancheck import load

OUTLINE = "# 青川市国民经济和社会发展第十五个五年规划纲要\n\n第五章　基础设施\n\n{body}\n"


def _claims(body: str):
    return load(OUTLINE.format(body=body), name="t.txt").claims


@pytest.mark.parametrize("body", [
    "五年内，新建铁路800公里。",
    "新改建农村公路1500公里。",
    "新增公交线路30条。",
    "建成通车高速公路5条。",
])
def test_a_stock_added_is_a_region_total(body):
    [claim] = _claims(body)
    assert (claim.scope, claim.year) == ("region", 2030)
    assert claim.kind != "project"


@pytest.mark.parametrize("body", [
    "改扩建机场6个。",
    "建成重点项目300个。",
    "新建750千伏电网工程16项。",
])
def test_projects_stay_projects(body):
    [claim] = _claims(body)
    assert claim.scope == "project" or claim.kind == "project"
