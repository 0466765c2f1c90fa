"""JSON: the contract other tools read (schema in reports/schema.json)."""

from __future__ import annotations

import json


def render(report, **_options) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
