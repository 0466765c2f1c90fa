"""Hostile input: nothing read from a register or a document is ever run as code.

A register's relations are the one place where a file supplies something that
looks like an expression. Each malicious expression below must be refused by
the relation parser with one RegisterError naming the file, line and key; it
must create no file; and the whole check must work with ``eval``, ``exec`` and
sympy's string parsers replaced by functions that fail the test if called.
"""

from __future__ import annotations

import builtins
import sys
from pathlib import Path

import pytest

import plancheck
from plancheck.cli.main import EXIT_INPUT, main
from plancheck.errors import RegisterError
from plancheck.relations import parse_relation

HEAD = '''schema = 1

[document]
title = "测试规划"
plan_period = [2016, 2020]

[[indicator]]
id = "gdp"
name = "地区生产总值"
unit = "亿元"

  [[indicator.figure]]
  kind = "level"
  role = "target"
  year = 2020
  value = "13078"

[[indicator]]
id = "fai"
name = "全社会固定资产投资"
unit = "亿元"

  [[indicator.figure]]
  kind = "level"
  role = "target"
  year = 2020
  value = "18908"
'''


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def malicious(marker: Path) -> list[tuple[str, str]]:
    """(case id, expression); ``marker`` is the file a successful attack would create."""
    return [
        ("import-system", f"__import__('os').system('touch {marker}')"),
        ("import-system-compared", f"__import__('os').system('touch {marker}') <= 1"),
        ("class-bases", "().__class__.__bases__"),
        ("class-bases-compared", "().__class__.__bases__[0].__subclasses__() <= gdp"),
        ("lambda", "(lambda: __import__('os').system('x'))() <= 1"),
        ("lambda-bare", "lambda x: x <= 1"),
        ("attribute", "gdp.__class__ <= 1"),
        ("attribute-call", "gdp.real.conjugate() <= 1"),
        ("fstring", "f'{gdp}' <= 1"),
        ("fstring-double", 'f"{__import__(\'os\')}" <= 1'),
        ("subscript", "gdp[0] <= 1"),
        ("keyword-arg", "open(file='/etc/passwd') <= 1"),
        ("semicolon", "gdp <= 1; import os"),
        ("power-bomb", "9 ** 9 ** 9 <= gdp"),
        ("sympy-func", "Function('f')(gdp) <= 1"),
        ("very-long", "gdp + " * 20_000 + "gdp <= 1"),
        ("nested-10000", "(" * 10_000 + "gdp" + ")" * 10_000 + " <= 1"),
        ("nested-unary", "-" * 5_000 + "gdp <= 1"),
        ("walrus", "(x := 1) <= gdp"),
        ("backquote-newline", "`gdp\n` <= 1"),
    ]


CASES = malicious(Path("/tmp/plancheck-security-marker"))


def write_register(tmp_path: Path, expr: str) -> Path:
    path = tmp_path / "targets.toml"
    path.write_text(HEAD + f"\n[[relation]]\nid = \"r\"\nexpr = {toml_str(expr)}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case, expr", CASES, ids=[c for c, _ in CASES])
def test_parser_refuses_each_malicious_expression(case, expr):
    with pytest.raises(RegisterError) as err:
        parse_relation(expr, path="targets.toml", line=40, key="relation[0].expr")
    text = str(err.value)
    assert text.startswith("targets.toml:40 [relation[0].expr]: ")
    assert "\n" not in text and len(text) < 300


@pytest.mark.parametrize("case, expr", CASES, ids=[c for c, _ in CASES])
def test_malicious_register_is_a_one_line_input_error_and_runs_nothing(case, expr, tmp_path, capsys):
    """The loader parses every relation: exit 2 naming file, line and key; no code runs."""
    marker = tmp_path / "pwned"
    expr = expr.replace("/tmp/plancheck-security-marker", str(marker))
    reg = write_register(tmp_path, expr)
    before = reg.read_bytes()
    code = main(["check", str(reg)])
    out, err = capsys.readouterr()
    assert code == EXIT_INPUT and out == ""
    lines = err.strip().splitlines()
    line = reg.read_text(encoding="utf-8").splitlines().index(f"expr = {toml_str(expr)}") + 1
    assert len(lines) == 1 and f"{reg}:{line} [relation[0].expr]: cannot read relation" in lines[0]
    assert "Traceback" not in err and len(lines[0]) < 400
    with pytest.raises(RegisterError):
        plancheck.load(reg)
    assert not marker.exists()
    assert reg.read_bytes() == before


