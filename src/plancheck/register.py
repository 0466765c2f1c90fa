"""targets.toml, the register: indicators typed by hand, validated on load.

The register is declarative data and is never evaluated: values are strings
read by :func:`plancheck.numbers.parse_quantity`, relations are parsed by
:mod:`plancheck.relations`. Every problem raises :class:`RegisterError` naming
the file, the line and the key. The format is documented in docs/targets.md.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import units
from .errors import NumberError, RegisterError
from .model import KINDS, ROLES, Claim, Indicator, Source
from .numbers import parse_quantity

TOP_KEYS = {"schema", "document", "indicator", "relation", "plancheck"}
DOCUMENT_KEYS = {"title", "title_en", "path", "plan_period", "drafts", "published"}
INDICATOR_KEYS = {"id", "name", "name_en", "aliases", "unit", "basis", "direction",
                  "attribute", "group", "parent", "accept", "note", "figure"}
FIGURE_KEYS = {"kind", "role", "year", "period", "value", "line", "table", "unit",
               "note", "region", "text"}
RELATION_KEYS = {"id", "expr", "year", "note", "severity"}
SETTINGS_KEYS = {"documents", "fail_on", "baseline", "ignore", "select"}
BASES = {"real", "nominal"}
DIRECTIONS = {"increase", "decrease"}
ATTRIBUTES = {"expected", "binding"}


@dataclass(slots=True)
class Register:
    """A loaded register: its indicators (with claims), relations and settings."""

    path: str
    document: dict[str, Any]
    indicators: dict[str, Indicator]
    relations: list[dict[str, Any]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def claims(self) -> list[Claim]:
        return [c for ind in self.indicators.values() for c in ind.claims]

    @property
    def document_path(self) -> str | None:
        """The plan file that figure ``line`` keys refer to, relative to the register."""
        p = self.document.get("path")
        if not p:
            return None
        return str((Path(self.path).parent / p)) if not Path(p).is_absolute() else p


class _Lines:
    """Finds the line of a key inside the n-th ``[[indicator]]`` block.

    tomllib gives no positions, so errors are localised by a scan of the text:
    the block header is found by counting, then the key by name within it.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def of(self, table: str, index: int | None = None, key: str | None = None,
           sub: str | None = None, sub_index: int | None = None) -> int | None:
        start = 0
        if index is not None:
            start = self._nth(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]", index, 0)
            if start is None:
                return None
            if sub is not None and sub_index is not None:
                end = self._nth(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]", 0, start + 1) or len(self.lines)
                found = self._nth(rf"^\s*\[\[\s*{re.escape(table)}\.{re.escape(sub)}\s*\]\]",
                                  sub_index, start + 1)
                if found is not None and found < end:
                    start = found
        if key is None:
            return start + 1
        for i in range(start + (1 if index is not None else 0), len(self.lines)):
            if i > start and re.match(r"^\s*\[", self.lines[i]):
                break
            if re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", self.lines[i]):
                return i + 1
        return start + 1

    def _nth(self, pattern: str, n: int, begin: int) -> int | None:
        seen = -1
        for i in range(begin, len(self.lines)):
            if re.match(pattern, self.lines[i]):
                seen += 1
                if seen == n:
                    return i
        return None


