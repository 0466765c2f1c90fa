"""The reproducers of issue 13 (../shared/repro/, copied small into tests/data/repro/),
each a test: what hung, crashed or printed noise now finishes, reports or refuses.

No test here asserts a time: a hang fails through pytest-timeout (pyproject.toml),
and growth is measured as a ratio (tests/growth.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import plancheck
from plancheck.cli.main import main

from growth import assert_linear

REPRO = Path(__file__).resolve().parent / "data" / "repro"


def cli(argv, capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- share-of-120-spaces.txt, share-of-30-tr-tags.txt: SHARE_OF_WORDS backtracked (~n^5) ------

@pytest.mark.parametrize("name", ["share-of-120-spaces.txt", "share-of-30-tr-tags.txt"])
def test_share_of_then_whitespace_is_checked(name, capsys):
    """Was 29 s and 39 s; now an ordinary check (exit 0 or 1, nothing on stderr)."""
    code, out, err = cli(["check", REPRO / name], capsys)
    assert code in (0, 1) and err == "" and "claims" in out


@pytest.mark.parametrize("filler", [" ", "<tr>"])
def test_share_of_then_whitespace_grows_linearly(filler):
    """占 followed by a run of spaces or of HTML tags (which become spaces): linear."""
    def make(n: int) -> str:
        return "实现小麦高产田面积占" + filler * n + "60%，占总产的 75%。\n"

    assert_linear(lambda text: plancheck.load(text).check(), make, 250, what=f"占 + {filler!r} × n")


# --- growth-empty-interval.txt: a fix past ~1e16 crashed the growth rule -------------------

def test_fix_past_float_precision_is_reported_not_crashed(capsys, tmp_path):
    """A suggested level of ~2e17 (where a float has no room for half a unit) made
    numbers.Interval raise "empty interval": now an ordinary growth error with fixes."""
    plan = tmp_path / "huge.txt"
    plan.write_text("# 第十五个五年规划纲要\n\n专栏1 主要指标\n指标\t2025年\t2030年\t年均增长(%)\t属性\n"
                    "城镇居民人均可支配收入(元)\t26274.7\t26274.7\t38606\t预期性\n", "utf-8")
    code, out, err = cli(["check", plan], capsys)
    assert code == 1 and err == ""
    assert "internal-error" not in out and "error[growth]" in out and "fix: change" in out


def test_the_reproducer_row_wider_than_its_header_is_not_misread(capsys):
    """The reproducer's header lost a column (指 2015 年 预计 | 2020 年 | …) and its row has one
    cell more: read from its 属性 anchor, 38606 is the 2020 level and 8 the rate, consistent;
    the surplus 26274.7 is listed as unread, and there is no crash and no false error."""
    code, out, err = cli(["check", REPRO / "growth-empty-interval.txt"], capsys)
    assert code == 0 and err == "" and "internal-error" not in out and "error[" not in out
    code, out, err = cli(["extract", REPRO / "growth-empty-interval.txt", "--unparsed"], capsys)
    assert "cell beyond the columns of the header" in out and "26274.7" in out


@pytest.mark.parametrize("digits", [15, 16, 17, 20, 40, 300])
def test_printed_interval_of_any_magnitude_is_not_empty(digits):
    from plancheck.numbers import Printed

    from decimal import Decimal

    for text in ("9" * digits, "1" + "0" * (digits - 1), "1" * digits + ".5"):
        printed = Printed.parse(text)
        iv = printed.interval()
        assert iv.lo < iv.hi and Decimal(iv.lo) <= printed.value < Decimal(iv.hi)


# --- numpy-warning-on-stderr.txt: a RuntimeWarning of numpy on stderr --------------------------

def test_open_bounds_print_no_numpy_warning(tmp_path):
    """4以内 opens a bound (inf); inf - inf in arithmetic.cagr_bounds warned outside its
    errstate block. In a real process, so that stderr is the real one; in process the
    suite treats warnings from plancheck as errors (pyproject filterwarnings)."""
    proc = subprocess.run([sys.executable, "-m", "plancheck.cli.main", "check",
                           str(REPRO / "numpy-warning-on-stderr.txt")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode in (0, 1) and proc.stderr == "", proc.stderr


def test_cagr_bounds_of_open_and_zero_bounds_warn_nothing():
    import warnings

    from plancheck.arithmetic import cagr_bounds

    inf = float("inf")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lo, hi = cagr_bounds([3.9, 0.0, 1.0, -inf], [3.9, 0.0, inf, 1.0], [-inf, 1.0, 1.0, 0.0],
                             [4.0, inf, inf, 0.0], [5, 5, 5, 0])
    assert len(lo) == len(hi) == 4


# --- year-out-of-range.toml and other values out of range ---------------------------------------

def _one_line_exit_2(code: int, err: str, *words: str) -> str:
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    for w in words:
        assert w in err, err
    return err


def test_year_out_of_range_is_refused_with_file_line_and_key(capsys):
    path = REPRO / "year-out-of-range.toml"
    code, _, err = cli(["check", path], capsys)
    _one_line_exit_2(code, err, f"{path}:10 [indicator[0].figure[0].year]", "year 99999999999 is outside 1949–2100")


FIGURE = '''schema = 1
[[indicator]]
id = "gdp"
name = "地区生产总值"
unit = "亿元"
  [[indicator.figure]]
  kind = "{kind}"
  role = "target"
  {when}
  value = "{value}"
'''


@pytest.mark.parametrize("when, value, words", [
    ("year = 1948", "13078", "year 1948 is outside 1949–2100"),
    ("year = 2101", "13078", "year 2101 is outside"),
    ("year = 20200", "13078", "year 20200 is outside"),
    ("period = [1900, 2020]", "7", "year 1900 is outside"),
    ("year = 2020", "1" + "0" * 400, "number too large"),
])
def test_register_value_out_of_range_is_refused(when, value, words, tmp_path, capsys):
    path = tmp_path / "r.toml"
    kind = "growth_rate" if when.startswith("period") else "level"
    path.write_text(FIGURE.format(kind=kind, when=when, value=value), encoding="utf-8")
    code, _, err = cli(["check", path], capsys)
    _one_line_exit_2(code, err, f"{path}:", "[indicator[0].figure[0].", words)


@pytest.mark.parametrize("when", ["year = 1949", "year = 2100", "period = [2015, 2020]"])
def test_register_years_at_the_edges_load(when, tmp_path, capsys):
    path = tmp_path / "r.toml"
    kind = "growth_rate" if when.startswith("period") else "level"
    path.write_text(FIGURE.format(kind=kind, when=when, value="7"), encoding="utf-8")
    code, _, err = cli(["check", path], capsys)
    assert code in (0, 1) and err == ""


# --- a relation that divides by a figure that may be zero ---------------------------------------

RELATION = FIGURE.format(kind="level", when="year = 2020", value="13078") + '''
[[indicator]]
id = "pop"
name = "常住人口"
unit = "万人"
  [[indicator.figure]]
  kind = "level"
  role = "target"
  year = 2020
  value = "{pop}"

[[relation]]
id = "r"
expr = "{expr}"
'''


@pytest.mark.parametrize("expr, pop, fires", [
    ("gdp / 0 <= 1", "2500", "divides by 0, which is zero"),
    ("gdp / pop <= 1", "0", "divides by pop, which may be zero"),
    ("gdp / (pop - 2500) <= 1", "2500", "divides by (pop - 2500), which may be zero"),
    ("gdp / pop <= 1", "5以内", "may be zero"),       # 以内 opens the bound down to 0
    # near-misses: a divisor that cannot be zero, or one the register does not type
    ("gdp / pop <= 100", "2500", None),
    ("gdp / other <= 1", "2500", None),
    ("gdp * 0 <= 1", "2500", None),
    ("gdp / pop <= 1", "0.4", None),                 # [0.35, 0.45) holds no zero
])
def test_relation_dividing_by_a_possible_zero_is_refused_at_load(expr, pop, fires, tmp_path, capsys):
    path = tmp_path / "r.toml"
    path.write_text(RELATION.format(expr=expr, pop=pop), encoding="utf-8")
    code, _, err = cli(["check", path], capsys)
    if fires is None:
        assert code in (0, 1) and err == "", err
    else:
        _one_line_exit_2(code, err, f"{path}:", "[relation[0].expr]", fires)


# --- register-n-indicators.py: loading was quadratic ---------------------------------------------

def test_register_loading_grows_linearly():
    """1 000 indicators took 9 s and 3 000 took 57 s (a scan per figure for its block);
    400 and 3 200 indicators: the larger may take at most 24x the time (linear ≈ 8x). At
    about 50 µs an indicator the larger run is ~0.15 s, well above the floor under which
    assert_linear does not decide (1 200 indicators came near it once loading got faster)."""
    import importlib.util

    from plancheck.register import parse_register

    spec = importlib.util.spec_from_file_location("bench", Path(__file__).resolve().parents[1]
                                                  / "benchmarks" / "register_load.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert_linear(lambda text: parse_register(text, "r.toml"), bench.register_text, 400,
                  what="register loading")
