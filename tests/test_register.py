"""The register loader: every malformed targets.toml is one RegisterError naming
the file, the line and the key, and ``plancheck check bad.toml`` prints that
one line and exits with code 2, without a traceback.

Each case is a register text in which the line the error must name carries
the marker comment ``# <-``; the expected line number is read from it, so the
cases stay readable and the numbers cannot drift.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plancheck.cli.main import EXIT_INPUT, main
from plancheck.errors import RegisterError
from plancheck.register import load_register, parse_register

MARK = "# <-"

HEAD = '''schema = 1

[document]
title = "测试规划"
path = "plan.txt"
plan_period = [2016, 2020]
'''

INDICATOR = '''
[[indicator]]
id = "gdp"
name = "地区生产总值"
unit = "亿元"
basis = "real"

  [[indicator.figure]]
  kind = "level"
  role = "actual"
  year = 2015
  value = "9324.8"
  line = 268
  table = "专栏2"

  [[indicator.figure]]
  kind = "growth_rate"
  role = "target"
  period = [2015, 2020]
  value = "7左右"
  line = 268
'''

GOOD = HEAD + INDICATOR


def edit(old: str, new: str, text: str = GOOD) -> str:
    """Replace the first occurrence of ``old`` (which must occur) in ``text``."""
    assert old in text, old
    return text.replace(old, new, 1)


def second_figure(old: str, new: str) -> str:
    """Edit a line of the second figure (the growth rate) only."""
    head, sep, tail = GOOD.rpartition("  [[indicator.figure]]")
    assert old in tail, old
    return head + sep + tail.replace(old, new, 1)


# (case id, register text with the offending line marked, key the error must name,
#  words the message must contain)
CASES = [
    # --- not TOML at all
    ("toml-table-header", edit("[document]", f"[document {MARK}"), None, "not valid TOML"),
    ("toml-unterminated-string", edit('value = "9324.8"', f'value = "9324.8 {MARK}'), "value",
     "not valid TOML"),
    ("toml-duplicate-key", edit('name = "地区生产总值"', f'name = "地区生产总值"\nname = "GDP" {MARK}'),
     "name", "not valid TOML"),
    ("toml-bad-number", edit('line = 268', f'line = 26.8.1 {MARK}'), "line", "not valid TOML"),
    # --- unknown keys, at every level
    ("unknown-top", edit("schema = 1", f'schema = 1\ntitel = "x" {MARK}'), "titel", "unknown key"),
    ("unknown-top-table", GOOD + f"\n[settings] {MARK}\nfail_on = 'error'\n", "settings",
     "unknown key"),
    ("unknown-document", edit('path = "plan.txt"', f'paht = "plan.txt" {MARK}'), "document.paht",
     "unknown key"),
    ("unknown-plancheck", GOOD + f'\n[plancheck]\nfail_at = "error" {MARK}\n', "plancheck.fail_at",
     "unknown key"),
    ("unknown-indicator", edit('unit = "亿元"', f'units = "亿元" {MARK}'), "indicator[0].units",
     "unknown key"),
    ("unknown-figure", second_figure('value = "7左右"', f'valeu = "7左右" {MARK}'),
     "indicator[0].figure[1].valeu", "unknown key"),
    ("unknown-relation", GOOD + f'\n[[relation]]\nexpr = "a = b"\nexpression = "a" {MARK}\n',
     "relation[0].expression", "unknown key"),
    # --- wrong types
    ("schema-string", edit("schema = 1", f'schema = "1" {MARK}'), "schema", "integer"),
    ("schema-unsupported", edit("schema = 1", f"schema = 2 {MARK}"), "schema", "unsupported"),
    ("document-not-table", edit("[document]\n", "").replace('title = "测试规划"\n', "")
     .replace('path = "plan.txt"\n', "").replace("plan_period = [2016, 2020]\n",
                                                  f'document = "plan.txt" {MARK}\n'),
     "document", "must be a table"),
    ("document-title-int", edit('title = "测试规划"', f"title = 5 {MARK}"), "document.title",
     "must be a string"),
    ("document-plan-period", edit("plan_period = [2016, 2020]", f"plan_period = [2016] {MARK}"),
     "document.plan_period", "[first_year, last_year]"),
    ("document-plan-period-order", edit("plan_period = [2016, 2020]",
                                        f"plan_period = [2020, 2016] {MARK}"),
     "document.plan_period", "after"),
    ("plancheck-ignore-string", GOOD + f'\n[plancheck]\nignore = "growth" {MARK}\n',
     "plancheck.ignore", "list of strings"),
    ("plancheck-fail-on", GOOD + f'\n[plancheck]\nfail_on = "fatal" {MARK}\n', "plancheck.fail_on",
     "must be one of"),
    ("indicator-not-array", edit("[[indicator]]", f"[indicator] {MARK}"), "indicator",
     "array of tables"),
    ("id-int", edit('id = "gdp"', f"id = 5 {MARK}"), "indicator[0].id", "non-empty string"),
    ("id-missing", edit('id = "gdp"\n', "").replace("[[indicator]]", f"[[indicator]] {MARK}"),
     "indicator[0].id", "non-empty string"),
    ("id-spaces", edit('id = "gdp"', f'id = "gross product" {MARK}'), "indicator[0].id",
     "may only use"),
    ("name-empty", edit('name = "地区生产总值"', f'name = "  " {MARK}'), "indicator[0].name",
     "non-empty string"),
    ("aliases-string", edit('unit = "亿元"', f'unit = "亿元"\naliases = "GDP" {MARK}'),
     "indicator[0].aliases", "list of strings"),
    ("unit-int", edit('unit = "亿元"', f"unit = 1 {MARK}"), "indicator[0].unit", "must be a string"),
    ("basis-list", edit('basis = "real"', f'basis = ["real"] {MARK}'), "indicator[0].basis",
     "must be one of"),
    ("basis-word", edit('basis = "real"', f'basis = "constant" {MARK}'), "indicator[0].basis",
     "must be one of"),
    ("direction-word", edit('basis = "real"', f'basis = "real"\ndirection = "up" {MARK}'),
     "indicator[0].direction", "must be one of"),
    ("attribute-chinese", edit('basis = "real"', f'basis = "real"\nattribute = "预期性" {MARK}'),
     "indicator[0].attribute", "must be one of"),
    ("group-int", edit('basis = "real"', f'basis = "real"\ngroup = 1 {MARK}'),
     "indicator[0].group", "must be a string"),
    ("figure-not-array", edit('basis = "real"', f'basis = "real"\nfigure = "none" {MARK}')
     .split("\n  [[indicator.figure]]")[0] + "\n", "indicator[0].figure", "array of tables"),
    ("year-string", edit("year = 2015", f'year = "2015" {MARK}'), "indicator[0].figure[0].year",
     "integer"),
    ("year-float", edit("year = 2015", f"year = 2015.0 {MARK}"), "indicator[0].figure[0].year",
     "integer"),
    ("year-missing", edit("  year = 2015\n", "").replace("  [[indicator.figure]]",
                                                       f"  [[indicator.figure]] {MARK}", 1),
     "indicator[0].figure[0].year", "needs 'year'"),
    ("period-one-year", edit("period = [2015, 2020]", f"period = [2015] {MARK}"),
     "indicator[0].figure[1].period", "[start_year, end_year]"),
    ("period-strings", edit("period = [2015, 2020]", f'period = ["2015", 2020] {MARK}'),
     "indicator[0].figure[1].period", "[start_year, end_year]"),
    ("year-disagrees-with-period", edit("period = [2015, 2020]",
                                        f"period = [2015, 2020]\n  year = 2019 {MARK}"),
     "indicator[0].figure[1].year", "disagrees"),
    ("line-zero", edit("line = 268", f"line = 0 {MARK}"), "indicator[0].figure[0].line",
     "positive integer"),
    ("line-string", edit("line = 268", f'line = "268" {MARK}'), "indicator[0].figure[0].line",
     "positive integer"),
    ("table-int", edit('table = "专栏2"', f"table = 2 {MARK}"), "indicator[0].figure[0].table",
     "must be a string"),
    ("note-bool", edit('table = "专栏2"', f'table = "专栏2"\n  note = true {MARK}'),
     "indicator[0].figure[0].note", "must be a string"),
    ("relation-no-expr", GOOD + f'\n[[relation]] {MARK}\nnote = "x"\n', "relation[0].expr",
     "expr"),
    ("relation-severity", GOOD + f'\n[[relation]]\nexpr = "a = b"\nseverity = "fatal" {MARK}\n',
     "relation[0].severity", "must be one of"),
    ("relation-year-string", GOOD + f'\n[[relation]]\nexpr = "a = b"\nyear = "2020" {MARK}\n',
     "relation[0].year", "integer"),
    # --- values must be strings as printed (precision lives in the text)
    ("value-float", edit('value = "9324.8"', f"value = 9324.8 {MARK}"),
     "indicator[0].figure[0].value", "must be a string"),
    ("value-float-growth", second_figure('value = "7左右"', f"value = 7.0 {MARK}"),
     "indicator[0].figure[1].value", "must be a string"),
    ("value-bool", edit('value = "9324.8"', f"value = true {MARK}"),
     "indicator[0].figure[0].value", "must be a string"),
    ("value-missing", edit('  value = "9324.8"\n', "").replace("  [[indicator.figure]]",
                                                             f"  [[indicator.figure]] {MARK}", 1),
     "indicator[0].figure[0].value", "must be a string"),
    ("value-empty", edit('value = "9324.8"', f'value = "" {MARK}'),
     "indicator[0].figure[0].value", "empty"),
    ("value-unreadable", edit('value = "9324.8"', f'value = "9324..8" {MARK}'),
     "indicator[0].figure[0].value", "cannot read"),
    # --- duplicate ids
    ("duplicate-id", GOOD + INDICATOR.replace('id = "gdp"', f'id = "gdp" {MARK}'),
     "indicator[1].id", "duplicate indicator id 'gdp'"),
    # --- unknown units
    ("unit-unknown", edit('unit = "亿元"', f'unit = "亿箩筐" {MARK}'), "indicator[0].unit",
     "unknown unit"),
    ("figure-unit-unknown", edit('table = "专栏2"', f'table = "专栏2"\n  unit = "bananas" {MARK}'),
     "indicator[0].figure[0].unit", "unknown unit"),
    # --- years: the baseline must come before the target
    ("baseline-after-target", edit("period = [2015, 2020]", f"period = [2020, 2015] {MARK}"),
     "indicator[0].figure[1].period", "baseline year 2020 is not before target year 2015"),
    ("baseline-equals-target", edit("period = [2015, 2020]", f"period = [2015, 2015] {MARK}"),
     "indicator[0].figure[1].period", "not before"),
    # --- kinds and roles
    ("kind-unknown", edit('kind = "level"', f'kind = "levels" {MARK}'),
     "indicator[0].figure[0].kind", "kind must be one of"),
    ("kind-missing", edit('  kind = "level"\n', "").replace("  [[indicator.figure]]",
                                                          f"  [[indicator.figure]] {MARK}", 1),
     "indicator[0].figure[0].kind", "kind must be one of"),
    ("kind-list", edit('kind = "level"', f'kind = ["level"] {MARK}'),
     "indicator[0].figure[0].kind", "kind must be one of"),
    ("role-unknown", edit('role = "actual"', f'role = "estimate" {MARK}'),
     "indicator[0].figure[0].role", "role must be one of"),
]


def marked_line(text: str) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if MARK in line]
    assert len(lines) == 1, "each case marks exactly one line"
    return lines[0]


@pytest.fixture
def write(tmp_path):
    def write(text: str, name: str = "bad.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return write


def test_the_base_register_of_the_cases_is_valid(write):
    reg = load_register(write(GOOD, "good.toml"))
    assert list(reg.indicators) == ["gdp"]
    assert [c.quantity.text for c in reg.claims] == ["9324.8", "7左右"]


@pytest.mark.parametrize("text, key, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_register_is_one_register_error(write, text, key, words):
    path = write(text)
    with pytest.raises(RegisterError) as info:
        load_register(path)
    err = info.value
    assert (err.path, err.line, err.key) == (str(path), marked_line(text), key)
    assert words in err.message
    assert "\n" not in str(err)


@pytest.mark.parametrize("text, key, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cli_reports_malformed_register_in_one_line(write, capsys, text, key, words):
    path = write(text)
    assert main(["check", str(path)]) == EXIT_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"plancheck: {path}:{marked_line(text)}")
    if key is not None:
        assert f"[{key}]" in lines[0]
    assert words in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("case", ["toml-unterminated-string", "unknown-figure", "unit-unknown",
                                  "value-float", "baseline-after-target", "basis-list"])
def test_cli_process_exits_2_without_traceback(write, case):
    """The real process, not just main(): nothing escapes as a traceback."""
    _, text, key, words = next(c for c in CASES if c[0] == case)
    path = write(text)
    proc = subprocess.run([sys.executable, "-m", "plancheck.cli.main", "check", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert f"{path}:{marked_line(text)}" in proc.stderr and words in proc.stderr


def test_unreadable_files(tmp_path, write):
    with pytest.raises(RegisterError, match="no such file"):
        load_register(tmp_path / "missing.toml")
    with pytest.raises(RegisterError, match="is a folder"):
        load_register(tmp_path)
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(GOOD.replace("测试规划", "caf\u00e9").encode("latin-1", "replace"))
    with pytest.raises(RegisterError, match="not UTF-8") as info:
        load_register(bad)
    assert info.value.path == str(bad)


def test_cli_missing_register_is_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing.toml")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.toml" in err and "no such file" in err


def test_unknown_unit_is_a_register_error_not_only_a_unit_error(write):
    """The file is at fault, so callers catching RegisterError must see it."""
    with pytest.raises(RegisterError, match="unknown unit '亿箩筐'"):
        load_register(write(edit('unit = "亿元"', 'unit = "亿箩筐"')))


def test_first_error_wins_and_names_its_own_line(write):
    """Two mistakes: the error names the first one (figure 0), not the second."""
    text = second_figure('value = "7左右"', "value = 7.0")
    text = edit('kind = "level"', f'kind = "levels" {MARK}', text)
    with pytest.raises(RegisterError) as info:
        load_register(write(text))
    assert info.value.line == marked_line(text)


def test_integer_values_are_accepted_as_printed(write):
    """An integer loses no printed precision, so ``value = 412`` is allowed (a float is not)."""
    reg = load_register(write(edit('value = "9324.8"', "value = 412")))
    claim = reg.claims[0]
    assert claim.quantity.text == "412" and claim.interval().lo == 411.5


def test_values_keep_their_printed_form(write):
    cases = ["(8800)", "10 以上", "[10]", "<[10]", "4.5以内", "[1.18以上]", "—", "控制在国家下达指标内"]
    for value in cases:
        reg = load_register(write(edit('value = "9324.8"', f'value = "{value}"')))
        assert reg.claims[0].quantity.text == value


def test_five_year_total_note_marks_the_claim(write):
    text = edit('kind = "level"', 'kind = "cumulative_change"').replace(
        "year = 2015", "period = [2010, 2015]", 1).replace('value = "9324.8"', 'value = "[151.5]"')
    text = edit('table = "专栏2"', 'table = "专栏2"\n  note = "five-year total"', text)
    claim = load_register(write(text)).claims[0]
    assert {k: claim.extra[k] for k in ("note", "total")} == {"note": "five-year total", "total": True}
    assert claim.unit == "亿元" and claim.period == (2010, 2015)


def test_default_units_of_figures(write):
    text = GOOD.replace('unit = "亿元"', 'unit = "%"')
    text += '''
  [[indicator.figure]]
  kind = "cumulative_change"
  period = [2015, 2020]
  value = "[10]"

  [[indicator.figure]]
  kind = "reduction"
  period = [2015, 2020]
  value = "[33]"
'''
    claims = load_register(write(text)).claims
    assert [c.unit for c in claims] == ["%", "%", "百分点", "%"]


def test_figure_locations_point_into_the_document_beside_the_register(tmp_path, write):
    reg = load_register(write(GOOD, "good.toml"))
    assert reg.claims[0].source.path == str(tmp_path / "plan.txt")
    assert reg.claims[0].source.line == 268
    assert reg.document_path == str(tmp_path / "plan.txt")


def test_relations_and_settings_are_kept(write):
    text = GOOD + '''
[[relation]]
expr = "services_share + industry_share <= 100"
severity = "warning"

[plancheck]
fail_on = "warning"
ignore = ["direction"]
'''
    reg = load_register(write(text))
    assert reg.relations[0]["id"] == "relation-1" and reg.relations[0]["severity"] == "warning"
    assert reg.relations[0]["_line"] == text.splitlines().index(
        'expr = "services_share + industry_share <= 100"') + 1
    assert reg.settings == {"fail_on": "warning", "ignore": ["direction"]}


def test_parse_register_without_a_file():
    reg = parse_register(GOOD, "inline.toml")
    assert reg.path == "inline.toml" and len(reg.claims) == 2
    with pytest.raises(RegisterError) as info:
        parse_register(edit('kind = "level"', 'kind = "levels"'), "inline.toml")
    assert str(info.value).startswith("inline.toml:")
