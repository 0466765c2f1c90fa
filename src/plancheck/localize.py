"""Which printed number to change: suggestions and error localisation.

Checking says *what* is violated; localisation says *which* figure is most
likely wrong (after errorlocate). Each rule proposes, for every figure in a
violated relation, the value that would satisfy it, printed at the figure's
own precision. :func:`localize` then looks across all error findings and
ranks the figures by how many findings one change resolves (a Fellegi–Holt
style minimal change), preferring changes that look like common typos:
transposed digits, a dropped or doubled digit, a shifted decimal point.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Callable, Iterable

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
    clean = set()
    for c in out:
        c = c.lstrip("0") or "0"
        if c.startswith("."):
            c = "0" + c
        if c and c != digits and not c.endswith(".") and c.count(".") <= 1:
            clean.add(c)
    return clean


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


def fix_for(claim: Claim, value: float, fits: Callable[[Interval], bool], reason: str) -> Fix:
    """A suggested correction of ``claim`` to ``value`` (or to a typo variant that fits).

    The suggestion keeps the figure's brackets and qualifier, so an editor can
    paste it over the printed text.
    """
    typo = typo_fix(claim, fits, value)
    if typo is not None:
        return Fix(claim.id, claim.quantity.text, reprint(claim, typo), Location.of(claim),
                   f"{reason}; a one-keystroke slip of {claim.quantity.printed.text}")
    return Fix(claim.id, claim.quantity.text, reprint(claim, printed_like(value, claim.quantity.printed, fits)),
               Location.of(claim), reason)


def localize(findings: Iterable[Finding]) -> list[Finding]:
    """Order each error's fixes so that the figure resolving most errors comes first.

    A figure implicated in several errors (say a 2015 value that disagrees
    with both a growth rate and a prose statement) is the cheapest single
    change; typo-like suggestions break ties.
    """
    findings = list(findings)
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
