"""JSON: the contract other tools read.

The document is :meth:`Report.to_dict` verbatim, so there is one place where
field names are decided; ``reports/schema.json`` (JSON Schema draft 2020-12,
shipped with the package) describes it, and :func:`validate` checks a
document against it for tools that want to fail early on a foreign file.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

SCHEMA_RESOURCE = "schema.json"


def render(report, **_options) -> str:
    """The report as indented UTF-8 JSON.

    ``allow_nan=False``: NaN and Infinity are not JSON, and a consumer that
    chokes on them would blame the wrong tool; the model already writes
    infinite interval bounds as null, so this only raises on a real bug.
    """
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, allow_nan=False)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the report, read from the installed package data."""
    from importlib.resources import files

    text = files(__package__).joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


def validate(document: dict[str, Any]) -> list[str]:
    """Schema errors of a report document as 'path: message' lines (empty when valid).

    Needs the ``jsonschema`` package (imported here, so that rendering JSON
    does not); :class:`~plancheck.errors.PlancheckError` says how to get it.
    """
    try:
        from jsonschema import Draft202012Validator
    except ImportError:  # pragma: no cover - depends on the environment
        from ..errors import PlancheckError

        raise PlancheckError("validating a report needs jsonschema: pip install jsonschema") from None
    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors]
