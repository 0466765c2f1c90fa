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


if __name__ == "__main__":
    main()
