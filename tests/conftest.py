"""Shared fixtures: small plan documents of our own, and the real corpus (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import numpy  # noqa: F401  pytester's in-process runs restore sys.modules, and numpy cannot be imported twice
import pytest

# Import once, up front, what a test that forbids Path.read_bytes may import first
# (pytest rewrites a plugin package's modules on first import, reading them).
import plancheck.cli.main  # noqa: E402
import plancheck.config  # noqa: F401, E402

plancheck.cli.main.build_parser()  # imports every subcommand's module

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
XINJIANG = CORPUS / "000_de031afa12feb304.txt"
NATIONAL = CORPUS / "national-12th-five-year-plan-2011.txt"
CHONGQING = CORPUS / "chongqing-government-work-report-2026.txt"
DATA = Path(__file__).resolve().parent / "data"


def corpus_file(path: Path) -> Path:
    """The real document, or skip with the reason."""
    if not path.exists():
        pytest.skip(f"real plan {path.name} not found at {path.parent} "
                    "(the shared corpus sits beside the checkout as ../shared/corpus)")
    return path


@pytest.fixture
def xinjiang() -> Path:
    return corpus_file(XINJIANG)


@pytest.fixture
def national() -> Path:
    return corpus_file(NATIONAL)


@pytest.fixture
def chongqing() -> Path:
    return corpus_file(CHONGQING)
