"""Output formats: each is parsed back with an independent parser (json, the
official SARIF schema, xml.etree, html.parser) and checked against facts of
the input that the test states itself, not against the renderer's own code."""

from __future__ import annotations

import copy
import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from plancheck.api import merge_reports
from plancheck.pipeline import check_register
from plancheck.findings import Finding, Fix, Location
from plancheck.report import Report
from plancheck.model import Claim, Indicator, Source
from plancheck.numbers import parse_quantity
from plancheck.reports import FORMATS, render

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif" / "sarif-schema-2.1.0.json"

# A plan whose lines hold markup, commas and a control character: document
# text is untrusted and must come out inert in every format.
PLAN_LINES = [
    "专栏 2 主要指标, 2016-2020",
    "地区生产总值(亿元)\t9324.8\t13078\t9\t<script>alert('x')</script>",
    "常住人口城镇化率(%)\t47.2\t50.5\t[3.5]\t\"quoted\" & <b>bold</b> | pipe",
    "line with a form feed \x0c and ]]> in it",
]

REGISTER = """\
schema = 1
[document]
path = "{doc}"
plan_period = [2016, 2020]

[[indicator]]
id = "gdp"
name = "地区生产总值"
unit = "亿元"
  [[indicator.figure]]
  kind = "level"
  role = "actual"
  year = 2015
  value = "9324.8"
  line = 2
  [[indicator.figure]]
  kind = "level"
  year = 2020
  value = "13078"
  line = 2
  [[indicator.figure]]
  kind = "growth_rate"
  period = [2015, 2020]
  value = "9"
  line = 2

[[indicator]]
id = "urban"
name = "常住人口城镇化率"
unit = "%"
  [[indicator.figure]]
  kind = "level"
  role = "actual"
  year = 2015
  value = "47.2"
  line = 3
  [[indicator.figure]]
  kind = "level"
  year = 2020
  value = "50.5"
  line = 3
  [[indicator.figure]]
  kind = "cumulative_change"
  period = [2015, 2020]
  value = "3.5"
  line = 3

[[indicator]]
id = "fine"
name = "一般公共预算收入"
unit = "亿元"
  [[indicator.figure]]
  kind = "level"
  role = "actual"
  year = 2015
  value = "1331"
  line = 1
"""


@pytest.fixture
def plan_doc(tmp_path: Path) -> Path:
    doc = tmp_path / "plan, draft.txt"
    doc.write_text("\n".join(PLAN_LINES) + "\n", encoding="utf-8")
    return doc


@pytest.fixture
def register_report(tmp_path: Path, plan_doc: Path) -> Report:
    """A real report: growth error on gdp (9 % does not take 9324.8 to 13078),
    cumulative error on urban (47.2 → 50.5 is 3.3, not 3.5), no finding on 'fine'."""
    reg = tmp_path / "targets.toml"
    reg.write_text(REGISTER.format(doc=plan_doc.as_posix()), encoding="utf-8")
    # Only the two rules whose arithmetic this fixture is built for, so that a new
    # rule elsewhere does not change what these tests count.
    report = check_register(str(reg), select=["growth", "cumulative"])
    assert {(f.rule, f.indicator, f.severity) for f in report.findings} == {
        ("growth", "gdp", "error"), ("cumulative", "urban", "error")}
    return report


def _claim(cid: str, ind: str, kind: str, printed: str, path: str, line: int, col: int, year: int,
           start: int | None = None, role: str = "target") -> Claim:
    """A claim whose column span covers exactly the number within PLAN_LINES[line - 1]."""
    assert PLAN_LINES[line - 1][col:col + len(printed)] == printed
    return Claim(id=cid, indicator=ind, name=ind, kind=kind, quantity=parse_quantity(printed), unit="亿元",
                 source=Source(path, line, col, col + len(printed)), text=f"{ind}: {printed}",
                 year=year, start_year=start, role=role, origin="table", context="专栏2")


