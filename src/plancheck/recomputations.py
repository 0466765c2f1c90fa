"""Every recomputation with its verdict, passing ones too (statcheck-style).

Findings say what is wrong; a reviewer also wants to see what was *checked*
and held. :func:`recomputations` redoes, on intervals, each computation the
arithmetic rules make — compound growth (``growth``), target − baseline
(``cumulative``), total = annual average × years (``totals``) and parts
summing to 100 (``composition``) — and gives each a verdict:

* ``consistent`` — the implied interval meets the stated one;
* ``error`` / ``warning`` / ``info`` — the rule reported it (the finding's
  severity; ``accepted`` is added when that finding is accepted);
* ``not judged`` — the intervals do not meet, yet the rule reported nothing,
  because it declined the pair on a ground of its own (another unit, a
  figure that reads as a five-year total of a flow…): the row is shown so
  that nothing is skipped silently, not as an error.

The verdict of a reported row is the rule's own, found through the claims
the finding cites; this module never decides an error by itself.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from .arithmetic import implied_rate
from .numbers import Interval, Printed
from .rules.base import linked_statements
from .rules.composition import _is_percent_split
from .rules.totals import average_total_pairs
from .tables import RECOMPUTATION_COLUMNS as COLUMNS
from .tables import recomputations_frame

__all__ = ["COLUMNS", "Recomputation", "recomputations", "recomputations_frame", "render_csv", "render_text"]


@dataclass(slots=True)
class Recomputation:
    """One computation: what the figures imply against what is printed."""

    rule: str
    indicator: str | None
    name: str
    computation: str
    implied: str
    stated: str
    verdict: str
    path: str
    line: int
    claims: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {k: (list(v) if k == "claims" else v) for k, v in
                ((k, getattr(self, k)) for k in COLUMNS)}


def _verdict(rule: str, claim_ids: Iterable[str], agrees: bool, findings) -> str:
    if agrees:  # a finding that cites these claims is about another pair of them
        return "consistent"
    ids = set(claim_ids)
    for f in findings:
        if f.rule == rule and ids <= set(f.claims):
            return f.severity + (" (accepted)" if f.accepted else "")
    for f in findings:  # a finding about the stated figure and one of the endpoints
        if f.rule == rule and len(ids & set(f.claims)) >= 2:
            return f.severity + (" (accepted)" if f.accepted else "")
    return "not judged"


def recomputations(report) -> list[Recomputation]:
    """The recomputations of a checked :class:`~plancheck.report.Report`."""
    rows: list[Recomputation] = []
    findings = report.findings
    indicators = report.indicators.values() if isinstance(report.indicators, dict) else report.indicators
    for ind in indicators:
        for kind, rule in (("growth_rate", "growth"), ("cumulative_change", "cumulative")):
            for group, bs, ts in linked_statements(ind, kind):
                c, b, t = group[0], bs[0], ts[0]
                if c.year is None or c.start_year is None:  # linked statements always have a period
                    continue
                n = c.year - c.start_year
                if kind == "growth_rate":
                    implied = implied_rate(b.interval(), t.interval(), n)
                    if implied is None:
                        continue
                    what = f"({t.quantity.text} / {b.quantity.text})^(1/{n}) - 1"
                elif c.extra.get("relative"):
                    bi, ti = b.interval(), t.interval()
                    if bi.lo <= 0:
                        continue
                    implied = Interval((ti.lo / bi.hi - 1) * 100, (ti.hi / bi.lo - 1) * 100
                                       if ti.hi != float("inf") else float("inf"))
                    what = f"({t.quantity.text} / {b.quantity.text} - 1) × 100"
                else:
                    implied = t.interval() - b.interval()
                    what = f"{t.quantity.text} - {b.quantity.text}"
                agrees = implied.overlaps(c.interval())
                ids = [b.id, t.id, c.id]
                rows.append(Recomputation(rule, ind.id, ind.name, what, str(implied),
                                          f"{c.quantity.text} → {c.interval()}",
                                          _verdict(rule, ids, agrees, findings),
                                          c.source.path, c.source.line, tuple(ids)))
        rows += _totals(ind, findings)
    rows += _composition(report.claims, findings)
    return rows


def _totals(ind, findings) -> list[Recomputation]:
    out = []
    for avg, tot in average_total_pairs(ind):
        if tot.year is None or tot.start_year is None:  # a five-year total always has a period
            continue
        n = tot.year - tot.start_year
        implied = avg.interval().scale(n)
        ids = [avg.id, tot.id]
        out.append(Recomputation("totals", ind.id, ind.name, f"{avg.quantity.text} × {n} years",
                                 str(implied), f"{tot.quantity.text} → {tot.interval()}",
                                 _verdict("totals", ids, implied.overlaps(tot.interval()), findings),
                                 tot.source.path, tot.source.line, tuple(ids)))
    return out


def _composition(claims, findings) -> list[Recomputation]:
    out = []
    for c in claims:
        parts = c.extra.get("parts") if c.kind == "ratio" else None
        if not parts or len(parts) < 3 or not _is_percent_split(c):
            continue
        total = Interval(0.0, 0.0)
        for p in parts:
            total = total + Printed.parse(p).interval()
        out.append(Recomputation("composition", c.indicator, c.name, " + ".join(parts), str(total), "100",
                                 _verdict("composition", [c.id], total.contains(100.0), findings),
                                 c.source.path, c.source.line, (c.id,)))
    return out


def render_csv(rows: Iterable[Recomputation]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow([*(getattr(r, k) for k in COLUMNS[:-1]), " ".join(r.claims)])
    return buf.getvalue()


def render_text(rows: list[Recomputation]) -> str:
    out = []
    for r in rows:
        out.append(f"{r.verdict:<12} {r.rule:<11} {r.name}: {r.computation} = {r.implied}; "
                   f"stated {r.stated}  ({r.path}:{r.line})")
    counts = Counter(r.verdict.split(" ")[0] if r.verdict != "not judged" else r.verdict for r in rows)
    out.append(f"{len(rows)} recomputations: " + ", ".join(f"{n} {v}" for v, n in counts.most_common()))
    return "\n".join(out)
