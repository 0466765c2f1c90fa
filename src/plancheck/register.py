"""targets.toml, the register: indicators typed by hand, validated on load.

The register is declarative data and is never evaluated: values are strings
read by :func:`plancheck.numbers.parse_quantity`, relations are parsed by
:mod:`plancheck.relations`. Every problem raises :class:`RegisterError` naming
the file, the line and the key. The format is documented in docs/targets.md.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import patterns as P
from . import units
from .errors import NumberError, RegisterError, UnitError
from .findings import SEVERITIES
from .model import KINDS, ROLES, Claim, Indicator, Source
from .numbers import Quantity, parse_quantity

try:  # tomli is the standard library's tomllib, compiled (mypyc): 3-4x faster on large registers
    import tomli as toml
except ImportError:  # pragma: no cover - tomli is a dependency; the same parser in pure Python
    import tomllib as toml  # type: ignore[no-redef]

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
FAIL_ON = ("error", "warning", "info", "never")
SCHEMA_VERSIONS = (1,)
#: A figure whose ``note`` is this is a five-year total of a flow (``[99]`` 万套
#: built), not the change between two levels; rules read ``claim.extra["total"]``.
TOTAL_NOTE = "five-year total"


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
        return _document_path(self.path, self.document.get("path"))


def _document_path(register_path: str, doc: Any) -> str | None:
    if not doc or not isinstance(doc, str):
        return None
    return doc if Path(doc).is_absolute() else str(Path(register_path).parent / doc)


class _Lines:
    """Finds the line of a key inside the n-th ``[[indicator]]`` block.

    tomllib gives no positions, so errors are localised by a scan of the text:
    the block header is found by counting, then the key by name within it.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        #: ``[[name]]`` header -> its line indices, in order: built once, so finding the
        #: n-th block is a lookup (a scan per figure made loading quadratic: 1 000
        #: indicators took 9 s, 3 000 took 57 s).
        self.headers: dict[str, list[int]] = {}
        self._blocks: dict[tuple[int, bool], dict[str, int]] = {}
        for i, line in enumerate(self.lines):
            m = P.ARRAY_HEADER.match(line) if "[[" in line else None
            if m:
                self.headers.setdefault(m.group(1), []).append(i)

    def of(self, table: str, index: int | None = None, key: str | None = None,
           sub: str | None = None, sub_index: int | None = None) -> int | None:
        start = 0
        if index is not None:
            blocks = self.headers.get(table, [])
            if index >= len(blocks):
                return None
            start = blocks[index]
            if sub is not None and sub_index is not None:
                after = bisect.bisect_right(blocks, start)
                end = blocks[after] if after < len(blocks) else len(self.lines)
                subs = self.headers.get(f"{table}.{sub}", [])
                k = bisect.bisect_left(subs, start + 1) + sub_index
                if k < len(subs) and subs[k] < end:
                    start = subs[k]
        if key is None:
            return start + 1
        return self._keys(start, index is not None).get(key, start) + 1

    def _keys(self, start: int, header: bool) -> dict[str, int]:
        """The keys of the block at ``start`` (up to the next ``[`` line), read once."""
        cached = self._blocks.get((start, header))
        if cached is None:
            cached = {}
            for i in range(start + (1 if header else 0), len(self.lines)):
                line = self.lines[i]
                if i > start and P.TABLE_START.match(line):
                    break
                m = P.KEY.match(line)
                if m:
                    cached.setdefault(m.group(1), i)
            self._blocks[(start, header)] = cached
        return cached

    def top(self, key: str) -> int | None:
        """Line of a top-level key, or of the header of a ``[table]`` / first ``[[table]]``."""
        for i, line in enumerate(self.lines):
            m = P.TABLE_HEADER_NAME.match(line)
            if m and (m.group(1) if m.group(1) is not None else m.group(2)) == key:
                return i + 1
        for i, line in enumerate(self.lines):
            if P.TABLE_START.match(line):
                break
            m = P.KEY_NAME.match(line)
            if m and (m.group(1) if m.group(1) is not None else m.group(2)) == key:
                return i + 1
        return None

    def in_table(self, table: str, key: str) -> int | None:
        """Line of ``key`` inside a plain ``[table]`` (or of ``table.key =`` at the top)."""
        header = self.top(table)
        if header is not None and P.TABLE_START.match(self.lines[header - 1]):
            for i in range(header, len(self.lines)):
                if P.TABLE_START.match(self.lines[i]):
                    break
                m = P.KEY_NAME.match(self.lines[i])
                if m and m.group(3) == "=" and (m.group(1) if m.group(1) is not None else m.group(2)) == key:
                    return i + 1
        return header



