"""Which printed number to change: suggestions and error localisation.

Checking says *what* is violated; localisation says *which* figure is most
likely wrong (after errorlocate). A rule hands over the relation its figures
violate (a :data:`Violation`: ``target = base × (1 + rate)^years``, ``change =
target − base``, ``total = average × years``, one figure printed twice, parts
within a whole ...); :func:`solve` turns it into fixes — for every figure that
may change, the value that would satisfy the relation, printed at the
figure's own precision and kept in its brackets and qualifier. :func:`localize`
then looks across all error findings and ranks the figures by how many
findings one change resolves (a Fellegi–Holt style minimal change),
preferring changes that look like common typos: transposed digits, a dropped
or doubled digit, a shifted decimal point.

A one-keystroke slip is proposed only within one figure: towards the value its
own relation implies, or towards another statement of the same quantity, time
and role (:class:`Equal` refuses statements of different years, roles or
kinds of quantity: 69.1 in 2025 is no misprint of 96.1 in 2030).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Callable, Iterable, Union

from .arithmetic import implied_baseline, implied_rate, implied_target
from .findings import Finding, Fix, Location
from .model import Claim
from .numbers import Interval, Printed


def printed_like(value: float, like: Printed | None, fits: Callable[[Interval], bool] | None = None,
                 max_extra: int = 2) -> str:
    """Print ``value`` with the decimals of ``like``; add decimals if needed to fit."""
    decimals = like.decimals if like else 1
    text = ""
    exact = Decimal(repr(value))
    for d in range(decimals, decimals + max_extra + 1):
        with localcontext() as ctx:  # room for every digit, whatever the magnitude (1e300)
            ctx.prec = max(28, exact.adjusted() + d + 2)
            q = exact.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
        text = format(q, "f")
        if fits is None or fits(Printed.parse(text).interval()):
            return text
    return text


def typo_candidates(text: str) -> set[str]:
    """Numbers one keystroke away from ``text``: swaps, drops, doubles, shifted point.

    A sign is kept apart: the variants of -5 are the negatives of those of 5.
    """
    clean = text.replace(",", "").strip()
    if clean[:1] in "+-":
        sign, body = clean[0].replace("+", ""), clean[1:]
        return {sign + c for c in typo_candidates(body) if c != "0"}
    digits = clean
    out: set[str] = set()
    body = digits.replace(".", "")
    point = digits.find(".")
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a != b and "." not in (a, b):
            out.add(digits[:i] + b + a + digits[i + 2:])
    for i in range(len(digits)):
        if digits[i] != ".":
            out.add(digits[:i] + digits[i + 1:])
            out.add(digits[:i] + digits[i] + digits[i:])
    for p in range(1, len(body)):
        if p != (point if point >= 0 else len(body)):
            out.add(body[:p] + "." + body[p:])
    out.add(body)
    variants: set[str] = set()
    for c in out:
        c = c.lstrip("0") or "0"
        if c.startswith("."):
            c = "0" + c
        if c and c != digits and not c.endswith(".") and c.count(".") <= 1:
            variants.add(c)
    return variants


def typo_fix(claim: Claim, fits: Callable[[Interval], bool], value: float | None = None) -> str | None:
    """A one-keystroke variant of the claim's printed number that would fit, if any;
    of several, the one nearest the value the other figures imply."""
    p = claim.quantity.printed
    if p is None:
        return None

    def distance(cand: str) -> tuple[float, str]:
        return (abs(float(cand) - value) if value is not None else 0.0, cand)

    for cand in sorted(typo_candidates(p.text), key=distance):
        try:
            iv = Printed.parse(cand).interval()
        except Exception:
            continue
        if fits(iv):
            return cand
    return None


def reprint(claim: Claim, number: str) -> str:
    """The claim's printed text with its number replaced: [0.9] → [1.1], 7左右 → 7.4左右."""
    q = claim.quantity
    return q.text.replace(q.printed.text, number, 1) if q.printed and q.printed.text in q.text else number


