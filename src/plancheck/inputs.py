"""Every path plancheck reads or writes is checked here, once, before it is opened.

A FIFO given as a register blocks a reader forever, a device never ends, a
symlink loop looks like a missing file to ``Path.exists``. Each caller — the
document reader, the register, the baseline, the configuration, the output of
``check -o`` — asks :func:`readable_file` or :func:`writable_file` and gets
either the file's ``os.stat_result`` or an :class:`~plancheck.errors.InputError`
(or the caller's subclass) with a one-line reason:

    no such file · a broken symlink · a symlink loop · permission denied ·
    a part of the path is not a folder · is a folder · a FIFO (named pipe) ·
    a character device · a block device · a socket · not a regular file
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import InputError

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _stat_error(exc: OSError, path: str) -> str:
    if exc.errno == errno.ELOOP:
        return "a symlink loop (the link points back to itself)"
    if exc.errno == errno.ENOENT:
        return "a broken symlink (its target does not exist)" if os.path.islink(path) else "no such file"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is not a folder"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return f"cannot read: {exc.strerror or exc}"


def kind_problem(st: os.stat_result) -> str | None:
    """Why a file of this mode cannot be read as a file, or None for a regular file."""
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not a file"
    for test, name in _KINDS:
        if test(st.st_mode):
            return f"{name}, not a regular file"
    return "not a regular file"


def readable_file(path: str | Path, *, error: type[InputError] = InputError, what: str = "",
                  folder: str | None = None, missing: str | None = None) -> os.stat_result:
    """The stat of ``path`` when it is a regular file this process may read.

    ``what`` prefixes the reason ("baseline: a FIFO (named pipe), not a regular
    file"); ``folder`` and ``missing`` replace, as written, the reason given for
    a directory and for a missing file."""
    name = str(path)
    prefix = f"{what} " if what else ""
    try:
        st = os.stat(name)
    except OSError as exc:
        reason = _stat_error(exc, name)
        raise error(missing if missing and reason == "no such file" else prefix + reason, path=name) from None
    except ValueError:  # an embedded NUL byte
        raise error(prefix + "not a valid file name", path=name) from None
    problem = kind_problem(st)
    if problem is not None:
        raise error(folder if folder and stat.S_ISDIR(st.st_mode) else prefix + problem, path=name)
    if not os.access(name, os.R_OK):
        raise error(prefix + "permission denied", path=name)
    return st


def writable_file(path: str | Path, *, error: type[InputError] = InputError) -> None:
    """Refuse an output path that is not a regular file (or not there yet) in a
    folder this process may write: a report must never replace a device or a pipe."""
    name = str(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise error("a broken symlink (its target does not exist)", path=name) from None
        st = None
    except OSError as exc:
        raise error(_stat_error(exc, name).replace("cannot read", "cannot write"), path=name) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise error("is a folder; give a file name to write", path=name)
        problem = kind_problem(st)
        if problem is not None:
            raise error(problem + "; give a file name to write", path=name)
    parent = os.path.dirname(os.path.abspath(name))
    try:
        pst = os.stat(parent)
    except OSError as exc:
        reason = "its folder does not exist" if exc.errno == errno.ENOENT else _stat_error(exc, parent)
        raise error(reason, path=name) from None
    if not stat.S_ISDIR(pst.st_mode):
        raise error("a part of the path is not a folder", path=name)
    if not os.access(parent, os.W_OK | os.X_OK) or (st is not None and not os.access(name, os.W_OK)):
        raise error("permission denied", path=name)