@pytest.fixture
def column_report(plan_doc: Path) -> Report:
    """Hand-built findings with exact column spans, an accepted warning, an info
    finding and a plan-level finding with no location."""
    path = str(plan_doc)
    line2 = PLAN_LINES[1]
    b = _claim("c1", "gdp", "level", "9324.8", path, 2, line2.index("9324.8"), 2015, role="actual")
    t = _claim("c2", "gdp", "level", "13078", path, 2, line2.index("13078"), 2020)
    g = _claim("c3", "gdp", "growth_rate", "9", path, 2, line2.index("\t9\t") + 1, 2020, 2015)
    u = _claim("c4", "urban", "level", "47.2", path, 3, PLAN_LINES[2].index("47.2"), 2015, role="actual")
    ind = Indicator("gdp", "地区生产总值", claims=[b, t, g])
    urban = Indicator("urban", "常住人口城镇化率", claims=[u])
    fix = Fix("c3", "9", "7", Location.of(g), "the rate the two levels imply")
    error = Finding("growth", "error", "9324.8 → 13078 is 7 %/yr, not 9 %", "gdp", "地区生产总值",
                    ["(13078 / 9324.8)^(1/5) - 1 = 7 %/yr"], [Location.of(c) for c in (b, t, g)],
                    ["c1", "c2", "c3"], [fix])
    accepted = Finding("direction", "warning", "accepted, <i>not</i> failing", "urban", "常住人口城镇化率",
                       [], [Location.of(u)], ["c4"], accepted=True)
    info = Finding("growth", "info", "implied price change 0.6 %/yr", "urban", "常住人口城镇化率",
                   [], [Location.of(u)], ["c4"])
    plan_level = Finding("enumeration", "warning", "the plan says 5 projects but lists 4")
    return Report([b, t, g, u], [error, accepted, info, plan_level], {"gdp": ind, "urban": urban},
                  paths=[path])


def test_every_format_ignores_unknown_options(register_report):
    for fmt in FORMATS:
        assert render(register_report, fmt, quiet=True, no_such_option=1).strip()


# -- JSON and its schema ----------------------------------------------------

@pytest.fixture(scope="module")
def report_schema():
    from plancheck.reports.json_report import schema

    return schema()


def _validator(schema):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_json_schema_is_shipped_as_package_data():
    from importlib.resources import files

    assert json.loads(files("plancheck.reports").joinpath("schema.json").read_text("utf-8"))["$schema"] \
        == "https://json-schema.org/draft/2020-12/schema"


def test_json_output_validates(register_report, column_report, report_schema):
    v = _validator(report_schema)
    for report in (register_report, column_report, check_register(str(ROOT / "targets.toml"))):
        doc = json.loads(render(report, "json"))
        assert list(v.iter_errors(doc)) == []
        assert doc["schema_version"].startswith("2.")
    doc = json.loads(render(register_report, "json"))
    assert doc["summary"]["error"] == 2
    growth = next(f for f in doc["findings"] if f["rule"] == "growth")
    assert {loc["line"] for loc in growth["locations"]} == {2}
    assert growth["fixes"][0]["suggested"] == "7"
    claim = next(c for c in doc["claims"] if c["printed"] == "9324.8")
    assert claim["interval"] == [9324.75, 9324.85] and claim["source"]["line"] == 2


@pytest.mark.parametrize("breakage", [
    lambda d: d["findings"][0].pop("rule"),
    lambda d: d["findings"][0].update(severity="fatal"),
    lambda d: d["findings"][0]["locations"][0].update(line="2"),
    lambda d: d["findings"][0]["fixes"][0].update(resolves=0),
    lambda d: d["claims"][0].update(kind="guess"),
    lambda d: d["claims"][0]["source"].pop("path"),
    lambda d: d["summary"].pop("error"),
    lambda d: d.update(schema_version="3.0"),
    lambda d: d.pop("claims"),
], ids=["no-rule", "bad-severity", "line-as-text", "resolves-0", "bad-kind", "no-source-path",
        "no-error-count", "schema-3", "no-claims"])
