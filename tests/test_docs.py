"""Documentation that is generated or executed must match the code."""

from __future__ import annotations

import importlib.util
import re
import sys

from conftest import ROOT


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_rules_page_is_generated_from_the_rules():
    gen = _tool("gen_rules_doc")
    assert (ROOT / "docs" / "rules.md").read_text("utf-8") == gen.render(), \
        "docs/rules.md is stale: run .venv/bin/python tools/gen_rules_doc.py"


def test_every_rule_documents_a_firing_case_and_a_near_miss():
    from plancheck.rules.base import all_rules

    for rule_id, rule in all_rules().items():
        doc = sys.modules[rule.module].__doc__ or ""
        assert re.search(r"near-miss", doc, re.IGNORECASE), f"{rule_id}: no near-miss in its docstring"


def test_readme_quick_start_has_exactly_two_commands():
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## Quick start", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    commands = [line for line in block.splitlines() if line.strip()]
    assert len(commands) == 2
    assert "plancheck check" in commands[0] and "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert commands[1].strip() in ci, ".ci/run must run the README's test command"


def test_notebook_walkthrough(capsys):
    """docs/notebook.md runs cell by cell, as a notebook would (our own doc, not user input)."""
    text = (ROOT / "docs" / "notebook.md").read_text("utf-8")
    cells = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(cells) >= 5
    namespace: dict = {}
    for i, cell in enumerate(cells):
        try:
            exec(compile(cell, f"docs/notebook.md cell {i + 1}", "exec"), namespace)  # noqa: S102
        except Exception as exc:  # pragma: no cover - the message is the point
            raise AssertionError(f"notebook cell {i + 1} failed: {exc!r}\n{cell}") from exc
    assert "cross-source" in capsys.readouterr().out


def test_api_examples_run_as_doctests():
    """The >>> examples of docs/api.md are doctests."""
    import doctest

    result = doctest.testfile(str(ROOT / "docs" / "api.md"), module_relative=False, verbose=False)
    assert result.attempted >= 6 and result.failed == 0


def test_tutorial_draft_gives_the_output_shown(capsys):
    """docs/tutorial.md shows the check of tests/data/plans/tutorial_draft.md; keep them in step."""
    import os

    from plancheck.cli.main import main

    here = os.getcwd()
    os.chdir(ROOT / "tests" / "data" / "plans")
    try:
        code = main(["check", "tutorial_draft.md"])
    finally:
        os.chdir(here)
    out = capsys.readouterr().out.replace("tutorial_draft.md", "draft.md")
    tutorial = (ROOT / "docs" / "tutorial.md").read_text("utf-8")
    assert code == 1
    for line in out.strip().splitlines():
        assert line in tutorial, line
