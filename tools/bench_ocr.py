"""OCR time per page and the share of figures read, on the scanned test plans.

Usage:  PYTHONPATH=src .venv/bin/python tools/bench_ocr.py [--languages chi_sim+eng] [--runs 3]

For each scanned fixture of tests/data/scans/ (one page each, made from
scan_plan.txt by make_scans.py) it prints the time Tesseract took for the page
(best of ``--runs``), the time of the whole read (render, straighten, rules,
OCR, layout, claims), and how many of the figures that the text version gives
the scan gives exactly (same indicator or name, kind, period, role, printed
figure and unit), and with their indicator's name read right.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "tests" / "data" / "scans"


def figure(c, named: bool = True) -> tuple:
    who = (c.indicator or c.name) if named else ""
    return (who, c.kind, c.start_year, c.year, c.role, c.quantity.text.replace(" ", ""), c.unit)


def matched(plan, truth, named: bool) -> int:
    got = [figure(c, named) for c in plan.claims]
    hits = 0
    for f in (figure(c, named) for c in truth.claims):
        if f in got:
            got.remove(f)
            hits += 1
    return hits


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--languages", default="")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.languages:
        os.environ["PLANCHECK_OCR_LANGUAGES"] = args.languages
    sys.path.insert(0, str(ROOT / "src"))
    from plancheck import load
    from plancheck.documents import ocr
    from plancheck.documents.read import read_document

    eng = ocr.engine()
    if eng is None:
        sys.exit(f"no OCR: {ocr.unavailable()}")
    truth = load(SCANS / "scan_plan.txt")
    print(f"{eng.name}, {eng.languages}; {len(truth.claims)} figures in the text version")
    print("fixture | dpi | OCR s/page (Tesseract's CPU s) | read + claims s | figures read exactly | "
          "with the indicator named right")
    for name in ("scan_plan.pdf", "scan_plan_rough.pdf"):
        path = SCANS / name
        ocr_s, total_s, cpu_s = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            plan = load(path)
            total_s.append(time.perf_counter() - start)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            doc = read_document(path)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_s.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            ocr_s.append(sum(p["seconds"] for p in doc.ocr_pages.values()) / len(doc.ocr_pages))
        dpi = next(iter(doc.ocr_pages.values()))["dpi"]
        n = len(truth.claims)
        print(f"{name} | {dpi} | {min(ocr_s):.1f} ({min(cpu_s):.1f}) | {min(total_s):.1f} | "
              f"{matched(plan, truth, False)}/{n} | {matched(plan, truth, True)}/{n}")
    preprocessing()


def preprocessing() -> None:
    """CPU time of straightening and finding rules on an A4 page at 300 dpi (the
    rough scan pasted twice onto it): the work around Tesseract's."""
    import numpy as np
    import pypdfium2 as pdfium

    from plancheck.documents import ocr

    pdf = pdfium.PdfDocument(str(SCANS / "scan_plan_rough.pdf"))
    bitmap = pdf[0].render(scale=300 / 72, grayscale=True)
    h, w, stride = bitmap.height, bitmap.width, bitmap.stride
    img = np.frombuffer(bitmap.buffer, dtype=np.uint8, count=stride * h).reshape(h, stride)[:, :w]
    a4 = np.full((3508, 2480), 255, dtype=np.uint8)
    a4[:h, :w] = img
    a4[1700:1700 + h, :w] = img
    best = []
    for _ in range(3):
        start = time.process_time()
        ocr.find_rules(ocr.deskew(a4), 300)
        best.append(time.process_time() - start)
    print(f"straighten + find rules, A4 at 300 dpi: {min(best):.2f} s CPU")


if __name__ == "__main__":
    main()
