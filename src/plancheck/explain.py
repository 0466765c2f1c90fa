"""Everything a plan says about one indicator, and the arithmetic that links it.

A finding names the figures that disagree; a reader who wants to judge it
needs every other statement about the same quantity beside them, and the
numbers the growth formula and the cumulative change imply from each pair.
``explain`` gathers those for ``plancheck explain`` and for notebooks, from
the same :class:`~plancheck.plan.Plan` and rules as ``plancheck check``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError, UsageError
from .findings import Finding
from .model import Claim, Indicator
from .numbers import Interval
from .plan import Plan
from .arithmetic import implied_rate, implied_target
from .report import Report
from .rules.base import distinct, endpoints


@dataclass(slots=True)
class Recomputed:
    """One number recomputed from two printed figures and compared with a third.

    ``what`` is ``rate`` (the rate the two levels imply), ``target`` (the
    level the rate implies from the baseline) or ``change`` (target minus
    baseline, for a stated cumulative change). ``stated`` is the printed
    figure the result is compared with; ``agrees`` is None when no result
    could be computed (a baseline that is not positive).
    """

    what: str
    stated: Claim
    inputs: list[Claim]
    value: Interval | None
    agrees: bool | None
    arithmetic: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "stated": self.stated.id,
                "stated_printed": self.stated.quantity.text,
                "inputs": [c.id for c in self.inputs],
                "value": None if self.value is None else [_bound(self.value.lo), _bound(self.value.hi)],
                "agrees": self.agrees, "arithmetic": self.arithmetic, "note": self.note}


@dataclass(slots=True)
class Explanation:
    """The statements, recomputations and findings of one indicator."""

    indicator: Indicator
    claims: list[Claim]
    recomputations: list[Recomputed] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"indicator": self.indicator.to_dict(),
                "claims": [c.to_dict() for c in self.claims],
                "recomputations": [r.to_dict() for r in self.recomputations],
                "findings": [f.to_dict() for f in self.findings]}


def _bound(x: float) -> float | None:
    import math

    return None if math.isinf(x) else x


# --- finding the indicator -------------------------------------------------

def _names(ind: Indicator) -> list[str]:
    return [n for n in (ind.id, ind.name, ind.name_en, *ind.aliases) if n]


def find_indicator(plan: Plan, name: str) -> Indicator:
    """The indicator called ``name`` (id, Chinese or English name, alias).

    English names and ids also match regardless of case. An unknown name
    raises an :class:`InputError` listing the closest names, so a typo costs
    one more command rather than a search through the document.
    """
    name = name.strip()
    if not name:
        raise UsageError("INDICATOR is empty")
    ind = plan.find(name)
    if ind is not None:
        return ind
    folded = name.casefold()
    for ind in plan.indicators.values():
        if any(folded == n.casefold() for n in _names(ind)):
            return ind
    raise InputError(f"no indicator {name!r}; closest: {', '.join(closest_names(plan, name)) or '(none)'}",
                     path=plan.path or None)


def closest_names(plan: Plan, name: str, n: int = 5) -> list[str]:
    """The ``n`` indicator names most like ``name``, as 'name (id)'."""
    folded = name.casefold()
    scored = []
    for ind in plan.indicators.values():
        score = max(difflib.SequenceMatcher(None, folded, cand.casefold()).ratio()
                    for cand in _names(ind))
        scored.append((-score, ind.name, ind.id))
    return [f"{nm} ({i})" if nm != i else i for _, nm, i in sorted(scored)[:n]]


# --- gathering --------------------------------------------------------------

def _order(c: Claim) -> tuple:
    return (c.year or 0, c.start_year or 0, c.role != "actual", c.kind, c.source.line, c.source.col_start)


def explain(plan: Plan, name: str, report: Report | None = None) -> Explanation:
    """Statements, recomputations and findings of the indicator ``name``.

    ``report`` is the plan's checked report; it is computed when not given.
    """
    ind = find_indicator(plan, name)
    report = report if report is not None else plan.check()
    findings = [f for f in report.findings if f.indicator == ind.id]
    return Explanation(ind, sorted(ind.claims, key=_order), recomputations(ind), findings)


def recomputations(ind: Indicator) -> list[Recomputed]:
    """Every growth and cumulative recomputation the indicator's figures allow."""
    out: list[Recomputed] = []
    for rates in distinct(ind.of_kind("growth_rate")):
        out.extend(_growth(ind, rates[0]))
    for changes in distinct(ind.of_kind("cumulative_change")):
        out.extend(_change(ind, changes[0]))
    return out


def _endpoints(ind: Indicator, c: Claim) -> tuple[list[Claim], list[Claim]]:
    """One claim per statement at each end (the rules' own grouping)."""
    starts, ends = endpoints(ind, c)
    return [g[0] for g in starts], [g[0] for g in ends]


