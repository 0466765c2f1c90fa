"""relation — the register's own relations between indicators.

A register may say what the plan does not print as one figure: a region's
target cannot exceed the whole's (``new_urban_jobs@南疆四地州 <= new_urban_jobs``),
a sum of parts cannot exceed a total. Each indicator stands for the interval of
its printed figure in the relation's year (the target if one is printed, else
the reported result), and the relation is broken only when no reading of the
printed figures satisfies it: an error, or a warning when only the loose
reading of round numbers (11000 as "about 11000") saves it.

A relation that names an indicator nobody knows is a warning (a typo in the
register); one whose single unknown has no figure tells, as info, what the
relation implies for it. Without ``year`` a relation is checked in every year
in which all its indicators have figures.

Fires: ``new_urban_jobs@南疆四地州 * 3 >= new_urban_jobs`` in 2020 — 南疆四地州's
60 万 jobs times 3 is at most 181.5, the region's 220 万以上 at least 219.5.
Near-miss: ``a + b >= 80.4`` with a = 30 and b = 50 printed — the figures may be
30.49 and 50.49, so 80.4 is reachable and nothing is reported.
"""

from __future__ import annotations

import math
from typing import Iterator

from ..errors import RegisterError
from ..findings import Finding, Location
from ..indicators.glossary import builtin
from ..model import Claim, Indicator
from ..numbers import Interval
from ..relations import Relation, Sym, evaluate, iter_relations, parse_relation, satisfiable, solve_for
from .base import Param, Plan, rule

RULE = "relation"

#: Kinds whose figure is "the value of the indicator in a year", most direct first;
#: a change or a project figure stands for the indicator only when no level is printed.
#: Growth rates never do: a relation between indicators is about their values.
KIND_GROUPS = (("level", "share", "count"), ("cumulative_change", "reduction", "project", "ratio"))
PARAMS = {
    "kind_groups": Param(KIND_GROUPS, "the kinds of figure that stand for an indicator's value in a year, "
                         "most direct first (targets before results); growth rates never do unless the "
                         "relation names them"),
}


@rule(RULE, "error", "relations stated in the register ([[relation]]) must hold for some reading", PARAMS)
def check_relations(plan: Plan) -> Iterator[Finding]:
    """Check each ``[[relation]]`` of the register against the plan's figures."""
    for index, st in iter_relations(plan.statements):
        yield from _check_one(plan, index, st)
    for st in plan.statements:  # relations a table's text targets name (高于GDP增长, 与经济增长同步)
        if st.get("type") == "table_relation":
            yield from _check_one(plan, -1, st)


def _check_one(plan: Plan, index: int, st: dict) -> Iterator[Finding]:
    where = _register_location(plan, st)
    try:
        rel = parse_relation(st.get("expr", ""), path=where.path if where else None,
                             line=st.get("_line"), key=f"relation[{index}].expr")
    except RegisterError as exc:  # the loader validates; this is the fallback
        yield _finding(st, "error", exc.message, [], where)
        return
    unknown = [s for s in rel.symbols if not _known(plan, s)]
    if unknown:
        names = ", ".join(s.key for s in unknown)
        yield _finding(st, "warning", f"relation {st.get('id', '')!r} names unknown "
                       f"indicator{'s' if len(unknown) > 1 else ''} {names}: not checked", [], where)
        return
    for year in _years(plan, rel, st.get("year"), st.get("kinds")):
        yield from _check_year(plan, rel, st, year, where)


def _check_year(plan: Plan, rel: Relation, st: dict, year: int | None,
                where: Location | None) -> Iterator[Finding]:
    values = {s.key: _value(plan, s, year, st.get("kinds")) for s in rel.symbols}
    missing = [s for s in rel.symbols if values[s.key] is None]
    if missing and st.get("origin") == "table" and len(missing) == len(rel.symbols):
        return  # 保持在合理区间 beside 与经济增长同步: no figure on either side, nothing to say
    if len(missing) == 1 and year is not None:
        yield _implied(rel, st, year, missing[0], values, where)
        return
    if missing:
        names = ", ".join(s.key for s in missing)
        yield _finding(st, "info", f"relation {rel.text!r} not checked{_in(year)}: no figure for {names}",
                       [], where)
        return
    known = {k: v for k, v in values.items() if v is not None}  # all of them: none is missing here
    claims = [c for v in known.values() for c in v[1]]
    strict = {k: v[0] for k, v in known.items()}
    loose = {k: _hull(c.interval(loose=True) for c in v[1]) for k, v in known.items()}
    left, right = evaluate(rel.left, strict), evaluate(rel.right, strict)
    if satisfiable(rel.op, left, right):
        return
    arithmetic = [f"{k}{_in(year)} = {v[0]} ({', '.join(c.quantity.text for c in v[1])})"
                  for k, v in known.items()]
    arithmetic.append(f"left side {left} {rel.op} right side {right}: no reading holds")
    severity = st.get("severity", "error")
    if satisfiable(rel.op, evaluate(rel.left, loose), evaluate(rel.right, loose)):
        severity = "info" if severity == "info" else "warning"
        arithmetic.append("holds only if round figures are read loosely (11000 as 10500–11500)")
    note = f" ({st['note']})" if st.get("note") else ""
    yield _finding(st, severity, f"relation {rel.text!r} does not hold{_in(year)}{note}",
                   claims, where, arithmetic)


