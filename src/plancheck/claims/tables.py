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
five-year total), 属性 (expected/binding), 完成情况 (status), 单位/Units (the
row's unit), 来源/Source (where the figure comes from). English headers name
fiscal years (FY19, FY2019-20, 2019/20, "FY25 target"; see documents/fiscal.py).

Cells of other kinds:

* blank cells (—, －, /, 空, n/a, empty) are recorded on the row (a ``table_row``
  statement lists every cell and says which are blank) and never become claims;
* 〔17〕, 【17】, [17] are cumulative changes over the period;
* a growth-only row (国内生产总值增长(%)) holds growth rates in its year
  columns: the base-year figure is that year's growth, the target-year figure
  the average over the plan; text in it ("保持在合理区间") is a qualitative target;
* a figure marked * that a note dates ("带*的为上一年数据", "*为2024年数据") is
  about that year;
* a text target that names another indicator ("高于GDP增长", "与经济增长同步")
  is kept as a qualitative claim and becomes a relation statement for the
  relation rule; a header or note that counts the indicators ("约束性指标8项")
  becomes an enumeration of the table's rows for the enumeration rule;
* part rows ("- Wind", "of which: Solar", "其中：…") are parts of the nearest
  row above that is not a part: each of their figures is ``part_of`` the
  figure of the whole in the same column, for the totals rule.

Numbers that cannot be read (a table without a year header, a cell in a
column whose header names no measure, a cell beyond the header) are reported
as unparsed, one entry per cell, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from .. import units
from ..documents.calendar import Calendar, english_plans, english_span
from ..documents.fiscal import parse_fiscal_header
from ..documents.segment import Table
from ..errors import NumberError
from ..model import Claim, Kind, Source
from ..numbers import Quantity, parse_quantity
from ..units.text import english_unit, unit_of_name
from . import patterns as P
from .enumerations import chinese_number
from .names import RowNaming, nameable, normalise_name
from .patterns import (
    ACTUAL_COLUMN,
    ANNUAL_COLUMN,
    ATTRIBUTE_COLUMN,
    A_DIGIT,
    BLANK_CELL as BLANK,
    CHANGE_COLUMN,
    CONTENTS_ENTRY,
    COUNT_ZH_AFTER,
    COUNT_ZH_BEFORE,
    CUMULATIVE_COLUMN,
    ECONOMY,
    ECONOMY_GROWTH,
    GROWTH_ROW,
    GROWTH_WORD,
    INDICATOR_COUNT_EN as _COUNT_EN,
    LABEL_HEADER,
    NOTE_DATE_EN as _DATE_EN,
    NOTE_DATE_ZH as _DATE_ZH,
    NOTE_MARK as _NOTE_MARK,
    NOTE_ROW,
    NUMBERED_ROW as NUMBERED,
    NUMERIC_LOOKING,
    ONE_TO_FOUR_DIGITS,
    PART_ROW,
    PER_MILLE_HEADER,
    PREVIOUS_YEAR_WORD,
    REDUCTION_WORD,
    REGION_ROW,
    RELATIVE_ABOVE,
    RELATIVE_ABOVE_EN,
    RELATIVE_BELOW,
    RELATIVE_BELOW_EN,
    RELATIVE_IN_LINE_EN,
    RELATIVE_NOT_ABOVE,
    RELATIVE_NOT_BELOW,
    RELATIVE_SYNC,
    REMARK_COLUMN,
    ROW_NUMBER_PREFIX,
    SOURCE_COLUMN,
    STATUS_CELL as STATUS,
    STATUS_COLUMN,
    TABLE_YEAR as YEAR,
    TARGET_COLUMN,
    TEXT_TARGET,
    TRAILING_PAREN,
    UNIT_COLUMN,
    VALUE_CELL,
)

NO_NUMBER = BLANK
ATTRIBUTE = {"预期性": "expected", "约束性": "binding", "expected": "expected", "anticipatory": "expected",
             "binding": "binding", "obligatory": "binding", "predictive": "expected"}


@dataclass(slots=True)
class Column:
    """Meaning of one value column."""

    header: str
    kind: str  # level | rate | change | status | attribute | unit | source | note | unknown
    year: int | None = None
    start_year: int | None = None
    role: str = "target"
    explicit: bool = False  # the header says target or actual (目标, 执行, FY25 target)
    fiscal: str | None = None  # the fiscal year a level column names (FY2019-20)
    period_given: bool = False  # a rate column whose header names its period (CAGR 2019-25)
    plan: str | None = None  # the plan or period an English header names (Eleventh Plan achievement)


#: Brackets of cumulative changes that the number reader does not know: 〔17〕 and ［17］ are [17].
_BRACKETS = str.maketrans({"〔": "[", "〕": "]", "［": "[", "］": "]"})


def is_value(cell: str) -> bool:
    """A cell that is not a name: a figure, a blank, a status, an attribute, a unit (单位
    column) or a text target (保持在合理区间)."""
    c = cell.strip()
    return bool(c) and bool(VALUE_CELL.match(c) or NUMERIC_LOOKING.match(c) or BLANK.match(c)
                            or STATUS.match(c) or c.lower() in ATTRIBUTE or _is_unit_cell(c)
                            or _is_text_target(c))


def _is_text_target(c: str) -> bool:
    """保持在合理区间, 与经济增长同步 — but not a name that happens to begin so (它 ends in a unit)."""
    return bool(TEXT_TARGET.match(c)) and not TRAILING_PAREN.search(c)


def _is_unit_cell(c: str) -> bool:
    if c.isascii() and P.EN_UNITS.fullmatch(c.strip()):
        return True  # billion yuan, %, km
    return c in ("%", "‰", "百分点") or (not c.isascii() and len(c) <= 5 and units.is_known(c))


def _is_year_header(c: str) -> bool:
    """2015年, 2019-20, FY19: a header cell, although it has digits."""
    c = c.strip()
    if YEAR.fullmatch(c):
        return True
    fh = parse_fiscal_header(c)
    return fh is not None and (fh.fiscal or fh.span) and len(c) <= 24


def _header_rows(table: Table) -> int:
    """Header rows are the leading rows without a value cell that has a digit."""
    count = 0
    for row in table.rows[:3]:
        if any(is_value(c) and A_DIGIT.search(c) and not _is_year_header(c) for c in row[1:]):
            break
        count += 1
    return count




def _columns(table: Table, n_header: int, base_year: int | None,
             cal: Calendar | None = None) -> tuple[list[Column], int]:
    """Combine up to two header rows into one meaning per value column; also the
    number of label columns the header names (指标, or 类别 | 指标).

    ``base_year`` is the last year of results in the document's calendar (a year
    column up to it reports results); ``None`` when the calendar knows no year,
    and the table's own columns then date themselves (``_roles_without_calendar``)."""
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
    n_label = 1
    while n_label < len(merged) - 1 and LABEL_HEADER.match(merged[n_label]) \
            and _column(merged[n_label], base_year, cal).kind == "unknown":
        n_label += 1
    cols: list[Column] = [_column(h, base_year, cal) for h in merged[n_label:]]
    if base_year is None:
        _roles_without_calendar(cols)
    seen: list[int] = []
    for c in cols:
        if c.kind == "level" and c.year and c.year not in seen:
            seen.append(c.year)
        elif c.kind in ("rate", "change") and not c.period_given:
            # the period of a rate is spanned by the two year columns before it, in
            # either order (2010 | 2015 | 2020 | 年均增长 → 2015–2020; 2025 | 2020 → 2020–2025)
            pair = seen[-2:]
            c.year = max(pair) if pair else None
            c.start_year = min(pair) if len(pair) == 2 else (c.year - 5 if c.year else None)
    if any(c.kind == "level" and c.explicit and c.role == "target" and c.header.isascii() for c in cols):
        # FY19 | FY20 | FY25 target: beside a column marked as the target, an unmarked
        # year column is a reported result, whatever the plan's base year
        for c in cols:
            if c.kind == "level" and not c.explicit:
                c.role = "actual"
    for c in cols:  # a rate column takes the role of the level column beside it
        if c.kind in ("rate", "change"):
            same = [x for x in cols if x.kind == "level" and x.year == c.year and x.role]
            if same and c.plan is None and "目标" not in c.header and "执行" not in c.header \
                    and "实际" not in c.header:
                c.role = same[-1].role
    return cols, n_label


def _roles_without_calendar(cols: list[Column]) -> None:
    """Roles of the year columns no header word marks, for a document without a calendar.

    A plan's table runs from its base year to its targets (2020年 | 2025年 |
    年均增长): the earliest unmarked year column reports results, the latest states
    targets. What lies between, or a lone year column with no marked column
    beside it, cannot be dated from the table alone and is ``unknown`` (no rule
    draws an error from it). Beside a column marked as the target, unmarked year
    columns are results; beside one marked as results, a later one is a target.
    """
    open_ = [c for c in cols if c.kind == "level" and not c.explicit and c.role == "unknown"]
    if not open_:
        return
    years = sorted({c.year for c in open_ if c.year is not None})
    marked = [c for c in cols if c.kind == "level" and c.explicit and c.year is not None]
    for c in open_:
        if c.year is None:
            c.role = "unknown"
        elif any(m.role == "target" and m.year is not None and c.year < m.year for m in marked):
            c.role = "actual"
        elif any(m.role == "actual" and m.year is not None and c.year > m.year for m in marked):
            c.role = "target"
        elif len(years) >= 2 and c.year == years[0]:
            c.role = "actual"
        elif len(years) >= 2 and c.year == years[-1]:
            c.role = "target"
        else:
            c.role = "unknown"


def _plan_column(h: str, base_year: int | None, cal: Calendar | None) -> Column | None:
    """An English column named after a plan or a period, dated by the document's calendar.

    "Eleventh Plan achievement", "Eleventh Plan (2007-12) actual", "Achievement during
    2012-17" report results over the period; "Twelfth Plan target" states aims for it. Such
    a column holds the level at the period's last year, or (in a growth row, or a growth
    column such as "Eleventh Plan growth (%)") the average over the period. "Terminal year
    of 12th Plan" is the plan's last year, its role from a word or the calendar. Only the
    words of EN_ACTUAL_COLUMN / EN_TARGET_COLUMN give a period its role ("Plan outlay",
    "Twelfth Plan outlay" are no measure); an ordinal the calendar does not date is no
    period (``None``: the header is read as before, and stays unknown)."""
    if cal is None or not h.isascii():
        return None
    periods = {(p.first, p.last): p for _, p in english_plans(h, cal)}
    if not periods and not CHANGE_COLUMN.search(h) and not CUMULATIVE_COLUMN.search(h) \
            and (span := P.EN_COLUMN_SPAN.search(h)):  # (CAGR 2019-25 is read by _column)
        p = english_span(span.group("first"), span.group("last"))
        if p is not None and p.last - p.first >= 2:  # not one fiscal year (Target 2016-17: read as before)
            periods[(p.first, p.last)] = p
    if len(periods) != 1:
        return None  # no period, or two (a column comparing plans): not this reader's
    period = next(iter(periods.values()))
    actual, target = bool(P.EN_ACTUAL_COLUMN.search(h)), bool(P.EN_TARGET_COLUMN.search(h))
    role = "actual" if actual and not target else "target" if target and not actual else None
    name = f"{period.first}–{period.last}"
    if P.EN_TERMINAL_YEAR.search(h):
        year = period.last
        explicit = role is not None
        if role is None:
            role = "unknown" if base_year is None else "actual" if year <= base_year else "target"
        return Column(h, "level", year=year, role=role, explicit=explicit, plan=f"last year of {name}")
    if CUMULATIVE_COLUMN.search(h) and not ANNUAL_COLUMN.search(h):
        kind = "change"
    elif CHANGE_COLUMN.search(h):
        kind = "rate"
    else:
        kind = "level"
    explicit = role is not None
    if role is None:
        if kind == "level":
            return None  # Twelfth Plan outlay: no word says what the column measures
        # Eleventh Plan growth (%): a rate over that plan, a result once the plan is over
        role = "unknown" if base_year is None else "actual" if period.last <= base_year else "target"
    return Column(h, kind, year=period.last, start_year=period.base, role=role, explicit=explicit,
                  period_given=True, plan=name)


def _column(h: str, base_year: int | None, cal: Calendar | None = None) -> Column:
    role = None
    fiscal = parse_fiscal_header(h) if "年" not in h else None
    if ACTUAL_COLUMN.search(h):
        role = "actual"
    if TARGET_COLUMN.search(h) and "完成情况" not in h:
        role = "target" if role is None or "目标" in h.split()[0] else role
    if fiscal is not None and fiscal.role:
        role = fiscal.role
    explicit = role is not None
    if STATUS_COLUMN.search(h) and not YEAR.search(h):
        return Column(h, "status", role="actual")
    if "属性" in h or ATTRIBUTE_COLUMN.search(h):
        return Column(h, "attribute")
    if UNIT_COLUMN.fullmatch(h):
        return Column(h, "unit")
    if SOURCE_COLUMN.fullmatch(h):
        return Column(h, "source")
    if REMARK_COLUMN.fullmatch(h):
        return Column(h, "note")
    if (planned := _plan_column(h, base_year, cal)) is not None:
        return planned
    period = fiscal if fiscal is not None and fiscal.span else None
    if CUMULATIVE_COLUMN.search(h) and not ANNUAL_COLUMN.search(h):
        col = Column(h, "change", role=role or "target", explicit=explicit)  # a column of five-year changes
    elif CHANGE_COLUMN.search(h):
        col = Column(h, "rate", role=role or "target", explicit=explicit)
    else:
        col = None
    if col is not None:
        if period is not None:  # CAGR 2019-25 (%): the period is in the header
            col.year, col.start_year, col.period_given = period.year, period.start, True
        return col
    m = YEAR.search(h) if fiscal is None else None
    if m or (fiscal is not None and not fiscal.span):
        year = int(m.group(1)) if m else fiscal.year  # type: ignore[union-attr]  # fiscal is set when m is not
        if role is None:  # without a calendar: dated by the table's columns (_roles_without_calendar)
            role = "unknown" if base_year is None else "actual" if year <= base_year else "target"
        return Column(h, "level", year=year, role=role, explicit=explicit,
                      fiscal=fiscal.label if fiscal is not None and fiscal.fiscal else None)
    return Column(h, "unknown", role=role or "target")




def _without_note_mark(cell: str) -> str:
    """24560*, 12000(1), 42820①, 地区生产总值¹: a footnote mark is not part of the figure or name."""
    return _NOTE_MARK.sub("", cell.strip()) if cell else cell


def _note_mark(cell: str) -> str:
    m = _NOTE_MARK.search(cell.strip()) if cell else None
    return m.group(0).strip() if m else ""




def note_dates(texts: list[str]) -> dict[str, tuple[str, int | None, str]]:
    """Marks the notes date: '*' → ('previous', None, note) or ('year', 2024, note)."""
    out: dict[str, tuple[str, int | None, str]] = {}
    for text in texts:
        for m in list(_DATE_ZH.finditer(text)) + list(_DATE_EN.finditer(text)):
            when = m.group("when")
            if PREVIOUS_YEAR_WORD.match(when):
                out.setdefault(m.group("mark"), ("previous", None, text.strip()[:120]))
                continue
            fh = parse_fiscal_header(when.replace("年", "").strip())
            if fh is not None:
                out.setdefault(m.group("mark"), ("year", fh.year, text.strip()[:120]))
    return out


#: A header or a note that counts the table's indicators: 约束性指标8项, 共20项主要指标, 8 binding indicators.
_COUNT_ZH = (COUNT_ZH_BEFORE,
             COUNT_ZH_AFTER)
_ATTR_WORD = {"约束性": "binding", "预期性": "expected", "binding": "binding", "obligatory": "binding",
              "expected": "expected", "anticipatory": "expected"}


def _counts(text: str) -> list[tuple[int, str | None, str, int]]:
    """(count, attribute or None, matched text, offset) of each indicator count in ``text``."""
    found: dict[int, tuple[int, str | None, str, int]] = {}
    for m in [*(x for r in _COUNT_ZH for x in r.finditer(text)), *_COUNT_EN.finditer(text)]:
        n = chinese_number(m.group("n"))
        if n is None or n == 0:
            continue
        attr = _ATTR_WORD.get((m.group("attr") or "").lower())
        key = m.start("n")
        if key not in found or (attr and not found[key][1]):
            found[key] = (n, attr, m.group(0).strip(), m.start())
    return list(found.values())


#: A text target that names another indicator: 与经济增长同步, 高于GDP增长, in line with GDP growth.
RELATION_TEXT = (
    (RELATIVE_SYNC, "=="),
    (RELATIVE_NOT_BELOW, ">="),
    (RELATIVE_NOT_ABOVE, "<="),
    (RELATIVE_ABOVE, ">"),
    (RELATIVE_BELOW, "<"),
    (RELATIVE_IN_LINE_EN, "=="),
    (RELATIVE_ABOVE_EN, ">"),
    (RELATIVE_BELOW_EN, "<"),
)


class TableReader:
    """Reads one table into claims; keeps the label context across sub-rows.

    ``statements`` collects what is not one figure: a ``table_row`` for every row
    (with its blank cells), the relations its text targets name and the counts
    of indicators its header or notes state.
    """

    def __init__(self, table: Table, path: str, base_year: int | None,
                 next_id, region: str | None = None, calendar: Calendar | None = None) -> None:
        self.table, self.path, self.region, self.calendar = table, path, region, calendar
        self.base_year, self.next_id = base_year, next_id
        self.claims: list[Claim] = []
        self.unparsed: list[dict] = []
        self.statements: list[dict] = []
        self.last: tuple[RowNaming, str] | None = None  # (naming, unit) of the last row that named an indicator
        #: what each row is to be named by, in order (the indicators stage names them)
        self.naming: list[RowNaming] = []
        self.whole: dict[int, Claim] = {}  # column → claim of the last row that is not a part
        self.whole_name = ""
        self.rows_read: list[dict] = []  # indicator rows, for the counts of the header
        self.dates: dict[str, tuple[str, int | None, str]] = {}

    def read(self) -> tuple[list[Claim], list[dict]]:
        t = self.table
        n_header = _header_rows(t)
        if n_header == 0 or n_header >= len(t.rows):
            return [], self._unrecognised("no header row naming years or growth columns")
        cols, n_label = _columns(t, n_header, self.base_year, self.calendar)
        if not any(c.kind in ("level", "rate", "change") for c in cols):
            return [], self._unrecognised("no column of years or growth rates in the header")
        notes = [" ".join(c for c in row if c) for row in t.rows if row and row[0] and NOTE_ROW.match(row[0])]
        notes += list(getattr(t, "notes", []) or [])
        self.dates = note_dates(notes + [t.title])
        body = [r for r in range(n_header, len(t.rows)) if any(t.rows[r]) and not NOTE_ROW.match(t.rows[r][0] or "")
                and len([c for c in t.rows[r] if c]) > 1]
        width = n_label + len(cols)
        # a regular table (every row as wide as the header, as Markdown and HTML tables are):
        # cells belong to the header's columns by position, text in a value column included
        aligned = bool(body) and all(len(t.rows[r]) == width for r in body)
        parent, group = "", ""
        for r in range(n_header, len(t.rows)):
            raw, line = t.rows[r], t.row_lines[r]
            row = [_without_note_mark(c) for c in raw]
            marks = [_note_mark(c) for c in raw]
            if not any(row) or NOTE_ROW.match(row[0]) or (len(row) > 0 and NOTE_ROW.match(" ".join(row))):
                continue
            if aligned and len(row) == width and all(
                    not v or is_value(v) or col.kind in ("unit", "source", "note", "unknown")
                    for v, col in zip(row[n_label:], cols, strict=False)):
                # (a row whose name spills into a value column is read by the cells' look instead)
                labels, values = row[:n_label], list(enumerate(row))[n_label:]
            else:
                labels, values = _split_row(row)
            named = [x for x in labels if x]
            if not named:
                if any(A_DIGIT.search(v) for _, v in values):
                    for i, v in values:
                        if A_DIGIT.search(v):
                            self.unparsed.append(self._unparsed(line, v, "cell of a row without an indicator name",
                                                                self._col(r, i)))
                continue
            name = named[-1]
            if len(named) >= 2:
                parent = named[-2]
                if len(named) >= 3:
                    group = named[0]
                elif NUMBERED.match(named[-1]) and not NUMBERED.match(named[0]):
                    group, parent = named[0], ""
            elif labels and labels[0] == "" and len(labels) >= 2 and labels[-1] == name and \
                    not NUMBERED.match(name) and parent:
                pass  # a sub-row: keep the parent of the row above
            else:
                parent = ""
            if NUMBERED.match(name):
                parent = ""
            cells = _align(values, len(cols), anchored_last=cols[-1].kind in ("attribute", "status"))
            kept = {c[0] for c in cells if c is not None}
            for i, v in values:  # cells beyond the header's columns are said, not dropped
                if i not in kept and A_DIGIT.search(v):
                    self.unparsed.append(self._unparsed(line, v, "cell beyond the columns of the header",
                                                        self._col(r, i)))
            if all(not v for _, v in values):
                continue  # a group heading (经济发展) alone on its row: no indicator
            self._row(name, parent, group, cols, cells, line, r, marks)
        self._enumerations(n_header)
        return self.claims, self.unparsed

    def _col(self, r: int, idx: int) -> int:
        cols = self.table.cell_cols[r]
        return cols[idx] if idx < len(cols) else 0

    def _row(self, name, parent, group, cols, cells, line, r, marks) -> None:
        part = PART_ROW.match(name)
        sub = REGION_ROW.match(name)
        if part and not sub and not self.whole:
            part = None  # "- Wind" with nothing above it: a name like any other
        part_name = part.group("name").strip() if part and not sub else ""
        unit = unit_of_name(name) or unit_of_name(parent)
        region = self.region
        growth = GROWTH_ROW.match(normalise_name(name) if not part_name else "")
        if growth and (unit not in ("%", "") or "自然增长" in name or PER_MILLE_HEADER.search(name)):
            growth = None  # 人口自然增长率(‰) is a level of its own, not a growth rate
        naming = RowNaming(name, parent, part=bool(part_name))
        if sub and self.last is not None:
            # 其中：南疆四地州 under a row: the same indicator, for that sub-region
            naming.inherit = self.last[0]
            region = sub.group(1)
            unit = unit or self.last[1]
        elif part_name:
            naming.first = f"{self.whole_name}：{part_name}"
            unit = unit or unit_of_name(self.whole_name)
        elif growth:
            subject = (growth.group("subject") or growth.group("en") or "").strip()
            if ECONOMY.match(subject):
                subject = "地区生产总值"
            naming.first = subject  # the growth of 全员劳动生产率, as prose names it
            unit = "%"
        # named by the indicators stage; whether anything can name it is plain text
        named = (naming.inherit is not None or (naming.first is not None and nameable(naming.first))
                 or nameable(name) or nameable(parent))
        if not sub and not part_name and named:
            self.last = (naming, unit)
        attribute, source = None, None
        for col, cell in zip(cols, cells, strict=False):
            if cell is not None and col.kind == "attribute" and cell[1].lower() in ATTRIBUTE:
                attribute = ATTRIBUTE[cell[1].lower()]
            if cell is not None and col.kind == "source" and cell[1] and not BLANK.match(cell[1]):
                source = cell[1]
            if cell is not None and col.kind == "unit" and cell[1] and not BLANK.match(cell[1]):
                unit = cell[1].strip()
                if unit.isascii() and unit not in ("%",):
                    known = english_unit(unit)
                    unit = unit if known == unit.lower() else known  # GW stays GW, billion yuan → 十亿元
        level_text = {col.year: cell[1] for col, cell in zip(cols, cells, strict=False)
                      if cell is not None and col.kind == "level"}
        reduction = bool(REDUCTION_WORD.search(name + parent))
        naming.region = region  # a table of 兵团 indicators, or a 其中 row of a sub-region
        display = naming.display = normalise_name(f"{self.whole_name}：{part_name}" if part_name else name)
        self.naming.append(naming)
        row_cells = []
        row_claims: dict[int, Claim] = {}
        quote = "\t".join(self.table.rows[r]).strip()
        for ci, (col, cell) in enumerate(zip(cols, cells, strict=False)):
            text = cell[1] if cell is not None else ""
            blank = cell is None or not text or bool(BLANK.match(text))
            row_cells.append({"column": col.header, "kind": col.kind, "year": col.year, "text": text,
                              "blank": blank})
            if cell is None or col.kind in ("attribute", "unit", "source", "note"):
                continue
            idx = cell[0]
            col0 = self._col(r, idx)
            if col.kind == "unknown":
                if A_DIGIT.search(text):
                    self.unparsed.append(self._unparsed(line, text, "number in a column whose header names no "
                                                        f"year or measure ({col.header or 'no header'})", col0))
                continue
            if blank:
                continue  # recorded on the row (table_row), never a claim
            src = Source(self.path, line, col0, col0 + len(text))
            base: dict[str, Any] = dict(indicator=None, region=region, name=display,
                        source=src, text=quote, origin="table", context=self.table.title[:40],
                        attribute=attribute, match_confidence=0.0)
            if col.kind == "status":
                self.claims.append(Claim(id=self.next_id(), kind="status", quantity=Quantity(text, None, note=text),
                                         unit="", year=col.year or self._status_year(cols),
                                         start_year=self._status_start(cols), role="actual", **base))
                naming.claims.append(self.claims[-1])
                continue
            extra: dict = {}
            if source:
                extra["source"] = source
            if col.fiscal:
                extra["fiscal_year"] = col.fiscal
            if col.plan:
                extra["plan_column"] = col.plan
            year, start, role = col.year, col.start_year, col.role
            mark = marks[idx] if idx < len(marks) else ""
            shift = 0
            if mark and mark in self.dates and year is not None:
                how, when, note = self.dates[mark]
                shift = -1 if how == "previous" else when - year
                extra["dated_by_note"] = note
            elif mark:
                extra["note_mark"] = mark
            if not A_DIGIT.search(text):  # 保持在合理区间, 控制在国家下达指标内: a qualitative target
                kind = "growth_rate" if growth or col.kind == "rate" else (
                    "cumulative_change" if col.kind == "change" else "share" if unit in ("%", "‰") else "level")
                y, s = self._period(col, cols, growth)
                extra["qualitative"] = text
                claim = Claim(id=self.next_id(), kind=cast(Kind, kind), quantity=Quantity(text, None, note=text),
                              unit="%" if kind == "growth_rate" else unit, year=y, start_year=s, role=role,
                              extra=extra, **base)
                self.claims.append(claim)
                naming.claims.append(claim)
                if named:
                    self._relation(naming, claim, text, growth is not None or col.kind == "rate", line, col0, quote)
                continue
            try:
                q = parse_quantity(text.translate(_BRACKETS))
            except NumberError as exc:
                self.unparsed.append(self._unparsed(line, text, exc.message, col0))
                continue
            if growth and q.bracketed != "[":
                kind, (year, start), cunit = "growth_rate", self._period(col, cols, growth), "%"
                extra["growth_row"] = True
            else:
                kind, year, start, cunit = self._kind(col, q, unit, reduction)
            if shift:
                year = year + shift if year is not None else None
                start = start + shift if start is not None else None
                if year is not None and self.base_year is not None and year <= self.base_year:
                    role = "actual"  # a figure about a past year is a result, not a target
            if col.kind in ("rate", "change") and q.bracketed != "[" and level_text.get(col.year) == text:
                extra["repeats_level"] = col.year
            if kind == "cumulative_change" and col.kind == "level":
                extra["total"] = True
            if part_name and ci in self.whole:
                extra["part_of"] = self.whole[ci].id
            claim = Claim(id=self.next_id(), kind=cast(Kind, kind), quantity=q, unit=cunit, year=year,
                          start_year=start, role=role, extra=extra, **base)
            self.claims.append(claim)
            naming.claims.append(claim)
            row_claims[ci] = claim
        if not part_name:
            self.whole, self.whole_name = row_claims, name
        naming.statement = {"type": "table_row", "path": self.path, "line": line, "name": display,
                            "indicator": None, "context": self.table.title[:40], "cells": row_cells,
                            "blank": [c["column"] for c in row_cells if c["blank"] and c["kind"] not in
                                      ("attribute", "unit", "source", "note", "unknown")]}
        self.statements.append(naming.statement)
        if not sub and not part_name:
            self.rows_read.append({"name": name, "numbered": bool(NUMBERED.match(name)), "attribute": attribute,
                                   "line": line})
        elif self.rows_read and attribute and not self.rows_read[-1]["attribute"]:
            self.rows_read[-1]["attribute"] = attribute

    def _period(self, col: Column, cols: list[Column], growth) -> tuple[int | None, int | None]:
        """(year, start) of a growth figure in a growth-only row: the base-year column holds
        that year's growth; the target-year column the average over the plan."""
        if col.kind in ("rate", "change") or not growth:
            return col.year, col.start_year
        if col.plan and col.period_given:  # Eleventh Plan achievement: the average over that plan
            return col.year, col.start_year
        if col.year is None:
            return None, None
        before = [c.year for c in cols if c.kind == "level" and c.year and c.year < col.year]
        if col.role == "target" and before:
            return col.year, max(before)
        return col.year, col.year - 1

    def _relation(self, naming: RowNaming, claim: Claim, text: str, growth: bool, line: int, col0: int,
                  quote: str) -> None:
        """高于GDP增长, 与经济增长同步: a relation between this row and the indicator it names
        (completed by the indicators stage, or dropped when no other known indicator is named)."""
        if claim.year is None:
            return
        for regex, op in RELATION_TEXT:
            m = regex.match(text.strip())
            if not m:
                continue
            other = m.group("other").strip()
            about_growth = growth or bool(GROWTH_WORD.search(text))
            if ECONOMY.match(other) or ECONOMY_GROWTH.fullmatch(other):
                other = "地区生产总值"
            statement = {
                "type": "table_relation", "id": None, "expr": None,
                "year": claim.year, "kinds": ["growth_rate"] if about_growth else ["level", "share", "count"],
                "severity": "warning" if op == "==" else "error",  # 同步 is "about as fast", not equal
                "note": text, "origin": "table", "path": self.path, "line": line, "column": col0 + 1,
                "text": quote[:200], "claim": claim.id}
            self.statements.append(statement)
            naming.relations.append((statement, other, op, claim))
            return

    def _enumerations(self, n_header: int) -> None:
        """约束性指标8项 in the title, header or notes: a count of the table's rows."""
        t = self.table
        places = [(t.title, t.title_line or (t.row_lines[0] if t.row_lines else 0))]
        for r, row in enumerate(t.rows):
            joined = " ".join(c for c in row if c)
            if r < n_header or (row and row[0] and NOTE_ROW.match(row[0])) or len([c for c in row if c]) == 1:
                places.append((joined, t.row_lines[r]))
        places += [(n, t.row_lines[-1] + 1 + i if t.row_lines else 0) for i, n in enumerate(getattr(t, "notes", []) or [])]
        last = None
        for x in self.rows_read:  # a numbered indicator takes the attribute printed on its sub-rows
            if x["numbered"]:
                last = x
            elif last is not None and x["attribute"] and not last["attribute"]:
                last["attribute"] = x["attribute"]
        numbered = [x for x in self.rows_read if x["numbered"]]
        indicators = numbered or self.rows_read
        seen = set()
        for text, line in places:
            for count, attr, said, offset in _counts(text or ""):
                if (count, attr) in seen:
                    continue
                seen.add((count, attr))
                items = [x["name"] for x in indicators if attr is None or x["attribute"] == attr]
                if attr is not None and not all(x["attribute"] for x in indicators):
                    continue  # some rows name no attribute: the count cannot be checked
                self.statements.append({
                    "type": "enumeration", "items": [normalise_name(i) for i in items], "count": count,
                    "count_text": said, "etc": False, "complete": True,
                    # numbered rows are the indicators for sure; otherwise a sub-row may be counted or not
                    "severity": "error" if numbered else "warning",
                    "text": said, "path": self.path, "line": line, "column": offset + 1,
                    "count_line": line, "count_column": offset + 1})

    def _kind(self, col: Column, q: Quantity, unit: str, reduction: bool):
        if col.kind == "level":
            if q.bracketed == "[":
                kind = "reduction" if reduction else "cumulative_change"
                start = col.start_year if col.period_given else (col.year - 5 if col.year else None)
                return kind, col.year, start, unit
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
        """Every numeric cell of a table that is not read, each with the reason."""
        t = self.table
        toc = _is_contents(t)
        out = []
        for r, row in enumerate(t.rows):
            for i, cell in enumerate(row):
                if i == 0 or not A_DIGIT.search(cell or ""):
                    continue
                reason = ("not read: page number of a table of contents" if toc
                          else f"cell of a table not read: {why}")
                out.append({"path": self.path, "line": t.row_lines[r], "column": self._col(r, i) + 1,
                            "text": cell, "number": cell if NUMERIC_LOOKING.match(cell) else "",
                            "reason": reason, "context": (t.title or " ".join(row))[:40]})
        return out


def _is_contents(table: Table) -> bool:
    """A table of contents: rows of a heading and a page number that never decreases."""
    pages = []
    for row in table.rows:
        cells = [c for c in row if c]
        if len(cells) < 2:
            continue
        if not ONE_TO_FOUR_DIGITS.fullmatch(cells[-1]) or any(A_DIGIT.search(c) for c in cells[:-1]
                                                          if not CONTENTS_ENTRY.search(c)):
            return False
        pages.append(int(cells[-1]))
    return len(pages) >= 2 and pages == sorted(pages)


def _split_row(row: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Label cells (from the left, up to the first value cell) and the value cells with
    their positions; text after a value cell is a value (保持在合理区间, a source)."""
    first_value = len(row)
    start = 1 if len(row) > 1 and ROW_NUMBER_PREFIX.fullmatch(row[0].strip()) and row[1] \
        and not is_value(row[1]) else 0  # a 序号 column: 1 | GDP | …
    for i in range(start, len(row)):
        if row[i] and is_value(row[i]):
            first_value = i
            break
    last_label = max((i for i in range(first_value) if row[i]), default=-1)
    labels = [c for c in row[: last_label + 1]]
    values = list(enumerate(row))[last_label + 1:]
    return labels, values


def _align(values: list[tuple[int, str]], n: int,
           anchored_last: bool = False) -> list[tuple[int, str] | None]:
    vals = list(values)
    while len(vals) > n and not vals[0][1]:
        vals.pop(0)
    while len(vals) > n and not vals[-1][1]:
        vals.pop()
    last = vals[-1][1] if vals else ""
    anchored = bool(last) and (last.lower() in ATTRIBUTE or bool(STATUS.match(last)))
    if len(vals) < n:  # right-align on a status/attribute anchor, else left-align
        if anchored:
            return [*[None] * (n - len(vals)), *vals]
        return [*vals, *[None] * (n - len(vals))]
    if len(vals) > n and anchored and anchored_last:
        # more filled cells than the header has columns, the last an attribute (预期性) or a
        # status: the attribute column is the last one, so the cells belong to the columns
        # counted from the right; the surplus on the left is reported as beyond the header
        return [*vals[-n:]]
    return [*vals[:n]]