def load_register(path: str | Path) -> Register:
    """Read and validate a register; raise :class:`RegisterError` on any problem."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise RegisterError("no such file", path=str(p)) from None
    except IsADirectoryError:
        raise RegisterError("is a directory, not a register file", path=str(p)) from None
    except OSError as exc:
        raise RegisterError(f"cannot read: {exc.strerror}", path=str(p)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegisterError(f"not UTF-8 text (byte {exc.start})", path=str(p)) from None
    return parse_register(text, str(p))


def parse_register(text: str, path: str = "targets.toml") -> Register:
    """Validate register text (already decoded) into a :class:`Register`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise RegisterError(f"not valid TOML: {str(exc).split(' (at')[0]}", path=path,
                            line=int(m.group(1)) if m else None) from None
    where = _Lines(text)

    def fail(msg: str, line: int | None, key: str) -> RegisterError:
        return RegisterError(msg, path=path, line=line, key=key)

    _unknown(data, TOP_KEYS, lambda k: fail(f"unknown key {k!r}", where.of(k), k))
    document = data.get("document", {})
    if not isinstance(document, dict):
        raise fail("must be a table", where.of("document"), "document")
    _unknown(document, DOCUMENT_KEYS,
             lambda k: fail(f"unknown key {k!r}", where.of("document", key=k), f"document.{k}"))
    settings = data.get("plancheck", {})
    if not isinstance(settings, dict):
        raise fail("must be a table", None, "plancheck")
    _unknown(settings, SETTINGS_KEYS,
             lambda k: fail(f"unknown key {k!r}", where.of("plancheck", key=k), f"plancheck.{k}"))
    doc_path = document.get("path") or path
    indicators: dict[str, Indicator] = {}
    raw_inds = data.get("indicator", [])
    if not isinstance(raw_inds, list):
        raise fail("must be an array of tables [[indicator]]", where.of("indicator"), "indicator")
    counter = [0]
    for i, entry in enumerate(raw_inds):
        ind = _indicator(entry, i, path, doc_path, where, counter)
        if ind.id in indicators:
            raise fail(f"duplicate indicator id {ind.id!r}", where.of("indicator", i, "id"),
                       f"indicator[{i}].id")
        indicators[ind.id] = ind
    relations = data.get("relation", [])
    if not isinstance(relations, list):
        raise fail("must be an array of tables [[relation]]", where.of("relation"), "relation")
    for j, rel in enumerate(relations):
        if not isinstance(rel, dict):
            raise fail("must be a table", where.of("relation", j), f"relation[{j}]")
        _unknown(rel, RELATION_KEYS, lambda k: fail(f"unknown key {k!r}",
                 where.of("relation", j, k), f"relation[{j}].{k}"))
        if not isinstance(rel.get("expr"), str):
            raise fail("needs a string 'expr'", where.of("relation", j), f"relation[{j}].expr")
        rel.setdefault("id", f"relation-{j + 1}")
        rel["_line"] = where.of("relation", j, "expr")
    return Register(path, document, indicators, relations, settings)


def _unknown(table: dict, allowed: set[str], err) -> None:
    for k in table:
        if k not in allowed:
            raise err(k)