def fix_for(claim: Claim, value: float, fits: Callable[[Interval], bool], reason: str) -> Fix | None:
    """A suggested correction of ``claim`` to ``value`` (or to a typo variant that fits).

    The suggestion keeps the figure's brackets and qualifier, so an editor can
    paste it over the printed text. None when no printable number would do (a
    level compounded past the largest float, or a value that needs more than
    two decimals beyond the figure's own).
    """
    if not math.isfinite(value):
        return None
    typo = typo_fix(claim, fits, value)
    if typo is not None:
        return Fix(claim.id, claim.quantity.text, reprint(claim, typo), Location.of(claim),
                   f"{reason}; a one-keystroke slip of {_printed(claim)}")
    text = printed_like(value, claim.quantity.printed, fits)
    if not fits(Printed.parse(text).interval()):
        return None  # no number printed within two more decimals would do: no fix rather than a wrong one
    return Fix(claim.id, claim.quantity.text, reprint(claim, text), Location.of(claim), reason)


# --- the relations a rule hands over ------------------------------------------------------------

def _printed(c: Claim) -> str:
    return c.quantity.printed.text if c.quantity.printed is not None else c.quantity.text


@dataclass(frozen=True, slots=True)
class Growth:
    """``target = base × (1 + rate)^years``; ``change`` names the figures that may
    change, most likely first (a target converted from another unit may not)."""

    rate: Claim
    base: Claim
    target: Claim
    years: int
    change: tuple[str, ...] = ("rate", "target", "base")

    def fixes(self) -> list[Fix | None]:
        g, b, t, n = self.rate, self.base, self.target, self.years
        stated = g.interval()
        out: list[Fix | None] = []
        for which in self.change:
            if which == "rate":
                implied = implied_rate(b.interval(), t.interval(), n)
                if implied is not None:
                    out.append(fix_for(g, implied.mid, implied.overlaps, "the rate the two levels imply"))
            elif which == "target":
                out.append(fix_for(t, implied_target(b.interval(), stated, n).mid,
                                   lambda iv: iv.lo > 0 and _rate_in(b.interval(), iv, n, stated),
                                   f"{_printed(b)} grown at {g.quantity.text} % for {n} years"))
            elif which == "base":
                back = implied_baseline(t.interval(), stated, n)
                if back is not None:
                    out.append(fix_for(b, back.mid, lambda iv: iv.lo > 0 and _rate_in(iv, t.interval(), n, stated),
                                       f"{_printed(t)} discounted at {g.quantity.text} % for {n} years"))
        return out


def _rate_in(base: Interval, target: Interval, years: int, stated: Interval) -> bool:
    """A reading of ``base`` → ``target`` grows at a reading of ``stated``. The
    suggested level must be positive in every reading (the callers check): "0"
    allows 0.4, but a level printed as 0 is no fix of a growing figure, and a
    base that may be zero gives no rate at all (1 → 0 is no slip towards 1.4)."""
    rate = implied_rate(base, target, years)
    return rate is not None and rate.overlaps(stated)


@dataclass(frozen=True, slots=True)
class Difference:
    """``change = target − base`` (a [bracketed] change over a period)."""

    change: Claim
    base: Claim
    target: Claim

    def fixes(self) -> list[Fix | None]:
        c, b, t = self.change, self.base, self.target
        diff = t.interval() - b.interval()
        return [fix_for(c, diff.mid, diff.overlaps, "target minus baseline"),
                fix_for(t, (b.interval() + c.interval()).mid,
                        lambda iv: (iv - b.interval()).overlaps(c.interval()), "baseline plus the stated change")]


@dataclass(frozen=True, slots=True)
class RelativeChange:
    """``change = (target / base − 1) × 100`` (比2015年增长40%)."""

    change: Claim
    base: Claim
    target: Claim

    def fixes(self) -> list[Fix | None]:
        bi, ti = self.base.interval(), self.target.interval()
        ratio = Interval((ti.lo / bi.hi - 1) * 100,
                         (ti.hi / bi.lo - 1) * 100 if ti.hi != float("inf") else float("inf"))
        return [fix_for(self.change, ratio.mid, ratio.overlaps, "the rise the two levels imply")]


@dataclass(frozen=True, slots=True)
class Product:
    """``total = average × years`` (a five-year total and its annual average)."""

    total: Claim
    average: Claim
    years: int

    def fixes(self) -> list[Fix | None]:
        tot, avg, n = self.total, self.average, self.years
        implied = avg.interval().scale(n)
        return [fix_for(tot, implied.mid, implied.overlaps, f"{n} × the annual average"),
                fix_for(avg, tot.interval().mid / n, lambda iv: iv.scale(n).overlaps(tot.interval()),
                        f"the total over {n} years")]


