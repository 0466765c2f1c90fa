"""How fast plancheck reads and checks a plan, measured against the cost floor.

Run from the repository root:

    .venv/bin/python benchmarks/run.py [--plan PATH] [--runs N] [--quick] [--json OUT]

Measures, in one run (figures are written into docs/performance.md by hand):

a. library time of ``plancheck.load(path).check()`` on the plan (median of N);
b. the floor: one ``re.findall`` of the number pattern over the same text, and a/b;
c. growth with size: the plan concatenated 1x, 10x, 100x (ms, ms per MB);
d. CLI wall time of ``plancheck check PLAN`` (median of 5) and ``-X importtime``:
   the heaviest imports, and whether sympy, pint, pandas or matplotlib are loaded;
e. batch throughput: 200 variants of the plan (numbers perturbed) on 2 processes;
f. where time goes in (a): cProfile, top 10 by cumulative time.

This is a script, not a test: timings depend on the machine, and a benchmark that
fails a build on a busy CI runner is noise. It writes nothing outside a temp folder.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PLAN = ROOT.parent / "shared" / "corpus" / "000_de031afa12feb304.txt"
HEAVY = ("sympy", "pint", "pandas", "matplotlib", "numpy")
GOALS = {"a_ms": 50.0, "ratio": 20.0, "cli_s": 1.0}


def median_time(fn, runs: int) -> float:
    """Median wall time of ``fn()`` in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def library_time(plan: Path, runs: int) -> float:
    import plancheck

    plancheck.load(plan).check()  # warm: imports, rule registry, glossary cache
    return median_time(lambda: plancheck.load(plan).check(), runs)


def floor_time(text: str, runs: int) -> float:
    from plancheck.claims.patterns import NUMBER_RE

    return median_time(lambda: NUMBER_RE.findall(text), runs)


