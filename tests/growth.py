"""Growth of work, measured so that it cannot flake on a loaded machine.

A test never compares a wall-clock time with a limit in seconds: a loaded
2-core machine can make any fixed limit fail. Instead it runs the same work at
size n and at size ``factor`` × n, each several times with the two sizes
interleaved (so a burst of load slows both), keeps the minimum of each, and
fails only when

* the ratio of the two minima shows super-linear growth: linear work at 8n
  takes about 8× as long, quadratic about 64×; the limit is 24×, and
* the larger run is itself non-trivial (over ``floor`` seconds), so that
  timer resolution and constant overheads of tiny runs never decide.

Times are CPU time of the process (``time.process_time``), so that a starved
process does not look slow. Absolute timings are for benchmarks/ only. Hangs are caught by pytest-timeout
(a global limit in pyproject.toml), not here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

#: CPU time of this process, not wall-clock time: a process starved by others (a
#: loaded CI machine, ``nice``) keeps a short run inside one time slice while a long
#: one is stretched many times over, which made wall-clock ratios of 30-190x out
#: of linear work. CPU time counts the work itself.
_clock = time.process_time

FACTOR = 8
LIMIT = 24.0
FLOOR = 0.05


def growth_ratio(run: Callable[[Any], object], make: Callable[[int], Any], n: int, *,
                 factor: int = FACTOR, repeats: int = 3, warm_up: bool = True) -> tuple[float, float, float]:
    """(ratio, small, large): the minimum time of ``run(make(n))`` and of
    ``run(make(factor*n))`` over ``repeats`` interleaved runs, and their ratio.
    Inputs are built outside the timed part; one untimed warm-up run comes first."""
    small_input, large_input = make(n), make(factor * n)
    if warm_up:
        run(small_input)
    small = large = float("inf")
    for _ in range(repeats):
        t0 = _clock()
        run(small_input)
        t1 = _clock()
        run(large_input)
        t2 = _clock()
        small, large = min(small, t1 - t0), min(large, t2 - t1)
    return large / max(small, 1e-6), small, large


def assert_linear(run: Callable[[Any], object], make: Callable[[int], Any], n: int, *,
                  factor: int = FACTOR, repeats: int = 3, limit: float = LIMIT,
                  floor: float = FLOOR, what: str = "") -> None:
    """Fail only on super-linear growth of a non-trivial run (see the module docstring)."""
    ratio, small, large = growth_ratio(run, make, n, factor=factor, repeats=repeats)
    if large > floor and ratio > limit:
        raise AssertionError(
            f"{what or 'work'} grows super-linearly: {factor}x the input took {ratio:.1f}x the time "
            f"({small * 1000:.1f} ms at n={n}, {large * 1000:.1f} ms at n={factor * n}; "
            f"linear would be about {factor}x, the limit is {limit:g}x)")


LADDER = (32, 256, 2048, 16384)


def super_linear(run: Callable[[Any], object], make: Callable[[int], Any], *,
                 ladder: tuple[int, ...] = LADDER, limit: float = LIMIT,
                 floor: float = FLOOR) -> str | None:
    """None when ``run`` grows linearly on ``make(n)``, else why not.

    For many cheap checks (a regular expression on an adversarial string): sizes grow
    by 8 along ``ladder``, one run each, until a run takes over ``floor``; only then
    is the ratio to the size before measured as in :func:`growth_ratio` (when the
    minimum of the larger runs is under ``floor`` after all, the climb goes on). Linear work stops at the largest size with a few milliseconds
    spent; exponential or high-degree work shows itself at a small size instead of
    hanging at a large one."""
    previous = None
    for size in ladder:
        data = make(size)
        t0 = _clock()
        run(data)
        if _clock() - t0 > floor:
            if previous is None:
                best = min(_timed(run, data) for _ in range(3))
                if best > floor:
                    return f"{best * 1000:.0f} ms already at n={size}"
                return None
            ratio, small, large = growth_ratio(run, make, previous, factor=size // previous, warm_up=False)
            if large <= floor:  # the slow run was load, not work: go on
                previous = size
                continue
            if ratio > limit:
                return (f"{size // previous}x the input took {ratio:.0f}x the time "
                        f"({small * 1000:.1f} ms at n={previous}, {large * 1000:.1f} ms at n={size})")
            return None
        previous = size
    return None


def _timed(run: Callable[[Any], object], data: Any) -> float:
    t0 = _clock()
    run(data)
    return _clock() - t0