def test_json_schema_rejects_broken_documents(register_report, report_schema, breakage):
    v = _validator(report_schema)
    doc = json.loads(render(register_report, "json"))
    broken = copy.deepcopy(doc)
    breakage(broken)
    assert list(v.iter_errors(doc)) == []
    assert list(v.iter_errors(broken)), "the broken document passed the schema"


def test_json_validate_helper(register_report):
    pytest.importorskip("jsonschema")
    from plancheck.reports.json_report import validate

    doc = json.loads(render(register_report, "json"))
    assert validate(doc) == []
    del doc["findings"][1]["severity"]
    assert any(e.startswith("findings/1") and "severity" in e for e in validate(doc))


def test_json_schema_describes_every_emitted_key(column_report, report_schema):
    """A key added to a to_dict must be documented in schema.json too."""
    doc = json.loads(render(column_report, "json"))
    defs = report_schema["$defs"]

    def described(obj: dict, schema: dict, where: str) -> None:
        missing = set(obj) - set(schema["properties"])
        assert not missing, f"{where}: keys {sorted(missing)} not in schema.json"

    described(doc, report_schema, "report")
    described(doc["summary"], report_schema["properties"]["summary"], "summary")
    for c in doc["claims"]:
        described(c, defs["claim"], "claim")
        described(c["source"], defs["source"], "claim.source")
    for f in doc["findings"]:
        described(f, defs["finding"], "finding")
        for loc in f["locations"]:
            described(loc, defs["location"], "location")
        for fx in f["fixes"]:
            described(fx, defs["fix"], "fix")
    for i in doc["indicators"]:
        described(i, defs["indicator"], "indicator")


# -- SARIF ------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema)


