"""Rules, one module each. ``load_all`` imports them so they register."""

from __future__ import annotations

import importlib

RULE_MODULES = ("growth", "cumulative", "status", "direction", "cross_source", "units",
                "totals", "composition", "enumeration", "implied", "relations", "missing", "scanned")


def load_all() -> None:
    for name in RULE_MODULES:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
