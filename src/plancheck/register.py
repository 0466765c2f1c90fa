"""targets.toml, the register: indicators typed by hand, validated on load.

The register is declarative data and is never evaluated: values are strings
read by :func:`plancheck.numbers.parse_quantity`, relations are parsed by
:mod:`plancheck.relations`. Every problem raises :class:`RegisterError` naming
the file, the line and the key. The format is documented in docs/targets.md.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import functools
import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from . import patterns as P
from . import units
from .documents.read import read_document
from .errors import NumberError, RegisterError, UnitError
from .findings import SEVERITIES
from .inputs import readable_file
from .model import KINDS, ROLES, Claim, Indicator, Source
from .numbers import Printed, Quantity, parse_quantity
from .relations import parse_relation, zero_divisor

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
        # A register repeats a few header lines ([[indicator]], [[indicator.figure]])
        # thousands of times: each distinct line is matched once.
        names: dict[str, str | None] = {}
        lines = self.lines
        for i in [i for i, line in enumerate(lines) if "[[" in line]:
            line = lines[i]
            if line in names:
                name = names[line]
            else:
                m = P.ARRAY_HEADER.match(line)
                name = names[line] = m.group(1) if m else None
            if name is not None:
                if name in self.headers:
                    self.headers[name].append(i)
                else:
                    self.headers[name] = [i]

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

    def sub_blocks(self, table: str, sub: str) -> list[list[int]]:
        """For each ``[[table]]`` block, the 0-based lines of the ``[[table.sub]]``
        headers inside it, in order (one pass): the j-th is what ``of(table, i,
        sub=sub, sub_index=j)`` finds, without a search per sub-block."""
        blocks = self.headers.get(table, [])
        out: list[list[int]] = [[] for _ in blocks]
        b = -1
        for line in self.headers.get(f"{table}.{sub}", []):
            while b + 1 < len(blocks) and blocks[b + 1] < line:
                b += 1
            if b >= 0:
                out[b].append(line)
        return out

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


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a register is built.

    Loading allocates a few objects per key (the parsed tables, then a Claim,
    Source and Quantity per figure) and frees almost none, so every 700 new
    objects trigger a collection that finds nothing, and the full ones walk
    every object built so far: 40 % of the time of a 100 000-indicator load.
    Nothing in a register forms a cycle that needs collecting meanwhile. The
    collector's state is restored on exit (also on an error); a caller that had
    it off keeps it off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def parse_register(text: str, path: str = "targets.toml") -> Register:
    """Validate register text (already decoded) into a :class:`Register`."""
    with _collector_paused():
        return _parse_register(text, path)


def _parse_register(text: str, path: str) -> Register:
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
    figure_lines = where.sub_blocks("indicator", "figure")
    for i, entry in enumerate(raw_inds):
        ind = _indicator(entry, i, path, doc_path, where, figure_lines, counter)
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
        # a malformed relation is an input error, found at load
        parsed = parse_relation(rel["expr"], path=path, line=rel["_line"], key=f"relation[{j}].expr")
        if parsed.divisors():
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


def _unit_error(unit: str, path: str, line: int | None, key: str) -> RegisterError:
    """An unknown unit: the register is at fault."""
    return RegisterError(f"unknown unit {unit!r} (not in plancheck/units/plan_units.txt)",
                         path=path, line=line, key=key)


#: The keys of most indicators: those given, none of the optional ones needs a check.
_PLAIN_INDICATOR_KEYS = frozenset({"id", "name", "unit", "figure"})


def _indicator(entry: Any, i: int, path: str, doc_path: str, where: _Lines,
               figure_lines: list[list[int]], counter: list[int]) -> Indicator:
    """One ``[[indicator]]`` with its figures. ``figure_lines`` holds, per indicator
    block, the lines of its ``[[indicator.figure]]`` headers (see _Lines.sub_blocks).
    Only an error looks up the line of a key."""
    def fail(msg: str, key: str) -> RegisterError:
        return RegisterError(msg, path=path, line=where.of("indicator", i, key.split(".")[-1]),
                             key=f"indicator[{i}].{key}")

    if not isinstance(entry, dict):
        raise RegisterError("must be a table", path=path, line=where.of("indicator", i),
                            key=f"indicator[{i}]")
    if not INDICATOR_KEYS.issuperset(entry):
        _unknown(entry, INDICATOR_KEYS, lambda k: fail(f"unknown key {k!r}", k))
    get = entry.get
    for key in ("id", "name"):
        if not isinstance(get(key), str) or not entry[key].strip():
            raise fail(f"needs a non-empty string {key!r}", key)
    ind_id = entry["id"]
    if not P.INDICATOR_ID.fullmatch(ind_id):
        raise fail(f"id {ind_id!r} may only use letters, digits, '_', '-', '.'", "id")
    unit = get("unit", "")
    if not isinstance(unit, str):
        raise fail(f"must be a string, not {_type(unit)}", "unit")
    canonical = _canonical_unit(unit)
    if canonical is None:
        raise _unit_error(unit, path, where.of("indicator", i, "unit"), f"indicator[{i}].unit")
    if not _PLAIN_INDICATOR_KEYS.issuperset(entry):  # optional keys: check them
        for key, allowed in (("basis", BASES), ("direction", DIRECTIONS), ("attribute", ATTRIBUTES)):
            if key in entry and (not isinstance(entry[key], str) or entry[key] not in allowed):
                raise fail(f"must be one of {sorted(allowed)}, not {entry[key]!r}", key)
        for key in ("aliases", "accept"):
            if key in entry and not _is_str_list(entry[key]):
                raise fail("must be a list of strings", key)
        for key in ("name_en", "group", "parent", "note"):
            if key in entry and not isinstance(entry[key], str):
                raise fail(f"must be a string, not {_type(entry[key])}", key)
        ind = Indicator(ind_id, entry["name"], get("name_en", ""), canonical,
                        tuple(get("aliases", ())), get("attribute"), get("basis", "nominal"),
                        get("direction"), get("group", ""), get("parent"),
                        accept=tuple(get("accept", ())))
    else:
        ind = Indicator(ind_id, entry["name"], "", canonical)
    figures = get("figure", [])
    if not isinstance(figures, list):
        raise fail("must be an array of tables [[indicator.figure]]", "figure")
    if figures:
        heads = figure_lines[i] if i < len(figure_lines) else []
        block = where.headers["indicator"][i] + 1 if i < len(figure_lines) else None
        claims, sources = ind.claims, ind.sources
        for j, fig in enumerate(figures):
            counter[0] += 1
            header = heads[j] + 1 if j < len(heads) else block
            claim = _figure(fig, ind, i, j, path, doc_path, where, f"r{counter[0]}", header or 0)
            claims.append(claim)
            sources.append(claim.source)
    return ind


@functools.lru_cache(maxsize=8)
def _document_lines(path: str) -> tuple[str, ...] | None:
    """The lines of the plan the register's line numbers refer to, if it can be read."""
    try:
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
            where: _Lines, claim_id: str, header: int) -> Claim:
    """One ``[[indicator.figure]]`` as a claim. ``header`` is its header's line (0 if
    unknown). The checks run in a fixed order, so the first fault is the one reported;
    the line of a key is looked up only for an error."""
    if not isinstance(fig, dict):
        raise _figure_error("must be a table", where, path, i, j)
    if not FIGURE_KEYS.issuperset(fig):
        _unknown(fig, FIGURE_KEYS, lambda k: _figure_error(f"unknown key {k!r}", where, path, i, j, k))
    get = fig.get
    kind = get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        raise _figure_error(f"kind must be one of {list(KINDS)}, not {kind!r}", where, path, i, j, "kind")
    role = get("role", "target")
    if not isinstance(role, str) or role not in ROLES:
        raise _figure_error(f"role must be one of {list(ROLES)}, not {role!r}", where, path, i, j, "role")
    value = get("value")
    if type(value) is not str and (isinstance(value, bool) or not isinstance(value, (str, int))):
        raise _figure_error("value must be a string as printed (e.g. \"9324.8\", \"7左右\"), "
                            f"so that its printed precision is kept, not {_type(value)}",
                            where, path, i, j, "value")
    value = str(value)
    if not value.strip():
        raise _figure_error("value is empty: an empty cell is no figure (leave the figure out)",
                            where, path, i, j, "value")
    if not _PLAIN_FIGURE_KEYS.issuperset(fig):
        for key in _FIGURE_STRINGS:
            if key in fig and not isinstance(fig[key], str):
                raise _figure_error(f"must be a string, not {_type(fig[key])}", where, path, i, j, key)
    year = get("year")
    if type(year) is int and "period" not in fig and YEARS[0] <= year <= YEARS[1]:
        start = None  # the common case, a level of one year: what _years gives
    else:
        year, start = _years(fig, lambda msg, key=None: _figure_error(msg, where, path, i, j, key))
    if kind == "status":
        quantity = Quantity(value, None, note=value)
    else:
        try:
            quantity = _quantity(value)
        except NumberError as exc:
            raise _figure_error(exc.message, where, path, i, j, "value") from None
    unit = _FIGURE_UNIT.get(kind)
    if "unit" in fig:
        unit = fig["unit"]
        if not isinstance(unit, str):
            raise _figure_error(f"must be a string, not {_type(unit)}", where, path, i, j, "unit")
    elif unit is None:  # a level in the indicator's unit; a change in points, % or its unit
        if kind in _LEVEL_KINDS:
            unit = ind.unit
        elif kind == "reduction":
            unit = "%"
        else:
            unit = "百分点" if ind.unit == "%" else ind.unit
    canonical = _canonical_unit(unit)
    if canonical is None:
        raise _unit_error(unit, path, where.of("indicator", i, "unit", sub="figure", sub_index=j),
                          f"indicator[{i}].figure[{j}].unit")
    line = get("line")
    if line is not None and (not _is_int(line) or line < 1):
        raise _figure_error("line must be a positive integer", where, path, i, j, "line")
    if line:
        raw = _document_line(doc_path, line)
        quoted = " ".join(part.strip() for part in raw.split("\t") if part.strip()) if raw else None
        col = _cell_column(raw, value) if raw else None
        src = Source(doc_path, line, col or 0, (col or 0) + (len(value) if col is not None else 0))
    else:
        quoted = None
        src = Source(path, header, 0, 0)
    text = get("text") or quoted or f"{ind.name}: {value}"
    # the figure's entry in the register, and the document its ``line`` counts in
    extra: dict[str, Any] = {"register": path, "register_line": header,
                             "typed_from": doc_path if line else None}
    if "note" in fig:
        extra["note"] = fig["note"]
        if fig["note"].strip().lower() == TOTAL_NOTE:
            extra["total"] = True
    region = get("region")
    return Claim(id=claim_id, indicator=f"{ind.id}@{region}" if region else ind.id, name=ind.name,
                 kind=kind, quantity=quantity,  # type: ignore[arg-type]  # checked against KINDS above
                 unit=canonical, source=src, text=text, year=year, start_year=start, role=role,
                 origin="register", context=get("table", ""), region=region,
                 attribute=ind.attribute, extra=extra)


