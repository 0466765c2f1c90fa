"""Units as they appear in text: after a number (13078 亿元) or in a name (收入(元)).

The pattern is built from the unit definitions (plan_units.txt), longest
spelling first, so that 万亿元 is not read as 万 + 亿元 and 亿立方米 not as 亿.
"""

from __future__ import annotations

import functools
import re

from .. import units
from ..patterns import WHITESPACE_RUN
from .patterns import NAME_UNIT as _NAME_UNIT, TWO_LATIN_LETTERS, units_alternation

_EXTRA = ("个百分点", "百分点", "%", "‰", "万人次", "人次", "万千瓦时", "亿千瓦时", "亿吨标准煤", "万吨标准煤",
          "吨标准煤", "万标箱", "万辆", "万台", "万床", "张", "万平方米", "平方米", "公里", "千米", "米",
          "万千伏安", "千伏", "兆瓦", "万头", "万只", "万亩", "亩", "万公顷", "公顷", "倍", "岁",
          "天", "小时", "分钟", "年",
          # counted products of the older plans: 卷烟2600万箱, 250万锭, 电视机1500万部, 3.1亿块, 5895万门
          "万箱", "箱", "万锭", "锭", "万部", "亿块", "万块", "亿门", "万门", "万路端", "亿斤", "万斤", "万担",
          # work reports: a magnitude before a derived unit, temperatures, concentrations
          "千亿元", "亿方", "万方", "℃", "微克/立方米",
          # computing power in petaflops (智能算力4.8万P, 算力规模突破4000P), rates per 100,000 (40/10万)
          "万P", "P", "EFLOPS", "PFLOPS", "/10万", "/10 万")


@functools.lru_cache(maxsize=1)
def unit_pattern() -> re.Pattern:
    """Alternation of every CJK unit spelling (longest first) plus symbols."""
    names = {u for u in units.known_units() if u and not u.isascii()}
    names.update(_EXTRA)
    names.update(("万元", "亿元", "万亿元", "亿美元", "万美元", "元"))
    return units_alternation(names)


def canonical_text_unit(u: str) -> str:
    """Spelling in text → unit of the registry (个百分点 → 百分点)."""
    u = u.strip()
    if u in ("个百分点",):
        return "百分点"
    if u in ("/10万", "/10 万"):
        return "1/10万"  # 40/10万: per 100,000
    return units.canonical(u)


def unit_of_name(name: str) -> str:
    """'地区生产总值(亿元)' → '亿元'; '城镇化率(%)' → '%'; '' when none."""
    m = _NAME_UNIT.search(name or "")
    if not m:
        return ""
    if TWO_LATIN_LETTERS.search(m.group(1)):
        return english_unit(m.group(1))
    u = canonical_text_unit(m.group(1).replace(" ", ""))
    return u if units.is_known(u) or u in _EXTRA else ""


def english_unit(u: str) -> str:
    """An English unit as the Chinese unit it names (billion yuan → 十亿元, crore → 千万, Rs crore → 千万卢比);
    others as written (MW, GW, kWh: symbols of the registry keep their case)."""
    written = WHITESPACE_RUN.sub(" ", u.strip())
    u = written.lower()
    return {"%": "%", "per cent": "%", "percent": "%", "percentage point": "百分点", "percentage points": "百分点",
            "billion yuan": "十亿元", "million yuan": "百万元", "trillion yuan": "万亿元",
            "yuan": "元", "billion us dollars": "十亿美元", "million people": "百万人", "million": "百万",
            "billion": "十亿", "years": "年", "km": "公里", "kilometres": "公里", "kilometers": "公里",
            "hectares": "公顷", "hectare": "公顷", "tonnes": "吨", "tons": "吨",
            # areas and tonnes in millions; the Indian magnitudes (1 lakh = 1e5, 1 crore = 1e7), with rupees or alone
            "million hectare": "百万公顷", "million hectares": "百万公顷", "lakh hectare": "十万公顷",
            "lakh hectares": "十万公顷", "million tonnes": "百万吨", "million tons": "百万吨", "lakh tonnes": "十万吨",
            "lakh": "十万", "crore": "千万", "rs crore": "千万卢比", "rs lakh": "十万卢比", "rs billion": "十亿卢比",
            "dollars": "美元", "us dollars": "美元", "rupees": "卢比", "ringgit": "令吉",
            "rs million": "百万卢比", "rs": "卢比", "₹ crore": "千万卢比", "₹": "卢比", "inr": "卢比"}.get(u, written)


#: Magnitudes that a unit may begin with (万亿元, 亿元, 万元 are one measure).
_MAGNITUDES = ("万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "千", "百")
#: Counters of discrete things: a list of counts may count different things (945个、47种).
_COUNTERS = frozenset("个家所项件座条处名种起栋块场轮批支枚款列户套台部")


def _base(u: str) -> str:
    for m in _MAGNITUDES:
        if u.startswith(m) and len(u) > len(m):
            return u[len(m):]
    return u


def same_measure(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` measure one kind of thing, as printed (万亿元 and 亿元, 万吨 and 吨,
    个 and 种)? A string test, without pint (the readers stay fast); 百分点 is not %."""
    a, b = (a or "").strip(), (b or "").strip()
    if a == b:
        return True
    if not a or not b:
        return False
    return _base(a) == _base(b) or (_base(a) in _COUNTERS and _base(b) in _COUNTERS)
