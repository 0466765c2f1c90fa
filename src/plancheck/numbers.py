"""Printed numbers as intervals.

A plan prints 9324.8; the true figure is anywhere in [9324.75, 9324.85). Every
comparison plancheck makes is between such intervals, so a contradiction is
declared only when *no* reading of the printed numbers agrees. Numbers enter as
text: decimals are counted from the string (never through a float), so
``7.50`` keeps its two decimals.

Two readings exist for every number:

* the *strict* reading: rounding to the last printed digit, widened by what the
  qualifier says (以上, 以内, 左右 ...);
* the *loose* reading: trailing zeros of an integer are not taken as
  significant (``11000`` may be a figure rounded to thousands).

Rules call a disagreement that only the loose reading resolves a warning, and
one that no reading resolves an error.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .errors import NumberError
from .patterns import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    CELL_RE as _CELL_RE,
    LESS_THAN,
    MORE_THAN,
    A_DIGIT,
    EN_CELL_RE as _EN_CELL_RE,
    NUMBER_RE as NUMBER_RE,
    PLAIN_NUMBER,
    THOUSANDS_NUMBER,
    TWO_DECIMAL_POINTS,
)

INF = math.inf

#: Relative half-width that 左右 / "about" adds around a printed value. A plan's
#: "7%左右" accepts 6.65-7.35; the rounding interval is used when it is wider.
ABOUT_RELATIVE = Decimal("0.05")

QUALIFIERS: dict[str, str] = {}
for _name, _words in (("at_least", AT_LEAST), ("more_than", MORE_THAN),
                      ("at_most", AT_MOST), ("less_than", LESS_THAN),
                      ("about", ABOUT)):
    for _w in _words:
        QUALIFIERS[_w] = _name

_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                            "．": ".", "－": "-", "＋": "+", "：": ":",
                            "％": "%", "‰": "‰", "−": "-", "—": "—"})


def to_halfwidth(text: str) -> str:
    """Replace full-width digits and signs (１２.５％) by their ASCII forms.

    The replacement is one character for one, so column positions survive.
    """
    return text.translate(_FULLWIDTH)


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed, open or half-open interval of real numbers.

    ``lo``/``hi`` may be infinite. The flags say whether each end belongs to
    the interval; infinite ends are always open.
    """

    lo: float
    hi: float
    lo_closed: bool = True
    hi_closed: bool = True

    def __post_init__(self) -> None:
        if math.isnan(self.lo) or math.isnan(self.hi):
            raise ValueError("interval bound is NaN")
        if self.lo > self.hi or (self.lo == self.hi and not (self.lo_closed and self.hi_closed)):
            raise ValueError(f"empty interval {self.lo}, {self.hi}")

    @classmethod
    def point(cls, x: float) -> "Interval":
        return cls(x, x)

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.hi if math.isinf(self.lo) else self.lo
        return (self.lo + self.hi) / 2

    def contains(self, x: float) -> bool:
        above = x > self.lo or (self.lo_closed and x == self.lo)
        below = x < self.hi or (self.hi_closed and x == self.hi)
        return above and below

    def _meet(self, other: "Interval") -> tuple[float, bool, float, bool]:
        """Bounds of the intersection: the higher lower end, the lower upper end;
        on a tie the open end wins, since it is the more restrictive."""
        lo, lo_open = max((self.lo, not self.lo_closed), (other.lo, not other.lo_closed))
        hi, hi_closed = min((self.hi, self.hi_closed), (other.hi, other.hi_closed))
        return lo, not lo_open, hi, hi_closed

    def overlaps(self, other: "Interval") -> bool:
        """True when some number lies in both intervals."""
        lo, lo_closed, hi, hi_closed = self._meet(other)
        if lo < hi:
            return True
        return lo == hi and lo_closed and hi_closed and not math.isinf(lo)

    def intersect(self, other: "Interval") -> "Interval | None":
        if not self.overlaps(other):
            return None
        lo, lo_closed, hi, hi_closed = self._meet(other)
        return Interval(lo, hi, lo_closed, hi_closed)

    def hull(self, other: "Interval") -> "Interval":
        lo, lo_open = min((self.lo, not self.lo_closed), (other.lo, not other.lo_closed))
        hi, hi_closed = max((self.hi, self.hi_closed), (other.hi, other.hi_closed))
        return Interval(lo, hi, not lo_open, hi_closed)

    def _size(self) -> float:
        return max((abs(x) for x in (self.lo, self.hi) if math.isfinite(x)), default=0.0)

    def __add__(self, other: "Interval") -> "Interval":
        return _outward(self.lo + other.lo, self.hi + other.hi,
                        self.lo_closed and other.lo_closed, self.hi_closed and other.hi_closed,
                        max(self._size(), other._size()))

    def __sub__(self, other: "Interval") -> "Interval":
        return _outward(self.lo - other.hi, self.hi - other.lo,
                        self.lo_closed and other.hi_closed, self.hi_closed and other.lo_closed,
                        max(self._size(), other._size()))

    def scale(self, factor: float) -> "Interval":
        if factor >= 0:
            return _outward(self.lo * factor, self.hi * factor, self.lo_closed, self.hi_closed)
        return _outward(self.hi * factor, self.lo * factor, self.hi_closed, self.lo_closed)

    def __str__(self) -> str:
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        return f"{left}{fmt(self.lo)}, {fmt(self.hi)}{right}"


