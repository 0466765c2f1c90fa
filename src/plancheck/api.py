"""The library API: a thin façade over :mod:`plancheck.pipeline`.

``load`` accepts a register path, a document path, or document text, and
returns a :class:`~plancheck.plan.Plan`; ``check_paths`` is what the CLI and
the pytest plugin call for several inputs at once (several files go to
:mod:`plancheck.batch`, which maps the pipeline over processes).
"""

from __future__ import annotations

from typing import Iterable

from .arithmetic import recompute as _recompute
from .batch import check_many
from .report import Report
from .pipeline import DOCUMENT_SUFFIXES, expand_paths, load, merge_reports, plan_of_register

__all__ = ["DOCUMENT_SUFFIXES", "check_paths", "expand_paths", "load", "merge_reports", "plan_of_register",
           "recompute"]


def check_paths(paths: Iterable[str], *, register: str | None = None, select: Iterable[str] = (),
                ignore: Iterable[str] = (), jobs: int = 1, progress: bool = False) -> Report:
    """Check each input and merge the reports (claims and findings of all)."""
    files = expand_paths(paths)
    if len(files) > 1:  # one unreadable file among many becomes a finding, never a stop
        return check_many(files, register=register, select=select, ignore=ignore, jobs=jobs,
                          progress=progress)
    reports = [load(f, register=register).check(select, ignore) for f in files]
    return merge_reports(reports)


def recompute(**kwargs):
    """See :func:`plancheck.arithmetic.recompute`."""
    return _recompute(**kwargs)