def _indicator(entry: Any, i: int, path: str, doc_path: str, where: _Lines,
               counter: list[int]) -> Indicator:
    def fail(msg: str, key: str) -> RegisterError:
        return RegisterError(msg, path=path, line=where.of("indicator", i, key.split(".")[-1]),
                             key=f"indicator[{i}].{key}")

    if not isinstance(entry, dict):
        raise RegisterError("must be a table", path=path, line=where.of("indicator", i),
                            key=f"indicator[{i}]")
    _unknown(entry, INDICATOR_KEYS, lambda k: fail(f"unknown key {k!r}", k))
    for key in ("id", "name"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise fail(f"needs a non-empty string {key!r}", key)
    ind_id = entry["id"]
    if not re.fullmatch(r"[A-Za-z0-9_.\-]+", ind_id):
        raise fail(f"id {ind_id!r} may only use letters, digits, '_', '-', '.'", "id")
    unit = entry.get("unit", "")
    if not isinstance(unit, str):
        raise fail("must be a string", "unit")
    unit = units.check_unit(unit, path=path, line=where.of("indicator", i, "unit"),
                            key=f"indicator[{i}].unit")
    for key, allowed in (("basis", BASES), ("direction", DIRECTIONS), ("attribute", ATTRIBUTES)):
        if key in entry and entry[key] not in allowed:
            raise fail(f"must be one of {sorted(allowed)}, not {entry[key]!r}", key)
    for key in ("aliases", "accept"):
        val = entry.get(key, [])
        if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
            raise fail("must be a list of strings", key)
    for key in ("name_en", "group", "parent", "note"):
        if key in entry and not isinstance(entry[key], str):
            raise fail("must be a string", key)
    ind = Indicator(id=ind_id, name=entry["name"], name_en=entry.get("name_en", ""), unit=unit,
                    aliases=tuple(entry.get("aliases", [])), attribute=entry.get("attribute"),
                    basis=entry.get("basis", "nominal"), direction=entry.get("direction"),
                    group=entry.get("group", ""), parent=entry.get("parent"),
                    accept=tuple(entry.get("accept", [])))
    figures = entry.get("figure", [])
    if not isinstance(figures, list):
        raise fail("must be an array of tables [[indicator.figure]]", "figure")
    for j, fig in enumerate(figures):
        counter[0] += 1
        claim = _figure(fig, ind, i, j, path, doc_path, where, f"r{counter[0]}")
        ind.claims.append(claim)
        ind.sources.append(claim.source)
    return ind


def _figure(fig: Any, ind: Indicator, i: int, j: int, path: str, doc_path: str,
            where: _Lines, claim_id: str) -> Claim:
    key_base = f"indicator[{i}].figure[{j}]"

    def line_of(key: str | None = None) -> int | None:
        return where.of("indicator", i, key, sub="figure", sub_index=j)

    def fail(msg: str, key: str | None = None) -> RegisterError:
        return RegisterError(msg, path=path, line=line_of(key), key=f"{key_base}.{key}" if key else key_base)

    if not isinstance(fig, dict):
        raise fail("must be a table")
    _unknown(fig, FIGURE_KEYS, lambda k: fail(f"unknown key {k!r}", k))
    kind = fig.get("kind")
    if kind not in KINDS:
        raise fail(f"kind must be one of {list(KINDS)}, not {kind!r}", "kind")
    role = fig.get("role", "target")
    if role not in ROLES:
        raise fail(f"role must be one of {list(ROLES)}, not {role!r}", "role")
    value = fig.get("value")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise fail("value must be a string as printed (e.g. \"9324.8\", \"7左右\"), "
                   "so that its printed precision is kept", "value")
    year, start = _years(fig, fail)
    if kind == "status":
        from .numbers import Quantity
        quantity = Quantity(str(value), None, note=str(value))
    else:
        try:
            quantity = parse_quantity(str(value))
        except NumberError as exc:
            raise fail(exc.message, "value") from None
    unit = fig.get("unit", ind.unit if kind in ("level", "share", "count", "project") else "")
    if kind == "growth_rate":
        unit = fig.get("unit", "%")
    elif kind in ("cumulative_change", "reduction") and "unit" not in fig:
        unit = "百分点" if ind.unit == "%" and kind == "cumulative_change" else (
            "%" if kind == "reduction" else ind.unit)
    if not isinstance(unit, str):
        raise fail("must be a string", "unit")
    unit = units.check_unit(unit, path=path, line=line_of("unit"), key=f"{key_base}.unit")
    line = fig.get("line")
    if line is not None and (isinstance(line, bool) or not isinstance(line, int) or line < 1):
        raise fail("line must be a positive integer", "line")
    text = fig.get("text") or f"{ind.name}: {value}"
    src = Source(doc_path if line else path, line or (line_of() or 0))
    return Claim(id=claim_id, indicator=ind.id, name=ind.name, kind=kind, quantity=quantity,
                 unit=unit, source=src, text=str(text), year=year, start_year=start, role=role,
                 origin="register", context=str(fig.get("table", "")), region=fig.get("region"),
                 attribute=ind.attribute)


def _years(fig: dict, fail) -> tuple[int | None, int | None]:
    year = fig.get("year")
    period = fig.get("period")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise fail("year must be an integer", "year")
    if period is None:
        return year, None
    if (not isinstance(period, list) or len(period) != 2
            or not all(isinstance(y, int) and not isinstance(y, bool) for y in period)):
        raise fail("period must be [start_year, end_year]", "period")
    start, end = period
    if start >= end:
        raise fail(f"baseline year {start} is not before target year {end}", "period")
    if year is not None and year != end:
        raise fail(f"year {year} disagrees with period end {end}", "year")
    return end, start
