"""Naming: the indicator each claim speaks of, from the subject text its reader handed
over (:class:`plancheck.claims.names.NamingRequest` for prose, :class:`~plancheck.claims.names.RowNaming`
for a table row).

The prose readers name no indicator: each claim comes with the text of its subject
and the hints of its reading (the verb's kind, the unit, the sub-region, a list it
opens, the subjects it is stated for), and this stage resolves the subject through
the register and the glossary (:mod:`.glossary`), sets the claim's ``indicator``,
``name`` and ``match_confidence``, and states a figure once for each subject of
A和B分别… when every one of them is a known indicator.

Claim ids number claims in the order they were read (``c1``, ``c2``…). A figure stated
for several subjects was once split while reading, its parts numbered right after it;
the ids are renumbered so that they still are (and so is every reference to them:
``part_of``, ``listed``, a table relation's ``claim``).
"""

from __future__ import annotations

import copy
from typing import Callable

from ..claims.names import Match, NamingRequest, RowNaming, SubjectResolver, normalise_name
from ..model import Claim


def name_claims(claims: list[Claim], requests: dict[str, NamingRequest], resolver: SubjectResolver,
                next_id: Callable[[], str], statements: list[dict] | None = None,
                rows: list[RowNaming] | None = None) -> list[Claim]:
    """``claims`` named by their requests, in their order (a claim stated for several
    subjects becomes one claim for each), and the claims and statements of each table row
    of ``rows``; claims without a request are kept as they are."""
    if rows:
        name_rows(rows, resolver, statements if statements is not None else [])
    out: list[Claim] = []
    named: dict[str, Claim] = {}
    splits: list[tuple[Claim, list[Claim]]] = []
    for claim in claims:
        request = requests.get(claim.id)
        if request is None:
            out.append(claim)
            continue
        named[claim.id] = claim
        if request.name_of is not None:  # a list's shares stated as a ratio: named as its first part
            first = named.get(request.name_of)
            if first is not None:
                claim.name = first.name
            claim.indicator = None
            out.append(claim)
            continue
        _name(claim, request, resolver)
        parts = _respectively(claim, request, resolver, next_id)
        if parts:
            splits.append((claim, parts))
        out.extend(parts or [claim])
    if splits:
        _renumber(out, splits, statements or [])
    return out


def name_rows(rows: list[RowNaming], resolver: SubjectResolver, statements: list[dict]) -> None:
    """Each table row's claims and statements named, in the order of the rows (a 其中 row
    of a sub-region takes the match of the row above it)."""
    dropped: set[int] = set()
    for row in rows:
        if row.inherit is not None:
            match = row.inherit.match
        else:
            match = resolver.resolve(row.first) if row.first is not None else None
        match = match or resolver.resolve(row.name) or resolver.resolve(row.parent)
        row.match = match
        if match is not None and match.how == "unresolved" and row.parent and not row.part:
            better = resolver.resolve(f"{row.parent}{row.name}")
            if better is not None and better.how != "unresolved":
                match = better
        ind_id = match.id if match else None
        if ind_id and row.region:
            ind_id = f"{ind_id}@{row.region}"
        display = match.name if match and match.how != "unresolved" else row.display
        for claim in row.claims:
            claim.indicator, claim.name = ind_id, display
            claim.match_confidence = match.confidence if match else 0.0
        if row.statement is not None:
            row.statement["name"], row.statement["indicator"] = display, ind_id
        for statement, other, op, claim in row.relations:
            known = resolver.resolve(other)
            if (known is None or known.how == "unresolved" or claim.indicator is None
                    or known.id == claim.indicator.split("@")[0]):
                dropped.add(id(statement))  # 高于全国平均水平: no indicator of the plan is named
                continue
            other_id = f"{known.id}@{claim.region}" if claim.region else known.id
            statement["id"], statement["expr"] = claim.name, f"`{claim.indicator}` {op} `{other_id}`"
    if dropped:
        statements[:] = [s for s in statements if id(s) not in dropped]


