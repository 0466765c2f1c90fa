"""Extraction precision and recall against the hand-checked gold claims.

Usage:  .venv/bin/python tools/accuracy.py [--json] [--misses]

Gold: tests/data/gold/*.jsonl (codebook in tests/data/gold/README.md); only
lines inside the annotated ranges (tests/data/gold/coverage.json and each
``<stem>.coverage.json``) are scored. A predicted claim and a gold entry match
on (line, printed number) as multisets, the printed number compared without
spaces, thousands separators and qualifier words; a figure written in Chinese
numerals is compared by its value in digits (the gold ``printed``). Each
document's table gives recall, precision and the agreement of year and role
(both right) over matched claims. Derived claims (the sector shares
that plancheck adds for a 14.5:37:48.5 ratio) and cells without a number are
not predictions. Numbers are reported per scope (region, project) and per kind,
with field accuracy of matched pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"
QUALIFIER_WORDS = re.compile(r"及以上|以上|以内|以下|左右|之内|超过|突破|跨越|跨过|迈上|跃上|站上|超|不低于|不少于|不超过|至少|约|接近|近|多|余|<|>|"
                             r"about|at least|or more|within|no less than|no more than|not less than|not more than|"
                             r"more than|less than|below|under|above|around|approximately|nearly", re.IGNORECASE)
FIELDS = ("kind", "year", "start_year", "role", "unit", "qualifier", "region", "indicator")


def norm_printed(text: str) -> str:
    return QUALIFIER_WORDS.sub("", text or "").replace(" ", "").replace(",", "")


#: Multipliers that a unit may begin with (四亿六千五百万吨 is 4.65 亿吨 or 46500 万吨).
UNIT_SCALES = (("万亿", 12), ("亿", 8), ("万", 4))


def scaled_value(printed: str, unit: str | None) -> tuple | None:
    """(value in the unit without its multiplier, that unit), or None: a figure
    written in Chinese numerals is one quantity however its multiplier is split
    between number and unit (4.65 亿吨 = 46500 万吨)."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(norm_printed(printed).strip("[]()〔〕【】"))
    except (InvalidOperation, ValueError):
        return None
    unit = unit or ""
    for prefix, power in UNIT_SCALES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return (value.scaleb(power).normalize(), unit[len(prefix):])
    return (value.normalize(), unit)


def document_path(name: str) -> Path | None:
    for folder in (GOLD, CORPUS):
        if (folder / name).exists():
            return folder / name
    if CORPUS.is_dir():
        found = sorted(CORPUS.rglob(name))
        if found:
            return found[0]
    return None


def coverage() -> dict[str, list]:
    """Annotated line ranges per document: coverage.json and every <stem>.coverage.json."""
    out = json.loads((GOLD / "coverage.json").read_text("utf-8"))
    for extra in sorted(GOLD.glob("*.coverage.json")):
        out.update(json.loads(extra.read_text("utf-8")))
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: Counter = field(default_factory=Counter)
    field_total: int = 0
    timed: int = 0  # matched claims whose year and role both agree with the gold entry
    mistimed: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    false: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def time_agreement(self) -> float:
        return self.timed / self.field_total if self.field_total else 1.0


def _in(line: int, ranges) -> bool:
    return any(a <= line <= b for a, b in ranges)


def _predictions(path: Path, ranges):
    from plancheck import load

    plan = load(path)
    out = []
    for c in plan.claims:
        if c.extra.get("derived_from") or not _in(c.source.line, ranges):
            continue
        if c.kind != "status" and not re.search(r"\d", c.quantity.text) and not c.extra.get("written"):
            continue
        out.append(c)
    return out


def _field_values(claim) -> dict:
    q = claim.quantity.qualifier
    return {"kind": claim.kind, "year": claim.year, "start_year": claim.start_year, "role": claim.role,
            "unit": claim.unit, "qualifier": q, "region": claim.region, "indicator": claim.name}