# RFC 3986 URI-reference characters (percent-encoded non-ASCII, no spaces).
URI_REF = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:)?[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$")


def test_sarif_validates_against_the_official_schema(register_report, column_report, sarif_validator):
    for report in (register_report, column_report, check_register(str(ROOT / "targets.toml"))):
        log = json.loads(render(report, "sarif"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in sarif_validator.iter_errors(log)]
        assert errors == []


def test_sarif_schema_check_can_fail(column_report, sarif_validator):
    log = json.loads(render(column_report, "sarif"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    assert len(list(sarif_validator.iter_errors(log))) >= 2


def test_sarif_content(column_report, plan_doc):
    from plancheck.rules.base import all_rules

    log = json.loads(render(column_report, "sarif"))
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    for rule_id, r in all_rules().items():
        assert rules[ids.index(rule_id)]["shortDescription"]["text"] == r.description
    assert "enumeration" in ids  # only in a finding, still described
    results = run["results"]
    assert [r["level"] for r in results] == ["error", "warning", "note", "warning"]
    for r in results:
        assert ids[r["ruleIndex"]] == r["ruleId"]
    error = results[0]
    # The primary location is the figure the fix changes: "9", column 5 of line 2 (1-based).
    col = PLAN_LINES[1].index("\t9\t") + 2
    region = error["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": col, "endColumn": col + 1}
    assert len(error["relatedLocations"]) == 2
    assert "(13078 / 9324.8)^(1/5) - 1 = 7 %/yr" in error["message"]["text"]
    change = error["fixes"][0]["artifactChanges"][0]
    assert change["replacements"][0]["insertedContent"]["text"] == "7"
    assert change["replacements"][0]["deletedRegion"] == region
    uri = error["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert URI_REF.match(uri) and uri.startswith("file:///") and uri.endswith("plan%2C%20draft.txt")
    assert results[1]["suppressions"][0]["status"] == "accepted"
    assert "suppressions" not in error
    assert results[3]["locations"] == []
    assert error["partialFingerprints"] != results[2]["partialFingerprints"]


def test_sarif_fix_only_when_span_is_the_number(register_report, plan_doc):
    """Register figures are located in the plan's table cells; a SARIF fix is
    offered only where its region covers exactly the printed number."""
    log = json.loads(render(register_report, "sarif"))
    lines = plan_doc.read_text("utf-8").splitlines()
    assert any(result.get("fixes") for result in log["runs"][0]["results"])  # not vacuous
    for result in log["runs"][0]["results"]:
        assert result["properties"]["fixes"][0]["suggested"] in {"7", "3.3"}
        for fix in result.get("fixes", []):
            for change in fix["artifactChanges"]:
                for rep in change["replacements"]:
                    r = rep["deletedRegion"]
                    text = lines[r["startLine"] - 1][r["startColumn"] - 1:r["endColumn"] - 1]
                    assert text in {pf["printed"] for pf in result["properties"]["fixes"]}


def test_sarif_relative_uris(tmp_path, monkeypatch):
    from plancheck.reports.sarif import artifact_location

    assert artifact_location("docs/规划 纲要.txt") == {
        "uri": "docs/%E8%A7%84%E5%88%92%20%E7%BA%B2%E8%A6%81.txt", "uriBaseId": "%SRCROOT%"}
    assert artifact_location("a:b.txt")["uri"] == "a%3Ab.txt"  # not a URI scheme
    assert artifact_location("../shared/x.txt")["uri"] == "../shared/x.txt"
    assert artifact_location("C:\\plans\\x.txt") == {"uri": "file:///C:/plans/x.txt"}


# -- JUnit ------------------------------------------------------------------

def _suites(xml_text: str):
    root = ET.fromstring(xml_text.encode("utf-8"))
    assert root.tag == "testsuites"
    return root, root.findall("testsuite")


def test_junit_one_case_per_indicator(register_report):
    root, suites = _suites(render(register_report, "junit"))
    assert [s.get("name") for s in suites] == register_report.paths
    cases = {c.get("name"): c for c in suites[0].findall("testcase")}
    assert set(cases) == {"地区生产总值 (gdp)", "常住人口城镇化率 (urban)", "一般公共预算收入 (fine)"}
    assert cases["一般公共预算收入 (fine)"].find("failure") is None
    failure = cases["地区生产总值 (gdp)"].find("failure")
    assert failure.get("type") == "growth"
    assert "change 9 at line 2 to 7" in failure.text
    assert suites[0].get("tests") == "3" and suites[0].get("failures") == "2"
    assert root.get("failures") == "2"


def test_junit_fail_on(column_report):
    def failing(**options):
        _, suites = _suites(render(column_report, "junit", **options))
        return {c.get("name") for s in suites for c in s.findall("testcase") if c.find("failure") is not None}

    assert failing() == {"地区生产总值 (gdp)"}
    # The accepted warning never fails; the plan-level warning does at fail_on=warning.
    assert failing(fail_on="warning") == {"地区生产总值 (gdp)", "rule enumeration"}
    assert failing(fail_on="info") == {"地区生产总值 (gdp)", "rule enumeration", "常住人口城镇化率 (urban)"}
    assert failing(fail_on="never") == set()
    with pytest.raises(ValueError):
        render(column_report, "junit", fail_on="fatal")


def test_junit_non_failing_findings_in_system_out(column_report):
    _, suites = _suites(render(column_report, "junit"))
    urban = next(c for c in suites[0].findall("testcase") if c.get("name").startswith("常住"))
    out = urban.find("system-out").text
    assert "(accepted)" in out and "implied price change" in out


def test_junit_one_suite_per_input(tmp_path, register_report):
    other = tmp_path / "other.txt"
    other.write_text("x\n", encoding="utf-8")
    second = Report([], [Finding("enumeration", "error", "5 listed, 4 named",
                                 locations=[Location(str(other), 1)])], paths=[str(other)])
    merged = merge_reports([register_report, second])
    _, suites = _suites(render(merged, "junit"))
    by_name = {s.get("name"): s for s in suites}
    assert set(by_name) == {register_report.paths[0], str(other)}
    assert [c.get("name") for c in by_name[str(other)].findall("testcase")] == ["rule enumeration"]
    assert len(by_name[register_report.paths[0]].findall("testcase")) == 3


def test_junit_survives_control_characters(plan_doc):
    f = Finding("units", "error", "bad \x0c byte and <tag> & ]]>", locations=[Location(str(plan_doc), 4)])
    root, suites = _suites(render(Report([], [f], paths=[str(plan_doc)]), "junit"))
    assert "<tag> & ]]>" in suites[0].find("testcase/failure").get("message")


# -- GitHub annotations -----------------------------------------------------

def test_github_escaping_rules():
    from plancheck.reports.github import escape_data, escape_property

    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a,b: c%") == "a%2Cb%3A c%25"


def _annotation(line: str) -> tuple[str, dict[str, str], str]:
    m = re.fullmatch(r"::(\w+) (.*?)::(.*)", line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), props, m.group(3)


def test_github_annotations(column_report, plan_doc):
    lines = render(column_report, "github").splitlines()
    commands = [x for x in lines if x.startswith("::")]
    assert len(commands) == len(column_report.findings)  # multi-line messages stay on one line
    kind, props, message = _annotation(commands[0])
    assert kind == "error"
    # The path holds a comma: escaped, so the property list still splits right.
    assert props["file"] == str(plan_doc).replace(",", "%2C").replace(":", "%3A")
    assert props["line"] == "2" and props["col"] == str(PLAN_LINES[1].index("\t9\t") + 2)
    assert props["title"] == "plancheck growth%3A 地区生产总值"
    assert "%0A  = (13078 / 9324.8)^(1/5) - 1 = 7 %25/yr" in message
    assert [_annotation(c)[0] for c in commands[1:]] == ["notice", "notice", "warning"]
    assert "file" not in _annotation(commands[3])[1]


# -- Markdown ---------------------------------------------------------------

def _cells(row: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def test_markdown(column_report):
    column_report.findings[0].message = "9 | <script>x</script> *not* bold"
    md = render(column_report, "markdown")
    rows = [x for x in md.splitlines() if x.startswith("|")]
    header = _cells(rows[0])
    assert header == ["Indicator", "Errors", "Warnings", "Info", "Rules"]
    body = {(_cells(r)[0]): _cells(r) for r in rows[2:]}
    assert all(len(r) == 5 for r in body.values())
    assert body["地区生产总值"][1:4] == ["1", "0", "0"]
    assert body["常住人口城镇化率"][1:4] == ["0", "0", "1"]  # the accepted warning is not counted
    assert "## 地区生产总值 (`gdp`)" in md
    assert "<script>" not in md and r"\<script\>" in md and r"9 \| " in md and r"\*not\*" in md
    block = md.split("```\n", 1)[1].split("```", 1)[0]
    assert "(13078 / 9324.8)^(1/5) - 1 = 7 %/yr" in block
    assert "**fix**: change `9` at line 2 to `7` (the rate the two levels imply)" in md


def test_markdown_no_findings():
    assert "No findings" in render(Report([], []), "markdown")


# -- HTML -------------------------------------------------------------------

class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: dict[str, dict[str, str | None]] = {}
        self.links: list[str] = []
        self.resources: list[str] = []
        self.text: list[str] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            assert a["id"] not in self.ids, f"duplicate id {a['id']}"
            self.ids[a["id"]] = a
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        for key in ("src", "srcset", "data", "action"):
            if key in a:
                self.resources.append(a[key])
        if tag == "link":
            self.resources.append(a.get("href", ""))
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark:
            self.marks.append(data)


def _page(text: str) -> _Page:
    p = _Page()
    p.feed(text)
    p.close()
    return p


def test_html_links_every_finding_to_its_lines(register_report):
    page = _page(render(register_report, "html"))
    assert {"f1", "f2"} <= set(page.ids)
    for href in page.links:
        assert href.startswith("#"), f"link leaves the page: {href}"
        assert href[1:] in page.ids, f"dangling anchor {href}"
    # The whole document is shown, one row per line, and lines 2 and 3 are highlighted.
    rows = [i for i in page.ids if re.fullmatch(r"d1-L\d+", i)]
    assert len(rows) == len(PLAN_LINES)
    assert page.ids["d1-L2"]["class"] == "error" and page.ids["d1-L3"]["class"] == "error"
    assert page.ids["d1-L1"].get("class") is None
    assert "#d1-L2" in page.links and "#d1-L3" in page.links and "#f1" in page.links


def test_html_escapes_document_text(register_report):
    out = render(register_report, "html")
    page = _page(out)
    assert "script" not in page.tags and "b" not in page.tags
    text = "".join(page.text)
    assert "<script>alert('x')</script>" in text  # shown as text, not run
    assert "\"quoted\" & <b>bold</b> | pipe" in text
    assert "<script>" not in out
    assert page.resources == []  # no external assets
    assert "default-src 'none'" in out


def test_html_marks_column_spans(column_report):
    page = _page(render(column_report, "html"))
    # The document comes last: its rows mark exactly the printed numbers ...
    assert page.marks[-4:] == ["9324.8", "13078", "9", "47.2"]
    # ... and each finding's excerpt of its line marks the figure too: the
    # figure to fix (the growth finding's first fix changes the rate 9) first.
    assert page.marks[:-4] == ["9", "47.2", "47.2"]
    assert {"f1", "f2", "f3", "f4"} <= set(page.ids)


def test_html_missing_document_still_lists_findings(tmp_path):
    gone = str(tmp_path / "gone.txt")
    f = Finding("growth", "error", "<b>x</b>", "gdp", "GDP", locations=[Location(gone, 7)])
    page = _page(render(Report([], [f], paths=[gone]), "html"))
    assert "f1" in page.ids and "b" not in page.tags
    assert any("Document not shown" in t for t in page.text)
    for href in page.links:
        assert href[1:] in page.ids


def test_html_long_document_shows_context(tmp_path):
    doc = tmp_path / "long.txt"
    doc.write_text("".join(f"line {i}\n" for i in range(1, 501)), encoding="utf-8")
    f = Finding("growth", "error", "m", locations=[Location(str(doc), 250)])
    page = _page(render(Report([], [f], paths=[str(doc)]), "html", max_lines=100, context=3))
    rows = sorted(int(i.split("L")[1]) for i in page.ids if i.startswith("d1-L"))
    assert rows == list(range(247, 254))


def test_html_real_plan(xinjiang, tmp_path, monkeypatch):
    """A register beside the checkout cites the real plan by a path relative to
    its own folder; run from elsewhere, the page still finds the plan, shows all
    of it, and highlights line 171 (社会消费品零售总额: 1386 → 2606 is 13.4 %/yr,
    so a stated 17 % is an error)."""
    import os

    folder = tmp_path / "registers"
    folder.mkdir()
    reg = folder / "targets.toml"
    rel = os.path.relpath(xinjiang, folder)
    reg.write_text(f"""schema = 1
[document]
path = "{rel}"
[[indicator]]
id = "retail"
name = "社会消费品零售总额"
unit = "亿元"
  [[indicator.figure]]
  kind = "level"
  role = "actual"
  year = 2010
  value = "1386"
  line = 171
  [[indicator.figure]]
  kind = "level"
  role = "actual"
  year = 2015
  value = "2606"
  line = 171
  [[indicator.figure]]
  kind = "growth_rate"
  role = "actual"
  period = [2010, 2015]
  value = "17"
  line = 171
""", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    report = check_register(str(reg), select=["growth"])
    assert [f.severity for f in report.findings] == ["error"]
    page = _page(render(report, "html"))
    n_lines = len(xinjiang.read_text(encoding="utf-8").splitlines())
    assert len([i for i in page.ids if i.startswith("d1-L")]) == n_lines
    assert page.ids["d1-L171"]["class"] == "error" and page.ids["d1-L170"].get("class") is None
    assert "社会消费品零售总额 (亿元)\t1386\t(3000)" in "".join(page.text)
    assert "#d1-L171" in page.links and "#f1" in page.links


# -- notebook ---------------------------------------------------------------

def test_notebook_html(register_report, column_report):
    from plancheck.reports.notebook import finding_html, indicator_html, plan_html, report_html

    column_report.findings[0].message = "<script>alert(1)</script>"
    html = report_html(column_report)
    assert html == column_report._repr_html_()
    page = _page(html)
    assert "script" not in page.tags and "<script>alert(1)</script>" in "".join(page.text)
    assert "(13078 / 9324.8)^(1/5) - 1 = 7 %/yr" in "".join(page.text)
    one = "".join(_page(finding_html(register_report.findings[0])).text)
    assert "9 (line 2) → 7" in one or "3.5 (line 3) → 3.3" in one
    gdp = register_report.indicators["gdp"]
    assert "[9324.75, 9324.85)" in "".join(_page(indicator_html(gdp)).text)

    import plancheck

    plan = plancheck.load(register_report.paths[0])
    text = "".join(_page(plan._repr_html_()).text)
    assert plan_html(plan) == plan._repr_html_()
    assert "2015–2020 target growth rate: 9 %" in text and "一般公共预算收入" in text


# -- DataFrames -------------------------------------------------------------

def test_findings_frame(column_report):
    pytest.importorskip("pandas")
    from plancheck.tables import findings_frame

    df = findings_frame(column_report.findings[::-1])
    assert list(df.sort_values("severity")["severity"].astype(str))[0] == "error"
    row = df[df["rule"] == "growth"].iloc[-1]
    assert row["severity"] == "error" and row["fix_suggested"] == "7" and row["line"] == 2
    assert row["claims"] == "c1, c2, c3"
    assert df["accepted"].sum() == 1
    assert len(findings_frame([])) == 0 and "message" in findings_frame([]).columns


def test_claims_and_indicators_frames(register_report):
    pytest.importorskip("pandas")
    import math

    from plancheck.tables import claims_frame, indicators_frame

    claims = list(register_report.claims)
    claims.append(Claim(id="q", indicator="x", name="x", kind="level", quantity=parse_quantity("10以上"),
                        unit="%", source=Source("p", 1), text="10以上", year=2020))
    df = claims_frame(claims)
    gdp2015 = df[(df["indicator"] == "gdp") & (df["year"] == 2015)].iloc[0]
    assert (gdp2015["printed"], gdp2015["lo"], gdp2015["hi"], gdp2015["line"]) == ("9324.8", 9324.75, 9324.85, 2)
    at_least = df[df["id"] == "q"].iloc[0]
    assert at_least["lo"] == 9.5 and math.isinf(at_least["hi"]) and at_least["qualifier"] == "以上"
    ind = indicators_frame(register_report.indicators).set_index("id")
    assert ind.loc["gdp", "n_claims"] == 3 and ind.loc["fine", "n_claims"] == 1


def test_frames_need_pandas(monkeypatch, register_report):
    from plancheck.errors import PlancheckError
    from plancheck.tables import findings_frame

    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(PlancheckError, match=r"pip install plancheck\[pandas\]"):
        findings_frame(register_report.findings)


# -- command line -----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "markdown", "html"])
def test_cli_formats(fmt, register_report, tmp_path, capsys):
    from plancheck.cli.main import main

    out = tmp_path / f"report.{fmt}"
    code = main(["check", register_report.paths[0], "--format", fmt, "--quiet", "-o", str(out),
                 "--select", "growth,cumulative"])
    assert code == 1  # two errors
    text = out.read_text(encoding="utf-8")
    if fmt in ("json", "sarif"):
        json.loads(text)
    elif fmt == "junit":
        ET.fromstring(text.encode("utf-8"))
    elif fmt == "html":
        assert "f2" in _page(text).ids
    assert "13078" in text
