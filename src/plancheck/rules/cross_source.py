"""cross-source — one figure, stated in several places, must be one number.

The same indicator, year and role printed in two places (table and table,
table and prose, prose chapters apart, document and register) must admit a
common true value.

* intervals cannot overlap under any reading → ``error``; the suggested fix is
  to change the statement that fewer places support (a majority vote);
* they overlap only when round figures are read loosely → ``warning``;
* they overlap, yet the printed targets differ (2.5 in a table, 3.5 in the
  prose, both "以上") → ``warning``: which is the target?

Three or more statements of one figure that disagree give one finding that
lists them all: the value most places support stands, and each statement that
no reading reconciles with it gets a fix.

Statements in different units are left to the ``units`` rule.

Near-misses: 9324.8 (table) vs 9324.8 亿元 (prose); 95 vs 95%以上 (same
number, one with a floor); 48.5 (table) vs the 48.5 of 14.5:37:48.5.
"""

from __future__ import annotations

from pathlib import Path

from itertools import combinations
from typing import Iterator

from ..findings import Finding, finding_from_claims
from ..localize import Equal
from ..model import Claim, Indicator
from ._groups import same_figure_groups
from .base import Plan, distinct, per_indicator, rule

RULE = "cross-source"


def _side(c: Claim) -> str | None:
    """Which side a qualifier bounds: 以上/超过 below, 以内/低于/within/< above."""
    return {"at_least": "floor", "more_than": "floor", "at_most": "ceiling",
            "less_than": "ceiling"}.get(c.quantity.bound_kind or "")


def _where(c: Claim) -> str:
    if c.origin == "register" and c.extra.get("register_line"):  # its location may be the draft's figure
        return f"the register ({Path(c.extra.get('register', '')).name} line {c.extra['register_line']})"
    return f"{c.origin} line {c.source.line}" + (f" ({c.context})" if c.context and c.origin == "table" else "")


@rule(RULE, "error", "the same indicator, year and role must have one value wherever it is stated")
@per_indicator
def check_cross_source(ind: Indicator, plan: Plan) -> Iterator[Finding]:
    """One finding per figure whose statements disagree, listing them all."""
    for group in same_figure_groups(ind):
        if len({c.unit for c in group}) > 1:
            continue  # the units rule speaks to these
        statements = distinct(group)
        if len(statements) < 2:
            continue
        if len(statements) == 2:
            finding = _compare(ind, statements[0], statements[1], statements[0][0], statements[1][0],
                               len(statements[0]), len(statements[1]))
        else:
            finding = _compare_many(ind, statements)
        if finding is not None:
            yield finding


def _compare_many(ind: Indicator, statements: list[list[Claim]]) -> Finding | None:
    """Three or more statements of one figure: the value most places support
    stands; every statement no reading reconciles with it is to be fixed."""
    heads = [g[0] for g in statements]
    strict = [[a.interval().overlaps(b.interval()) for b in heads] for a in heads]
    if all(all(row) for row in strict):
        pairs = [(a, b) for a, b in combinations(statements, 2)]
        for a_group, b_group in pairs:  # compatible, but two bounds of one side printed differently?
            f = _compare(ind, a_group, b_group, a_group[0], b_group[0], len(a_group), len(b_group))
            if f is not None:
                return _with_all(f, ind, statements)
        return None
    support = [sum(len(statements[j]) for j, ok in enumerate(row) if ok) for row in strict]
    best = max(range(len(heads)), key=lambda i: (support[i], heads[i].origin == "table", -i))
    right = heads[best]
    wrong = [statements[i] for i, ok in enumerate(strict[best]) if not ok]
    loose = all(w[0].interval(True).overlaps(right.interval(True)) for w in wrong)
    what = _what(ind, right)
    arithmetic = [f"{c.quantity.text} {c.unit} at {_where(c)} → {c.interval()}" for c in heads]
    if loose:
        return finding_from_claims(RULE, "warning",
            f"{what}: {len(heads)} statements agree only if round figures are read loosely",
            [c for g in statements for c in g], ind, arithmetic)
    violated = [Equal(w[0], right, f"as printed at {_where(right)} and in {support[best] - 1} other place(s)")
                for w in wrong]
    others = ", ".join(f"{w[0].quantity.text} at {_where(w[0])}" for w in wrong)
    return finding_from_claims(RULE, "error",
        f"{what}: {right.quantity.text} at {_where(right)} is contradicted by {others}",
        [c for g in statements for c in g], ind, arithmetic, violated=violated)


def _with_all(f: Finding, ind: Indicator, statements: list[list[Claim]]) -> Finding:
    """The same finding, located at every statement of the figure."""
    return finding_from_claims(f.rule, f.severity, f.message, [c for g in statements for c in g], ind,
                               f.arithmetic, violated=f.violated)


def _what(ind: Indicator, a: Claim) -> str:
    return f"{ind.name} ({a.year} {a.role}{', ' + a.kind.replace('_', ' ') if a.kind != 'level' else ''})"


def _compare(ind, a_group, b_group, a: Claim, b: Claim, na: int, nb: int) -> Finding | None:
    ia, ib = a.interval(), b.interval()
    what = _what(ind, a)
    arithmetic = [f"{a.quantity.text} {a.unit} at {_where(a)} → {ia}",
                  f"{b.quantity.text} {b.unit} at {_where(b)} → {ib}"]
    claims = [*a_group, *b_group]
    if ia.overlaps(ib):
        pa, pb = a.quantity.printed, b.quantity.printed
        if pa is not None and pb is not None and pa.value != pb.value and a.quantity.bound_kind \
                and _side(a) == _side(b):
            return finding_from_claims(RULE, "warning",
                f"{what}: printed as {a.quantity.text} and as {b.quantity.text} — compatible bounds, "
                "but which is the target?", claims, ind, arithmetic)
        return None
    if a.interval(True).overlaps(b.interval(True)):
        return finding_from_claims(RULE, "warning",
            f"{what}: {a.quantity.text} and {b.quantity.text} agree only if a round figure is read loosely",
            claims, ind, arithmetic + [f"loose: {a.interval(True)} vs {b.interval(True)}"])
    # either statement may be the misprint: the one fewer places support comes
    # first; localize() then prefers the figure implicated in most errors
    wrong, right = (b_group, a) if na > nb else (a_group, b)
    if na == nb:
        wrong, right = (b_group, a) if b.origin == "prose" and a.origin == "table" else (a_group, b)
    other_wrong, other_right = (a_group, b) if wrong is b_group else (b_group, a)
    violated = [Equal(w[0], r, f"as printed at {_where(r)}") for w, r in ((wrong, right), (other_wrong, other_right))]
    return finding_from_claims(RULE, "error",
        f"{what}: {a.quantity.text} at {_where(a)} contradicts {b.quantity.text} at {_where(b)}",
        claims, ind, arithmetic, violated=violated)
