"""Check many files at once: on several processes, with progress, never stopping.

:func:`check_many` is what :func:`plancheck.api.check_paths` calls for several
inputs with ``--jobs N`` (N > 1) or a progress display. Each file goes through
the pipeline (:func:`plancheck.pipeline.run`) on its own in a worker process (``concurrent.futures.ProcessPoolExecutor``);
the results come back as :class:`~plancheck.report.Report` objects (they
pickle: dataclasses of plain values) and are merged in *input order*, so the
merged report does not depend on which worker finished first.

A file that cannot be read (a :class:`~plancheck.errors.PlancheckError`:
missing, binary, empty, a malformed register) does not stop the others: it
becomes one ``input-error`` finding (severity error) whose location is the
file. An unexpected exception while reading one file becomes an
``internal-error`` finding the same way.

With ``progress=True`` a one-line counter (``\\r[12/200] name``) is drawn on
stderr while files complete, and a summary table (file, claims, errors,
warnings, seconds) is printed on stderr at the end.
"""

from __future__ import annotations

import functools
import sys
import time
import unicodedata
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, TextIO

from . import pipeline
from .errors import PlancheckError
from .findings import Finding, Location
from .register import load_register
from .report import Report

INPUT_ERROR = "input-error"
INTERNAL_ERROR = "internal-error"


@dataclass(slots=True)
class FileResult:
    """The outcome of checking one file (what a worker sends back)."""

    path: str
    report: Report
    seconds: float


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def error_report(path: str, exc: BaseException) -> Report:
    """A report holding one finding that says why ``path`` could not be checked."""
    if isinstance(exc, PlancheckError):
        rule, message = INPUT_ERROR, _one_line(exc.message)
        if exc.key:
            message = f"[{exc.key}] {message}"
        where = path
        line = (exc.line or 1) if exc.path in (None, path) else 1
    else:
        rule, message = INTERNAL_ERROR, _one_line(f"checking failed: {type(exc).__name__}: {exc}")
        where, line = path, 1
    finding = Finding(rule=rule, severity="error", message=message,
                      locations=[Location(where, line)])
    return Report([], [finding], {}, [], [path])


def check_file(path: str, register: str | None = None, select: Iterable[str] = (),
               ignore: Iterable[str] = ()) -> FileResult:
    """Check one file; never raises for a bad file (the worker's function)."""
    start = time.perf_counter()
    try:
        p = Path(path)
        reg = None if p.suffix == ".toml" or register is None else _register(register)
        report = pipeline.run(p, register=reg, select=tuple(select), ignore=tuple(ignore))
    except Exception as exc:  # one bad file must not stop the batch (PlancheckError: input-error)
        report = error_report(path, exc)
    return FileResult(path, report, time.perf_counter() - start)


def _register(path: str):
    """The register, read once per process (and again if the file changes)."""
    try:
        mtime = Path(path).stat().st_mtime_ns
    except OSError:
        mtime = None
    return _register_at(path, mtime)


@functools.lru_cache(maxsize=4)
def _register_at(path: str, _mtime: int | None):
    return load_register(path)


def check_many(files: Iterable[str | Path], register: str | Path | None = None,
               select: Iterable[str] = (), ignore: Iterable[str] = (), jobs: int = 1,
               progress: bool = False, stream: TextIO | None = None) -> Report:
    """Check every file (on ``jobs`` processes) and merge the reports in input order.

    A register given with ``register`` is validated once here, so that a
    malformed register is reported once (raised, as on the sequential path)
    rather than as an input error of every file.
    """
    paths = [str(f) for f in files]
    reg = None if register is None else str(register)
    if reg is not None:
        load_register(reg)
    sel, ign = tuple(select), tuple(ignore)
    out = stream if stream is not None else sys.stderr
    bar = _Progress(len(paths), out) if progress else None
    results: list[FileResult | None] = [None] * len(paths)
    if not paths:
        return Report([], [])
    started = time.perf_counter()
    if jobs <= 1 or len(paths) == 1:
        for i, p in enumerate(paths):
            results[i] = check_file(p, reg, sel, ign)
            if bar:
                bar.step(p)
    else:
        _run_pool(paths, reg, sel, ign, min(jobs, len(paths)), results, bar)
    if bar:
        bar.done()
        out.write(summary_table([r for r in results if r is not None], time.perf_counter() - started))
        out.flush()
    return pipeline.merge_reports([r.report for r in results if r is not None])


def _run_pool(paths: list[str], reg: str | None, sel: tuple, ign: tuple, workers: int,
              results: list[FileResult | None], bar: "_Progress | None") -> None:
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        futures: dict[Future, int] = {pool.submit(check_file, p, reg, sel, ign): i
                                      for i, p in enumerate(paths)}
        for fut in as_completed(futures):
            i = futures[fut]
            try:
                results[i] = fut.result()
            except Exception as exc:  # a worker that died, or a result that would not pickle
                results[i] = FileResult(paths[i], error_report(paths[i], exc), 0.0)
            if bar:
                bar.step(paths[i])
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


class _Progress:
    """``\\r[12/200] name`` on one line of stderr, redrawn as files complete."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream, self.count, self.width = total, stream, 0, 0

    def step(self, name: str) -> None:
        self.count += 1
        line = f"[{self.count}/{self.total}] {_short(name, 60)}"
        pad = max(self.width - _width(line), 0)
        self.width = _width(line)
        self.stream.write(f"\r{line}{' ' * pad}")
        self.stream.flush()

    def done(self) -> None:
        if self.count:
            self.stream.write("\n")
            self.stream.flush()


def _width(text: str) -> int:
    """Columns a line takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _short(name: str, limit: int) -> str:
    return name if len(name) <= limit else "…" + name[-(limit - 1):]


def summary_table(results: list[FileResult], wall: float | None = None) -> str:
    """A plain-text table: file, claims, errors, warnings, seconds (one row a file)."""
    rows = [(_short(r.path, 60), str(len(r.report.claims)),
             str(r.report.count("error")), str(r.report.count("warning")), f"{r.seconds:.2f}")
            for r in results]
    head = ("file", "claims", "errors", "warnings", "seconds")
    total_claims = sum(len(r.report.claims) for r in results)
    foot = (f"{len(results)} files", str(total_claims),
            str(sum(r.report.count("error") for r in results)),
            str(sum(r.report.count("warning") for r in results)),
            f"{wall:.2f}" if wall is not None else f"{sum(r.seconds for r in results):.2f}")
    widths = [max(_width(row[c]) for row in (head, *rows, foot)) for c in range(len(head))]

    def fmt(row: tuple[str, ...]) -> str:
        cells = [row[0] + " " * (widths[0] - _width(row[0]))]
        cells += [" " * (widths[c] - _width(row[c])) + row[c] for c in range(1, len(row))]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(head), rule, *map(fmt, rows), rule, fmt(foot)]) + "\n"