def load_register(path: str | Path) -> Register:
    """Read and validate a register; raise :class:`RegisterError` on any problem."""
    from .inputs import readable_file

    p = Path(path)
    readable_file(p, error=RegisterError, folder="is a folder, not a register file")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise RegisterError(f"cannot read: {exc.strerror}", path=str(p)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegisterError(f"not UTF-8 text (byte {exc.start})", path=str(p)) from None
    return parse_register(text, str(p))


def _toml_error(exc: toml.TOMLDecodeError, text: str, path: str) -> RegisterError:
    """A TOML syntax error as a RegisterError, naming the key on the offending line if any."""
    m = P.TOML_ERROR_LINE.search(str(exc))
    line = int(m.group(1)) if m else None
    key = None
    if line is not None:
        lines = text.splitlines()
        if 0 < line <= len(lines):
            k = P.TOML_ERROR_KEY.match(lines[line - 1])
            key = k.group(1).strip('"') if k else None
    return RegisterError(f"not valid TOML: {str(exc).split(' (at')[0]}", path=path,
                         line=line, key=key)


def parse_register(text: str, path: str = "targets.toml") -> Register:
    """Validate register text (already decoded) into a :class:`Register`."""
    try:
        data = toml.loads(text)
    except toml.TOMLDecodeError as exc:
        raise _toml_error(exc, text, path) from None
    where = _Lines(text)

    def fail(msg: str, line: int | None, key: str) -> RegisterError:
        return RegisterError(msg, path=path, line=line, key=key)

    _unknown(data, TOP_KEYS, lambda k: fail(f"unknown key {k!r}", where.top(k), k))
    schema = data.get("schema", SCHEMA_VERSIONS[-1])
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise fail(f"must be an integer, not {_type(schema)}", where.top("schema"), "schema")
    if schema not in SCHEMA_VERSIONS:
        raise fail(f"unsupported schema version {schema} (this plancheck reads "
                   f"{', '.join(map(str, SCHEMA_VERSIONS))})", where.top("schema"), "schema")
    document = data.get("document", {})
    if not isinstance(document, dict):
        raise fail("must be a table [document]", where.top("document"), "document")
    _unknown(document, DOCUMENT_KEYS, lambda k: fail(
        f"unknown key {k!r}", where.in_table("document", k), f"document.{k}"))
    _check_document(document, lambda msg, k: fail(msg, where.in_table("document", k), f"document.{k}"))
    settings = data.get("plancheck", {})
    if not isinstance(settings, dict):
        raise fail("must be a table [plancheck]", where.top("plancheck"), "plancheck")
    _unknown(settings, SETTINGS_KEYS, lambda k: fail(
        f"unknown key {k!r}", where.in_table("plancheck", k), f"plancheck.{k}"))
    _check_settings(settings, lambda msg, k: fail(msg, where.in_table("plancheck", k), f"plancheck.{k}"))
    doc_path = _document_path(path, document.get("path")) or path
    indicators: dict[str, Indicator] = {}
    raw_inds = data.get("indicator", [])
    if not isinstance(raw_inds, list):
        raise fail("must be an array of tables [[indicator]]", where.top("indicator"), "indicator")
    counter = [0]
    for i, entry in enumerate(raw_inds):
        ind = _indicator(entry, i, path, doc_path, where, counter)
        if ind.id in indicators:
            raise fail(f"duplicate indicator id {ind.id!r}", where.of("indicator", i, "id"),
                       f"indicator[{i}].id")
        indicators[ind.id] = ind
    relations = data.get("relation", [])
    if not isinstance(relations, list):
        raise fail("must be an array of tables [[relation]]", where.top("relation"), "relation")
    for j, rel in enumerate(relations):
        _check_relation(rel, j, lambda msg, k=None, j=j: fail(
            msg, where.of("relation", j, k), f"relation[{j}].{k}" if k else f"relation[{j}]"))
        rel.setdefault("id", f"relation-{j + 1}")
        rel["_line"] = where.of("relation", j, "expr")
        from .relations import parse_relation  # a malformed relation is an input error, found at load

        parsed = parse_relation(rel["expr"], path=path, line=rel["_line"], key=f"relation[{j}].expr")
        if parsed.divisors():
            from .relations import zero_divisor

            why = zero_divisor(parsed, _figure_hulls([c for ind in indicators.values() for c in ind.claims]))
            if why:
                raise RegisterError(why, path=path, line=rel["_line"], key=f"relation[{j}].expr")
    return Register(path, document, indicators, relations, settings)


def _figure_hulls(claims: list[Claim]) -> dict[str, Any]:
    """Each typed indicator's levels (level, share, count) as one interval: the hull
    of every reading of them, so a divisor is refused only if some figure allows 0."""
    hulls: dict[str, Any] = {}
    for c in claims:
        if c.kind not in ("level", "share", "count") or c.indicator is None or c.quantity.value is None:
            continue
        try:
            iv = c.quantity.interval()
        except (ValueError, AttributeError):
            continue
        hulls[c.indicator] = hulls[c.indicator].hull(iv) if c.indicator in hulls else iv
    return hulls


def _unknown(table: dict, allowed: set[str], err) -> None:
    for k in table:
        if k not in allowed:
            raise err(k)


def _type(value: Any) -> str:
    """A TOML-ish name for the type of a value, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (_dt.date, _dt.time)):
        return "a date/time"
    return type(value).__name__


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _check_document(document: dict, fail) -> None:
    for key in ("title", "title_en", "path"):
        if key in document and not isinstance(document[key], str):
            raise fail(f"must be a string, not {_type(document[key])}", key)
    if "plan_period" in document:
        period = document["plan_period"]
        if not (isinstance(period, list) and len(period) == 2 and all(map(_is_int, period))):
            raise fail("must be [first_year, last_year]", "plan_period")
        if period[0] > period[1]:
            raise fail(f"first year {period[0]} is after last year {period[1]}", "plan_period")
        for y in period:
            if not YEARS[0] <= y <= YEARS[1]:
                raise fail(f"year {y} is outside {YEARS[0]}–{YEARS[1]}", "plan_period")
    if "drafts" in document and not _is_str_list(document["drafts"]):
        raise fail("must be a list of strings (paths of earlier drafts)", "drafts")
    if "published" in document and not isinstance(document["published"], (str, _dt.date)):
        raise fail(f"must be a date (2016-05-01) or a string, not {_type(document['published'])}",
                   "published")


def _check_settings(settings: dict, fail) -> None:
    for key in ("documents", "ignore", "select"):
        if key in settings and not _is_str_list(settings[key]):
            raise fail("must be a list of strings", key)
    if "baseline" in settings and not isinstance(settings["baseline"], str):
        raise fail(f"must be a string (a path), not {_type(settings['baseline'])}", "baseline")
    if "fail_on" in settings and settings["fail_on"] not in FAIL_ON:
        raise fail(f"must be one of {list(FAIL_ON)}, not {settings['fail_on']!r}", "fail_on")


def _check_relation(rel: Any, j: int, fail) -> None:
    if not isinstance(rel, dict):
        raise fail("must be a table")
    _unknown(rel, RELATION_KEYS, lambda k: fail(f"unknown key {k!r}", k))
    if not isinstance(rel.get("expr"), str) or not rel["expr"].strip():
        raise fail("needs a string 'expr'", "expr")
    for key in ("id", "note"):
        if key in rel and not isinstance(rel[key], str):
            raise fail(f"must be a string, not {_type(rel[key])}", key)
    if "year" in rel and not _is_int(rel["year"]):
        raise fail(f"year must be an integer, not {_type(rel['year'])}", "year")
    if "year" in rel:
        _year_in_range(rel["year"], fail, "year")
    if "severity" in rel and rel["severity"] not in SEVERITIES:
        raise fail(f"must be one of {list(SEVERITIES)}, not {rel['severity']!r}", "severity")


@functools.lru_cache(maxsize=1024)
def _canonical_unit(unit: str) -> str | None:
    """The canonical spelling of a known unit, None for an unknown one (a register
    repeats a handful of units thousands of times: each is looked up once)."""
    try:
        return units.check_unit(unit)
    except UnitError:
        return None


def _unit(unit: str, path: str, line: Callable[[], int | None], key: str) -> str:
    """The canonical unit; an unknown one is a RegisterError (the file is at fault).
    ``line`` is called only then: finding a key's line costs a scan of its block."""
    canonical = _canonical_unit(unit)
    if canonical is None:
        raise RegisterError(f"unknown unit {unit!r} (not in plancheck/units/plan_units.txt)",
                            path=path, line=line(), key=key)
    return canonical


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
    if not P.INDICATOR_ID.fullmatch(ind_id):
        raise fail(f"id {ind_id!r} may only use letters, digits, '_', '-', '.'", "id")
    unit = entry.get("unit", "")
    if not isinstance(unit, str):
        raise fail(f"must be a string, not {_type(unit)}", "unit")
    unit = _unit(unit, path, lambda: where.of("indicator", i, "unit"), f"indicator[{i}].unit")
    for key, allowed in (("basis", BASES), ("direction", DIRECTIONS), ("attribute", ATTRIBUTES)):
        if key in entry and (not isinstance(entry[key], str) or entry[key] not in allowed):
            raise fail(f"must be one of {sorted(allowed)}, not {entry[key]!r}", key)
    for key in ("aliases", "accept"):
        val = entry.get(key, [])
        if not _is_str_list(val):
            raise fail("must be a list of strings", key)
    for key in ("name_en", "group", "parent", "note"):
        if key in entry and not isinstance(entry[key], str):
            raise fail(f"must be a string, not {_type(entry[key])}", key)
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


@functools.lru_cache(maxsize=8)
def _document_lines(path: str) -> tuple[str, ...] | None:
    """The lines of the plan the register's line numbers refer to, if it can be read."""
    try:
        from .documents.read import read_document

        return tuple(read_document(path).raw_lines)
    except Exception:  # the plan is optional: without it figures are quoted from the register
        return None


def _cell_column(raw: str, value: str) -> int | None:
    """Column of the one table cell that holds exactly ``value`` (None when not unique)."""
    hits, pos = [], 0
    for cell in raw.split("\t"):
        if cell.strip() == value:
            hits.append(pos + len(cell) - len(cell.lstrip()))
        pos += len(cell) + 1
    return hits[0] if len(hits) == 1 else None


def _document_line(path: str, line: int) -> str | None:
    lines = _document_lines(path)
    return lines[line - 1] if lines and 0 < line <= len(lines) else None


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
    if not isinstance(kind, str) or kind not in KINDS:
        raise fail(f"kind must be one of {list(KINDS)}, not {kind!r}", "kind")
    role = fig.get("role", "target")
    if not isinstance(role, str) or role not in ROLES:
        raise fail(f"role must be one of {list(ROLES)}, not {role!r}", "role")
    value = fig.get("value")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise fail("value must be a string as printed (e.g. \"9324.8\", \"7左右\"), "
                   f"so that its printed precision is kept, not {_type(value)}", "value")
    if isinstance(value, str) and not value.strip():
        raise fail("value is empty: an empty cell is no figure (leave the figure out)", "value")
    for key in ("table", "note", "region", "text"):
        if key in fig and not isinstance(fig[key], str):
            raise fail(f"must be a string, not {_type(fig[key])}", key)
    year, start = _years(fig, fail)
    if kind == "status":
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
        raise fail(f"must be a string, not {_type(unit)}", "unit")
    unit = _unit(unit, path, lambda: line_of("unit"), f"{key_base}.unit")
    line = fig.get("line")
    if line is not None and (not _is_int(line) or line < 1):
        raise fail("line must be a positive integer", "line")
    raw = _document_line(doc_path, line) if line else None
    quoted = " ".join(part.strip() for part in raw.split("\t") if part.strip()) if raw else None
    text = fig.get("text") or quoted or f"{ind.name}: {value}"
    col = _cell_column(raw, str(value)) if raw else None
    header = line_of() or 0
    src = Source(doc_path if line else path, line or header,
                 col or 0, (col or 0) + (len(str(value)) if col is not None else 0))
    # the figure's entry in the register, and the document its ``line`` counts in
    extra: dict[str, Any] = {"register": path, "register_line": header,
                             "typed_from": doc_path if line else None}
    if "note" in fig:
        extra["note"] = fig["note"]
        if fig["note"].strip().lower() == TOTAL_NOTE:
            extra["total"] = True
    region = fig.get("region")
    return Claim(id=claim_id, indicator=f"{ind.id}@{region}" if region else ind.id, name=ind.name,
                 kind=kind, quantity=quantity,  # type: ignore[arg-type]  # checked against KINDS above
                 unit=unit, source=src, text=str(text), year=year, start_year=start, role=role,
                 origin="register", context=str(fig.get("table", "")), region=fig.get("region"),
                 attribute=ind.attribute, extra=extra)


#: Years a plan figure may name: the People's Republic's first year to the end of
#: this century. A year outside is a typing slip (99999999999, 20200), not a plan.
YEARS = (1949, 2100)


def _year_in_range(year: int, fail, key: str) -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise fail(f"year {year} is outside {YEARS[0]}–{YEARS[1]}", key)


def _years(fig: dict, fail) -> tuple[int | None, int | None]:
    year = fig.get("year")
    period = fig.get("period")
    if year is not None and not _is_int(year):
        raise fail(f"year must be an integer, not {_type(year)}", "year")
    if year is not None:
        _year_in_range(year, fail, "year")
    if isinstance(period, list) and len(period) == 2 and all(map(_is_int, period)):
        for y in period:
            _year_in_range(y, fail, "period")
    if period is None:
        if year is None:
            raise fail("needs 'year' (a level) or 'period' = [start_year, end_year] "
                       "(a rate or change); a figure without either is read by no rule", "year")
        return year, None
    if not isinstance(period, list) or len(period) != 2 or not all(map(_is_int, period)):
        raise fail("period must be [start_year, end_year]", "period")
    start, end = period
    if start >= end:
        raise fail(f"baseline year {start} is not before target year {end}", "period")
    if year is not None and year != end:
        raise fail(f"year {year} disagrees with period end {end}", "year")
    return end, start