def _growth(ind: Indicator, g: Claim) -> list[Recomputed]:
    years = g.years
    if not years or years <= 0:
        return []
    note = ("levels at current prices, rate at comparable prices: a gap can be price change"
            if ind.basis == "real" and g.role == "actual" else "")
    out = []
    starts, ends = _endpoints(ind, g)
    for b in starts:
        for t in ends:
            if b.unit != t.unit:
                continue
            r = implied_rate(b.interval(), t.interval(), years)
            text = (f"({t.quantity.text} / {b.quantity.text})^(1/{years}) - 1 = {r} %/yr"
                    if r is not None else f"no rate: baseline {b.quantity.text} is not positive")
            out.append(Recomputed("rate", g, [b, t], r, None if r is None else r.overlaps(g.interval()),
                                  text, note))
    for b in starts:
        tv = implied_target(b.interval(), g.interval(), years)
        targets: list[Claim | None] = [t for t in ends if t.unit == b.unit] or [None]
        for target in targets:
            text = f"{b.quantity.text} × (1 + {g.quantity.text}%)^{years} = {tv}"
            agrees = None if target is None else tv.overlaps(target.interval())
            out.append(Recomputed("target", target or g, [b, g], tv, agrees, text, note))
    return out


def _change(ind: Indicator, c: Claim) -> list[Recomputed]:
    if c.start_year is None or c.year is None or c.extra.get("total"):
        return []
    starts, ends = _endpoints(ind, c)
    out = []
    for b in starts:
        for t in ends:
            if b.unit != t.unit:
                continue
            diff = t.interval() - b.interval()
            out.append(Recomputed("change", c, [b, t], diff, diff.overlaps(c.interval()),
                                  f"{t.quantity.text} - {b.quantity.text} = {diff}"))
    return out


# --- text -------------------------------------------------------------------

def _period(c: Claim) -> str:
    return f"{c.start_year}–{c.year}" if c.start_year else str(c.year or "")


def _quote(text: str, width: int = 70) -> str:
    one = " ".join(text.replace("\t", " | ").split())
    return one if len(one) <= width else one[:width - 1] + "…"


def render_text(ex: Explanation) -> str:
    """Statements side by side, then the arithmetic, then the findings."""
    ind = ex.indicator
    head = f"{ind.name} ({ind.id}{', ' + ind.name_en if ind.name_en else ''})"
    extra = ", ".join(x for x in (f"unit {ind.unit}" if ind.unit else "",
                                  "real growth basis" if ind.basis == "real" else "",
                                  ind.attribute or "") if x)
    out = [head + (f" — {extra}" if extra else ""), "",
           f"{len(ex.claims)} statements",
           f"  {'year':<9} {'role':<6} {'kind':<17} {'printed':>12} {'unit':<6} {'interval':<22} "
           f"{'line':>5}  text"]
    for c in ex.claims:
        iv = str(c.interval()) if c.quantity.is_number else "—"
        region = f" [{c.region}]" if c.region else ""
        out.append(f"  {_period(c):<9} {c.role:<6} {c.kind:<17} {c.quantity.text:>12} {c.unit:<6} "
                   f"{iv:<22} {c.source.line:>5}  {_quote(c.text)}{region}")
        if c.frame:  # the time frame the figure was dated by (documents/calendar.py)
            out.append(f"  {'':<9} read in: {c.frame}")
        if "ocr" in c.extra:  # read from a scanned page (documents/ocr.py)
            out.append(f"  {'':<9} read by OCR: {ocr_text(c)}")
    out += ["", "Recomputations" if ex.recomputations else "Recomputations: none (no growth rate or "
            "cumulative change with both levels known)"]
    out += [line for r in ex.recomputations for line in _recomputation_lines(r)]
    out += ["", f"Findings: {len(ex.findings) or 'none'}"]
    for f in ex.findings:
        out.append(f"  {f.severity}[{f.rule}] {f.message}")
        out += [f"      = {a}" for a in f.arithmetic]
        lines = sorted({loc.line for loc in f.locations})
        if lines:
            out.append(f"      lines {', '.join(map(str, lines))}")
    return "\n".join(out)


def ocr_text(c: Claim) -> str:
    """'page 1, line 4, tesseract 5.3.0 chi_sim+eng at 300 dpi, line confidence 91' for a claim read by OCR."""
    m = c.extra["ocr"]
    conf = f", line confidence {m['confidence']:.0f}" if "confidence" in m else ""
    where = f"{c.source.where}, " if c.source.page_line else ""
    return f"{where}{m['engine']} {m['languages']} at {m['dpi']} dpi{conf}"


_WHAT = {"rate": "implied rate", "target": "implied target", "change": "target − baseline"}


def _recomputation_lines(r: Recomputed) -> list[str]:
    s = r.stated
    verdict = {True: "agrees with", False: "DISAGREES with", None: "nothing to compare with"}[r.agrees]
    if r.what == "target" and s.kind == "growth_rate":
        verdict, against = "no stated level", ""
    else:
        against = f" {s.quantity.text} (line {s.source.line}, {s.interval()})"
    src = ", ".join(f"{c.quantity.text} (line {c.source.line})" for c in r.inputs)
    period = _period(r.inputs[-1] if r.what == "target" else s)
    lines = [f"  {period} {s.role} {_WHAT[r.what]} from {src}:",
             f"      {r.arithmetic} — {verdict}{against}"]
    if r.note:
        lines.append(f"      note: {r.note}")
    return lines
