"""The public surface: what `import plancheck` offers, and that it stays light."""

from __future__ import annotations

import subprocess
import sys

import plancheck


def test_public_names_are_pinned():
    assert sorted(plancheck.__all__) == sorted([
        "__version__", "SCHEMA_VERSION", "load", "recompute", "check_paths", "Plan", "Report",
        "Finding", "Claim", "Indicator", "Interval", "Quantity", "PlancheckError", "InputError",
        "RegisterError"])
    for name in plancheck.__all__:
        assert getattr(plancheck, name) is not None


def test_recompute_stays_the_function_after_every_module_is_imported():
    import plancheck.arithmetic  # noqa: F401  (a submodule must not shadow the API name)
    from plancheck.rules.base import all_rules

    all_rules()
    assert callable(plancheck.recompute)
    assert plancheck.recompute(baseline="100", target="161.05").rate.contains(10)


def test_import_and_check_do_not_load_heavy_modules():
    code = ("import sys, plancheck; plancheck.load('targets.toml').check(select=['growth','status']); "
            "print(sorted(m for m in ('sympy','pint','pandas','matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(__import__('conftest').ROOT)).stdout
    assert out.strip() == "[]"


def test_unknown_attribute_is_an_attribute_error():
    try:
        plancheck.no_such_name  # noqa: B018 - the attribute access is the test
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_notebook_objects_render_as_html():
    """Plan, Indicator, Finding and Report show tables in a notebook, escaped."""
    plan = plancheck.load("# 第十三个五年规划\n\n到 2020 年，地区生产总值年均增长 7%左右，地区生产总值达到 3366 亿元。"
                          "\n\n到 2020 年，地区生产总值达到 3466 亿元。", name="p.md")
    report = plan.check()
    finding = report.findings[0]
    for obj in (plan, plan.find("地区生产总值"), finding, report):
        html = obj._repr_html_()
        assert html.startswith("<") and "3366" in html and "<script" not in html


def test_a_missing_file_with_a_chinese_name_is_an_error_not_text():
    import pytest

    with pytest.raises(plancheck.InputError):
        plancheck.load("新疆规划纲要.txt")


def test_report_filter_selects_and_ignores_rules():
    plan = plancheck.load("# 第十三个五年规划\n\n到 2020 年，三次产业比重调整为 10:40:45。\n\n"
                          "到 2020 年，地区生产总值达到 3366 亿元。\n\n到 2020 年，地区生产总值达到 3466 亿元。", name="p.md")
    report = plan.check()
    assert {f.rule for f in report.findings} == {"composition", "cross-source"}
    assert {f.rule for f in report.filter(select=["comp*"]).findings} == {"composition"}
    assert {f.rule for f in report.filter(ignore=["composition"]).findings} == {"cross-source"}