def test_malicious_register_given_with_a_document(tmp_path, capsys):
    marker = tmp_path / "pwned"
    reg = write_register(tmp_path, f"__import__('os').system('touch {marker}') <= 1")
    doc = tmp_path / "plan.txt"
    doc.write_text("新疆维吾尔自治区第十三个五年规划纲要\n到2020年，地区生产总值达到 13078 亿元。\n", encoding="utf-8")
    for command in ("check", "extract"):
        code = main([command, str(doc), "--register", str(reg)])
        _, err = capsys.readouterr()
        assert code == EXIT_INPUT and "[relation[0].expr]" in err and len(err.strip().splitlines()) == 1
    assert not marker.exists()


def _forbid(name: str):
    def refuse(*args, **kwargs):
        raise AssertionError(f"{name} was called with {str(args)[:80]}")
    return refuse


def _forbid_strings(real, name: str):
    """sympy's own arithmetic calls sympify on objects; only text parsing is forbidden."""
    def guarded(a, *args, **kwargs):
        if isinstance(a, (str, bytes)):
            raise AssertionError(f"{name} was asked to parse {a!r:.80}")
        return real(a, *args, **kwargs)
    return guarded


GOOD_RELATIONS = '''
[[relation]]
expr = "fai <= gdp"
year = 2020

[[relation]]
expr = "gdp@兵团 <= gdp / 2"
year = 2020

[[relation]]
expr = "gdp <= 2 * fai"
'''


def test_whole_check_works_without_eval_exec_or_sympify(tmp_path, monkeypatch):
    import sympy
    import sympy.parsing.sympy_parser

    sympify_module = sys.modules["sympy.core.sympify"]  # sympy.core.sympify is the function

    reg = tmp_path / "targets.toml"
    reg.write_text(HEAD + GOOD_RELATIONS, encoding="utf-8")
    expected = [(f.severity, f.message) for f in plancheck.load(reg).check().findings]  # warm imports
    monkeypatch.setattr(builtins, "eval", _forbid("eval"))
    monkeypatch.setattr(builtins, "exec", _forbid("exec"))
    monkeypatch.setattr(sympy, "sympify", _forbid_strings(sympy.sympify, "sympify"))
    monkeypatch.setattr(sympify_module, "sympify", _forbid_strings(sympify_module.sympify, "sympify"))
    monkeypatch.setattr(sympy, "parse_expr", _forbid("parse_expr"))
    monkeypatch.setattr(sympy.parsing.sympy_parser, "parse_expr", _forbid("parse_expr"))
    report = plancheck.load(reg).check()
    got = [(f.severity, f.message) for f in report.findings]
    assert got == expected
    assert not [f for f in report.findings if f.rule == "internal-error"]
    relation = [f for f in report.findings if f.rule == "relation"]
    assert {f.severity for f in relation} == {"error", "info"}   # fai > gdp; gdp@兵团 solved for
    assert any("implies gdp@兵团" in f.message for f in relation)


CODE_LIKE = """新疆维吾尔自治区国民经济和社会发展第十三个五年规划纲要

__import__('os').system('touch {marker}')
{{{{7*7}}}} ${{jndi:ldap://127.0.0.1/a}} <script>alert(1)</script> `rm -rf /` $(touch {marker})
到2020年，地区生产总值达到 13078 亿元，eval('1+1') 年均增长 7%左右。
lambda: exec("open('{marker}', 'w')")
"""


def test_document_with_code_like_text_is_only_data(tmp_path, capsys):
    marker = tmp_path / "pwned"
    doc = tmp_path / "plan.txt"
    doc.write_text(CODE_LIKE.format(marker=marker), encoding="utf-8")
    before = doc.read_bytes()
    code = main(["extract", str(doc), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert "13078" in out
    code = main(["check", str(doc)])
    capsys.readouterr()
    assert code in (0, 1)
    assert not marker.exists()
    assert doc.read_bytes() == before


def test_register_values_with_code_are_refused_as_data(tmp_path, capsys):
    marker = tmp_path / "pwned"
    reg = tmp_path / "targets.toml"
    reg.write_text(HEAD.replace('value = "13078"', f'value = "__import__(\'os\').system(\'touch {marker}\')"'),
                   encoding="utf-8")
    code = main(["check", str(reg)])
    _, err = capsys.readouterr()
    assert code == EXIT_INPUT
    assert len(err.strip().splitlines()) == 1 and "[indicator[0].figure[0].value]" in err
    assert not marker.exists()
