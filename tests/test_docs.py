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
    # CI runs the same command measured by coverage (`coverage run -m pytest` for `python -m pytest`)
    measured = commands[1].strip().replace(".venv/bin/python -m pytest", ".venv/bin/coverage run -m pytest")
    assert commands[1].strip() in ci or measured in ci, ".ci/run must run the README's test command"


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


def _run_tutorial_command(command: str, cwd) -> tuple[int, str]:
    """One ``$`` line of docs/tutorial.md: plancheck in-process, pytest as a subprocess."""
    import contextlib
    import io
    import os
    import shlex
    import subprocess

    argv = shlex.split(command)
    if argv[0] == "plancheck":
        from plancheck.cli.main import main

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv[1:])
        return code, err.getvalue() + out.getvalue()
    assert argv[0] == "pytest", f"the tutorial runs only plancheck and pytest, not {argv[0]}"
    import importlib.metadata

    names = {ep.name for ep in importlib.metadata.entry_points(group="pytest11")}
    extra = [] if "plancheck" in names else ["-p", "plancheck.pytest_plugin"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "pytest", *argv[1:], *extra], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)
    return done.returncode, done.stderr + done.stdout


def _matches(expected: str, actual: str) -> bool:
    import fnmatch

    return fnmatch.fnmatchcase(actual.rstrip(), expected.rstrip().replace("[", "[[]").replace("…", "*"))


def test_tutorial_commands_give_the_output_shown(tmp_path, monkeypatch):
    """docs/tutorial.md, steps 2-7, run in an empty folder: each ```text file=NAME block
    writes that file, each ```console block runs its ``$`` commands and must print the
    lines shown (in order; … matches anything) with the ``# exit N`` code."""
    text = (ROOT / "docs" / "tutorial.md").read_text("utf-8")
    (tmp_path / ".git").mkdir()  # the project's root: configuration is not sought above it
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```(text file=\S+|console)\n(.*?)```", text, re.S)
    assert sum(kind == "console" for kind, _ in blocks) >= 6
    commands = []
    for kind, body in blocks:
        if kind.startswith("text file="):
            (tmp_path / kind.split("=", 1)[1]).write_text(body, encoding="utf-8")
            continue
        for chunk in re.split(r"^\$ ", body, flags=re.M)[1:]:
            head, _, shown = chunk.partition("\n")
            command, _, code = head.partition("  # exit ")
            commands.append(command)
            got_code, got = _run_tutorial_command(command, tmp_path)
            assert got_code == int(code), f"{command}: exit {got_code}, the tutorial says {code}\n{got}"
            lines = got.splitlines()
            k = 0
            for want in (line for line in shown.splitlines() if line.strip()):
                while k < len(lines) and not _matches(want, lines[k]):
                    k += 1
                assert k < len(lines), f"{command}: line not printed (in order): {want!r}\n{got}"
                k += 1
    assert any(c.startswith("plancheck init") for c in commands)
    assert any("--new-only" in c for c in commands)
    assert "plancheck: accept" in (tmp_path / "draft.md").read_text("utf-8")
