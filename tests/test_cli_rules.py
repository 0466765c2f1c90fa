"""``plancheck rules``: the list matches the registered rules, and a rule's
explanation is its module's prose (firing example, near-miss), not just the
one-line description."""

from __future__ import annotations

import json

from plancheck.cli.main import main
from plancheck.rules.base import all_rules


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_every_rule_with_its_severity(capsys):
    code, out, _ = _run(capsys, "rules")
    assert code == 0
    rows = {line.split()[0]: line.split()[1] for line in out.splitlines()[:-1]}
    expected = {r.id: r.severity for r in all_rules().values()}
    assert rows == expected
    assert {"growth", "cumulative", "cross-source"} <= set(rows)
    assert f"{len(expected)} rules" in out.splitlines()[-1]


def test_json_list_carries_descriptions(capsys):
    code, out, _ = _run(capsys, "rules", "--format", "json")
    data = json.loads(out)
    assert code == 0
    growth = next(e for e in data if e["id"] == "growth")
    assert growth["severity"] == "error"
    assert "rate" in growth["description"]
    assert all("explanation" not in e for e in data)


def test_growth_explanation_gives_the_worked_example_and_near_miss(capsys):
    code, out, _ = _run(capsys, "rules", "growth")
    assert code == 0
    assert out.startswith("growth (default severity: error)")
    # from the module docstring, not the one-line description
    assert "Near-miss" in out
    assert "9324.8" in out and "13078" in out


def test_json_explanation_of_one_rule(capsys):
    code, out, _ = _run(capsys, "rules", "cumulative", "-f", "json")
    entry = json.loads(out)
    assert code == 0
    assert entry["id"] == "cumulative"
    assert "[1.18以上]" in entry["explanation"]
    assert len(entry["explanation"]) > 3 * len(entry["description"])


def test_unknown_rule_is_a_one_line_usage_error(capsys):
    code, out, err = _run(capsys, "rules", "cross_source")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "unknown rule 'cross_source'" in err and "cross-source" in err
    assert "Traceback" not in err


def test_every_rule_module_registers_by_its_decorator_alone():
    """No list of modules to edit: every module of plancheck/rules that uses
    ``@rule(`` is imported by all_rules(), and each registered rule comes from one."""
    from pathlib import Path

    import plancheck.rules as pkg

    folder = Path(pkg.__file__).parent
    decorated = {f"plancheck.rules.{p.stem}" for p in folder.glob("*.py") if "\n@rule(" in p.read_text("utf-8")}
    registered = {r.module for r in all_rules().values()}
    assert decorated == registered
    assert "RULE_MODULES" not in (folder / "__init__.py").read_text("utf-8")


def test_a_rules_parameters_are_shown_with_their_meaning(capsys):
    rule = all_rules()["growth"]
    assert rule.params["plausible_price_change"].value == (-3.0, 6.0)
    code, out, _ = _run(capsys, "rules", "growth")
    assert code == 0
    assert "Parameters:" in out and "plausible_price_change = (-3.0, 6.0): implied annual price change" in out
    code, out, _ = _run(capsys, "rules", "growth", "-f", "json")
    entry = json.loads(out)
    assert entry["parameters"]["plausible_price_change"]["value"] == [-3.0, 6.0]
    assert "price change" in entry["parameters"]["plausible_price_change"]["description"]


def test_a_rule_reads_its_declared_parameters(monkeypatch):
    """The declared value is the one the rule decides by: widening the verdict
    words of ``status`` changes what it reads."""
    from plancheck.rules import status
    from plancheck.rules.base import Param

    assert status.verdict_of("ok") is None
    monkeypatch.setitem(status.PARAMS, "met", Param((*status.MET, "ok"), "test"))
    assert status.verdict_of("ok") == "met"


def test_a_rule_without_parameters_says_nothing_of_them(capsys):
    code, out, _ = _run(capsys, "rules", "cross-source")
    assert code == 0 and "Parameters:" not in out
