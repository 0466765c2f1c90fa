"""Patterns of units as printed (units/text.py): a unit in brackets after a
name, English letters in it, and the alternation of every unit spelling."""

from __future__ import annotations

import re

NAME_UNIT = re.compile(r"[（(]\s*([^()（）]{1,16}?)\s*[)）]\s*$")

TWO_LATIN_LETTERS = re.compile(r"[A-Za-z]{2}")


def units_alternation(names: set[str]) -> re.Pattern:
    """Any of ``names`` (the unit spellings of plan_units.txt, built on first use by
    ``units.text.unit_pattern``), longest first so that 万亿元 is not read as 万 +
    亿元, or a composite unit: 公斤/亩, 万吨/年, 元/人, 元/月."""
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # 5万亿台阶: 台 of 台阶 (a step, a mark) is no unit
    return re.compile(f"(?:{alt})(?:\\s*/\\s*(?:{alt}|年|人|亩|户|月))?(?!阶)")
