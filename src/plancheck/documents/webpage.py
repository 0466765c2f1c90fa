"""Saved web pages through lxml's HTML parser (optional extra ``plancheck[html]``).

A government site wraps a plan in navigation, breadcrumbs, share buttons, a
footer and scripts. This module keeps the article only, by a rule measured in
docs/formats.md:

1. elements that are never content are dropped: ``script``, ``style``,
   ``nav``, ``aside``, ``footer``, forms and their controls, and elements whose
   class or id names a boilerplate part (breadcrumb, share, footer, copyright,
   menu, sidebar, 当前位置 as ``dqwz`` …);
2. a list, table or block whose text is mostly link text is navigation, and so
   are a short block that is mostly one link (上一篇：…) and a list whose items
   are mostly links (相关文章);
3. of what remains, the article is the deepest element that holds at least
   85 % of the text.

The article is then written out like a text export: one line per paragraph
(heading, list item, line break), one tab-separated line per table row (a
cell spanning rows leaves the rows below it empty, as a text export has it;
a layout table, which holds paragraphs or other tables, is read as blocks),
and each line keeps the line of the HTML file it came from, for locations.
"""

from __future__ import annotations


from ..errors import InputError
from .patterns import CJK_LINE_BREAK as _CJK_BREAK, LATIN_WORD as _TOKEN, WHITESPACE_RUN as _SPACE, XML_DECLARATION

NEVER_CONTENT = {"script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
                 "head", "nav", "aside", "footer", "form", "select", "button", "input", "textarea", "map"}
#: Tokens of a class or id that name a boilerplate part of a page (whole tokens only).
BOILERPLATE = {"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer",
               "foot", "share", "sharing", "bdshare", "fenxiang", "copyright", "sidebar", "toolbar", "dqwz",
               "location", "position", "weizhi", "related", "xgwz", "comment", "comments", "login", "skip",
               "topbar", "banner", "ads", "advert", "qrcode", "ewm"}
BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
         "dt", "dd", "blockquote", "pre", "table", "tr", "center", "address", "figure", "figcaption", "caption",
         "header", "body", "html", "hr", "br"}
LINK_SHARE = 0.6
#: A block this short that is mostly one link is navigation (上一篇：…), not a paragraph.
SHORT_LINK_BLOCK = 40
ARTICLE_SHARE = 0.85
#: More elements than this is no saved page but a bomb (a plan of 300 pages as a web page has some 20 000).
MAX_ELEMENTS = 200_000


def read_html(text: str, name: str) -> tuple[list[str], list[list[tuple[int, int, int]]]]:
    """Lines of the article as read, and for each its pieces (column, 0, line of the file)."""
    try:
        import lxml.etree as etree
    except ImportError:
        raise InputError("reading web pages needs lxml: pip install 'plancheck[html]'", path=name) from None
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(XML_DECLARATION.sub("", text), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"not a readable web page ({exc})", path=name) from None
    if root is None:
        raise InputError("web page without text", path=name)
    deep = next((e for e in parser.error_log if "depth" in e.message.lower()), None)
    if deep is not None:
        raise InputError(f"web page nested too deep to be a saved page ({deep.message.strip()})",
                         path=name, line=deep.line or None)
    count = 0
    for _ in root.iter():
        count += 1
        if count > MAX_ELEMENTS:
            raise InputError(f"web page of more than {MAX_ELEMENTS} elements: not a saved page", path=name)
    _drop_boilerplate(root)
    article = _article(root)
    out: list[str] = []
    pieces: list[list[tuple[int, int, int]]] = []
    _write(article, out, pieces)
    while out and not out[-1]:
        out.pop()
        pieces.pop()
    if not any(line.strip() for line in out):
        raise InputError("web page without text", path=name)
    return out, pieces


def _tokens(el) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(f"{el.get('class', '')} {el.get('id', '')}")}


def _drop_boilerplate(root) -> None:
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in NEVER_CONTENT or (tag not in ("body", "html") and _tokens(el) & BOILERPLATE) \
                or el.get("hidden") is not None or "display:none" in el.get("style", "").replace(" ", ""):
            doomed.append(el)
    for el in doomed:
        _remove(el)
    for el in list(root.iter("ul", "ol", "div", "table", "p", "span", "td", "dl", "header", "section")):
        if el.getparent() is None:
            continue
        text = len(_text(el))
        links = el.findall(".//a")
        if not text or not links:
            continue
        linked = sum(len(_text(a)) for a in links) >= LINK_SHARE * text
        items = el.findall("li") if el.tag in ("ul", "ol") else []
        if (linked and (len(links) >= 2 or text < SHORT_LINK_BLOCK)) or \
                (len(items) >= 3 and sum(1 for li in items if li.find(".//a") is not None) >= 0.7 * len(items)):
            _remove(el)  # navigation, 上一篇/下一篇, a list of links to other articles


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():  # the text after an element is not part of it
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _text(el) -> str:
    return _SPACE.sub("", "".join(el.itertext()))


