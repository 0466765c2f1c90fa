"""Checking many files: worker processes, one bad file among good ones,
results in input order, progress and summary on stderr, picklable reports."""

from __future__ import annotations

import pickle

import pytest

from plancheck.api import check_paths, load, merge_reports
from plancheck.batch import check_file, check_many, error_report, summary_table
from plancheck.errors import InputError, RegisterError

HEADER = "指标\t2015年\t2020年\t年均增长(%)\t属性"


def draft(city: str, gdp_2015: str, gdp_2020: str) -> str:
    return "\n".join([
        f"# {city}国民经济和社会发展第十三个五年规划纲要（草案）",
        "",
        "专栏1 “十三五”时期经济社会发展主要指标",
        HEADER,
        f"地区生产总值（亿元）\t{gdp_2015}\t{gdp_2020}\t7\t预期性",
        "常住人口城镇化率（%）\t55.2\t60\t[4.8]\t预期性",
        "",
        f"到2020年，全市地区生产总值达到{gdp_2020}亿元，年均增长7%。",
        "",
    ])


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = tmp_path / "a_plan.md"
    a.write_text(draft("甲市", "1236", "1834"), encoding="utf-8")  # 1236 × 1.07^5 = 1733.6: growth error
    bad = tmp_path / "b_garbage.md"
    bad.write_bytes(bytes(range(256)) * 8)  # binary, NUL bytes included
    c = tmp_path / "c_plan.md"
    c.write_text(draft("乙市", "1000", "1403"), encoding="utf-8")  # 1000 × 1.07^5 = 1402.6: consistent
    return [a.name, bad.name, c.name]


def test_a_bad_file_does_not_stop_the_others(files):
    report = check_many(files, jobs=2)
    a, bad, c = files
    assert report.paths == [a, bad, c]
    errors = [f for f in report.findings if f.rule == "input-error"]
    assert len(errors) == 1
    (e,) = errors
    assert e.severity == "error" and e.message == "binary file (NUL bytes), not a text document"
    assert [(loc.path, loc.line) for loc in e.locations] == [(bad, 1)]
    # the two good files are checked as if alone, and merged in input order
    alone = [load(a).check(), load(c).check()]
    assert [cl.to_dict() for cl in report.claims] == [cl.to_dict() for r in alone for cl in r.claims]
    sources = [cl.source.path for cl in report.claims]
    assert sources == sorted(sources) and set(sources) == {a, c}
    good = [f.to_dict() for f in report.findings if f.rule != "input-error"]
    assert good == [f.to_dict() for f in merge_reports(alone).findings]
    assert any(f.rule == "growth" and f.severity == "error" and f.locations[0].path == a
               for f in report.findings)
    assert report.failed()


def test_results_do_not_depend_on_the_number_of_processes(files):
    many = check_many(files * 2, jobs=3).to_dict()
    one = check_many(files * 2, jobs=1).to_dict()
    assert many == one


def test_check_paths_hands_several_files_to_the_batch(files):
    report = check_paths(files, jobs=2)
    assert report.paths == files
    assert [f.rule for f in report.findings].count("input-error") == 1
    # one process gives the same outcome: an unreadable file never stops the others
    same = check_paths(files, jobs=1)
    assert [(f.rule, f.severity) for f in same.findings] == [(f.rule, f.severity) for f in report.findings]


def test_progress_line_and_summary_table_on_stderr(files, capsys):
    check_many(files, jobs=2, progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert "\r[1/3] " in err and "\r[3/3] " in err
    table = err.split("\n", 1)[1]  # after the progress line
    lines = table.splitlines()
    assert lines[0].split() == ["file", "claims", "errors", "warnings", "seconds"]
    rows = {line.split()[0]: line.split()[1:4] for line in lines[2:5]}
    a, bad, c = files
    assert rows[bad] == ["0", "1", "0"]
    assert rows[a][1] == "1" and rows[c][1] == "0"  # one growth error in a, none in c
    assert lines[-1].startswith("3 files")


def test_no_progress_means_nothing_on_stderr(files, capsys):
    check_many(files, jobs=2)
    assert capsys.readouterr().err == ""


def test_progress_on_one_process(files, capsys):
    report = check_many(files, jobs=1, progress=True)
    assert report.paths == files
    assert "[3/3]" in capsys.readouterr().err


def test_an_unexpected_exception_becomes_an_internal_error(files, monkeypatch):
    import plancheck.pipeline as extract

    real = extract.plan_from_file

    def flaky(path, register=None):
        if str(path).endswith("c_plan.md"):
            raise RuntimeError("boom")
        return real(path, register=register)

    monkeypatch.setattr(extract, "plan_from_file", flaky)
    report = check_many(files, jobs=1)
    internal = [f for f in report.findings if f.rule == "internal-error"]
    assert [(f.message, f.locations[0].path) for f in internal] == [
        ("checking failed: RuntimeError: boom", files[2])]
    assert report.paths == files


def test_with_a_register(files, tmp_path):
    reg = tmp_path / "targets.toml"
    reg.write_text('schema = 1\n\n[[indicator]]\nid = "grp"\nname = "地区生产总值"\nunit = "亿元"\n'
                   'accept = ["growth"]\n', encoding="utf-8")
    report = check_many(files, register=str(reg), jobs=2)
    growth = [f for f in report.findings if f.rule == "growth"]
    assert growth and all(f.indicator == "grp" and f.accepted for f in growth)
    reg.write_text("schema = 1\n[[indicator]]\nid = 3\n", encoding="utf-8")
    with pytest.raises(RegisterError):  # a broken register is reported once, not per file
        check_many(files, register=str(reg), jobs=2)


def test_reports_pickle(files):
    a, bad, c = files
    for result in (check_file(a), check_file(bad), check_file(c)):
        copy = pickle.loads(pickle.dumps(result))
        assert copy.report.to_dict() == result.report.to_dict()
        assert copy.path == result.path
    report = check_file(a).report
    copy = pickle.loads(pickle.dumps(report))
    # claims shared between the report and its indicators stay shared
    ind = copy.indicators["gdp"]
    assert all(any(cl is c2 for c2 in copy.claims) for cl in ind.claims)


def test_error_report_is_one_line():
    err = InputError("bad\nthing  here", path="x.md", line=4, key="k")
    r = error_report("x.md", err)
    (f,) = r.findings
    assert f.message == "[k] bad thing here" and (f.locations[0].path, f.locations[0].line) == ("x.md", 4)
    assert r.paths == ["x.md"] and r.claims == []


def test_summary_table_aligns_columns(files):
    results = [check_file(p) for p in files]
    lines = summary_table(results, wall=1.5).splitlines()
    assert len({len(line.rstrip()) for line in (lines[0], lines[1])}) == 1
    assert lines[-1].split()[-1] == "1.50"


def test_no_files():
    assert check_many([], jobs=2).findings == []
