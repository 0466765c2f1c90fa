"""Every regular expression is a named constant in a patterns module.

The patterns modules are ``plancheck/patterns.py`` and ``patterns.py`` of each stage
(``claims/``, ``claims/prose/``, ``documents/``, ``indicators/``, ``reports/``, ``rules/``,
``units/``). Everywhere else a pattern
is used by name (``P.SHARE_OF_WORDS.search(text)``), never written in place
(``re.search(r"占…", text)``): so that tests/test_redos.py scans each one for
backtracking and measures its growth, and a pattern fixed once is fixed for every
reader. This test reads the source (AST), imports nothing, and fails on any
``re.compile / search / match / fullmatch / finditer / findall / sub / subn /
split`` outside the patterns modules whose pattern is written there: a string,
an f-string, or an expression holding one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "plancheck"
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def is_patterns_module(path: Path) -> bool:
    return path.name == "patterns.py"


def inline_patterns(source: str) -> list[tuple[int, str]]:
    """(line, call) of each re.<function>(...) whose pattern argument is written in place."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in RE_FUNCTIONS and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"):
            continue
        pattern = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "pattern"), None)
        if pattern is None:
            continue
        if any(isinstance(n, ast.JoinedStr) or (isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes)))
               for n in ast.walk(pattern)):
            found.append((node.lineno, ast.unparse(node)[:90]))
    return found


@pytest.mark.parametrize("source, count", [
    ('import re\nre.search(r"\\d+", s)', 1),
    ('import re\nX = re.compile("a" + B)', 1),
    ('import re\nre.sub(rf"{A}b", "", s, flags=re.I)', 1),
    ('import re\nre.split(pattern="[,，]", string=s)', 1),
    ('import re\nP.NUMBER.search(s)', 0),
    ('import re\nre.escape(word)', 0),
    ('import re\nre.compile(P.words(w))', 0),
])
def test_the_check_finds_inline_patterns(source, count):
    assert len(inline_patterns(source)) == count


def test_no_regex_is_written_outside_the_patterns_modules():
    files = [p for p in sorted(SRC.rglob("*.py")) if not is_patterns_module(p)]
    assert len(files) > 50
    inline = [f"{path.relative_to(SRC.parent)}:{line}: {call}"
              for path in files for line, call in inline_patterns(path.read_text(encoding="utf-8"))]
    assert not inline, ("patterns written in place (move each to a named constant of a patterns module):\n"
                        + "\n".join(inline))


def test_no_patterns_module_defines_a_name_twice():
    """A second definition silently replaces the first (two developers' constants of one
    name met in a merge): each name of a patterns module is assigned once."""
    import ast

    twice = []
    for path in sorted(SRC.rglob("patterns.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        if t.id in seen:
                            twice.append(f"{path.relative_to(SRC)}: {t.id}")
                        seen.add(t.id)
    assert not twice, "names defined twice: " + ", ".join(twice)
