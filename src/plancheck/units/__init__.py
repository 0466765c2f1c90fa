"""Units of plan documents: data in ``plan_units.txt``, arithmetic by pint.

Two levels, for start-up speed:

* :func:`is_known` and :func:`known_units` read the definitions file with a
  few lines of string handling, so reading a document never imports pint;
* :func:`registry`, :func:`factor` and :func:`compatible` build the pint
  registry on first use, when two statements of one indicator use different
  units and the question is whether (and by what factor) they convert.
"""

from __future__ import annotations

import functools
from importlib import resources

from ..errors import UnitError
from ..patterns import WHITESPACE_RUN

DEFINITIONS = "plan_units.txt"

#: Spellings seen in plans that are the same unit as a defined name.
ALIASES = {
    "％": "%", "percent": "%", "per cent": "%", "‰": "‰", "个百分点": "百分点",
    "percentage points": "百分点", "percentage point": "百分点",
    "万公里": "万公里", "km": "公里", "公斤": "公斤", "kwh": "千瓦时",
    "美元": "美元", "人民币": "元", "元人民币": "元", "亿人民币": "亿元",
    "亿方": "亿立方米", "万方": "万立方米",
}

DIMENSIONLESS = {"", "%", "‰", "倍", "系数"}


@functools.lru_cache(maxsize=1)
def _definitions() -> tuple[frozenset[str], frozenset[str]]:
    """(unit names and aliases, prefixes) as written in the definitions file."""
    text = resources.files(__package__).joinpath(DEFINITIONS).read_text("utf-8")
    names: set[str] = set()
    prefixes: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        if parts[0].endswith("-"):
            prefixes.add(parts[0][:-1])
            continue
        names.add(parts[0])
        names.update(p for p in parts[2:] if p and not p.startswith("["))
    return frozenset(names), frozenset(prefixes)


@functools.lru_cache(maxsize=1)
def known_units() -> frozenset[str]:
    """Every unit spelling accepted without pint: names, aliases, prefixed names."""
    names, prefixes = _definitions()
    prefixed = {p + n for p in prefixes for n in names if not n.isascii()}
    return frozenset(names | prefixed | {""})


def canonical(unit: str) -> str:
    """Normalise the spelling of a unit: 'percent' → '%', '万 人' → '万人'."""
    u = WHITESPACE_RUN.sub("", unit or "")
    return ALIASES.get(u, ALIASES.get(u.lower(), u))


def is_known(unit: str) -> bool:
    u = canonical(unit)
    if u in known_units():
        return True
    if "/" in u:  # 万吨/年, 元/人: a ratio of two known units
        num, _, den = u.partition("/")
        return canonical(num) in known_units() and canonical(den) in known_units()
    return False


def check_unit(unit: str, *, path: str | None = None, line: int | None = None,
               key: str | None = None) -> str:
    """Return the canonical unit, or raise :class:`UnitError` naming where it was read."""
    u = canonical(unit)
    if not is_known(u):
        raise UnitError(f"unknown unit {unit!r}", path=path, line=line, key=key)
    return u


@functools.lru_cache(maxsize=1)
def registry():
    """The pint registry of plan units, built once on first use."""
    import pint

    reg = pint.UnitRegistry(None)
    with resources.as_file(resources.files(__package__).joinpath(DEFINITIONS)) as p:
        reg.load_definitions(str(p))
    return reg


def _pint_unit(unit: str):
    u = canonical(unit)
    return registry().Quantity(1, u.replace("/", " / ") if u else "dimensionless")


@functools.lru_cache(maxsize=256)
def factor(src: str, dst: str) -> float | None:
    """How many ``dst`` one ``src`` is (万人 → 人: 10000), or None if they do not convert."""
    import pint

    try:
        return float(_pint_unit(src).to(_pint_unit(dst).units).magnitude)
    except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError,
            pint.errors.DefinitionSyntaxError, ValueError):
        return None


def compatible(a: str, b: str) -> bool:
    """True when quantities in ``a`` and ``b`` measure the same kind of thing."""
    return factor(a, b) is not None
