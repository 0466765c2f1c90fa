"""The patterns of the indicators stage (glossary, grouping), one named constant each
(tests/test_patterns.py keeps every pattern of the package in a patterns module,
tests/test_redos.py scans them)."""

from __future__ import annotations

import re

#: What may stand around a known name without changing the indicator (used with match).
NOISE_AROUND = re.compile(r"^(?:总|全部|年|年末|年底|期末|水平|总额|总量|规模|指标|的|达|达到|数|total\s*|the\s*)*$")
#: Words of an indicator that is better when it falls (失业率, 能耗, 排放…).
DECREASE_WORDS = re.compile(r"降低|下降|减少|失业|污染|能耗|劣V|死亡率|发生率|事故|涨幅|排放")
