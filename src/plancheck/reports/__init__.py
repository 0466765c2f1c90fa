"""Output formats. Each is a pure function ``render(report) -> str``."""

from __future__ import annotations

import importlib

FORMATS = {
    "text": "text", "json": "json_report", "sarif": "sarif", "junit": "junit",
    "github": "github", "markdown": "markdown", "html": "html",
}


def render(report, fmt: str, **options) -> str:
    """Render a report in one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    return module.render(report, **options)
