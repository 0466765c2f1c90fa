"""Rules, one module each, registered by their ``@rule`` decorator alone.

``load_all`` imports every module of this package (``base`` and helper
modules included: a module without a ``@rule`` registers nothing), so adding a
rule means adding its module and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil


def rule_modules() -> list[str]:
    """The names of this package's modules, in sorted order (rules register in it)."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.ispkg)


def load_all() -> None:
    for name in rule_modules():
        importlib.import_module(f"{__name__}.{name}")
