"""How long a register of N indicators takes to load (``plancheck.register.load_register``).

Run from the repository root:

    .venv/bin/python benchmarks/register_load.py [N ...]     (default: 1000 10000 100000)

Each register is written like ../shared/repro/register-n-indicators.py (one level
target per indicator, 9 lines each) into a temp folder; the time is one load,
with tomllib's own parse of the same text shown apart (the floor: plancheck
validates and builds claims on top of it). The figures in docs/performance.md
come from this script. A script, not a test: the linearity test is
tests/test_register.py::test_register_loading_grows_linearly (a ratio, no time limit).
"""

from __future__ import annotations

import sys
import tempfile
import time
import tomllib
from pathlib import Path


def register_text(n: int) -> str:
    parts = ["schema = 1\n"]
    for i in range(n):
        parts.append(f'[[indicator]]\nid = "ind{i}"\nname = "指标{i}"\nunit = "亿元"\n  [[indicator.figure]]\n'
                     f'  kind = "level"\n  role = "target"\n  year = 2020\n  value = "{i}"\n\n')
    return "".join(parts)


def main(sizes: list[int]) -> None:
    from plancheck.register import load_register

    print("| indicators | lines | file | tomllib.loads | load_register | per indicator |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            text = register_text(n)
            path = Path(tmp) / f"r{n}.toml"
            path.write_text(text, encoding="utf-8")
            t0 = time.perf_counter()
            tomllib.loads(text)
            floor = time.perf_counter() - t0
            t0 = time.perf_counter()
            reg = load_register(path)
            took = time.perf_counter() - t0
            assert len(reg.indicators) == n
            print(f"| {n:,} | {text.count(chr(10)):,} | {len(text.encode()) / 1e6:.1f} MB | {floor:.2f} s "
                  f"| {took:.2f} s | {took / n * 1e6:.0f} µs |")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000, 100000])
