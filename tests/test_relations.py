"""Register relations: the restricted parser, interval arithmetic, and the rule.

The register is written by someone else, so the parser must refuse everything
outside its small grammar with one RegisterError naming file, line and key; the
rule must call an error only when no reading of the printed figures agrees.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import plancheck
from plancheck.errors import RegisterError
from plancheck.numbers import Interval
from plancheck.relations import (MAX_DEPTH, MAX_LENGTH, Bin, Neg, Num, Sym, divide, evaluate,
                                 multiply, parse_relation, satisfiable)

HEAD = '''schema = 1

[document]
title = "测试规划"
plan_period = [2016, 2020]
'''


def indicator(ind_id: str, name: str, *figures: tuple, unit: str = "万人") -> str:
    """An [[indicator]] block; each figure is (year, value, role[, region])."""
    out = f'\n[[indicator]]\nid = "{ind_id}"\nname = "{name}"\nunit = "{unit}"\n'
    for fig in figures:
        year, value, role = fig[:3]
        out += (f'\n  [[indicator.figure]]\n  kind = "level"\n  role = "{role}"\n'
                f'  year = {year}\n  value = "{value}"\n')
        if len(fig) > 3:
            out += f'  region = "{fig[3]}"\n'
    return out


def relation(expr: str, **keys) -> str:
    extra = "".join(f"{k} = {v!r}\n" if isinstance(v, str) else f"{k} = {v}\n" for k, v in keys.items())
    return f'\n[[relation]]\nexpr = "{expr}"\n{extra}'


JOBS = indicator("jobs", "城镇新增就业", (2020, "220以上", "target"), (2020, "60", "target", "南疆"),
                 (2015, "40", "actual"), (2015, "45", "actual", "南疆"))
PARTS = indicator("a", "甲", (2020, "30", "target")) + indicator("b", "乙", (2020, "50", "target")) \
    + indicator("total", "合计", (2020, "100", "target"), (2020, "11000", "actual"))


def check(tmp_path: Path, body: str):
    path = tmp_path / "targets.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    report = plancheck.load(path).check(select=["relation"])
    return [f for f in report.findings if f.rule == "relation"]


# --- parsing ------------------------------------------------------------------

def test_parse_builds_the_tree_with_regions_and_precedence():
    rel = parse_relation("jobs@南疆 + 2 * x <= -(total - 1) / 3")
    assert rel.op == "<="
    assert rel.left == Bin("+", Sym("jobs", "南疆"), Bin("*", Num("2"), Sym("x")))
    assert rel.right == Bin("/", Neg(Bin("-", Sym("total"), Num("1"))), Num("3"))
    assert [s.key for s in rel.symbols] == ["jobs@南疆", "x", "total"]


def test_parse_accepts_cjk_names_backquotes_and_full_width_operators():
    rel = parse_relation("城镇新增就业 ≤ `my-id` ＋ 1.5")
    assert rel.op == "<="
    assert [s.id for s in rel.symbols] == ["城镇新增就业", "my-id"]


@pytest.mark.parametrize("expr, words", [
    ("a <= ", "expected a number or an indicator id, found the end"),
    ("a + b", "expected a comparison"),
    ("a = b", "'=' is not a comparison"),
    ("a != b", "'!=' is not a comparison"),
    ("a < b < c", "second comparison"),
    ("(a <= b", "expected ')'"),
    ("a <= b)", "unexpected ')'"),
    ("a@ <= b", "region name after '@'"),
    ("a ** 2 <= b", "expected a number or an indicator id, found '*'"),
    ("a <= 'b'", "unexpected character \"'\""),
    ("a.__class__ <= 1", "names with '__' are refused"),
    ("a <= 1" + "0" * 40, "more than 30 digits"),
    ("", "needs one such as"),
])
def test_parse_errors_name_file_line_key_and_what_is_wrong(expr, words):
    with pytest.raises(RegisterError) as err:
        parse_relation(expr, path="t.toml", line=7, key="relation[0].expr")
    text = str(err.value)
    assert text.startswith("t.toml:7 [relation[0].expr]: ")
    assert words in text
    assert "\n" not in text


def test_parse_limits_length_and_depth():
    with pytest.raises(RegisterError, match="over the limit"):
        parse_relation("a + " * MAX_LENGTH + "a <= 1")
    deep = "(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1) + " <= 1"
    with pytest.raises(RegisterError, match="nested deeper"):
        parse_relation(deep)
    ok = "(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH + " <= 1"
    assert parse_relation(ok).left == Sym("a")


# --- interval arithmetic ------------------------------------------------------------

def test_multiply_and_divide_cover_every_product_and_quotient():
    m = multiply(Interval(-2, 3), Interval(4, 5))
    assert m.lo <= -10 and m.hi >= 15 and m.lo > -10.001 and m.hi < 15.001
    assert multiply(Interval(0, 1), Interval(5, math.inf, True, False)).lo == pytest.approx(0)
    d = divide(Interval(1, 2), Interval(4, 8))
    assert d.lo <= 0.125 and d.hi >= 0.5 and d.hi < 0.5001
    assert divide(Interval(1, 2), Interval(-1, 1)) == Interval(-math.inf, math.inf, False, False)


def test_satisfiable_respects_open_and_closed_ends():
    assert satisfiable("<=", Interval(5, 6), Interval(4, 5))          # 5 <= 5
    assert not satisfiable("<", Interval(5, 6), Interval(4, 5))       # nothing below 5 in [5,6]
    assert not satisfiable("<=", Interval(5, 6, False), Interval(4, 5))
    assert satisfiable(">", Interval(5, 6), Interval(4, 5.5))
    assert not satisfiable("==", Interval(1, 2), Interval(3, 4))
    assert satisfiable(">=", Interval(1, 2), Interval(2, 4))


def test_evaluate_over_approximates_repeated_symbols():
    rel = parse_relation("x - x <= 0")
    iv = evaluate(rel.left, {"x": Interval(1, 2)})
    assert iv.lo <= -1 and iv.hi >= 1   # each occurrence ranges on its own: never too narrow


# --- the rule on registers -----------------------------------------------------------

def test_region_within_whole_holds(tmp_path):
    assert check(tmp_path, JOBS + relation("jobs@南疆 <= jobs", year=2020)) == []


def test_broken_relation_is_an_error_with_both_figures_and_the_register_line(tmp_path):
    found = check(tmp_path, JOBS + relation("jobs@南疆 >= jobs", year=2020))
    assert len(found) == 1
    f = found[0]
    assert f.severity == "error" and "does not hold in 2020" in f.message
    texts = " ".join(loc.text for loc in f.locations)
    assert "220以上" in texts and "60" in texts
    reg = [loc for loc in f.locations if loc.path.endswith("targets.toml") and "expr" in loc.text]
    assert reg and reg[0].line == (HEAD + JOBS).count("\n") + 3


def test_without_year_every_common_year_is_checked(tmp_path):
    # 2015: 45 (南疆) > 40 (whole) is broken; 2020: 60 <= 220以上 holds
    found = check(tmp_path, JOBS + relation("jobs@南疆 <= jobs"))
    assert [f.message.rsplit(" ", 1)[-1] for f in found] == ["2015"]
    assert found[0].severity == "error"


def test_target_preferred_to_actual_in_the_same_year(tmp_path):
    body = indicator("x", "甲", (2020, "10", "target"), (2020, "99", "actual"))
    assert check(tmp_path, body + relation("x <= 10.5", year=2020)) == []
    assert len(check(tmp_path, body + relation("x >= 50", year=2020))) == 1


def test_rounding_interval_saves_a_near_relation(tmp_path):
    # 30 + 50 vs 80.4: 30 and 50 may be 30.49 and 50.49, so 80.4 is reachable
    body = PARTS + relation("a + b >= 80.4", year=2020)
    assert check(tmp_path, body) == []
    assert len(check(tmp_path, PARTS + relation("a + b >= 81.1", year=2020))) == 1


def test_loose_reading_downgrades_to_warning(tmp_path):
    body = indicator("big", "大", (2020, "11000", "target")) + relation("big >= 11200", year=2020)
    found = check(tmp_path, body)
    assert [f.severity for f in found] == ["warning"]


def test_severity_key_sets_the_level(tmp_path):
    found = check(tmp_path, PARTS + relation("a >= b", year=2020, severity="info"))
    assert [f.severity for f in found] == ["info"]


def test_unknown_indicator_is_a_warning_not_a_check(tmp_path):
    found = check(tmp_path, PARTS + relation("a + nosuch <= total", year=2020))
    assert [f.severity for f in found] == ["warning"]
    assert "nosuch" in found[0].message


def test_one_missing_figure_is_solved_for(tmp_path):
    body = PARTS + indicator("c", "丙", (2015, "1", "actual")) + relation("a + b + c <= total", year=2020)
    found = check(tmp_path, body)
    assert [f.severity for f in found] == ["info"]
    msg = found[0].message
    assert "c has no figure" in msg and "implies c in (-∞, " in msg
    upper = msg.rsplit("(-∞, ", 1)[1].split("]")[0]
    assert float(upper) == pytest.approx(21.5, abs=1e-6)   # sup(total) - inf(a) - inf(b) = 100.5 - 29.5 - 49.5


def test_solving_flips_for_a_negative_coefficient(tmp_path):
    body = PARTS + indicator("c", "丙", (2015, "1", "actual")) + relation("total - 2 * c <= a", year=2020)
    msg = check(tmp_path, body)[0].message
    # 2c >= total - a  ->  c >= (99.5 - 30.5) / 2 = 34.5
    assert "implies c in [34.5" in msg


def test_two_missing_figures_are_reported_not_guessed(tmp_path):
    body = PARTS + relation("a + c + d <= total", year=2020) + indicator("c", "丙") + indicator("d", "丁")
    found = check(tmp_path, body)
    assert [f.severity for f in found] == ["info"] and "no figure for c, d" in found[0].message


def test_relation_in_document_with_register(tmp_path):
    doc = tmp_path / "plan.txt"
    doc.write_text("新疆维吾尔自治区国民经济和社会发展第十三个五年规划纲要\n\n"
                   "到2020年，城镇新增就业220万人以上。\n", encoding="utf-8")
    reg = tmp_path / "targets.toml"
    reg.write_text(HEAD + indicator("new_urban_jobs", "城镇新增就业") + relation("new_urban_jobs <= 100", year=2020),
                   encoding="utf-8")
    report = plancheck.load(doc, register=reg).check(select=["relation"])
    assert len(report.findings) == 1 and report.findings[0].severity == "error"


def test_corpus_relation_region_within_whole(xinjiang, tmp_path):
    """The real plan: 南疆四地州 60 万 new urban jobs within the region's 220 万以上."""
    reg = tmp_path / "targets.toml"
    reg.write_text(HEAD + indicator("new_urban_jobs", "城镇新增就业人数", unit="万人")
                   + relation("new_urban_jobs@南疆四地州 <= new_urban_jobs", year=2020)
                   + relation("new_urban_jobs@南疆四地州 * 4 >= new_urban_jobs", year=2020),
                   encoding="utf-8")
    report = plancheck.load(xinjiang, register=reg).check(select=["relation"])
    assert report.findings == []
    reg.write_text(reg.read_text(encoding="utf-8") + relation("new_urban_jobs@南疆四地州 * 3 >= new_urban_jobs",
                                                             year=2020), encoding="utf-8")
    report = plancheck.load(xinjiang, register=reg).check(select=["relation"])
    assert [f.severity for f in report.findings] == ["error"]
    assert any(loc.line == 1270 for loc in report.findings[0].locations)


def test_an_equation_not_linear_in_the_unknown_is_solved(tmp_path):
    """population = gdp × 10000 / gdp_per_capita, on intervals."""
    from plancheck import load

    reg = tmp_path / "targets.toml"
    reg.write_text('''schema = 1
[[indicator]]
id = "gdp"
name = "地区生产总值"
unit = "亿元"
  [[indicator.figure]]
  kind = "level"
  year = 2020
  value = "13078"
[[indicator]]
id = "gdp_per_capita"
name = "人均地区生产总值"
unit = "元"
  [[indicator.figure]]
  kind = "level"
  year = 2020
  value = "52000"
[[indicator]]
id = "population"
name = "总人口"
unit = "万人"
[[relation]]
expr = "gdp * 10000 / population == gdp_per_capita"
year = 2020
''', "utf-8")
    found = [f for f in load(reg).check().findings if f.rule == "relation"]
    assert len(found) == 1 and found[0].severity == "info"
    assert "population in [2514.88, 2515.12]" in found[0].message  # 13078e4 / 52000, both ± half a unit
