"""The rule protocol: one module per rule, registered by decorator.

A rule is a pure function from the plan (its indicators and document-level
statements) to findings. It carries a stable id, a default severity, a
one-line description and its parameters (the numbers and word lists it
decides by, each with what it means), which ``plancheck rules`` lists,
``plancheck rules NAME`` shows and docs/rules.md explains. The ``@rule``
decorator is the whole registration: ``rules/__init__.py`` imports every
module of the package. A rule that crashes does not stop the others: the
runner turns the exception into an ``internal-error`` finding.

A rule does not build fixes: a finding carries the relation its figures
violate (:mod:`plancheck.localize`), and localisation turns it into fixes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol

from ..findings import Finding
from ..model import Claim, Indicator
from . import load_all, rule_modules


class Plan(Protocol):
    """What a rule reads of a plan (:class:`plancheck.plan.Plan` is one). Rules
    sit below the pipeline that builds plans, so they name its shape, not its module."""

    indicators: dict[str, Indicator]
    claims: list[Claim]
    statements: list[dict[str, Any]]
    path: str
    unparsed: list[dict[str, Any]]
    calendar: dict[str, Any] | None

@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a rule: its value and what it decides."""

    value: Any
    description: str

    def shown(self) -> str:
        v = self.value
        if isinstance(v, (tuple, list, frozenset, set)) and all(isinstance(x, str) for x in v):
            return "、".join(sorted(v) if isinstance(v, (set, frozenset)) else v)
        if isinstance(v, Mapping):
            return ", ".join(f"{k} → {x}" for k, x in v.items())
        return repr(v) if not isinstance(v, str) else v

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        if isinstance(v, (tuple, set, frozenset)):
            v = list(v)
        return {"value": v, "description": self.description}


RuleFunc = Callable[[Plan], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    description: str
    func: RuleFunc
    doc: str = ""
    params: Mapping[str, Param] = field(default_factory=dict)

    def run(self, plan: Plan) -> list[Finding]:
        return list(self.func(plan))

    @property
    def scope(self) -> str:
        """``indicator`` for rules run on each indicator, ``plan`` for document-level rules."""
        return getattr(self.func, "scope", "plan")

    @property
    def module(self) -> str:
        return self.func.__module__


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, description: str,
         params: Mapping[str, Param] | None = None) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule under a stable id, with the parameters it decides by."""

    def wrap(func: RuleFunc) -> RuleFunc:
        RULES[rule_id] = Rule(rule_id, severity, description, func, (func.__doc__ or "").strip(),
                              params if params is not None else {})  # one object: the module reads it
        return func

    return wrap


def per_indicator(func: Callable[[Indicator, Plan], Iterable[Finding]]) -> RuleFunc:
    """Adapt a function of one indicator into a rule over the whole plan."""

    def run(plan: Plan) -> Iterator[Finding]:
        for ind in plan.indicators.values():
            yield from func(ind, plan)

    functools.update_wrapper(run, func)  # keeps the rule module's name for its documentation
    run.scope = "indicator"  # type: ignore[attr-defined]  # read by Rule.scope
    return run


def distinct(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Group claims that make the same statement — the same printed figure, unit,
    kind, period and role — so one statement repeated in a table and in prose is
    checked once and reported with both locations. A "7" for 2010–15 and a "7"
    for 2015–20 are two statements."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        key = (c.quantity.text.replace(" ", ""), c.unit, c.kind, c.start_year, c.year, c.role)
        groups.setdefault(key, []).append(c)
    return list(groups.values())


def endpoints(ind: Indicator, c: Claim) -> tuple[list[list[Claim]], list[list[Claim]]]:
    """The levels a rate or change over (start, end) links: the start-year levels
    (actual ones preferred: a plan's base is its reported result) and the end-year
    levels of the claim's own role, each grouped by statement."""
    at_start = ind.levels(c.start_year) if c.start_year else []
    starts = [x for x in at_start if x.role == "actual"] or at_start
    ends = [x for x in ind.levels(c.year) if x.role == c.role] if c.year else []
    return distinct(starts), distinct(ends)


def linked_statements(ind: Indicator, kind: str) -> Iterator[tuple[list[Claim], list[Claim], list[Claim]]]:
    """(statement, base-level statement, end-level statement) for every rate or
    change of ``kind`` whose period has levels at both ends in one unit — the
    triples the growth and cumulative rules check and ``recompute`` lists.
    Five-year totals and per-year averages link no levels."""
    for group in distinct(ind.of_kind(kind)):
        c = group[0]
        if c.start_year is None or c.year is None or c.extra.get("total") or c.extra.get("per_year"):
            continue
        starts, ends = endpoints(ind, c)
        for bs in starts:
            for ts in ends:
                if bs[0].unit == ts[0].unit:  # mixed units are the units rule's
                    yield group, bs, ts


def all_rules() -> dict[str, Rule]:
    """Every rule, importing the rule modules on first call, in the order of their
    modules (``rule_modules``) even when another module imported one of them first
    (recomputations.py imports the totals and composition helpers)."""
    load_all()
    order = {f"{__package__}.{name}": i for i, name in enumerate(rule_modules())}
    ranked = sorted(RULES.items(), key=lambda item: order.get(item[1].module, len(order)))  # stable
    if [k for k, _ in ranked] != list(RULES):
        RULES.clear()
        RULES.update(ranked)
    return RULES