def growth(plan: Path, factors: tuple[int, ...], tmp: Path) -> list[dict]:
    """Cost of the plan repeated k times (a longer document, same content)."""
    import plancheck

    text = plan.read_text(encoding="utf-8")
    rows = []
    for k in factors:
        path = tmp / f"plan-x{k}.txt"
        path.write_text(text * k, encoding="utf-8")
        mb = path.stat().st_size / 1e6
        runs = 5 if k == 1 else (3 if k <= 10 else 1)
        seconds = median_time(lambda: plancheck.load(path).check(), runs)  # noqa: B023 - called at once
        rows.append({"factor": k, "mb": round(mb, 2), "ms": round(seconds * 1000, 1),
                     "ms_per_mb": round(seconds * 1000 / mb, 1)})
    return rows


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("plancheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "plancheck.cli.main"]


def cli_time(plan: Path, runs: int = 5) -> float:
    def once():
        subprocess.run(_cli() + ["check", str(plan)], capture_output=True, check=False)
    once()
    return median_time(once, runs)


def import_profile(plan: Path, top: int = 10) -> dict:
    """``python -X importtime`` of the CLI path: heaviest imports and the heavy modules seen."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "plancheck.cli.main", "check", str(plan)],
                          capture_output=True, text=True, check=False)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    top_level = sorted((r for r in rows if r[1] <= 1), reverse=True)[:top]
    heavy = sorted({name.split(".")[0] for _, _, name in rows if name.split(".")[0] in HEAVY})
    return {"top": [{"module": n, "ms": round(us / 1000, 1)} for us, _, n in top_level],
            "heavy_imported": heavy, "total_ms": round(sum(r[0] for r in rows if r[1] <= 1) / 1000, 1)}


_NUM = re.compile(r"(?<![\d.])(\d+)(\.\d+)?")


def perturb(text: str, seed: int) -> str:
    """A plan variant: about one number in ten changed in its last digit (years kept)."""
    rng = random.Random(seed)

    def change(m: re.Match) -> str:
        whole, frac = m.group(1), m.group(2) or ""
        if re.fullmatch(r"(19|20)\d\d", whole) or rng.random() > 0.1:
            return m.group()
        digits = list(whole + frac)
        pos = max(i for i, ch in enumerate(digits) if ch.isdigit())
        digits[pos] = str((int(digits[pos]) + rng.randint(1, 9)) % 10)
        return "".join(digits)

    return _NUM.sub(change, text)


def batch(plan: Path, n: int, jobs: int, tmp: Path) -> dict:
    text = plan.read_text(encoding="utf-8")
    folder = tmp / "variants"
    folder.mkdir()
    paths = []
    for i in range(n):
        p = folder / f"variant-{i:03d}.txt"
        p.write_text(perturb(text, i), encoding="utf-8")
        paths.append(str(p))
    from plancheck import api

    how = "plancheck.api.check_paths(jobs=2)"
    start = time.perf_counter()
    try:
        import plancheck.batch  # noqa: F401

        report = api.check_paths(paths, jobs=jobs)
        findings = len(report.findings)
    except ImportError:
        from concurrent.futures import ProcessPoolExecutor

        how = "ProcessPoolExecutor (plancheck.batch absent)"
        with ProcessPoolExecutor(jobs) as pool:
            findings = sum(pool.map(_check_one, paths, chunksize=8))
    seconds = time.perf_counter() - start
    few = paths[: min(50, n)]
    sequential = median_time(lambda: [_check_one(p) for p in few], 1) / len(few)
    return {"documents": n, "jobs": jobs, "seconds": round(seconds, 2),
            "docs_per_second": round(n / seconds, 1), "findings": findings, "how": how,
            "sequential_docs_per_second": round(1 / sequential, 1),
            "speedup": round(n / seconds * sequential, 2)}


def _check_one(path: str) -> int:
    import plancheck

    return len(plancheck.load(path).check().findings)


def profile(plan: Path, top: int = 10) -> str:
    import plancheck

    plancheck.load(plan).check()
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(5):
        plancheck.load(plan).check()
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(top + 8)  # the first rows are the call wrappers
    tottime = io.StringIO()
    pstats.Stats(prof, stream=tottime).strip_dirs().sort_stats("tottime").print_stats(top)
    return _table(out.getvalue()) + "\n\nby own time (tottime):\n" + _table(tottime.getvalue())


def _table(text: str) -> str:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
    return "\n".join(line.rstrip() for line in lines[start:] if line.strip())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plan", type=Path, default=DEFAULT_PLAN)
    ap.add_argument("--runs", type=int, default=20, help="repetitions for (a) and (b)")
    ap.add_argument("--variants", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="skip the 100x document and use 40 variants")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not args.plan.exists():
        print(f"benchmark: plan {args.plan} not found (the shared corpus sits beside the checkout)",
              file=sys.stderr)
        return 2
    text = args.plan.read_text(encoding="utf-8")
    results: dict = {"plan": str(args.plan), "mb": round(len(text.encode()) / 1e6, 3),
                     "python": sys.version.split()[0], "cpus": os.cpu_count(),
                     "load_average_before": os.getloadavg()[0]}
    a = library_time(args.plan, args.runs)
    b = floor_time(text, args.runs)
    results["a_ms"], results["b_ms"] = round(a * 1000, 2), round(b * 1000, 3)
    results["ratio"] = round(a / b, 1)
    print(f"(a) load + check of {args.plan.name} ({results['mb']} MB): {a * 1000:.1f} ms "
          f"(median of {args.runs}; goal ≤ {GOALS['a_ms']:.0f} ms)")
    print(f"(b) floor, NUMBER_RE.findall over the text: {b * 1000:.2f} ms; a/b = {a / b:.0f} "
          f"(goal ≤ {GOALS['ratio']:.0f})")
    with tempfile.TemporaryDirectory() as tmp:
        factors = (1, 10) if args.quick else (1, 10, 100)
        results["growth"] = growth(args.plan, factors, Path(tmp))
        print("(c) growth:  " + "; ".join(f"{r['factor']}x {r['mb']} MB: {r['ms']} ms = {r['ms_per_mb']} ms/MB"
                                         for r in results["growth"]))
        results["cli_s"] = round(cli_time(args.plan), 3)
        imports = import_profile(args.plan)
        results["imports"] = imports
        print(f"(d) CLI `plancheck check`: {results['cli_s'] * 1000:.0f} ms wall (median of 5; goal ≤ 1 s)")
        print(f"    heavy modules imported on that path: {imports['heavy_imported'] or 'none'}")
        print("    top imports (cumulative ms): " + ", ".join(f"{r['module']} {r['ms']}" for r in imports["top"]))
        n = 40 if args.quick else args.variants
        results["batch"] = batch(args.plan, n, args.jobs, Path(tmp))
        bt = results["batch"]
        print(f"(e) batch: {bt['documents']} variants on {bt['jobs']} processes in {bt['seconds']} s = "
              f"{bt['docs_per_second']} documents/s ({bt['how']}); one process: "
              f"{bt['sequential_docs_per_second']} documents/s; speed-up {bt['speedup']}x")
    results["profile"] = profile(args.plan)
    print("(f) cProfile of (a), 5 runs, top by cumulative time:\n" + results["profile"])
    results["load_average_after"] = os.getloadavg()[0]
    print(f"load average (1 min) before/after: {results['load_average_before']:.2f} / "
          f"{results['load_average_after']:.2f} (other processes on the machine skew every figure)")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
