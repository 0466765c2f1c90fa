"""Every regular expression the rules use, named once (as claims/patterns.py is
for the readers): the rules read figures, not text, so these only classify
names, units and list items."""

from __future__ import annotations

import re

#: Words joining two items of a list, or sitting inside one name (A、B和C).
LIST_JOINER = re.compile(r"[和及与]")

#: Crops whose area, yield and output share a sentence may give (the grains first).
GRAINS = ("小麦", "玉米", "水稻", "稻谷", "大豆", "高粱", "谷子")
CROP = re.compile("(" + "|".join(GRAINS + ("棉花", "甜菜", "油料")) + ")")
#: A yield unit: weight per area.
YIELD_UNIT = re.compile(r"^(公斤|千克|吨)/(亩|公顷)$")
#: A share of output (占总产), as opposed to one of area.
OUTPUT_WORD = re.compile(r"产")
#: The name of a grain total (粮食产量, 粮食生产能力).
GRAIN_TOTAL = re.compile(r"粮食")

#: Names of figures that are not additive: per-capita figures, averages, rates,
#: coefficients, indices, yields, densities. A part's such figure may exceed the whole's.
NOT_ADDITIVE_ZH = re.compile(r"人均|每|平均|率|系数|指数|单产|密度")
NOT_ADDITIVE = re.compile(r"人均|每|平均|率|系数|指数|单产|密度|per\s+capita|average|rate|ratio|index",
                          re.IGNORECASE)