def evaluate(name: str, ranges) -> dict[str, Score]:
    path = document_path(name)
    if path is None:
        raise FileNotFoundError(name)
    gold = [json.loads(line) for line in (GOLD / (Path(name).stem + ".jsonl")).read_text("utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if _in(g["line"], ranges)]
    pred = _predictions(path, ranges)
    pool: dict[tuple, list[dict]] = defaultdict(list)
    by_value: dict[tuple, list[dict]] = defaultdict(list)  # Chinese-numeral entries by their quantity
    for g in gold:
        key = (g["line"], "status") if g["kind"] == "status" else (g["line"], norm_printed(g["printed"]))
        pool[key].append(g)
        if g.get("written") and g["scope"] != "other" and (v := scaled_value(g["printed"], g["unit"])):
            by_value[(g["line"], v)].append(g)
    scores = {"region": Score(), "project": Score(), "all": Score()}

    def find(line: int, text: str, unit, written) -> dict | None:
        candidates = pool.get((line, norm_printed(text)), [])
        if not any(x["scope"] != "other" for x in candidates) and written and (v := scaled_value(text, unit)):
            candidates = by_value.get((line, v)) or candidates
        return next((x for x in candidates if x["scope"] != "other"), candidates[0] if candidates else None)

    def take(g: dict) -> None:
        key = (g["line"], "status") if g["kind"] == "status" else (g["line"], norm_printed(g["printed"]))
        for lst in (pool.get(key, []), by_value.get((g["line"], scaled_value(g["printed"], g["unit"])), [])):
            if any(x is g for x in lst):
                lst.remove(g)

    for c in pred:
        q, written = c.quantity, c.extra.get("written")
        if c.kind == "status":
            candidates = pool.get((c.source.line, "status"), [])
            g = candidates[0] if candidates else None
        else:
            g = find(c.source.line, q.printed.text if q.upper is not None else q.text, c.unit, written)
        predicted_scope = "project" if c.kind == "project" or c.scope == "project" else "region"
        if g is None or g["scope"] == "other":
            for s in (scores[predicted_scope], scores["all"]):
                s.fp += 1
                s.false.append((name, c.source.line, q.text, c.kind, c.name,
                                "matches an 'other' number" if g else "not in gold"))
            continue
        found = [g]
        take(g)
        if q.upper is not None:  # a range (550万一600万吨) states both ends: the gold lists each
            upper = find(c.source.line, q.upper.text, c.unit, written)
            if upper is not None and upper["scope"] != "other":
                found.append(upper)
                take(upper)
        for g in found:
            _score_match(name, c, g, predicted_scope, scores)
    for left in pool.values():
        for g in left:
            if g["scope"] in ("region", "project"):
                scores[g["scope"]].fn += 1
                scores["all"].fn += 1
                scores[g["scope"]].misses.append((name, g["line"], g["printed"], g["kind"], g["indicator"], "not extracted"))
    return scores


def _score_match(name: str, c, g: dict, predicted_scope: str, scores: dict[str, Score]) -> None:
    scores["all"].tp += 1
    if g["scope"] == predicted_scope:
        scores[predicted_scope].tp += 1
    else:  # found, but in the wrong scope: a false claim of that scope, a miss of the other
        scores[predicted_scope].fp += 1
        scores[predicted_scope].false.append((name, c.source.line, c.quantity.text, c.kind, c.name,
                                              f"gold scope is {g['scope']}"))
        scores[g["scope"]].fn += 1
        scores[g["scope"]].misses.append((name, g["line"], g["printed"], g["kind"], g["indicator"],
                                          f"extracted as {predicted_scope}"))
    values = _field_values(c)
    for f in FIELDS:
        scores["all"].fields[f] += _same(f, values[f], g.get(f))
    scores["all"].field_total += 1
    if values["year"] == g.get("year") and _same_role(values["role"], g.get("role")):
        scores["all"].timed += 1
    else:
        scores["all"].mistimed.append((name, c.source.line, c.quantity.text, f"{c.year} {c.role}",
                                       f"gold {g.get('year')} {g.get('role')}", c.frame))


def _same_role(ours, gold) -> bool:
    """A baseline is an actual (the codebook's roles are target and actual)."""
    return {"baseline": "actual"}.get(ours, ours) == {"baseline": "actual"}.get(gold, gold)


def _same(f: str, ours, gold) -> bool:
    if f == "role":
        return _same_role(ours, gold)
    if f == "unit":
        return (ours or "") == (gold or "")
    if f == "qualifier":
        return norm_printed(ours or "") == norm_printed(gold or "") or (ours or "") == (gold or "")
    return ours == gold


def run(docs: dict | None = None) -> dict[str, dict[str, Score]]:
    out = {}
    for name, ranges in coverage().items():
        if docs is not None and name not in docs:
            continue
        if document_path(name) is None:
            continue
        out[name] = evaluate(name, ranges)
    return out


def total(results: dict[str, dict[str, Score]]) -> dict[str, Score]:
    agg = {k: Score() for k in ("region", "project", "all")}
    for scores in results.values():
        for k, s in scores.items():
            agg[k].tp += s.tp
            agg[k].fp += s.fp
            agg[k].fn += s.fn
            agg[k].fields.update(s.fields)
            agg[k].field_total += s.field_total
            agg[k].timed += s.timed
            agg[k].mistimed += s.mistimed
            agg[k].misses += s.misses
            agg[k].false += s.false
    return agg


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list misses and false claims")
    ap.add_argument("--mistimed", action="store_true", help="list matched claims with the wrong year or role")
    args = ap.parse_args(argv)
    results = run()
    rows = [("document", "scope", "TP", "FP", "FN", "precision", "recall", "year+role")]
    for name, scores in {**results, "ALL": total(results)}.items():
        for scope in ("region", "project", "all"):
            s = scores[scope]
            timing = f"{scores['all'].time_agreement:.1%}" if scope == "all" else ""
            rows.append((name, scope, s.tp, s.fp, s.fn, f"{s.precision:.1%}", f"{s.recall:.1%}", timing))
    for r in rows:
        print(f"{r[0][:42]:<42} {r[1]:<8} {r[2]:>5} {r[3]:>5} {r[4]:>5} {r[5]:>10} {r[6]:>8} {r[7]:>10}")
    agg = total(results)["all"]
    print("\nfield accuracy of matched claims:")
    for f in FIELDS:
        print(f"  {f:<11} {agg.fields[f] / max(agg.field_total, 1):.1%}")
    if args.mistimed:
        print("\n-- matched claims with the wrong year or role")
        for m in agg.mistimed:
            print("  ", *m)
    if args.misses:
        for scope in ("region", "project"):
            print(f"\n-- {scope} misses")
            for m in total(results)[scope].misses:
                print("  ", *m)
            print(f"-- {scope} false claims")
            for m in total(results)[scope].false:
                print("  ", *m)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