def same_figure(a: Claim, b: Claim) -> bool:
    """Two statements of one quantity, time and role: the same indicator and
    region, measure (a level, a rate, a change, a per-year figure), year (and
    period, for rates and changes) and role."""
    ma, mb = a.measure, b.measure
    if ma is None or ma != mb or a.role != b.role or "unknown" in (a.role, b.role):
        return False
    periodic = ma in ("rate", "change", "relative_change")
    return (a.indicator, a.region or None, a.year, a.start_year if periodic else None) == \
        (b.indicator, b.region or None, b.year, b.start_year if periodic else None)


@dataclass(frozen=True, slots=True)
class Equal:
    """``figure = other``: one figure printed twice; the fix reprints ``figure`` as
    ``other`` is printed. Only between statements of one quantity, time and role."""

    figure: Claim
    other: Claim
    reason: str

    def fixes(self) -> list[Fix | None]:
        value = self.other.quantity.value
        if value is None or not same_figure(self.figure, self.other):
            return []  # another year, role or kind of quantity: never a misprint of it
        return [fix_for(self.figure, value, self.other.interval().overlaps, self.reason)]


@dataclass(frozen=True, slots=True)
class AtMost:
    """``whole ≥ Σ parts``: ``parts`` is the sum of the parts in the whole's unit."""

    whole: Claim
    parts: Interval

    def fixes(self) -> list[Fix | None]:
        total = self.parts
        value = total.mid if math.isfinite(total.mid) else total.lo
        return [fix_for(self.whole, value, total.overlaps, "the sum of its parts")]


@dataclass(frozen=True, slots=True)
class SharesSum:
    """``a + b + c = 100`` for the printed parts of a ratio (14.5:37:48.5); the last
    part (usually services) is the one to change."""

    ratio: Claim
    parts: tuple[str, ...]

    def fixes(self) -> list[Fix | None]:
        c, parts = self.ratio, self.parts
        others = sum((Printed.parse(p).value for p in parts[:-1]), Decimal(0))
        last = Printed.parse(parts[-1])
        value = (100 - others).quantize(Decimal(1).scaleb(-last.decimals)) if last.decimals else 100 - others
        suggested = ":".join([*parts[:-1], format(value, "f")])
        return [Fix(c.id, c.quantity.text, suggested, Location.of(c),
                    "the last share that makes the parts sum to 100")]


@dataclass(frozen=True, slots=True)
class SameUnit:
    """One number printed in two units without rescaling: ``figure``'s unit is wrong."""

    figure: Claim
    other: Claim

    def fixes(self) -> list[Fix | None]:
        odd, other = self.figure, self.other
        return [Fix(odd.id, f"{odd.quantity.text}{odd.unit}", f"{odd.quantity.text}{other.unit}", Location.of(odd),
                    f"the number is the same; the unit should be {other.unit}")]


Violation = Union[Growth, Difference, RelativeChange, Product, Equal, AtMost, SharesSum, SameUnit]


def solve(violated: Iterable[Violation]) -> list[Fix]:
    """The fixes of the violated relations, in order (none where no number would do)."""
    return [fx for v in violated for fx in v.fixes() if fx is not None]


def localize(findings: Iterable[Finding]) -> list[Finding]:
    """Turn each finding's violated relations into fixes, then order each error's
    fixes so that the figure resolving most errors comes first.

    A figure implicated in several errors (say a 2015 value that disagrees
    with both a growth rate and a prose statement) is the cheapest single
    change; typo-like suggestions break ties.
    """
    findings = list(findings)
    for f in findings:
        if f.violated and not f.fixes:
            f.fixes = solve(f.violated)
    votes: dict[str, int] = defaultdict(int)
    for f in findings:
        if f.severity == "error":
            for claim_id in {fx.claim for fx in f.fixes}:
                votes[claim_id] += 1
    for f in findings:
        if not f.fixes:
            continue
        ranked = sorted(f.fixes, key=lambda fx: (-votes.get(fx.claim, 0), "slip" not in fx.reason))
        f.fixes = [Fix(fx.claim, fx.printed, fx.suggested, fx.location, fx.reason,
                       max(votes.get(fx.claim, 0), 1)) for fx in ranked]
    return findings
