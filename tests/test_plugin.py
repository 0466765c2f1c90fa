"""The pytest plugin, run through pytest's own ``pytester``: a small project
with a ``targets.toml`` whose ``[plancheck]`` table lists a draft, and drafts
of our own (Chinese, a tab-separated 专栏 table and a paragraph that repeats
or contradicts it). Each test states the arithmetic it relies on."""

from __future__ import annotations

import importlib.metadata
import os
import textwrap

import pytest

import plancheck.check
import plancheck.pipeline
import plancheck.register  # noqa: F401 - loaded before the plugin runs, as the other two
from plancheck.baseline import write_baseline
from plancheck.pytest_plugin import document_rules
from plancheck.rules.base import all_rules

pytest_plugins = ["pytester"]

# pytester's in-process runs drop the modules they import; import the pipeline
# (rules included) once here so that each run does not import it again.
all_rules()

HEADER = "指标\t2015年\t2020年\t年均增长(%)\t属性"


def draft(gdp_2015: str, gdp_2020: str, prose_2020: str, rate: str = "7") -> str:
    """A draft whose line 7 is the GDP row of 专栏1 and line 11 the prose."""
    return "\n".join([
        "# 某市国民经济和社会发展第十三个五年规划纲要（征求意见稿）",  # 1
        "",  # 2
        "## 第二章 主要目标",  # 3
        "",  # 4
        "专栏1 “十三五”时期经济社会发展主要指标",  # 5
        HEADER,  # 6
        f"地区生产总值（亿元）\t{gdp_2015}\t{gdp_2020}\t{rate}\t预期性",  # 7
        "常住人口城镇化率（%）\t55.2\t60\t[4.8]\t预期性",  # 8
        "一般公共预算收入（亿元）\t86.5\t121.3\t7\t预期性",  # 9
        "",  # 10
        f"到2020年，全市地区生产总值达到{prose_2020}亿元，年均增长{rate}%，"
        "常住人口城镇化率达到60%。",  # 11
        "",
    ])


# 1000 × 1.07^5 = 1402.55 → 1403: consistent.
CLEAN = draft("1000", "1403", "1403")
# 1236 × 1.07^5 = 1733.6, not 1834: (1834/1236)^(1/5) - 1 = 8.2 %/yr → growth error on line 7.
CONTRADICTION = draft("1236", "1834", "1834")
# 1000 → 1500 is 8.4 %/yr, yet 1000 and 1500 may be round figures (1000 read as
# "about a thousand" spans 7 %): a growth *warning*, not an error.
ROUNDED = draft("1000", "1500", "1500")

INDICATORS = ["gdp", "urbanization_rate", "public_budget_revenue"]


def register(settings: str = "", gdp: str = "") -> str:
    return textwrap.dedent("""\
        schema = 1

        [document]
        title = "某市国民经济和社会发展第十三个五年规划纲要"
        plan_period = [2016, 2020]

        [plancheck]
        documents = ["drafts/plan.md"]
        {settings}

        [[indicator]]
        id = "gdp"
        name = "地区生产总值"
        unit = "亿元"
        basis = "real"
        direction = "increase"
        {gdp}
        """).format(settings=settings, gdp=gdp)


def _plugin_args() -> list[str]:
    """Installed, the entry point loads the plugin; from a bare checkout, load it by name.
    Hypothesis's plugin is left out of the inner runs: each run would import it anew."""
    names = {ep.name for ep in importlib.metadata.entry_points(group="pytest11")}
    autoload = "plancheck" in names and not os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    return ["-p", "no:hypothesispytest", "-p", "no:cacheprovider"] + (
        [] if autoload else ["-p", "plancheck.pytest_plugin"])


@pytest.fixture
def project(pytester: pytest.Pytester):
    def make(text: str, targets: str | None = None) -> pytest.Pytester:
        pytester.path.joinpath("drafts").mkdir(exist_ok=True)
        pytester.path.joinpath("drafts", "plan.md").write_text(text, encoding="utf-8")
        pytester.path.joinpath("targets.toml").write_text(targets or register(), encoding="utf-8")
        return pytester
    return make


def run(p: pytest.Pytester, *args: str) -> pytest.RunResult:
    return p.runpytest("-v", *_plugin_args(), *args)


def outcomes(p: pytest.Pytester, *args: str):
    """(passed, failed) node ids of an in-process run."""
    rec = p.inline_run(*_plugin_args(), *args)
    passed, _skipped, failed = rec.listoutcomes()
    return [r.nodeid for r in passed], failed


def n_items(indicators: int) -> int:
    """Items of one file: one per indicator and one per document-level rule."""
    return indicators + len(document_rules())