#: The keys of a figure that must be strings when given (``unit`` is checked apart),
#: and the keys of a figure that has none of them.
_FIGURE_STRINGS = ("table", "note", "region", "text")
_PLAIN_FIGURE_KEYS = FIGURE_KEYS.difference(_FIGURE_STRINGS)
#: The unit a figure of a kind has without a ``unit`` key: the indicator's for levels
#: (None here), % for rates; changes depend on the indicator's unit (see _figure).
_LEVEL_KINDS = frozenset({"level", "share", "count", "project"})
_CHANGE_KINDS = frozenset({"cumulative_change", "reduction"})
_FIGURE_UNIT: dict[str, str | None] = {k: (None if k in _LEVEL_KINDS | _CHANGE_KINDS else
                                           "%" if k == "growth_rate" else "") for k in KINDS}


def _figure_error(msg: str, where: _Lines, path: str, i: int, j: int,
                  key: str | None = None) -> RegisterError:
    """An error of figure ``j`` of indicator ``i``, at the line of ``key`` (of its header)."""
    return RegisterError(msg, path=path, line=where.of("indicator", i, key, sub="figure", sub_index=j),
                         key=f"indicator[{i}].figure[{j}].{key}" if key else f"indicator[{i}].figure[{j}]")


def _quantity(value: str) -> Quantity:
    """:func:`parse_quantity` of a register value; a plain ASCII number (most values)
    goes straight to :meth:`Printed.parse`, which is what parse_quantity does with it."""
    if value.isascii() and P.PLAIN_NUMBER.fullmatch(value):
        return Quantity(value, Printed.parse(value))
    return parse_quantity(value)


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
