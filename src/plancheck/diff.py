"""What changed between two drafts of a plan: targets and findings.

A reviewer of a new draft wants to know which figures were changed on
purpose and which contradictions the change brought in or removed. Claims
are matched on what they are about — (indicator, kind, year, start year,
role, region) — never on line numbers, which any edit above them shifts.
Within that key, pairs are formed in order of likeness:

* same printed value and the same words → unchanged, or **moved** when the
  line was cut and put elsewhere (lines that merely shifted because text was
  inserted above them are aligned first with ``difflib`` and do not count);
* same printed value, different words → **re-worded**;
* different printed value → **re-valued**;
* what is left over is **added** or **removed**.

"The same words" compares the quoted sentence or table row with its
numbers masked, so changing one cell of a row does not make the row's other
figures look re-worded.

Findings are matched on :attr:`Finding.key`, which leaves out line numbers,
then on their rule, indicator and message (the key quotes source lines, and a
finding whose quoted table row changed elsewhere is still the same finding).
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .findings import Finding
from .model import Claim
from .plan import Plan
from .patterns import DIFF_NUMBER as _NUMBER
from .report import Report

CHANGES = ("moved", "reworded", "revalued", "added", "removed")


@dataclass(slots=True)
class ClaimChange:
    """One claim of the old draft and its counterpart in the new one (or None)."""

    change: str
    old: Claim | None
    new: Claim | None

    @property
    def claim(self) -> Claim:
        return self.new or self.old  # type: ignore[return-value]

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {"change": self.change, "indicator": c.indicator, "name": c.name, "kind": c.kind,
                "year": c.year, "start_year": c.start_year, "role": c.role, "region": c.region,
                "old": None if self.old is None else _side(self.old),
                "new": None if self.new is None else _side(self.new)}

    def __str__(self) -> str:
        c = self.claim
        period = f"{c.start_year}–{c.year}" if c.start_year else str(c.year or "")
        head = f"{c.name} {period} {c.role} {c.kind.replace('_', ' ')}".replace("  ", " ")
        old, new = self.old, self.new
        if self.change in ("revalued", "moved", "reworded"):
            assert old is not None and new is not None, "a changed claim has both sides"
            return self._changed(head, c, old, new)
        which = new if self.change == "added" else old
        assert which is not None, "an added or removed claim has its side"
        return f"{head}: {_fig(which)} {self.change} (line {which.source.line})"

    def _changed(self, head: str, c: Claim, old: Claim, new: Claim) -> str:
        if self.change == "revalued":
            return (f"{head}: {_fig(old)} → {_fig(new)} "
                    f"(line {old.source.line} → {new.source.line})")
        if self.change == "moved":
            return f"{head}: {_fig(c)} moved from line {old.source.line} to {new.source.line}"
        return f"{head}: {_fig(c)} re-worded (line {old.source.line} → {new.source.line})"


def _fig(c: Claim) -> str:
    return f"{c.quantity.text} {c.unit}".strip()


def _side(c: Claim) -> dict[str, Any]:
    return {"printed": c.quantity.text, "value": c.quantity.value, "unit": c.unit,
            "line": c.source.line, "path": c.source.path, "text": c.text, "claim": c.id}


@dataclass(slots=True)
class PlanDiff:
    """The changes between two drafts, each list in document order."""

    old_path: str
    new_path: str
    moved: list[ClaimChange] = field(default_factory=list)
    reworded: list[ClaimChange] = field(default_factory=list)
    revalued: list[ClaimChange] = field(default_factory=list)
    added: list[ClaimChange] = field(default_factory=list)
    removed: list[ClaimChange] = field(default_factory=list)
    unchanged: int = 0
    appeared: list[Finding] = field(default_factory=list)
    disappeared: list[Finding] = field(default_factory=list)

    @property
    def new_errors(self) -> list[Finding]:
        """Error findings of the new draft that the old one did not have."""
        return [f for f in self.appeared if f.severity == "error" and not f.accepted]

    @property
    def changed(self) -> bool:
        return any(getattr(self, k) for k in (*CHANGES, "appeared", "disappeared"))

    def to_dict(self) -> dict[str, Any]:
        return {"old": self.old_path, "new": self.new_path, "unchanged": self.unchanged,
                **{k: [c.to_dict() for c in getattr(self, k)] for k in CHANGES},
                "findings": {"appeared": [f.to_dict() for f in self.appeared],
                             "disappeared": [f.to_dict() for f in self.disappeared]},
                "new_errors": len(self.new_errors)}


def claim_key(c: Claim) -> tuple:
    """What a claim is about, independent of where and how it is printed."""
    return (c.indicator or c.name, c.kind, c.year, c.start_year, c.role, c.region)


def words(text: str) -> str:
    """The text with its numbers masked and its spacing normalised."""
    return " ".join(_NUMBER.sub("#", text).split())


def diff_plans(old: Plan, new: Plan, old_report: Report | None = None,
               new_report: Report | None = None) -> PlanDiff:
    """Compare two drafts; the reports are computed with ``Plan.check`` when not given."""
    out = PlanDiff(old.path, new.path)
    line_map = _line_map(old.text_lines, new.text_lines)
    olds, news = _by_key(_drafted(old.claims)), _by_key(_drafted(new.claims))
    for key in list(dict.fromkeys([*olds, *news])):
        _pair_group(olds.get(key, []), news.get(key, []), line_map, out)
    for name in CHANGES:
        getattr(out, name).sort(key=lambda ch: (ch.claim.source.line, ch.claim.source.col_start))
    old_report = old_report if old_report is not None else old.check()
    new_report = new_report if new_report is not None else new.check()
    out.appeared = _minus(new_report.findings, old_report.findings)
    out.disappeared = _minus(old_report.findings, new_report.findings)
    return out


def _drafted(claims: list[Claim]) -> list[Claim]:
    """The figures a draft itself prints: a register read alongside (``--register``)
    adds the same figures to both sides, which are no change of the draft (two
    registers compared are all register figures, and are kept)."""
    own = [c for c in claims if c.origin != "register"]
    return own if own else claims


def _by_key(claims: list[Claim]) -> dict[tuple, list[Claim]]:
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        groups.setdefault(claim_key(c), []).append(c)
    return groups


def _line_map(old_lines: list[str], new_lines: list[str]) -> dict[int, int]:
    """Old line → new line (1-based) for lines kept or edited in place.

    Equal runs map one to one; a run replaced by another maps line by line
    (an edited table row stays where it was). Deleted lines are not mapped,
    so a figure found again elsewhere counts as moved.
    """
    if not old_lines or not new_lines:
        return {}
    sm = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    out: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag in ("equal", "replace"):
            for k in range(min(i2 - i1, j2 - j1)):
                out[i1 + k + 1] = j1 + k + 1
    return out


def _pair_group(olds: list[Claim], news: list[Claim], line_map: dict[int, int], out: PlanDiff) -> None:
    """Pair the claims of one key, most alike first, and file each pair."""
    olds, news = list(olds), list(news)
    same_value = lambda o, n: _printed(o) == _printed(n)  # noqa: E731
    same_words = lambda o, n: same_value(o, n) and words(o.text) == words(n.text)  # noqa: E731
    for accept in (same_words, same_value, lambda o, n: True):
        for o, n in _greedy(olds, news, accept, line_map):
            olds.remove(o)
            news.remove(n)
            _file(o, n, line_map, out)
    out.removed.extend(ClaimChange("removed", o, None) for o in olds)
    out.added.extend(ClaimChange("added", None, n) for n in news)


def _printed(c: Claim) -> str:
    return c.quantity.text.replace(" ", "")


def _greedy(olds, news, accept, line_map) -> list[tuple[Claim, Claim]]:
    """Acceptable pairs, taken best first: same place, same origin, likest words."""
    scored = []
    for i, o in enumerate(olds):
        for j, n in enumerate(news):
            if accept(o, n):
                in_place = _new_line(o, line_map) == n.source.line
                likeness = difflib.SequenceMatcher(None, words(o.text), words(n.text)).ratio()
                scored.append((-in_place, o.origin != n.origin, -likeness, i, j))
    pairs, used_o, used_n = [], set(), set()
    for *_, i, j in sorted(scored):
        if i not in used_o and j not in used_n:
            used_o.add(i)
            used_n.add(j)
            pairs.append((olds[i], news[j]))
    return pairs


def _file(o: Claim, n: Claim, line_map: dict[int, int], out: PlanDiff) -> None:
    if _printed(o) != _printed(n) or o.unit != n.unit:
        out.revalued.append(ClaimChange("revalued", o, n))
    elif words(o.text) != words(n.text):
        out.reworded.append(ClaimChange("reworded", o, n))
    elif _new_line(o, line_map) != n.source.line:
        out.moved.append(ClaimChange("moved", o, n))
    else:
        out.unchanged += 1


def _new_line(o: Claim, line_map: dict[int, int]) -> int | None:
    """Where the old claim's line is in the new draft (its own number without texts)."""
    return line_map.get(o.source.line) if line_map else o.source.line


