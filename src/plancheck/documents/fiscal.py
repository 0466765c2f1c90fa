"""Fiscal-year headers of English tables: ``FY19``, ``FY2019-20``, ``2019-20``, ``2019/20``, ``FY25 target``.

A pure function from the text of a column header to the year it names, the
period it spans and whether it is a target, so that table readers and the
document calendar read one header the same way.

Conventions (those of the governments that write fiscal years this way):

* a fiscal year is named by the calendar year in which it **ends**: ``FY19``
  and ``FY2019`` end in 2019, ``FY2019-20``, ``2019-20`` and ``2019/20`` in 2020;
  ``year`` is that year and ``start`` the year it begins in (2019 for
  ``2019-20``; ``year - 1`` for ``FY19``, whose start month is not printed);
* a two-digit year is 19xx from 50 on, 20xx below (``FY99`` → 1999, ``FY25`` → 2025);
* ``2019-20`` is one fiscal year only when the second year follows the first
  (``2019-20``, ``1999-2000``); ``2019-25`` or ``2015-2020`` is a *span* of years,
  returned with ``span=True`` (a period header such as "2021-25 cumulative");
* target words (target, goal, plan, planned, projected, proposed, budget,
  aim, BE — budget estimate) make a target; estimate, provisional, actual,
  achieved, revised (RE) make a reported result. Neither: ``role`` is None and
  the reader decides (by the plan's base year, or by the other columns).
"""

from __future__ import annotations

from dataclasses import dataclass

from .patterns import ACTUAL_WORDS, TARGET_WORDS
from .patterns import FISCAL_HEADER as HEADER


#: Longest span of years a header names (2021-25, 2016-2030): longer is no period of a plan.
MAX_SPAN = 15
@dataclass(frozen=True, slots=True)
class FiscalHeader:
    """What a header names: the year (end of the fiscal year or of the span), its start, its role."""

    text: str
    year: int
    start: int
    fiscal: bool  # a fiscal year (FY…, 2019-20) rather than a calendar year (2019)
    span: bool = False  # 2021-25: a period of several years, not one year
    role: str | None = None  # "target", "actual" or None (not said)

    @property
    def label(self) -> str:
        if self.span:
            return f"{self.start}–{self.year}"
        return f"FY{self.start}-{str(self.year)[2:]}" if self.fiscal else str(self.year)


def _year(digits: str, century_from: int | None = None) -> int:
    if len(digits) == 4:
        return int(digits)
    n = int(digits)
    if century_from is not None:  # the second half of 2019-20: the century of the first
        year = century_from // 100 * 100 + n
        return year + 100 if year < century_from else year
    return 1900 + n if n >= 50 else 2000 + n


def parse_fiscal_header(text: str) -> FiscalHeader | None:
    """The fiscal year (or calendar year, or span) a table header names, or None.

    >>> parse_fiscal_header("FY2019-20").year, parse_fiscal_header("FY25 target").role
    (2020, 'target')
    """
    if not text or len(text) > 80:
        return None
    for m in HEADER.finditer(text):
        a, b, fy = m.group("a"), m.group("b"), m.group("fy")
        if len(a) == 2 and not fy:
            continue  # a bare 19 is no year; FY19 is
        first = _year(a)
        if b is None:
            fiscal = bool(fy)
            year, start, span = first, first - 1 if fiscal else first, False
        else:
            second = _year(b, century_from=first) if len(b) == 2 else int(b)
            if second <= first or second - first > MAX_SPAN:
                continue  # 2019-18 is no period, and 1999-2099 no plan's
            if second == first + 1:
                fiscal, span = True, False  # 2019-20 and 2019/2020: one fiscal year
            else:
                fiscal, span = bool(fy), True  # 2021-25: five years
            year, start = second, first
        return FiscalHeader(text, year, start, fiscal, span, _role(text, m.group("suffix")))
    return None


def _role(text: str, suffix: str | None) -> str | None:
    target = bool(TARGET_WORDS.search(text)) or (suffix or "").upper() in ("T", "B")
    actual = bool(ACTUAL_WORDS.search(text)) or (suffix or "").upper() in ("E", "P", "A")
    if target and not actual:
        return "target"
    if actual and not target:
        return "actual"
    return None
