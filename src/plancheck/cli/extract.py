"""``plancheck extract FILE``: the claims read from a plan document."""

from __future__ import annotations

import json

from .common import write_output


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE", help="plan document (.txt, .md, .html, .pdf, .docx)")
    p.add_argument("--text", action="store_true",
                   help="print the text as read, with the line numbers that findings use "
                        "(and, for a PDF or web page, the page and line each line came from)")
    p.add_argument("--format", "-f", default="text", choices=("text", "json"))
    p.add_argument("--unparsed", action="store_true",
                   help="list the numbers in target-like sentences that were not read as claims")
    p.add_argument("--register", metavar="TOML", help="resolve indicator names through this register")
    p.add_argument("--output", "-o", metavar="PATH", help="write here (atomically) instead of stdout")


def run(args) -> int:
    from ..api import load

    if args.text:
        write_output(text_as_read(args.file), args.output)
        return 0
    plan = load(args.file, register=args.register)
    if args.format == "json":
        data = {"claims": [c.to_dict() for c in plan.claims],
                "statements": plan.statements, "unparsed": plan.unparsed}
        if args.unparsed:
            data = {"unparsed": plan.unparsed}
        write_output(json.dumps(data, ensure_ascii=False, indent=2), args.output)
        return 0
    lines = []
    if args.unparsed:
        for u in plan.unparsed:
            num = f" {u['number']}" if u.get("number") else ""
            lines.append(f"{u['path']}:{u['line']}:{u['column']}{num}  {u['reason']}  | {u['text'][:80]}")
        lines.append(f"{len(plan.unparsed)} candidate figures not read")
    else:
        for c in plan.claims:
            period = f"{c.start_year}-{c.year}" if c.start_year else str(c.year or "")
            lines.append(f"{c.source.line:>5}:{c.source.col_start + 1:<4} {c.kind:<18} {c.name[:24]:<24} "
                         f"{c.quantity.text:>12} {c.unit:<6} {period:<9} {c.role:<6} {c.origin}"
                         + (f" [{c.region}]" if c.region else "") + (" ocr" if "ocr" in c.extra else ""))
        lines.append(f"{len(plan.claims)} claims ({len(plan.unparsed)} candidate figures not read; "
                     "see --unparsed)")
    write_output("\n".join(lines), args.output)
    return 0


def text_as_read(path: str) -> str:
    """Each line of the document as the pipeline reads it: number, origin, text."""
    from ..documents.read import read_document
    from ..model import origin_text

    doc = read_document(path)
    pieces = getattr(doc, "pieces", None)
    out = []
    for number, line in enumerate(doc.lines, 1):
        if pieces is None:
            out.append(f"{number:>5}  {line}".rstrip())
            continue
        got = pieces[number - 1] if number <= len(pieces) else []
        where = origin_text(*got[0][1:]) if got else ""
        if got and got[0][1] in getattr(doc, "ocr_pages", {}):
            where = "OCR " + where  # read from a scanned page
        last = max(got, key=lambda p: p[1:]) if got else None
        if last and last[1:] != got[0][1:]:
            where += f"–{last[2]}" if last[1] == got[0][1] else f" – {origin_text(*last[1:])}"
        out.append(f"{number:>5}  {where:<20}  {line}".rstrip())
    for page, reason in getattr(doc, "unread_pages", []):  # pages without a text layer, not OCR-ed
        out.append(f"{'':>5}  {f'page {page}':<20}  (not read: {reason})")
    return "\n".join(out)
