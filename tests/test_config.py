"""One configuration for every runner: ``[tool.plancheck]`` in pyproject.toml
and ``[plancheck]`` in targets.toml, honoured alike by ``plancheck check``
(no arguments) and by the pytest plugin, with the documented precedence.

The drafts are the plugin tests' own (tests/test_plugin.py): line 7 is the GDP
row, 1236 → 1834 at 7 %/yr is a growth error; 1000 → 1500 a growth warning."""

from __future__ import annotations

import textwrap

import pytest

from plancheck.cli.main import main
from plancheck.config import config_for_register, load_config

from test_plugin import CONTRADICTION, ROUNDED, _plugin_args

pytest_plugins = ["pytester"]

REGISTER = textwrap.dedent("""\
    schema = 1

    [document]
    title = "某市国民经济和社会发展第十三个五年规划纲要"
    plan_period = [2016, 2020]
    {table}

    [[indicator]]
    id = "gdp"
    name = "地区生产总值"
    unit = "亿元"
    basis = "real"
    direction = "increase"
    """)


@pytest.fixture
def project(pytester, monkeypatch):
    def make(draft: str, table: str = "", pyproject: str | None = None):
        (pytester.path / "drafts").mkdir(exist_ok=True)
        (pytester.path / "drafts" / "plan.md").write_text(draft, encoding="utf-8")
        (pytester.path / "targets.toml").write_text(REGISTER.format(table=table), encoding="utf-8")
        if pyproject is not None:
            (pytester.path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
        monkeypatch.chdir(pytester.path)
        return pytester
    return make


def cli(*args: str) -> int:
    return main(["check", *args])


def pytest_failed(p) -> list[str]:
    rec = p.inline_run(*_plugin_args())
    _passed, _skipped, failed = rec.listoutcomes()
    return [r.nodeid for r in failed]


def test_pyproject_table_is_honoured_by_check_and_by_pytest(project, capsys):
    p = project(CONTRADICTION, pyproject='[tool.plancheck]\ndocuments = ["drafts/plan.md"]\n')
    assert cli() == 1
    out = capsys.readouterr().out
    assert "error[growth]" in out and "drafts/plan.md:7" in out
    assert pytest_failed(p) == ["drafts/plan.md::gdp"]


def test_register_table_is_honoured_by_check_with_no_arguments(project, capsys):
    """Before, `plancheck check` ignored [plancheck] documents and checked the register alone."""
    project(CONTRADICTION, table='[plancheck]\ndocuments = ["drafts/plan.md"]')
    assert cli() == 1
    assert "drafts/plan.md:7" in capsys.readouterr().out


def test_fail_on_from_either_table_and_the_precedence(project, capsys):
    # ROUNDED has a warning only: fails at fail_on = "warning"
    p = project(ROUNDED, table='[plancheck]\ndocuments = ["drafts/plan.md"]\nfail_on = "warning"')
    assert cli() == 1 and pytest_failed(p) == ["drafts/plan.md::gdp"]
    # pyproject.toml over targets.toml
    (p.path / "pyproject.toml").write_text('[tool.plancheck]\nfail_on = "error"\n', encoding="utf-8")
    assert cli() == 0 and pytest_failed(p) == []
    # the command line over both
    assert cli("--fail-on", "warning") == 1
    assert p.inline_run(*_plugin_args(), "--plancheck-fail-on", "warning").listoutcomes()[2]
    capsys.readouterr()


def test_documents_and_baseline_paths_are_relative_to_their_file(project, tmp_path):
    p = project(ROUNDED, table='[plancheck]\ndocuments = ["drafts/plan.md"]\nbaseline = "accepted.json"',
                pyproject='[tool.plancheck]\nregister = "targets.toml"\nbaseline = "ci/base.json"\n')
    cfg = load_config(p.path)
    assert cfg.documents == [p.path.resolve() / "drafts" / "plan.md"]
    assert cfg.baseline == p.path.resolve() / "ci" / "base.json"  # pyproject over targets.toml
    assert cfg.sources["baseline"].endswith("pyproject.toml")
    assert cfg.sources["documents"].endswith("targets.toml")
    assert config_for_register(p.path / "targets.toml").baseline == cfg.baseline


def test_a_baseline_from_the_configuration_accepts_in_both_runners(project, capsys):
    p = project(CONTRADICTION, pyproject='[tool.plancheck]\ndocuments = ["drafts/plan.md"]\n'
                                         'baseline = "accepted.json"\n')
    assert cli("--write-baseline", "accepted.json") == 0
    assert cli() == 0
    assert "(accepted)" in capsys.readouterr().out
    assert pytest_failed(p) == []


def test_a_register_named_by_pyproject_is_collected_without_its_own_table(project):
    p = project(CONTRADICTION, pyproject='[tool.plancheck]\nregister = "targets.toml"\n'
                                         'documents = ["drafts/plan.md"]\n')
    assert pytest_failed(p) == ["drafts/plan.md::gdp"]


@pytest.mark.parametrize("table, message", [
    ('[tool.plancheck]\nfail_on = "errors"\n', "[tool.plancheck.fail_on]: must be one of"),
    ('[tool.plancheck]\ndocument = ["a.md"]\n', "unknown key 'document'; did you mean 'documents'?"),
    ('[tool.plancheck]\ndocuments = "a.md"\n', "must be a list of strings"),
])
def test_a_malformed_pyproject_table_is_one_line_and_exit_2(project, capsys, table, message):
    project(CONTRADICTION, pyproject=table)
    assert cli() == 2
    err = capsys.readouterr().err
    assert message in err and "pyproject.toml" in err and len(err.strip().splitlines()) == 1


def test_without_any_configuration_check_says_how_to_start(tmp_path, monkeypatch, capsys):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert cli() == 2
    assert "plancheck init" in capsys.readouterr().err


def test_init_writes_a_register_that_check_and_pytest_use(project, capsys):
    p = project(CONTRADICTION)
    (p.path / "targets.toml").unlink()
    assert main(["init", "drafts/plan.md"]) == 0
    text = (p.path / "targets.toml").read_text("utf-8")
    assert 'documents = ["drafts/plan.md"]' in text and 'id = "gdp"' in text
    assert main(["init", "drafts/plan.md"]) == 2  # never overwritten without --force
    assert "--force" in capsys.readouterr().err
    assert cli() == 1 and "drafts/plan.md:7" in capsys.readouterr().out
    assert pytest_failed(p) == ["drafts/plan.md::gdp"]


def test_python_dash_m_plancheck_runs_the_command_line():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "plancheck", "--version"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("plancheck ")


def test_a_target_gone_from_the_draft_is_reported_by_pytest_too(project):
    """The register types the 2020 GDP target; the draft no longer has the GDP row:
    a `missing` warning, which fails the gdp item at fail_on = "warning"."""
    figures = ('\n  [[indicator.figure]]\n  kind = "level"\n  role = "target"\n  year = 2020\n'
               '  value = "1834"\n\n[[indicator]]\nid = "urbanization_rate"\nname = "常住人口城镇化率"\nunit = "%"\n'
               '  [[indicator.figure]]\n  kind = "level"\n  role = "target"\n  year = 2020\n  value = "60"\n')
    lines = CONTRADICTION.splitlines()
    draft = "\n".join(line for line in lines if "地区生产总值" not in line) + "\n"
    p = project(draft, table='[plancheck]\ndocuments = ["drafts/plan.md"]\nfail_on = "warning"')
    (p.path / "targets.toml").write_text((p.path / "targets.toml").read_text("utf-8") + figures, encoding="utf-8")
    rec = p.inline_run(*_plugin_args())
    failed = [r for r in rec.listoutcomes()[2]]
    assert "drafts/plan.md::gdp" in [r.nodeid for r in failed]
    text = next(r.longreprtext for r in failed if r.nodeid == "drafts/plan.md::gdp")
    assert "warning[missing]" in text and "targets.toml:" in text