def _implied(rel: Relation, st: dict, year: int, unknown: Sym, values: dict,
             where: Location | None) -> Finding:
    env = {k: v[0] for k, v in values.items() if v is not None}
    claims = [c for v in values.values() if v is not None for c in v[1]]
    got = solve_for(rel, unknown, env)
    if got.interval is None:
        text = f"cannot be solved for {unknown.key} ({got.reason})"
    elif math.isinf(got.interval.lo) and math.isinf(got.interval.hi):
        text = f"puts no bound on {unknown.key}"
    else:
        text = f"implies {unknown.key} in {got.interval}"
    return _finding(st, "info", f"relation {rel.text!r}{_in(year)}: {unknown.key} has no figure; "
                    f"the relation {text}", claims, where)


def _in(year: int | None) -> str:
    return f" in {year}" if year is not None else ""


# --- finding the figures ------------------------------------------------------

def _claims_of(plan: Plan, sym: Sym) -> list[Claim]:
    """Claims about ``sym``: its own id (``gdp@兵团`` as extraction names it), or the
    indicator's claims whose region matches (as the register records them)."""
    out: list[Claim] = []
    for ind in _indicators(plan, sym.id):
        out += [c for c in ind.claims if (c.region or None) == sym.region]
    if sym.region:
        for ind in _indicators(plan, f"{sym.id}@{sym.region}"):
            out += ind.claims
    return list(dict.fromkeys(out))


def _indicators(plan: Plan, name: str) -> list[Indicator]:
    """Indicators named ``name`` by id, by ``name:`` id of extraction, or by exact name/alias."""
    found = [plan.indicators[k] for k in (name, f"name:{name}") if k in plan.indicators]
    if not found:
        found = [i for i in plan.indicators.values() if name == i.name or name in i.aliases]
    return found


def _known(plan: Plan, sym: Sym) -> bool:
    """An indicator id the plan, the register or the glossary knows (region aside)."""
    if sym.id in builtin() or _indicators(plan, sym.id):
        return True
    return bool(sym.region and _indicators(plan, f"{sym.id}@{sym.region}"))


def _pick(claims: list[Claim], year: int | None, only: list[str] | None = None) -> list[Claim]:
    """The figures that give the value in ``year``: target first, then the direct kinds
    (or the kinds the relation names: growth rates for 与经济增长同步)."""
    usable = [c for c in claims if c.quantity.is_number and not c.extra.get("per_year")
              and c.year == year]
    for role in ("target", "actual"):
        for kinds in ((tuple(only),) if only else PARAMS["kind_groups"].value):
            got = [c for c in usable if c.role == role and c.kind in kinds]
            if got:
                return got
    return []


def _value(plan: Plan, sym: Sym, year: int | None,
           only: list[str] | None = None) -> tuple[Interval, list[Claim]] | None:
    picked = _pick(_claims_of(plan, sym), year, only)
    if not picked:
        return None
    return _hull(c.interval() for c in picked), picked


def _hull(intervals) -> Interval:
    """Every reading of every figure: a disagreement among them is another rule's finding."""
    it = iter(intervals)
    out = next(it)
    for iv in it:
        out = out.hull(iv)
    return out


def _years(plan: Plan, rel: Relation, year: int | None, only: list[str] | None = None) -> list[int | None]:
    """The stated year; else every year in which all indicators have figures; else the
    latest year in which the most of them do (so one missing figure can be solved for)."""
    if year is not None:
        return [year]
    per_symbol = [{c.year for c in _claims_of(plan, s) if c.year is not None and _pick([c], c.year, only)}
                  for s in rel.symbols]
    if not per_symbol:
        return [None]
    common = set.intersection(*per_symbol)
    if common:
        return list[int | None](sorted(common))
    every = set.union(*per_symbol)
    if not every:
        return [None]
    return [max(every, key=lambda y: (sum(y in s for s in per_symbol), y))]


# --- reporting --------------------------------------------------------------------

def _register_location(plan: Plan, st: dict) -> Location | None:
    if st.get("origin") == "table":  # a text target of a table row
        return Location(st["path"], st["line"], st.get("column", 1), st.get("column", 1), st.get("text", "")[:200])
    path = st.get("_path") or (plan.path if plan.path.endswith(".toml") else None)
    if not path:
        return None
    return Location(path, st.get("_line") or 1, text=f"expr = {st.get('expr', '')!r}"[:200])


def _finding(st: dict, severity: str, message: str, claims: list[Claim],
             where: Location | None, arithmetic: list[str] | None = None) -> Finding:
    cl = list(dict.fromkeys(claims))
    locations = [Location.of(c) for c in cl] + ([where] if where else [])
    return Finding(rule=RULE, severity=severity, message=message, indicator=None,
                   indicator_name=str(st.get("id", "")), arithmetic=arithmetic or [],
                   locations=locations, claims=[c.id for c in cl])
