"""Split a document into paragraphs and tables, keeping positions.

Page breaks in converted plans cut sentences in two: a line ends without
sentence-final punctuation, a blank line follows, and the sentence goes on.
Such pieces are joined into one :class:`Paragraph`, whose ``position`` maps
every character of the joined text back to (line, column) in the file.

Tables are runs of tab-separated lines (or Markdown pipe rows), possibly
broken by blank lines; a title line just above (专栏 2 …) names them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .calendar import Frame
from .normalise import JOIN_MIN, SENTENCE_END
from .read import MAX_LINE, Document
from .patterns import (
    DIGIT_OR_CLAUSE_PUNCT,
    PIPE_ROW,
    PIPE_RULE,
    RUN_IN_BODY,
    RUN_IN_HEADING,
    SEGMENT_HEADING as HEADING,
    TABLE_NOTE,
    TABLE_TITLE,
)

# JOIN_MIN, SENTENCE_END: normalise.py (page furniture is found by the same test), read below this.


@dataclass(slots=True)
class Paragraph:
    """A run of text (possibly joined across page breaks) with its positions."""

    text: str
    starts: list[int]  # offset in text where each piece begins
    lines: list[int]  # 1-based line of each piece
    cols: list[int]  # 0-based column in that line where the piece begins
    heading: bool = False
    section: str = ""
    frame: Frame | None = None  # the year or period it is about, set by calendar.assign_frames

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of the character at ``offset`` of the joined text."""
        i = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return self.lines[i], self.cols[i] + offset - self.starts[i]

    @property
    def line(self) -> int:
        return self.lines[0]


@dataclass(slots=True)
class Table:
    """Rows of cells, each cell with its (line, column)."""

    title: str
    title_line: int
    rows: list[list[str]] = field(default_factory=list)
    row_lines: list[int] = field(default_factory=list)
    cell_cols: list[list[int]] = field(default_factory=list)
    raw_rows: list[str] = field(default_factory=list)
    #: Note lines just below the table (注：带*的为上一年数据): read again as paragraphs too.
    notes: list[str] = field(default_factory=list)
    frame: Frame | None = None


def _is_table_line(line: str) -> bool:
    return "\t" in line.strip("\n") and len(line.strip()) > 0 or bool(PIPE_ROW.match(line))


def _cells(line: str) -> tuple[list[str], list[int]]:
    if PIPE_ROW.match(line) and "\t" not in line:
        body_start = line.index("|") + 1
        body = line[body_start:line.rindex("|")]
        parts, cols, pos = [], [], body_start
        for part in body.split("|"):
            parts.append(part.strip())
            cols.append(pos + len(part) - len(part.lstrip()))
            pos += len(part) + 1
        return parts, cols
    parts, cols, pos = [], [], 0
    for part in line.split("\t"):
        parts.append(part.strip())
        cols.append(pos + len(part) - len(part.lstrip()))
        pos += len(part) + 1
    return parts, cols


def segment(doc: Document) -> list[Paragraph | Table]:
    """Blocks of the document in reading order."""
    lines = [ln[:MAX_LINE] for ln in doc.reading_lines]
    removed = doc.normalised.removed if doc.normalised is not None else frozenset()  # page headers blanked
    one_per_line = _lines_are_paragraphs(lines)
    blocks: list[Paragraph | Table] = []
    i, n = 0, len(lines)
    section = ""
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if _is_table_line(line) and (i + 1 < n and (_next_is_table(lines, i + 1) or _is_group_heading(lines, i + 1))
                                     or _row_count(lines, i) >= 2):
            table, i = _read_table(lines, i, blocks)
            table.title = table.title or section
            blocks.append(table)
            continue
        para, i = _read_paragraph(lines, i, join=not one_per_line, removed=removed)
        if para.heading:
            section = para.text.strip("# *").strip()
        para.section = section
        blocks.append(para)
    return blocks


def _next_is_table(lines: list[str], i: int) -> bool:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i < len(lines) and _is_table_line(lines[i])


def _row_count(lines: list[str], i: int) -> int:
    count = 0
    while i < len(lines) and _is_table_line(lines[i]):
        count, i = count + 1, i + 1
    return count


