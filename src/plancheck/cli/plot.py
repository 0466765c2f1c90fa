"""``plancheck plot``: not available yet."""

from ..errors import UsageError


def add_arguments(p) -> None:
    p.add_argument("args", nargs="*")


def run(args) -> int:
    raise UsageError("'plancheck plot' is not implemented yet")
