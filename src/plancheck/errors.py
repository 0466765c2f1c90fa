"""One error hierarchy for unusable input.

Rules never raise: a failing check becomes a finding. Exceptions are kept for
input that cannot be read at all (a missing file, a malformed register), and
each one prints as a single line naming the file, the line and the key, so the
command line can show it without a traceback and exit with code 2.
"""

from __future__ import annotations


class PlancheckError(Exception):
    """Base class of every error plancheck raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None,
                 line: int | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.key = key

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}"
        if self.key:
            where += f" [{self.key}]"
        return f"{where}: {self.message}" if where else self.message


class InputError(PlancheckError, ValueError):
    """A document or register that cannot be read as given."""


class RegisterError(InputError):
    """A malformed targets.toml register (unknown key, wrong type, bad unit...)."""


class UnitError(InputError):
    """A unit that the plan-unit registry does not know."""


class NumberError(InputError):
    """Text that looks like a number but cannot be read as one (e.g. ``1..2``)."""


class UsageError(PlancheckError):
    """A command line that does not make sense (unknown option, bad value)."""
