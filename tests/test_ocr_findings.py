"""A contradiction resting on a figure read by OCR is a warning, naming the figure to check.

Recognised digits may not be the printed ones: an error drawn from them would be
a false alarm as often as a misprint found. The same plan without the OCR marks
gives the error (the near-miss), and findings that rest on no OCR-read figure are
untouched.
"""

from __future__ import annotations

from plancheck.pipeline import plan_from_text

TABLE = """| 指标 | 2020年 | 2025年 | 年均增长(%) |
|---|---|---|---|
| 地区生产总值(亿元) | 9324.8 | 13078 | 9 |
| 粮食产量(万吨) | 1521.3 | 1600.2 | [4.5] |
"""


def _scan_mark(plan, row_text: str) -> None:
    for c in plan.claims:
        if row_text in c.text:
            c.extra["ocr"] = {"engine": "tesseract 5", "languages": "chi_sim+eng", "dpi": 300, "confidence": 71}


def _errors(report):
    return [f for f in report.findings if f.severity == "error"]


def test_the_same_contradiction_is_an_error_without_ocr():
    report = plan_from_text(TABLE, "t.md").check()
    assert {f.indicator for f in _errors(report)} >= {"gdp"}


def test_a_contradiction_on_ocr_figures_is_a_warning_naming_them():
    plan = plan_from_text(TABLE, "t.md")
    _scan_mark(plan, "地区生产总值")
    report = plan.check()
    assert not [f for f in _errors(report) if f.indicator == "gdp"]
    warned = [f for f in report.findings if f.indicator == "gdp" and f.severity == "warning"]
    assert warned and all("read by OCR" in f.message and "against the scan" in f.message for f in warned)
    assert any("'9'" in f.message or "'13078'" in f.message or "'9324.8'" in f.message for f in warned)


def test_findings_on_figures_not_read_by_ocr_keep_their_severity():
    plan = plan_from_text(TABLE, "t.md")
    _scan_mark(plan, "粮食产量")
    report = plan.check()
    assert {f.indicator for f in _errors(report)} >= {"gdp"}
