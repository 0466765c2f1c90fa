"""plancheck: check the quantitative targets of planning documents for consistency.

Public names are listed in ``__all__``; submodules load lazily so that
``import plancheck`` stays fast.
"""

from __future__ import annotations

__version__ = "0.1.0"
SCHEMA_VERSION = "2.0"

__all__ = [
    "__version__", "SCHEMA_VERSION", "load", "recompute", "check_paths",
    "Plan", "Report", "Finding", "Claim", "Indicator", "Interval", "Quantity",
    "PlancheckError", "InputError", "RegisterError",
]

_LAZY = {
    "load": ("api", "load"), "recompute": ("api", "recompute"), "check_paths": ("api", "check_paths"),
    "Plan": ("plan", "Plan"), "Report": ("report", "Report"), "Finding": ("findings", "Finding"),
    "Claim": ("model", "Claim"), "Indicator": ("model", "Indicator"),
    "Interval": ("numbers", "Interval"), "Quantity": ("numbers", "Quantity"),
    "PlancheckError": ("errors", "PlancheckError"), "InputError": ("errors", "InputError"),
    "RegisterError": ("errors", "RegisterError"),
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'plancheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