def _article(root):
    body = root.find("body")
    body = body if body is not None else root
    total = len(_text(body))
    best = body
    while True:
        children = [c for c in best if isinstance(c.tag, str)]
        nxt = next((c for c in children if len(_text(c)) >= ARTICLE_SHARE * total), None)
        if nxt is None or nxt.tag.lower() in ("p", "table", "tr", "td", "li"):
            return best
        best = nxt


# -- writing the article as lines ---------------------------------------------------------

def _clean(text: str) -> str:
    return _SPACE.sub(" ", _CJK_BREAK.sub("", text)).strip()


class _Lines:
    def __init__(self, out, pieces):
        self.out, self.pieces = out, pieces
        self.buf: list[tuple[str, int]] = []  # (text, line of the file)

    def add(self, text: str | None, line: int) -> None:
        if text:
            self.buf.append((text, line))

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(t for t, _ in self.buf)
        text = _clean(raw)
        if text:
            where: list[tuple[int, int, int]] = []
            col = 0
            lead = len(_CJK_BREAK.sub("", raw)) - len(_CJK_BREAK.sub("", raw).lstrip())
            for t, line in self.buf:  # column of each piece in the cleaned line, approximately
                if not where or line != where[-1][2]:
                    where.append((max(min(col - lead, len(text) - 1), 0), 0, line))
                col += len(_clean(t)) + (1 if t[-1:].isspace() else 0)
            self.out.append(text)
            self.pieces.append(where)
        self.buf = []

    def row(self, cells: list[tuple[str, int]]) -> None:
        self.flush()
        text, where = "", []
        for k, (cell, line) in enumerate(cells):
            if k:
                text += "\t"
            where.append((len(text), 0, line))
            text += cell
        if self.out and self.out[-1] and "\t" not in self.out[-1]:
            self.out.append("")
            self.pieces.append([])
        self.out.append(text)
        self.pieces.append(where)

    def blank(self) -> None:
        self.flush()
        if self.out and self.out[-1]:
            self.out.append("")
            self.pieces.append([])


def _is_data_table(table) -> bool:
    if table.find(".//table") is not None:
        return False
    return not any(len(_text(p)) > 150 for p in table.iter("p", "div"))


def _write(article, out, pieces) -> None:
    import lxml.etree as etree

    lines = _Lines(out, pieces)
    skip_until = None
    for event, el in etree.iterwalk(article, events=("start", "end")):
        if not isinstance(el.tag, str):
            if event == "end" and skip_until is None:
                lines.add(el.tail, el.sourceline or 0)
            continue
        tag = el.tag.lower()
        if skip_until is not None:
            if event == "end" and el is skip_until:
                skip_until = None
                lines.add(el.tail, el.sourceline or 0)
            continue
        if event == "start":
            if tag == "table" and _is_data_table(el):
                lines.blank()
                _write_table(el, lines)
                lines.blank()
                skip_until = el
                continue
            if tag in BLOCK:
                lines.flush()
            lines.add(el.text, el.sourceline or 0)
        else:
            if tag in BLOCK:
                lines.flush()
            lines.add(el.tail, el.sourceline or 0)
    lines.flush()


def _write_table(table, lines: _Lines) -> None:
    pending: dict[int, int] = {}  # column → rows still covered by a cell above
    for tr in table.iter("tr"):
        cells: list[tuple[str, int]] = []
        col = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            while pending.get(col, 0) > 0:
                cells.append(("", tr.sourceline or 0))
                pending[col] -= 1
                col += 1
            text = _clean(" ".join(t for t in cell.itertext())).replace("\t", " ")
            cells.append((text, cell.sourceline or 0))
            span = _int(cell.get("colspan"))
            rows = _int(cell.get("rowspan"))
            for k in range(span):
                if rows > 1:
                    pending[col + k] = rows - 1
            col += span
        while pending.get(col, 0) > 0:
            cells.append(("", tr.sourceline or 0))
            pending[col] -= 1
            col += 1
        if any(c for c, _ in cells):
            lines.row(cells)


def _int(value) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except (TypeError, ValueError):
        return 1