def test_a_contradiction_fails_exactly_its_indicator(project):
    p = project(CONTRADICTION)
    result = run(p)
    # register: gdp + document rules; draft: 3 indicators + document rules; one fails
    result.assert_outcomes(failed=1, passed=n_items(1) + n_items(3) - 1)
    result.stdout.fnmatch_lines([
        "*drafts/plan.md::gdp FAILED*",
        "error[[]growth] 地区生产总值: 1236 → 1834 over 5 years is 8.2* %/yr, not 7 %",
        "*1236 × (1 + 7%)^5 = *(printed 1834)",
        "*at drafts/plan.md:7:*1236*1834*",
        "*at drafts/plan.md:11:*达到1834亿元*",
        "*fix: change *",
        "FAILED drafts/plan.md::gdp - 地区生产总值 (gdp): 1 finding at or above 'error'",
    ])
    assert "Traceback" not in result.stdout.str()
    passed, failed = outcomes(p)
    assert [r.nodeid for r in failed] == ["drafts/plan.md::gdp"]
    assert {f"drafts/plan.md::{i}" for i in INDICATORS} <= set(passed) | {"drafts/plan.md::gdp"}
    assert {f"drafts/plan.md::{r}" for r in ("enumeration", "composition", "totals")} <= set(passed)
    text = failed[0].longreprtext
    assert "drafts/plan.md:7:" in text and "drafts/plan.md:11:" in text
    assert failed[0].location[:2] == ("drafts/plan.md", 6)  # reportinfo: first claim, 0-based line


def test_a_clean_draft_passes(project):
    p = project(CLEAN)
    result = run(p)
    result.assert_outcomes(passed=n_items(1) + n_items(3))
    result.stdout.fnmatch_lines(["*targets.toml::gdp PASSED*",
                                 "*drafts/plan.md::gdp PASSED*",
                                 "*drafts/plan.md::urbanization_rate PASSED*"])
    assert result.ret == 0


def test_prose_contradicting_the_table_fails_the_indicator(project):
    # table 1403, prose 1503 for the same 2020 target: cross-source error
    p = project(draft("1000", "1403", "1503"))
    passed, failed = outcomes(p)
    assert [r.nodeid for r in failed] == ["drafts/plan.md::gdp"]
    text = failed[0].longreprtext
    assert "error[cross-source]" in text and "1403" in text and "1503" in text
    assert "drafts/plan.md:7:" in text and "drafts/plan.md:11:" in text


def test_a_baselined_finding_passes(project, monkeypatch):
    from plancheck.api import load

    p = project(CONTRADICTION, register('baseline = "accepted.json"'))
    monkeypatch.chdir(p.path)
    report = load("drafts/plan.md", register="targets.toml").check()
    assert report.failed()
    assert write_baseline(report, "accepted.json") >= 1
    result = run(p, "-rP")
    result.assert_outcomes(passed=n_items(1) + n_items(3))
    result.stdout.fnmatch_lines(["*drafts/plan.md::gdp PASSED*", "error[[]growth] (accepted) 地区生产总值: 1236 → 1834*"])


def test_baseline_from_the_command_line(project, monkeypatch):
    from plancheck.api import load

    p = project(CONTRADICTION)
    monkeypatch.chdir(p.path)
    write_baseline(load("drafts/plan.md", register="targets.toml").check(), "known.json")
    run(p).assert_outcomes(failed=1, passed=n_items(1) + n_items(3) - 1)
    run(p, "--plancheck-baseline=known.json").assert_outcomes(passed=n_items(1) + n_items(3))


def test_a_missing_baseline_is_one_failing_item(project):
    p = project(CONTRADICTION, register('baseline = "nowhere.json"'))
    result = run(p)
    result.assert_outcomes(failed=1)  # nothing is judged without the baseline it names
    result.stdout.fnmatch_lines(["*targets.toml::baseline FAILED*",
                                 "*plancheck: nowhere.json: baseline file not found*"])
    assert "Traceback" not in result.stdout.str()


def test_an_indicator_with_accept_passes(project):
    p = project(CONTRADICTION, register(gdp='accept = ["growth"]'))
    result = run(p, "-rP")
    result.assert_outcomes(passed=n_items(1) + n_items(3))
    result.stdout.fnmatch_lines(["*drafts/plan.md::gdp PASSED*",
                                 "error[[]growth] (accepted) 地区生产总值: 1236 → 1834*"])


def test_accept_is_per_rule(project):
    # accepting 'cross-source' does not accept a growth error
    p = project(CONTRADICTION, register(gdp='accept = ["cross-source"]'))
    _passed, failed = outcomes(p)
    assert [r.nodeid for r in failed] == ["drafts/plan.md::gdp"]


