"""The pipeline's layers, as import-linter contracts (pyproject.toml [tool.importlinter]).

Each stage imports only from the stages before it (documents → claims →
indicators → rules → check → plan → pipeline → batch → api → cli); a cycle
hidden by an import inside a function is still an import to import-linter,
so it breaks the contract too. The pipeline's own modules place no import
inside a function (a lazy import for a heavy library would say why, ``# lazy:``).
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT

importlinter_cli = pytest.importorskip("importlinter.cli")

SRC = ROOT / "src" / "plancheck"
#: The modules that orchestrate and read: no import of theirs hides inside a function.
NO_FUNCTION_IMPORTS = ("pipeline.py", "api.py", "batch.py", "check.py", "plan.py", "indicators",
                       "claims/prose", "claims/names.py", "claims/tables.py", "units/text.py")


def test_the_layer_contracts_are_kept():
    assert importlinter_cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                                         no_logo=True) == 0


def test_a_layer_contract_can_fail(tmp_path, monkeypatch):
    """The check is not vacuous: a lower layer importing a higher one, even inside a
    function, breaks the contract."""
    pkg = tmp_path / "layered_demo"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "high.py").write_text("from . import low\n")
    (pkg / "low.py").write_text(textwrap.dedent("""\
        def late():
            from . import high  # a cycle hidden inside a function
            return high
        """))
    config = tmp_path / "contracts.toml"
    config.write_text(textwrap.dedent("""\
        [tool.importlinter]
        root_package = "layered_demo"

        [[tool.importlinter.contracts]]
        name = "demo"
        type = "layers"
        layers = ["layered_demo.high", "layered_demo.low"]
        """))
    monkeypatch.syspath_prepend(str(tmp_path))
    assert importlinter_cli.lint_imports(config_filename=str(config), no_cache=True, no_logo=True) == 1


def _files() -> list[Path]:
    out: list[Path] = []
    for name in NO_FUNCTION_IMPORTS:
        path = SRC / name
        out.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return out


def function_level_imports(path: Path, root: Path = SRC) -> list[str]:
    """``file:line`` of each import inside a function that gives no ``# lazy:`` reason."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for fn in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and "# lazy:" not in lines[node.lineno - 1]:
                out.append(f"{path.relative_to(root)}:{node.lineno}")
    return out


def test_the_pipeline_modules_import_at_the_top():
    assert len(_files()) > 15
    assert [hit for path in _files() for hit in function_level_imports(path)] == []


def test_a_function_level_import_is_found(tmp_path):
    demo = tmp_path / "demo.py"
    demo.write_text("def f():\n    from . import x\n\n\ndef g():\n    import pandas  # lazy: heavy\n")
    assert function_level_imports(demo, tmp_path) == ["demo.py:2"]
