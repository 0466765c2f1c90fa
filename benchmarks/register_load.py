"""How long a register of N indicators takes to load (``plancheck.register.load_register``).

Run from the repository root:

    .venv/bin/python benchmarks/register_load.py [N ...]     (default: 1000 10000 100000)

Each register is written like ../shared/repro/register-n-indicators.py (one level
target per indicator, 10 lines each) into a temp folder; each figure is the best
of ``--repeat`` loads (default 3), as wall time and as CPU time of this process
(on a shared machine the CPU time is the steadier figure). The TOML parse alone
is shown apart: ``tomli`` (the parser register.py uses, compiled) and the standard
library's ``tomllib`` (the same parser in pure Python, used before). The figures
in docs/performance.md come from this script. A script, not a test: the
linearity test is tests/test_repro.py::test_register_loading_grows_linearly (a
ratio of work, no time limit).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any, Callable


def register_text(n: int) -> str:
    parts = ["schema = 1\n"]
    for i in range(n):
        parts.append(f'[[indicator]]\nid = "ind{i}"\nname = "指标{i}"\nunit = "亿元"\n  [[indicator.figure]]\n'
                     f'  kind = "level"\n  role = "target"\n  year = 2020\n  value = "{i}"\n\n')
    return "".join(parts)


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """(wall, cpu) seconds, each the minimum over ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import tomli

    from plancheck.register import load_register

    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print("| indicators | file | tomllib.loads (CPU) | tomli.loads (CPU) | load_register wall | "
          "load_register CPU | CPU per indicator |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            text = register_text(n)
            path = Path(tmp) / f"r{n}.toml"
            path.write_text(text, encoding="utf-8")
            _, std = best(lambda: tomllib.loads(text), args.repeat)  # noqa: B023 - called at once
            _, fast = best(lambda: tomli.loads(text), args.repeat)  # noqa: B023
            assert len(load_register(path).indicators) == n
            wall, cpu = best(lambda: load_register(path), args.repeat)  # noqa: B023
            print(f"| {n:,} | {len(text.encode()) / 1e6:.1f} MB | {std:.2f} s | {fast:.2f} s | {wall:.2f} s "
                  f"| {cpu:.2f} s | {cpu / n * 1e6:.0f} µs |", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
