"""Main-indicator tables (专栏) → claims, one per cell, tied to its column's meaning.

Plan tables have one or two header rows (指标 | 2010年 | 规划目标 … / 2015年 |
年均增长(%) …), label columns of varying depth (a group such as 经济发展, a
numbered indicator, a sub-indicator), and value columns. Rows do not always
have the same number of cells: a group cell may be missing, an attribute
cell may be left off. The reader therefore takes the *label* cells from the
left (text that is not a value), then aligns the remaining cells to the
header's value columns, dropping spare empty cells first on the left and then
on the right.

Columns mean: a year (level at that year; role from 目标/预计/执行 or from the
plan's base year), 年均增长 (growth rate over the period ending at the year
column to its left), [累计] (a bracketed cell is a cumulative change or a
five-year total), 属性 (expected/binding), 完成情况 (status).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents.segment import Table
from ..errors import NumberError
from ..model import Claim, Source
from ..numbers import Quantity, parse_quantity
from .glossary import Resolver, normalise_name
from .patterns import REGIONS
from .units_in_text import unit_of_name

YEAR = re.compile(r"((?:19|20)\d\d)\s*年?")
NO_NUMBER = re.compile(r"^(—+|-+|–|/|…|控制在.*|国家下达.*|待定|暂无)$")
STATUS = re.compile(r"^(完成|未完成|已完成|基本完成|超额完成|.*完成.*目标.*)$")
ATTRIBUTE = {"预期性": "expected", "约束性": "binding", "expected": "expected", "anticipatory": "expected",
             "binding": "binding", "obligatory": "binding", "predictive": "expected"}
VALUE_CELL = re.compile(r"^[<>≤≥]?\s*(?:[\[(（【]\s*)?(?:about\s+|at\s+least\s+|over\s+)?[-+]?\d[\d,.]*(?:\s*(?:%|‰))?"
                        r"(?:\s*(?:以上|以内|以下|左右|-\d[\d.]*|or\s+more|or\s+less|and\s+above))?\s*[\])）】]?$", re.IGNORECASE)
#: A row named only by a sub-region (其中：南疆四地州(万人)): a part of the row above.
REGION_ROW = re.compile(r"^\s*(?:其中\s*[:：]?\s*)?(" + "|".join(REGIONS) + r")\s*(?:[（(][^()（）]{0,12}[)）])?\s*$")
NOTE_ROW = re.compile(r"^\s*(注|备注|说明|资料来源|Note)\s*[:：]?", re.IGNORECASE)


@dataclass(slots=True)
class Column:
    """Meaning of one value column."""

    header: str
    kind: str  # level | rate | status | attribute | unknown
    year: int | None = None
    start_year: int | None = None
    role: str = "target"


#: A cell that is meant as a number even if it cannot be read as one (1,2345, 10^6, 1e3):
#: it is a value cell, so the reader reports it as unparsed instead of taking it for a name.
NUMERIC_LOOKING = re.compile(r"^[<>≤≥]?\s*[\[(（【]?\s*[-+−]?\d[\d,.^eE+\-]*\s*[%‰]?\s*[\])）】]?$")


def is_value(cell: str) -> bool:
    """A cell that is not a name: a figure, a status, an attribute, or a unit (单位 column)."""
    c = cell.strip()
    return bool(c) and bool(VALUE_CELL.match(c) or NUMERIC_LOOKING.match(c) or NO_NUMBER.match(c)
                            or STATUS.match(c) or c.lower() in ATTRIBUTE or _is_unit_cell(c))


def _is_unit_cell(c: str) -> bool:
    from .. import units

    from . import patterns as P

    if c.isascii() and P.EN_UNITS.fullmatch(c.strip()):
        return True  # billion yuan, %, km
    return c in ("%", "‰", "百分点") or (not c.isascii() and len(c) <= 5 and units.is_known(c))


def _header_rows(table: Table) -> int:
    """Header rows are the leading rows without a value cell that has a digit."""
    count = 0
    for row in table.rows[:3]:
        if any(is_value(c) and re.search(r"\d", c) and not YEAR.fullmatch(c.strip()) for c in row[1:]):
            break
        count += 1
    return count


def _columns(table: Table, n_header: int, base_year: int) -> list[Column]:
    """Combine up to two header rows into one meaning per value column."""
    rows = table.rows[:n_header]
    width = max(len(r) for r in rows)
    merged = []
    for i in range(width):
        parts = []
        for r in rows:
            cell = r[i] if i < len(r) else ""
            if not cell and r is rows[0] and i > 0:
                # a merged cell (规划目标 over two columns) leaves the next cell empty
                j = min(i, len(r)) - 1
                while j > 0 and not r[j]:
                    j -= 1
                cell = r[j] if len(rows) > 1 and rows[1][i:i + 1] and rows[1][i] else ""
            parts.append(cell)
        merged.append(" ".join(p for p in parts if p))
    cols: list[Column] = []
    for h in merged[1:]:
        cols.append(_column(h, base_year))
    seen: list[int] = []
    for c in cols:
        if c.kind == "level" and c.year and c.year not in seen:
            seen.append(c.year)
        elif c.kind in ("rate", "change"):
            # the period of a rate is spanned by the two year columns before it, in
            # either order (2010 | 2015 | 2020 | 年均增长 → 2015–2020; 2025 | 2020 → 2020–2025)
            pair = seen[-2:]
            c.year = max(pair) if pair else None
            c.start_year = min(pair) if len(pair) == 2 else (c.year - 5 if c.year else None)
    for c in cols:  # a rate column takes the role of the level column beside it
        if c.kind in ("rate", "change"):
            same = [x for x in cols if x.kind == "level" and x.year == c.year and x.role]
            if same and "目标" not in c.header and "执行" not in c.header and "实际" not in c.header:
                c.role = same[-1].role
    return cols


def _column(h: str, base_year: int) -> Column:
    role = None
    if re.search(r"执行|实际|完成值|实现|预计|actual|estimate", h, re.IGNORECASE):
        role = "actual"
    if re.search(r"目标|规划|target|plan", h, re.IGNORECASE) and "完成情况" not in h:
        role = "target" if role is None or "目标" in h.split()[0] else role
    if re.search(r"完成情况|完成", h) and not YEAR.search(h):
        return Column(h, "status", role="actual")
    if "属性" in h or re.search(r"attribute|\btype\b|nature", h, re.IGNORECASE):
        return Column(h, "attribute")
    if re.fullmatch(r"\s*(单位|计量单位|unit)\s*", h, re.IGNORECASE):
        return Column(h, "unit")
    if re.search(r"累计|变化|cumulative|change", h, re.IGNORECASE) and not re.search(r"年均|增速|annual|growth", h, re.IGNORECASE):
        return Column(h, "change", role=role or "target")  # a column of five-year changes, bracketed or not
    if re.search(r"年均|增长|增速|累计|growth|annual", h, re.IGNORECASE):
        return Column(h, "rate", role=role or "target")
    m = YEAR.search(h)
    if m:
        year = int(m.group(1))
        if role is None:
            role = "actual" if year <= base_year else "target"
        return Column(h, "level", year=year, role=role)
    return Column(h, "unknown", role=role or "target")


_NOTE_MARK = re.compile(r"(?<=[\d)）\u4e00-\u9fff])\s*(?:\*+|[①-⑳]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[(（]\d[)）]|\[\d\])$")


def _without_note_mark(cell: str) -> str:
    """24560*, 12000(1), 42820①, 地区生产总值¹: a footnote mark is not part of the figure or name."""
    return _NOTE_MARK.sub("", cell.strip()) if cell else cell


def _split_row(row: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Label cells (from the left) and the value cells with their positions."""
    last_label = -1
    for i, cell in enumerate(row):
        if cell and not is_value(cell):
            last_label = i
    labels = [c for c in row[: last_label + 1]]
    values = list(enumerate(row))[last_label + 1:]
    return labels, values


