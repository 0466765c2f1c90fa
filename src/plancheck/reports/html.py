"""HTML: one standalone page that shows the findings *in* the plan's own text.

A reviewer checks a finding by looking at the printed numbers, so the page
reads each document the findings point at and shows it whole, with line
numbers; every line a finding involves is highlighted and carries badges
linking to the finding's explanation (message, arithmetic, fix), and each
explanation links back to every statement it involves. Anchors are built
from counters (``f3``, ``d1-L168``), never from document text.

The page is one file with no network access and no external assets: inline
CSS only, no JavaScript, and a Content-Security-Policy that forbids loading
anything, so it can be mailed or archived as is. Document text is untrusted
(a plan may be an HTML page or contain ``<script>``): every string goes
through :func:`html.escape`.

Documents are read as they are now; a document edited since the check may
show other lines than the ones the findings meant. A document longer than
``max_lines`` is shown as windows of ``context`` lines around the findings.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..findings import SEVERITIES, Finding, Location, sort_findings

_RANK = {s: i for i, s in enumerate(SEVERITIES)}
MAX_BYTES = 50_000_000

#: Fonts with Chinese glyphs, most common first (Linux, Adobe, macOS, Windows), so a
#: plan's text is never drawn as empty boxes where any of them is installed.
CJK_FONT_STACK = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", '
                  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", '
                  '"WenQuanYi Zen Hei", "SimHei", "Heiti SC"')
CJK_MONO_STACK = '"Noto Sans Mono CJK SC", "Sarasa Mono SC", ' + CJK_FONT_STACK

CSS = """
:root { color-scheme: light dark; --bg:#fff; --fg:#1f2328; --muted:#59636e; --line:#d1d9e0;
  --error:#cf222e; --error-bg:#ffebe9; --warning:#9a6700; --warning-bg:#fff8c5;
  --info:#0969da; --info-bg:#ddf4ff; --mark:#ffd33d80; --code:#f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --bg:#0d1117; --fg:#e6edf3; --muted:#9198a1;
  --line:#3d444d; --error:#ff7b72; --error-bg:#490202; --warning:#d29922; --warning-bg:#3b2300;
  --info:#58a6ff; --info-bg:#0c2d6b; --mark:#bb800980; --code:#151b23; } }
body { background:var(--bg); color:var(--fg); margin:0 auto; max-width:80rem; padding:1rem 2rem;
  font:15px/1.5 system-ui, -apple-system, "Segoe UI", CJKSTACK, sans-serif; }
h1 { font-size:1.6rem; margin-bottom:.2rem; } h2 { border-bottom:1px solid var(--line); padding-bottom:.2rem; }
.muted { color:var(--muted); }
code, pre, .src { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, CJKMONO, monospace; }
pre { background:var(--code); padding:.5rem .8rem; overflow-x:auto; margin:.4rem 0; }
table.summary { border-collapse:collapse; } table.summary td, table.summary th {
  border:1px solid var(--line); padding:.2rem .6rem; text-align:left; }
.badge { display:inline-block; border-radius:1em; padding:0 .55em; font-size:.8rem; font-weight:600;
  text-decoration:none; margin-right:.25em; white-space:nowrap; }
.badge.error { background:var(--error-bg); color:var(--error); }
.badge.warning { background:var(--warning-bg); color:var(--warning); }
.badge.info { background:var(--info-bg); color:var(--info); }
.badge.accepted { opacity:.6; }
article.finding { border-left:4px solid var(--line); padding:.3rem 1rem; margin:1rem 0; }
article.finding.error { border-color:var(--error); } article.finding.warning { border-color:var(--warning); }
article.finding.info { border-color:var(--info); }
article.finding:target, tr:target { outline:2px solid var(--info); }
article.finding h3 { margin:.2rem 0; font-size:1.05rem; }
table.doc { border-collapse:collapse; width:100%; font-size:13px; }
table.doc td { vertical-align:top; padding:0 .5rem; }
td.ln { text-align:right; color:var(--muted); user-select:none; width:1%; }
td.ln a { color:inherit; text-decoration:none; }
td.src { white-space:pre-wrap; word-break:break-all; tab-size:4; }
td.marks { width:1%; white-space:nowrap; }
tr.error td.src { background:var(--error-bg); } tr.warning td.src { background:var(--warning-bg); }
tr.info td.src { background:var(--info-bg); }
tr.gap td { color:var(--muted); text-align:center; }
mark { background:var(--mark); color:inherit; }
ul.locations, ol.fixes { margin:.3rem 0; }
.missing { color:var(--error); }
""".replace("CJKMONO", CJK_MONO_STACK).replace("CJKSTACK", CJK_FONT_STACK)


def esc(text: object) -> str:
    """Escape text for element content and quoted attributes; NUL becomes U+FFFD."""
    return html.escape(str(text).replace("\x00", "\ufffd"), quote=True)


@dataclass
class _Doc:
    """One document the findings point at: its text (or why it is missing) and marks per line."""

    index: int
    path: str
    lines: list[str] | None = None
    problem: str = ""
    #: line → (finding number, finding, location, is the figure its first fix changes)
    marks: dict[int, list[tuple[int, Finding, Location, bool]]] = field(default_factory=dict)

    def anchor(self, line: int) -> str:
        return f"d{self.index}-L{line}"

    def has_line(self, line: int) -> bool:
        return self.lines is not None and 1 <= line <= len(self.lines)


def render(report, title: str | None = None, max_lines: int = 20000, context: int = 5,
           base_dirs: Iterable[str] = (), **_options) -> str:
    """One standalone HTML page. ``base_dirs`` are extra folders in which to look
    for documents cited by a relative path (the register's folder and the
    current folder are always tried)."""
    findings = sort_findings(report.findings)
    numbered = list(enumerate(findings, 1))
    docs = _documents(report, numbered, list(base_dirs))
    by_path = {d.path: d for d in docs}
    page_title = title or "plancheck report — " + ", ".join(report.paths or ["(no input)"])

    out = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta http-equiv="Content-Security-Policy" '
           "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<meta name="generator" content="plancheck">',
           f"<title>{esc(page_title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
           f"<h1>{esc(page_title)}</h1>"]
    out += _summary(report, numbered)
    out.append('<h2 id="findings">Findings</h2>')
    if not numbered:
        out.append("<p>No findings: every checked figure is consistent.</p>")
    folded = False
    for i, f in numbered:  # new findings first; the accepted ones folded below them
        if f.accepted and not folded:
            folded = True
            n = sum(g.accepted for _, g in numbered)
            out.append(f'<details class="accepted"><summary>{n} accepted finding{"s" if n != 1 else ""} '
                       "(baseline, register or inline comment; not failing)</summary>")
        out += _finding(i, f, by_path)
    if folded:
        out.append("</details>")
    if docs:
        out.append('<h2 id="documents">Documents</h2>')
        out.append('<p class="muted">Lines involved in a finding are highlighted; each badge links to '
                   "the finding (★ marks the figure its first suggested fix would change).</p>")
    for d in docs:
        out += _document(d, max_lines, context)
    out.append('<p class="muted">Chinese text needs a font with CJK glyphs (one of '
               f"{esc(CJK_FONT_STACK)}); if it shows as boxes, install one, e.g. Noto Sans CJK "
               "(Debian/Ubuntu: <code>apt-get install fonts-noto-cjk</code>).</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# -- documents ---------------------------------------------------------------

def _documents(report, numbered, base_dirs: list[str]) -> list[_Doc]:
    docs: dict[str, _Doc] = {}
    for i, f in numbered:
        primary = _primary(f)
        for loc in f.locations:
            d = docs.get(loc.path)
            if d is None:
                d = docs[loc.path] = _Doc(len(docs) + 1, loc.path)
            d.marks.setdefault(loc.line, []).append((i, f, loc, bool(f.fixes) and loc is primary))
    roots = [*base_dirs, *(str(Path(p).parent) for p in report.paths)]
    for d in docs.values():
        d.lines, d.problem = _read_lines(d.path, roots)
    return list(docs.values())


def _primary(f):
    from .sarif import primary_location

    return primary_location(f)


def _read_lines(path: str, roots: list[str]) -> tuple[list[str] | None, str]:
    """The document's lines as an editor numbers them (split at LF, CRLF or CR)."""
    candidates = [Path(path)]
    if not Path(path).is_absolute():
        candidates += [Path(r) / path for r in roots]
    target = next((c for c in candidates if c.is_file()), None)
    if target is None:
        return None, "file not found"
    try:
        if target.stat().st_size > MAX_BYTES:
            return None, f"larger than {MAX_BYTES // 1_000_000} MB, not shown"
        raw = target.read_bytes()
    except OSError as exc:
        return None, f"cannot read: {exc.strerror}"
    if b"\x00" in raw[:8192]:
        return None, "not a text file (e.g. .docx); its text is not shown"
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes almost any byte string
        text = raw.decode("utf-8", errors="replace")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines, ""


def _document(d: _Doc, max_lines: int, context: int) -> list[str]:
    lang = ' lang="zh"' if d.lines and any("\u4e00" <= ch <= "\u9fff" for ch in "".join(d.lines[:50])) else ""
    out = [f'<section class="document" id="doc-{d.index}"{lang}>', f"<h3><code>{esc(d.path)}</code></h3>"]
    if d.lines is None:
        out.append(f'<p class="missing">Document not shown: {esc(d.problem)}.</p>')
        for line in sorted(d.marks):
            out.append(f'<p id="{d.anchor(line)}">line {line}: {_badges(d.marks[line])}</p>')
        out.append("</section>")
        return out
    n = len(d.lines)
    if n <= max_lines:
        shown: Iterable[int] = range(1, n + 1)
    else:
        keep = {k for line in d.marks for k in range(line - context, line + context + 1) if 1 <= k <= n}
        shown = sorted(keep)
    out.append('<table class="doc">')
    previous = 0
    for line in shown:
        if line != previous + 1:
            out.append(_gap(previous + 1, line - 1))
        out.append(_line_row(d, line))
        previous = line
    if previous < n:
        out.append(_gap(previous + 1, n))
    out.append("</table>")
    beyond = sorted(line for line in d.marks if not d.has_line(line))
    for line in beyond:  # the document is shorter than the finding says: it changed, or line 0
        out.append(f'<p id="{d.anchor(line)}" class="missing">line {line} is not in the document: '
                   f"{_badges(d.marks[line])}</p>")
    out.append("</section>")
    return out


def _gap(first: int, last: int) -> str:
    what = f"line {first}" if first == last else f"lines {first}–{last}"
    return f'<tr class="gap"><td class="ln">…</td><td colspan="2">{what} not shown</td></tr>'


def _line_row(d: _Doc, line: int) -> str:
    text = d.lines[line - 1] if d.lines is not None else ""
    marks = d.marks.get(line, [])
    if not marks:
        return (f'<tr id="{d.anchor(line)}"><td class="ln"><a href="#{d.anchor(line)}">{line}</a></td>'
                f'<td class="src">{esc(text)}</td><td class="marks"></td></tr>')
    worst = min(_RANK[f.severity] for _, f, _, _ in marks)
    spans = [(loc.column - 1, loc.end_column - 1) for _, _, loc, _ in marks if loc.end_column > loc.column]
    return (f'<tr id="{d.anchor(line)}" class="{SEVERITIES[worst]}"><td class="ln">'
            f'<a href="#{d.anchor(line)}">{line}</a></td><td class="src">{_highlight(text, spans)}</td>'
            f'<td class="marks">{_badges(marks)}</td></tr>')


def _highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape ``text``, wrapping the code-point spans (0-based, end exclusive) in <mark>."""
    flags = [False] * len(text)
    for start, end in spans:
        for k in range(max(start, 0), min(end, len(text))):
            flags[k] = True
    out: list[str] = []
    k = 0
    while k < len(text):
        j = k
        while j < len(text) and flags[j] == flags[k]:
            j += 1
        piece = esc(text[k:j])
        out.append(f"<mark>{piece}</mark>" if flags[k] else piece)
        k = j
    return "".join(out)


def _badges(marks) -> str:
    seen: dict[int, tuple[Finding, bool]] = {}
    for i, f, _loc, primary in marks:
        seen[i] = (f, seen.get(i, (f, False))[1] or primary)
    parts = []
    for i, (f, primary) in seen.items():
        cls = f"badge {f.severity}" + (" accepted" if f.accepted else "")
        star = "★ " if primary else ""
        parts.append(f'<a class="{cls}" href="#f{i}" title="{esc(f.message)}">{star}#{i} {esc(f.rule)}</a>')
    return "".join(parts)


# -- findings ----------------------------------------------------------------

def _summary(report, numbered) -> list[str]:
    counts = {s: report.count(s) for s in SEVERITIES}
    out = ['<p class="muted">', f"{len(report.claims)} claims, {len(report.indicators)} indicators: "
           f"{esc(report.summary())}.</p>",
           '<table class="summary"><tr>'
           + "".join(f'<th><span class="badge {s}">{s}</span></th>' for s in SEVERITIES) + "</tr><tr>"
           + "".join(f"<td>{counts[s]}</td>" for s in SEVERITIES) + "</tr></table>"]
    if numbered:
        out.append('<ol class="toc">')
        for i, f in numbered:
            if f.accepted:
                continue  # listed, folded, under the new findings
            out.append(f'<li value="{i}"><a href="#f{i}"><span class="badge {f.severity}">{f.severity}</span>'
                       f"{esc(f.rule)}</a> {esc(f.message)}</li>")
        out.append("</ol>")
    return out


def _where(loc, by_path: dict[str, _Doc]) -> str:
    d = by_path.get(loc.path)
    label = f"{esc(loc.path)}:{loc.line}" + (f":{loc.column}" if loc.end_column > loc.column else "")
    if d is None:
        return f"<code>{label}</code>"
    return f'<a href="#{d.anchor(loc.line)}"><code>{label}</code></a>'


def _finding(i: int, f, by_path: dict[str, _Doc]) -> list[str]:
    accepted = ' <span class="badge accepted info">accepted</span>' if f.accepted else ""
    who = esc(f.indicator_name or f.indicator or "plan")
    out = [f'<article class="finding {f.severity}" id="f{i}">',
           f'<h3>#{i} <span class="badge {f.severity}">{f.severity}</span><code>{esc(f.rule)}</code> — {who}'
           f"{accepted}</h3>",
           f'<p class="message">{esc(f.message)}</p>']
    if f.arithmetic:
        out.append('<pre class="arithmetic">' + "\n".join(esc(a) for a in f.arithmetic) + "</pre>")
    if f.locations:
        out.append('<p>Statements involved:</p><ul class="locations">')
        quoted: set[tuple[str, int]] = set()
        for loc in [f.primary, *f.related] if f.primary is not None else []:
            d = by_path.get(loc.path)
            line_text = ""
            if d is not None and d.lines is not None and d.has_line(loc.line) and (loc.path, loc.line) not in quoted:
                quoted.add((loc.path, loc.line))
                line_text = f'<br><span class="muted src">{_excerpt(d.lines[loc.line - 1], loc)}</span>'
            claim = f' <span class="muted">(claim {esc(loc.claim)})</span>' if loc.claim else ""
            out.append(f"<li>{_where(loc, by_path)} {esc(loc.text)}{claim}{line_text}</li>")
        out.append("</ul>")
    if f.fixes:
        out.append('<p>Suggested fix (most likely first):</p><ol class="fixes">')
        for fx in f.fixes:
            where = f" at {_where(fx.location, by_path)}" if fx.location else ""
            why = f" — {esc(fx.reason)}" if fx.reason else ""
            resolves = f" (resolves {fx.resolves} errors)" if fx.resolves > 1 else ""
            out.append(f"<li>change <code>{esc(fx.printed)}</code>{where} to "
                       f"<code>{esc(fx.suggested)}</code>{why}{resolves}</li>")
        out.append("</ol>")
    out.append("</article>")
    return out


def _excerpt(text: str, loc, width: int = 70) -> str:
    """The document line around the figure (marked), so a long prose line still
    shows the number the finding is about."""
    if loc.end_column <= loc.column:
        clipped = text.strip()
        return esc(clipped if len(clipped) <= 2 * width else clipped[: 2 * width - 1] + "…")
    start, end = loc.column - 1, loc.end_column - 1
    lo, hi = max(0, start - width), min(len(text), end + width)
    body = _highlight(text[lo:hi], [(start - lo, end - lo)])
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")