def test_fail_on_warning_makes_a_warning_fail(project):
    p = project(ROUNDED)
    run(p).assert_outcomes(passed=n_items(1) + n_items(3))  # a warning alone passes
    result = run(p, "--plancheck-fail-on=warning")
    result.assert_outcomes(failed=1, passed=n_items(1) + n_items(3) - 1)
    result.stdout.fnmatch_lines(["*drafts/plan.md::gdp FAILED*",
                                 "warning[[]growth] 地区生产总值: 1000 → 1500 over 5 years agrees with 7 %/yr"
                                 " only if a round figure is read as rounded further",
                                 "*at drafts/plan.md:7:*"])


def test_fail_on_from_the_register_and_the_option_wins(project):
    p = project(ROUNDED, register('fail_on = "warning"'))
    _passed, failed = outcomes(p)
    assert [r.nodeid for r in failed] == ["drafts/plan.md::gdp"]
    passed, failed = outcomes(p, "--plancheck-fail-on=error")
    assert failed == [] and "drafts/plan.md::gdp" in passed


def test_an_invalid_register_is_one_failing_item(project):
    bad = register() + '\n[[indicator]]\nid = "gdp_per_capita"\nname = "人均地区生产总值"\ndirection = "up"\n'
    p = project(CLEAN, bad)
    line = bad.splitlines().index('direction = "up"') + 1
    result = run(p)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*targets.toml::load FAILED*"])
    passed, failed = outcomes(p)
    assert passed == [] and [r.nodeid for r in failed] == ["targets.toml::load"]
    text = failed[0].longreprtext
    assert text == (f"plancheck: targets.toml:{line} [indicator[1].direction]: "
                    "must be one of ['decrease', 'increase'], not 'up'")
    assert "\n" not in text and "Traceback" not in result.stdout.str()


def test_invalid_toml_with_a_plancheck_table_is_collected(project):
    p = project(CLEAN, register() + "\nname = = 3\n")
    passed, failed = outcomes(p)
    assert passed == [] and [r.nodeid for r in failed] == ["targets.toml::load"]
    assert "not valid TOML" in failed[0].longreprtext


def test_a_missing_draft_is_one_failing_item(project):
    p = project(CLEAN, register().replace('["drafts/plan.md"]', '["drafts/plan.md", "drafts/gone.md"]'))
    passed, failed = outcomes(p)
    assert [r.nodeid for r in failed] == ["drafts/gone.md::load"]
    assert failed[0].longreprtext == "plancheck: drafts/gone.md: no such file"
    assert "drafts/plan.md::gdp" in passed


def test_a_binary_draft_is_one_failing_item(project):
    p = project(CLEAN)
    p.path.joinpath("drafts", "plan.md").write_bytes(b"PK\x00\x00" + bytes(range(256)) * 4)
    passed, failed = outcomes(p)
    assert [r.nodeid for r in failed] == ["drafts/plan.md::load"]
    assert "binary file" in failed[0].longreprtext
    assert "targets.toml::gdp" in passed


def test_a_register_without_plancheck_table_is_not_collected(project):
    p = project(CONTRADICTION, register().replace("[plancheck]\n", "").replace(
        'documents = ["drafts/plan.md"]\n', ""))
    result = p.runpytest(*_plugin_args())
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_no_plancheck_disables_collection(project):
    p = project(CONTRADICTION)
    result = p.runpytest(*_plugin_args(), "--no-plancheck")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_select_and_ignore_come_from_the_register(project):
    p = project(CONTRADICTION, register('ignore = ["growth", "enumeration"]'))
    passed, failed = outcomes(p)
    assert failed == []
    assert "drafts/plan.md::enumeration" not in passed and "drafts/plan.md::composition" in passed


def test_each_file_is_read_and_checked_once(project, monkeypatch):
    import plancheck.pipeline as extract

    calls: list[str] = []
    real = extract.plan_from_file

    def counting(path, register=None):
        calls.append(str(path))
        return real(path, register=register)

    monkeypatch.setattr(extract, "plan_from_file", counting)
    p = project(CONTRADICTION)
    passed, failed = outcomes(p)
    assert len(passed) + len(failed) == n_items(1) + n_items(3)
    assert calls == ["drafts/plan.md"]


def test_items_can_be_selected_by_indicator_name(project):
    p = project(CONTRADICTION)
    passed, failed = outcomes(p, "-k", "地区生产总值")
    assert [r.nodeid for r in failed] == ["drafts/plan.md::gdp"]
    assert passed == ["targets.toml::gdp"]


def test_a_finding_without_indicator_fails_its_rule_item(project):
    # four parks listed, "3个" stated, no 等: an enumeration error that names no indicator
    p = project(CLEAN + "\n## 第五章 产业园区\n\n重点建设高新区、经开区、临空区、综保区3个产业园区。\n")
    _passed, failed = outcomes(p)
    assert [r.nodeid for r in failed] == ["drafts/plan.md::enumeration"]
    text = failed[0].longreprtext
    assert "error[enumeration] 4 items are listed, but the text says 3个" in text
    assert "drafts/plan.md:15:" in text