def _align(values: list[tuple[int, str]], n: int) -> list[tuple[int, str] | None]:
    vals = list(values)
    while len(vals) > n and not vals[0][1]:
        vals.pop(0)
    while len(vals) > n and not vals[-1][1]:
        vals.pop()
    if len(vals) < n:  # right-align on a status/attribute anchor, else left-align
        last = vals[-1][1] if vals else ""
        if last.lower() in ATTRIBUTE or STATUS.match(last or "-"):
            return [None] * (n - len(vals)) + vals
        return vals + [None] * (n - len(vals))
    return vals[:n]


class TableReader:
    """Reads one table into claims; keeps the label context across sub-rows."""

    def __init__(self, table: Table, path: str, resolver: Resolver, base_year: int,
                 next_id, region: str | None = None) -> None:
        self.table, self.path, self.resolver, self.region = table, path, resolver, region
        self.base_year, self.next_id = base_year, next_id
        self.claims: list[Claim] = []
        self.unparsed: list[dict] = []
        self.last = None  # (match, unit) of the last row that named an indicator

    def read(self) -> tuple[list[Claim], list[dict]]:
        t = self.table
        n_header = _header_rows(t)
        if n_header == 0 or n_header >= len(t.rows):
            return [], self._unrecognised("no header row naming years or growth columns")
        cols = _columns(t, n_header, self.base_year)
        if not any(c.kind in ("level", "rate") for c in cols):
            return [], self._unrecognised("no column of years or growth rates in the header")
        parent, group = "", ""
        for r in range(n_header, len(t.rows)):
            row, line = [_without_note_mark(c) for c in t.rows[r]], t.row_lines[r]
            if not any(row) or NOTE_ROW.match(row[0]) or (len(row) > 0 and NOTE_ROW.match(" ".join(row))):
                continue
            labels, values = _split_row(row)
            named = [x for x in labels if x]
            if not named:
                if any(v for _, v in values):
                    self.unparsed.append(self._unparsed(line, " ".join(row), "row without an indicator name"))
                continue
            name = named[-1]
            if len(named) >= 2:
                parent = named[-2]
                if len(named) >= 3:
                    group = named[0]
                elif re.match(r"^\d+[.、]", named[-1]) and not re.match(r"^\d+[.、]", named[0]):
                    group, parent = named[0], ""
            elif labels and labels[0] == "" and len(labels) >= 2 and labels[-1] == name and \
                    not re.match(r"^\s*\d+[.、]", name) and parent:
                pass  # a sub-row: keep the parent of the row above
            else:
                parent = ""
            if re.match(r"^\d+[.、]", name):
                parent = ""
            self._row(name, parent, group, cols, _align(values, len(cols)), line, r)
        return self.claims, self.unparsed

    def _row(self, name, parent, group, cols, cells, line, r) -> None:
        unit = unit_of_name(name) or unit_of_name(parent)
        region = self.region
        sub = REGION_ROW.match(name)
        if sub and self.last is not None:
            # 其中：南疆四地州 under a row: the same indicator, for that sub-region
            match, region = self.last[0], sub.group(1)
            unit = unit or self.last[1]
        else:
            match = None
        match = match or self.resolver.resolve(name) or self.resolver.resolve(parent)
        if not sub and match is not None:
            self.last = (match, unit)
        if match is not None and match.how == "unresolved" and parent:
            pm = self.resolver.resolve(f"{parent}{name}")
            if pm is not None and pm.how != "unresolved":
                match = pm
        attribute = None
        for col, cell in zip(cols, cells):
            if cell is not None and col.kind == "attribute" and cell[1].lower() in ATTRIBUTE:
                attribute = ATTRIBUTE[cell[1].lower()]
            if cell is not None and col.kind == "unit" and cell[1]:
                unit = cell[1].strip()
                if unit.isascii() and unit not in ("%",):
                    from .prose_en import _english_unit

                    unit = _english_unit(unit)
        level_text = {col.year: cell[1] for col, cell in zip(cols, cells)
                      if cell is not None and col.kind == "level"}
        reduction = bool(re.search(r"降低|下降|减少|排放", name + parent))
        for col, cell in zip(cols, cells):
            if cell is None or col.kind in ("attribute", "unknown", "unit"):
                continue
            idx, text = cell
            if not text:
                continue
            col0 = self.table.cell_cols[r][idx] if idx < len(self.table.cell_cols[r]) else 0
            src = Source(self.path, line, col0, col0 + len(text))
            quote = "\t".join(self.table.rows[r]).strip()
            ind_id = match.id if match else None
            if ind_id and region:  # a table of 兵团 indicators, or a 其中 row of a sub-region
                ind_id = f"{ind_id}@{region}"
            base = dict(indicator=ind_id, region=region,
                        name=match.name if match and match.how != "unresolved" else normalise_name(name),
                        source=src, text=quote, origin="table", context=self.table.title[:40],
                        attribute=attribute, match_confidence=match.confidence if match else 0.0)
            if col.kind == "status":
                self.claims.append(Claim(id=self.next_id(), kind="status", quantity=Quantity(text, None, note=text),
                                         unit="", year=col.year or self._status_year(cols),
                                         start_year=self._status_start(cols), role="actual", **base))
                continue
            try:
                q = parse_quantity(text)
            except NumberError as exc:
                self.unparsed.append(self._unparsed(line, text, exc.message, col0))
                continue
            kind, year, start, cunit = self._kind(col, q, unit, reduction)
            extra = {}
            if col.kind in ("rate", "change") and q.bracketed != "[" and level_text.get(col.year) == text:
                extra["repeats_level"] = col.year
            if kind == "cumulative_change" and col.kind == "level":
                extra["total"] = True
            self.claims.append(Claim(id=self.next_id(), kind=kind, quantity=q, unit=cunit, year=year,
                                     start_year=start, role=col.role, extra=extra, **base))

    def _kind(self, col: Column, q: Quantity, unit: str, reduction: bool):
        if col.kind == "level":
            if q.bracketed == "[":
                kind = "reduction" if reduction else "cumulative_change"
                return kind, col.year, (col.year - 5 if col.year else None), unit
            return ("share" if unit in ("%", "‰") else "level"), col.year, None, unit
        if q.bracketed == "[" or col.kind == "change":
            if reduction:
                return "reduction", col.year, col.start_year, "%"
            return "cumulative_change", col.year, col.start_year, "百分点" if unit == "%" else unit
        return "growth_rate", col.year, col.start_year, "%"

    def _status_year(self, cols):
        years = [c.year for c in cols if c.kind == "level" and c.year]
        return max(years) if years else None

    def _status_start(self, cols):
        years = [c.year for c in cols if c.kind == "level" and c.year]
        return min(years) if len(set(years)) > 1 else None

    def _unparsed(self, line, text, why, col=0) -> dict:
        return {"path": self.path, "line": line, "column": col + 1, "text": text, "reason": why,
                "context": self.table.title[:40]}

    def _unrecognised(self, why: str) -> list[dict]:
        digits = sum(bool(re.search(r"\d", c)) for row in self.table.rows for c in row[1:])
        if not digits:
            return []
        first = self.table.row_lines[0]
        return [{"path": self.path, "line": first, "column": 1,
                 "text": (self.table.title or self.table.raw_rows[0])[:80],
                 "reason": f"table with {digits} numeric cells not read: {why}",
                 "context": self.table.title[:40]}]