#: References to claims by id in a claim's extra fields.
ID_FIELDS = ("part_of", "listed")


def _number(claim_id: str) -> int | None:
    digits = claim_id[1:]
    return int(digits) if claim_id[:1] == "c" and digits.isdigit() else None


def _renumber(claims: list[Claim], splits: list[tuple[Claim, list[Claim]]], statements: list[dict]) -> None:
    """Ids as if each split claim's parts had been numbered right after it while reading."""
    split_numbers = sorted((n, len(parts)) for claim, parts in splits if (n := _number(claim.id)) is not None)
    copies = {id(c) for _, parts in splits for c in parts}

    def moved(claim_id: str) -> str:
        n = _number(claim_id)
        if n is None:
            return claim_id
        return f"c{n + sum(k for s, k in split_numbers if s < n)}"

    for claim in claims:
        if id(claim) not in copies:
            claim.id = moved(claim.id)
    for original, parts in splits:
        start = _number(moved(original.id))
        for i, part in enumerate(parts, 1):
            part.id = f"c{start + i}" if start is not None else part.id
    seen: set[int] = set()  # an extra dict shared by two claims is moved once
    for claim in claims:
        if id(claim.extra) in seen:
            continue
        seen.add(id(claim.extra))
        for key in ID_FIELDS:
            if isinstance(claim.extra.get(key), str):
                claim.extra[key] = moved(claim.extra[key])
    for statement in statements:
        if isinstance(statement.get("claim"), str):
            statement["claim"] = moved(statement["claim"])
    # a reference to a claim that was split is to none of its parts for sure (其中 after
    # A和B分别增长7%: a part of which?): it is dropped rather than left pointing at no claim
    ids = {claim.id for claim in claims}
    for claim in claims:
        for key in ID_FIELDS:
            if isinstance(claim.extra.get(key), str) and claim.extra[key] not in ids:
                del claim.extra[key]


def _name(claim: Claim, request: NamingRequest, resolver: SubjectResolver) -> None:
    subject = request.subject
    match = (resolver.resolve_read(subject, request.kind, request.unit) if request.kind is not None
             else resolver.resolve(subject))
    known = match is not None and match.how != "unresolved"
    if request.indicator is not None:
        claim.indicator = request.indicator
    elif match is None:
        claim.indicator = None
    else:
        claim.indicator = match.id if not request.region else f"{match.id}@{request.region}"
    claim.name = match.name if match is not None and known else normalise_name(subject)
    if request.confidence and match is not None:
        claim.match_confidence = match.confidence
    if request.pronoun:
        claim.indicator = None  # 它所占的比重 with nothing before it to stand for: of no known indicator
    if request.rename is not None:
        _rename(claim, resolver.resolve(request.rename))
    if request.unnamed:
        claim.indicator = None


def _rename(claim: Claim, match: Match | None) -> None:
    """The first figure of a list, named by its own subject of the list."""
    if match is None:  # a subject too short to name anything: of no known indicator
        claim.indicator = None
        return
    claim.indicator = match.id if not claim.region else f"{match.id}@{claim.region}"
    claim.name, claim.match_confidence = match.name, match.confidence


def _respectively(claim: Claim, request: NamingRequest, resolver: SubjectResolver,
                  next_id: Callable[[], str]) -> list[Claim]:
    """A和B分别年均增长 7%: one figure stated for each of two known indicators."""
    if len(request.respectively) < 2:
        return []
    matches = resolver.resolve_each(request.respectively)
    if matches is None:
        return []
    out = []
    for m in matches:
        c = copy.copy(claim)
        c.id, c.extra = next_id(), dict(claim.extra, respectively=True)
        c.indicator = m.id if not claim.region else f"{m.id}@{claim.region}"
        c.name, c.match_confidence = m.name, m.confidence
        out.append(c)
    return out
