"""The reproducers of issue 13 (../shared/repro/, copied small into tests/data/repro/),
each a test: what hung, crashed or printed noise now finishes, reports or refuses.

No test here asserts a time: a hang fails through pytest-timeout (pyproject.toml),
and growth is measured as a ratio (tests/growth.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import plancheck
from plancheck.cli.main import main

from growth import assert_linear

REPRO = Path(__file__).resolve().parent / "data" / "repro"


def cli(argv, capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- share-of-120-spaces.txt, share-of-30-tr-tags.txt: SHARE_OF_WORDS backtracked (~n^5) ------

@pytest.mark.parametrize("name", ["share-of-120-spaces.txt", "share-of-30-tr-tags.txt"])
def test_share_of_then_whitespace_is_checked(name, capsys):
    """Was 29 s and 39 s; now an ordinary check (exit 0 or 1, nothing on stderr)."""
    code, out, err = cli(["check", REPRO / name], capsys)
    assert code in (0, 1) and err == "" and "claims" in out


@pytest.mark.parametrize("filler", [" ", "<tr>"])
def test_share_of_then_whitespace_grows_linearly(filler):
    """占 followed by a run of spaces or of HTML tags (which become spaces): linear."""
    def make(n: int) -> str:
        return "实现小麦高产田面积占" + filler * n + "60%，占总产的 75%。\n"

    assert_linear(lambda text: plancheck.load(text).check(), make, 250, what=f"占 + {filler!r} × n")