#: Bound on the floating-point error of a few chained operations (division,
#: root, subtraction), relative to the magnitude of the operands. It only keeps
#: the exact result inside a computed interval; it is ten orders of magnitude
#: below any printed digit and is not a tolerance on the comparison of figures.
FLOAT_GUARD = 1e-12


def _exact_outward(lo: Decimal, hi: Decimal) -> Interval:
    """[lo, hi) in floats. Past 2**53 a float has no room for half a unit and both
    bounds may round to one float (an empty interval, which crashed the growth rule
    on a suggested level of 2e17): then each bound that is not exact moves one float
    outward, so the interval is never empty and still holds the printed value. Below
    that the nearest floats are kept; the float guard of the arithmetic covers them."""
    flo, fhi = float(lo), float(hi)
    if flo >= fhi:
        if Decimal(flo) > lo:
            flo = math.nextafter(flo, -math.inf)
        if Decimal(fhi) < hi or flo >= fhi:
            fhi = math.nextafter(fhi, math.inf)
    return Interval(flo, fhi, True, False)


def _outward(lo: float, hi: float, lo_closed: bool, hi_closed: bool,
             magnitude: float = 0.0) -> Interval:
    """Build an interval whose finite bounds are pushed outward by the float guard.

    Float arithmetic on the bounds may lose the last bits; after a subtraction
    such as ``ratio**(1/n) - 1`` the error is relative to the operands, not to
    the (small) result, so callers pass the operands' ``magnitude``.
    """
    if lo == INF:  # the true bound lies past the largest float: that float is a lower bound
        lo = sys.float_info.max
    if hi == -INF:
        hi = -sys.float_info.max
    if math.isfinite(lo):
        lo -= FLOAT_GUARD * max(abs(lo), magnitude) + 5e-324
    if math.isfinite(hi):
        hi += FLOAT_GUARD * max(abs(hi), magnitude) + 5e-324
    return Interval(lo, hi, lo_closed and math.isfinite(lo), hi_closed and math.isfinite(hi))


