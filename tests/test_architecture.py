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
                       "claims/prose", "claims/names.py", "claims/tables.py", "units/text.py",
                       "model.py", "recomputations.py", "reports/notebook.py", "rules/base.py",
                       "register.py", "documents/places.py", "documents/segment.py", "documents/glyphs.py",
                       "findings.py", "report.py", "tables.py")


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


# --- result objects reach upward by design, not by late imports -------------------------------

def _plancheck_imports(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("plancheck")):
            out.append(f"{'.' * node.level}{node.module or ''}")
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names if a.name.startswith("plancheck")]
    return out


def test_the_notebook_renderer_imports_nothing_of_plancheck():
    """model.py and findings.py import it at their top for ``_repr_html_``: it must sit below them."""
    assert _plancheck_imports(SRC / "reports" / "notebook.py") == []


def test_the_contract_ignores_no_import():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert all(not c.get("ignore_imports") for c in config["contracts"])


@pytest.mark.parametrize("first", ["plancheck.model", "plancheck.findings", "plancheck.report"])
def test_html_reprs_work_whatever_is_imported_first(first):
    """In a fresh interpreter (a notebook kernel) importing one module of result objects
    is enough for every ``_repr_html_``: nothing depends on an import made elsewhere."""
    import os
    import subprocess
    import sys

    code = textwrap.dedent(f"""\
        import importlib, sys
        importlib.import_module({first!r})
        from plancheck.model import Claim, Indicator, Source
        from plancheck.numbers import parse_quantity
        from plancheck.findings import Finding, Location
        c = Claim("c1", "gdp", "地区生产总值", "level", parse_quantity("9324.8"), "亿元",
                  Source("p.txt", 3), "地区生产总值 9324.8", year=2015, role="actual")
        ind = Indicator("gdp", "地区生产总值", unit="亿元", claims=[c])
        f = Finding(rule="growth", severity="error", message="<b>x</b>", locations=[Location("p.txt", 3)])
        assert "[9324.75, 9324.85)" in ind._repr_html_() and "&lt;b&gt;x&lt;/b&gt;" in f._repr_html_()
        if {first!r} != "plancheck.report":  # claims, indicators and findings render without a rule
            assert "plancheck.rules" not in sys.modules, sorted(sys.modules)
        from plancheck.report import Report
        r = Report([c], [f], {{"gdp": ind}})
        for html in (ind._repr_html_(), f._repr_html_(), r._repr_html_()):
            assert html.startswith("<") and "<b>x</b>" not in html, html
        assert "&lt;b&gt;x&lt;/b&gt;" in r._repr_html_()
        """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(SRC.parent)}, timeout=120)
    assert done.returncode == 0, done.stderr


def test_findings_sit_below_the_rules_and_the_report_above_them():
    """The rules build Findings (findings.py imports no rule, no table, no report); a
    Report offers tables and recomputations (report.py imports them at its top)."""
    low = _plancheck_imports(SRC / "findings.py")
    assert not [m for m in low if m.lstrip(".").split(".")[0] in ("rules", "recomputations", "tables", "report",
                                                                  "check", "plan", "pipeline", "api")], low
    assert {".recomputations", ".tables", ".findings"} <= set(_plancheck_imports(SRC / "report.py"))


def test_a_report_built_by_hand_lists_its_recomputations(tmp_path):
    """No stage has to hand anything over: any Report redoes the rules' arithmetic."""
    import plancheck
    from plancheck.recomputations import recomputations
    from plancheck.report import Report

    a = tmp_path / "a.md"
    a.write_text("# 第十三个五年规划\n\n到2020年，地区生产总值由2015年的9324.8亿元增加到13078亿元，"
                 "年均增长7%左右。\n", encoding="utf-8")
    checked = plancheck.load(str(a)).check()
    by_hand = Report(checked.claims, checked.findings, checked.indicators)
    assert [r.to_dict() for r in recomputations(by_hand)] == [r.to_dict() for r in recomputations(checked)]
    assert {r.rule for r in recomputations(by_hand)} >= {"growth"}
    pytest.importorskip("pandas")
    assert len(by_hand.to_dataframe("recomputations")) == len(recomputations(checked))
    assert list(Report([], []).to_dataframe("recomputations").columns)[:2] == ["rule", "indicator"]


def test_rules_keep_their_order_whoever_imports_one_first():
    """recomputations.py imports two rule modules by name; the rules still run and list in
    the order of their modules."""
    import os
    import subprocess
    import sys

    code = textwrap.dedent("""\
        import plancheck.recomputations  # imports rules.composition and rules.totals first
        from plancheck.rules import rule_modules
        from plancheck.rules.base import all_rules
        order = [f"plancheck.rules.{m}" for m in rule_modules()]
        modules = [r.module for r in all_rules().values()]
        assert modules == sorted(modules, key=order.index), modules
        """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(SRC.parent)}, timeout=120)
    assert done.returncode == 0, done.stderr