def _read_table(lines: list[str], i: int, blocks: list) -> tuple[Table, int]:
    title, title_line = "", 0
    first_cells = [c for c in lines[i].split("\t") if c.strip()]
    if len(first_cells) == 1 and TABLE_TITLE.search(first_cells[0]):
        title, title_line = first_cells[0].strip(), i + 1
        i += 1
    elif blocks and isinstance(blocks[-1], Paragraph) and TABLE_TITLE.search(blocks[-1].text[:40]) \
            and blocks[-1].lines[-1] >= i - 2:
        title, title_line = blocks[-1].text.strip("# *"), blocks[-1].line
    table = Table(title, title_line)
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            if _next_is_table(lines, i + 1) and not _starts_new_table(lines, i + 1):
                i += 1
                continue
            break
        if not _is_table_line(line):
            if _is_group_heading(lines, i):  # 经济发展 alone on a line between table rows
                table.rows.append([line.strip()])
                table.cell_cols.append([len(line) - len(line.lstrip())])
                table.row_lines.append(i + 1)
                table.raw_rows.append(line)
                i += 1
                continue
            break
        if PIPE_RULE.match(line):
            i += 1
            continue
        cells, cols = _cells(line)
        table.rows.append(cells)
        table.cell_cols.append(cols)
        table.row_lines.append(i + 1)
        table.raw_rows.append(line)
        i += 1
    j = i
    while j < len(lines) and j <= i + 3:  # notes just below the table (peeked, not consumed)
        if lines[j].strip() and not _is_table_line(lines[j]):
            if not TABLE_NOTE.match(lines[j]):
                break
            table.notes.append(lines[j].strip())
        j += 1
    return table, i


def _is_group_heading(lines: list[str], i: int) -> bool:
    """A short label without figures, with a table row right after it."""
    label = lines[i].strip()
    return (0 < len(label) <= 12 and not DIGIT_OR_CLAUSE_PUNCT.search(label) and not HEADING.match(lines[i])
            and i + 1 < len(lines) and _is_table_line(lines[i + 1]))


def _starts_new_table(lines: list[str], i: int) -> bool:
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines):
        return False
    cells = [c for c in lines[i].split("\t") if c.strip()]
    return len(cells) == 1 and bool(TABLE_TITLE.search(cells[0]))


def _lines_are_paragraphs(lines: list[str]) -> bool:
    """True for a text where each line is a paragraph (lines follow each other
    without blank lines, as in a plain-text export), false for Markdown-like
    text whose paragraphs are separated by blank lines. Only in the latter is
    an unfinished line the first half of a sentence cut by a page break."""
    prose = [i for i, ln in enumerate(lines[:-1]) if ln.strip() and not _is_table_line(ln)]
    if len(prose) < 10:
        return False
    adjacent = sum(1 for i in prose if lines[i + 1].strip() and not _is_table_line(lines[i + 1]))
    return adjacent > len(prose) / 2


def _runs_into_text(line: str) -> bool:
    """A heading line whose last part (after a run of spaces) holds a figure: the
    heading's paragraph begins on the same line and is read as text (the calendar
    still reads the heading's frame from its start, see calendar.INLINE_HEADING)."""
    if not RUN_IN_HEADING.match(line):
        return False
    body = RUN_IN_BODY.search(line.strip())
    return body is not None and not HEADING.match(body.group("body"))


def _read_paragraph(lines: list[str], i: int, join: bool = True,
                    removed: frozenset[int] | set[int] = frozenset()) -> tuple[Paragraph, int]:
    """One paragraph; continue across blank lines when the sentence is unfinished,
    and across a removed page header (``removed``: 0-based lines) in any text."""
    text, starts, pl, pc = "", [], [], []
    heading = bool(HEADING.match(lines[i])) and len(lines[i].strip()) < 80 and not _runs_into_text(lines[i])
    while i < len(lines):
        line = lines[i]
        stripped = line.rstrip()
        lead = len(line) - len(line.lstrip())
        starts.append(len(text))
        pl.append(i + 1)
        pc.append(lead)
        text += stripped[lead:]
        i += 1
        across = i in removed  # a page header cut this sentence: it goes on after it
        if ((not join and not across) or heading or not stripped or stripped[-1] in SENTENCE_END
                or len(stripped) - lead < JOIN_MIN):
            break  # a short unpunctuated line is an item of its own, not half a sentence
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        gap = sum(1 for k in range(i, j) if k not in removed)
        if j >= len(lines) or gap > 2 or HEADING.match(lines[j]) or _is_table_line(lines[j]):
            break
        i = j
    return Paragraph(text, starts, pl, pc, heading), i