def fmt(x: float, digits: int = 6) -> str:
    """Format a bound for people: no float noise, infinities as ∞."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    text = f"{x:.{digits}g}"
    if "e" in text:
        text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return text


@dataclass(frozen=True, slots=True)
class Printed:
    """A number as printed: its text, exact value and count of decimals."""

    text: str
    value: Decimal
    decimals: int

    @classmethod
    def parse(cls, text: str) -> "Printed":
        """Read ``'9,324.80'`` or ``'１２.５'`` exactly.

        >>> Printed.parse("9324.80").decimals
        2
        """
        half = to_halfwidth(text).strip().replace(" ", "")
        if "," in half and not THOUSANDS_NUMBER.fullmatch(half):
            raise NumberError(f"misplaced thousands separator in {text!r}")  # 1,2345 is not 12345
        clean = half.replace(",", "")
        if not PLAIN_NUMBER.fullmatch(clean):
            raise NumberError(f"not a number: {text!r}")
        try:
            value = Decimal(clean)
        except InvalidOperation as exc:  # pragma: no cover - guarded by the regex
            raise NumberError(f"not a number: {text!r}") from exc
        decimals = len(clean.split(".")[1]) if "." in clean else 0
        if not math.isfinite(float(value)):
            raise NumberError(f"number too large to compute with: {text[:20]!r}…")
        return cls(text, value, decimals)

    @property
    def half_unit(self) -> Decimal:
        """Half a unit of the last printed digit: 0.05 for 9324.8."""
        return Decimal(5) * Decimal(10) ** (-(self.decimals + 1))

    @property
    def loose_half_unit(self) -> Decimal:
        """Half a unit of the last *non-zero* digit of an integer (11000 → 500).

        Only integers of three digits or more are read this way: a target of
        11000 亿元 may be rounded to thousands, but a rate of 10 % is not
        "somewhere between 5 and 15".
        """
        if self.decimals or abs(self.value) < 100:
            return self.half_unit
        digits = str(abs(int(self.value)))
        zeros = len(digits) - len(digits.rstrip("0"))
        return Decimal(5) * Decimal(10) ** (zeros - 1)

    def interval(self, loose: bool = False) -> Interval:
        """The values that round to this printed number (round half up)."""
        h = self.loose_half_unit if loose else self.half_unit
        return _exact_outward(self.value - h, self.value + h)

    def __float__(self) -> float:
        return float(self.value)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A printed figure with its qualifier: the unit of comparison in plancheck.

    ``printed`` is ``None`` for a cell with no number (—, 控制在国家下达指标内);
    such quantities are kept so that nothing is dropped, and every rule skips
    them explicitly. ``upper`` is set for ranges (50-100).
    """

    text: str
    printed: Printed | None
    qualifier: str | None = None
    upper: Printed | None = None
    bracketed: str | None = None  # "(" for (8800), "[" for [10]
    note: str = ""

    @property
    def is_number(self) -> bool:
        return self.printed is not None

    @property
    def value(self) -> float | None:
        return None if self.printed is None else float(self.printed.value)

    def interval(self, loose: bool = False) -> Interval:
        """The set of true values this statement allows."""
        if self.printed is None:
            return Interval(-INF, INF, False, False)
        base = self.printed.interval(loose)
        if self.upper is not None:
            base = base.hull(self.upper.interval(loose))
        kind = QUALIFIERS.get(self.qualifier or "", None)
        if kind == "at_least":
            return Interval(base.lo, INF, True, False)
        if kind == "more_than":
            return Interval(base.lo, INF, False, False)
        if kind == "at_most":
            return Interval(-INF, base.hi, False, True)
        if kind == "less_than":
            return Interval(-INF, base.hi, False, False)
        if kind == "about":
            width = max(abs(self.printed.value) * ABOUT_RELATIVE, self.printed.half_unit)
            if loose:
                width = max(width, self.printed.loose_half_unit)
            return Interval(float(self.printed.value - width), float(self.printed.value + width))
        return base

    @property
    def bound_kind(self) -> str | None:
        return QUALIFIERS.get(self.qualifier or "")

    def __str__(self) -> str:
        return self.text


def parse_quantity(text: str) -> Quantity:
    """Read a table cell or a register value such as ``'10 以上'``, ``'[1.18以上]'``,
    ``'(8800)'``, ``'<[10]'``, ``'4.5以内'`` or ``'—'``.

    >>> parse_quantity("[1.18以上]").interval().lo
    1.175
    """
    raw = text
    s = to_halfwidth(text).strip()
    prefix_qual = None
    if s and s[0] in "<>≤≥":
        prefix_qual = {"<": "<", ">": ">", "≤": "≤", "≥": "≥"}[s[0]]
        s = s[1:].strip()
    bracket = None
    if len(s) >= 2 and (s[0], s[-1]) in {("[", "]"), ("(", ")"), ("（", "）"), ("【", "】")}:
        bracket = "[" if s[0] in "[【" else "("
        s = s[1:-1].strip()
    if PLAIN_NUMBER.fullmatch(s):  # the common case (a register value, a bare cell): what the general path gives
        return Quantity(raw, Printed.parse(s), prefix_qual, None, bracket)
    if s in {"", "—", "-", "——", "–", "/", "…"} or not A_DIGIT.search(s):
        return Quantity(raw, None, note=s)
    m = _CELL_RE.match(s)
    if not m:
        m = _EN_CELL_RE.match(s)
    if not m:
        raise NumberError(f"cannot read {raw!r} as a figure")
    num = m.group("num")
    if TWO_DECIMAL_POINTS.search(s) or ".." in s:
        raise NumberError(f"cannot read {raw!r} as a figure")
    qual = m.group("post") or m.group("pre") or prefix_qual
    upper = Printed.parse(m.group("upper")) if m.group("upper") else None
    if qual and qual.lower() in ("or more", "or above", "and above"):
        qual = "at least"
    elif qual and qual.lower() == "or less":
        qual = "at most"
    return Quantity(raw, Printed.parse(num), qual, upper, bracket)