def _minus(a: list[Finding], b: list[Finding]) -> list[Finding]:
    """Findings of ``a`` that ``b`` does not have (as often).

    Matched on :attr:`Finding.key` first; what is left is matched again on
    rule, indicator, severity and message, because the key quotes the
    findings' source lines and an edit elsewhere in a quoted table row would
    otherwise show one unchanged finding as both new and resolved.
    """
    rest = _unmatched(a, b, lambda f: f.key)
    return _unmatched(rest, _unmatched(b, a, lambda f: f.key),
                      lambda f: (f.rule, f.indicator, f.severity, f.message))


def _unmatched(a: list[Finding], b: list[Finding], key) -> list[Finding]:
    left = Counter(key(f) for f in b)
    out = []
    for f in a:
        if left[key(f)]:
            left[key(f)] -= 1
        else:
            out.append(f)
    return out


def render_text(d: PlanDiff) -> str:
    """The changes, one line each, grouped by kind of change."""
    titles = {"revalued": "Re-valued", "added": "Added", "removed": "Removed",
              "reworded": "Re-worded", "moved": "Moved"}
    out = [f"{d.old_path} → {d.new_path}"]
    for name in ("revalued", "added", "removed", "reworded", "moved"):
        items = getattr(d, name)
        if items:
            out += ["", f"{titles[name]} ({len(items)})"] + [f"  {ch}" for ch in items]
    for title, findings in (("New findings", d.appeared), ("Resolved findings", d.disappeared)):
        if findings:
            out += ["", f"{title} ({len(findings)})"]
            out += [f"  {f.severity}[{f.rule}] {f.message} (line "
                    f"{', '.join(str(x) for x in sorted({loc.line for loc in f.locations}))})"
                    for f in findings]
    counts = ", ".join(f"{len(getattr(d, k))} {titles[k].lower()}" for k in
                       ("revalued", "added", "removed", "reworded", "moved"))
    out += ["", f"{counts}, {d.unchanged} unchanged; {len(d.appeared)} new and "
                f"{len(d.disappeared)} resolved findings ({len(d.new_errors)} new errors)"]
    return "\n".join(out)
