"""Identity has one home, the indicators stage: the prose readers hand over the text of
each claim's subject with the hints of its reading (claims.names.NamingRequest), the
table reader each row's names (claims.names.RowNaming), and indicators/naming.py names
them. The readers import nothing from indicators/ and call no resolver; the only thing they may ask while reading is whether a subject is a known
indicator (claims.names.KnownSubjects), which decides whether a facility-like figure
is a project."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from plancheck.claims.prose import ProseContext, ProseReader
from plancheck.documents import document_from_text, segment
from plancheck.pipeline import plan_from_text

SRC = Path(__file__).resolve().parents[1] / "src" / "plancheck"
READERS = sorted([*(SRC / "claims").rglob("*.py")])
RESOLVING = {"resolve", "resolve_read", "resolve_each"}


def _imports(path: Path) -> list[str]:
    """The modules a file imports, absolute (``plancheck.indicators…``) or as written relative."""
    out = []
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
            out.append(".".join([*base, *(node.module.split(".") if node.module else [])]))
    return out


def test_the_import_check_reads_relative_imports():
    names = _imports(SRC / "claims" / "prose" / "simple.py")
    assert "plancheck.claims.names" in names and "plancheck.model" in names


@pytest.mark.parametrize("path", READERS, ids=lambda p: str(p.relative_to(SRC)))
def test_readers_import_nothing_from_the_indicators_stage(path):
    assert not [m for m in _imports(path) if m == "plancheck.indicators" or m.startswith("plancheck.indicators.")]


@pytest.mark.parametrize("path", READERS, ids=lambda p: str(p.relative_to(SRC)))
def test_readers_call_no_resolver(path):
    calls = [node.func.attr for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RESOLVING]
    assert not calls


class _Knows:
    """A stand-in for the indicators stage: knows the subjects it was given, by text."""

    def __init__(self, *known: str) -> None:
        self.known_subjects, self.asked = set(known), []

    def known(self, subject: str, kind: str, unit: str | None = None) -> bool:
        self.asked.append(subject)
        return subject in self.known_subjects


def _read(text: str, names: _Knows):
    doc = document_from_text(text)
    counter = iter(range(1, 1000))
    ctx = ProseContext(doc.path, names, lambda: f"c{next(counter)}")
    reader = ProseReader(ctx)
    results = [reader.read(block) for block in segment(doc) if hasattr(block, "heading")]
    return [c for r in results for c in r.claims], {k: v for r in results for k, v in r.naming.items()}


def test_a_reader_hands_over_the_subject_and_names_no_indicator():
    claims, naming = _read("到2025年，森林覆盖率达到25%，城镇居民人均可支配收入和农村居民人均可支配收入分别年均增长7%。",
                           _Knows())
    assert [c.indicator for c in claims] == [None, None]
    assert [naming[c.id].subject for c in claims] == ["森林覆盖率", "城镇居民人均可支配收入和农村居民人均可支配收入"]
    assert (naming[claims[0].id].kind, naming[claims[0].id].unit) == ("level", "%")  # the hints of its reading
    assert naming[claims[1].id].respectively == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


@pytest.mark.parametrize("known, kind", [((), "project"), (("新建成输气管道工程年输气能力",), "level")])
def test_a_facility_like_figure_is_a_project_unless_its_subject_is_known(known, kind):
    names = _Knows(*known)
    claims, _ = _read("“十四五”时期，新建成输气管道工程年输气能力1200亿立方米。", names)
    assert [c.kind for c in claims] == [kind]
    assert names.asked == ["新建成输气管道工程年输气能力"]  # asked only when it reads like a facility


def test_a_plain_figure_asks_nothing_while_reading():
    names = _Knows()
    _read("到2025年，森林覆盖率达到25%。", names)
    assert names.asked == []


TABLE = ("表1 主要指标\n\n"
         "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n"
         "| 城镇化率(%) | 60 | 65 |\n| 其中：南疆四地州 | 40 | 45 |\n| 某某新指标(万人) | 1 | 2 |\n")


def test_the_table_reader_names_nothing_and_the_stage_names_its_rows():
    from plancheck.claims.tables import TableReader
    from plancheck.documents import Table

    doc = document_from_text(TABLE, "t.md")
    table = next(b for b in segment(doc) if isinstance(b, Table))
    counter = iter(range(1, 100))
    reader = TableReader(table, doc.path, 2020, lambda: f"c{next(counter)}")
    claims, _ = reader.read()
    assert claims and all(c.indicator is None for c in claims)
    assert [r.name for r in reader.naming][::2] == ["城镇化率(%)", "某某新指标(万人)"]
    assert reader.naming[1].inherit is reader.naming[0]  # a sub-region's row takes the row above
    named = {(c.indicator, c.quantity.text) for c in plan_from_text(TABLE).claims}
    assert {("urbanization_rate", "65"), ("urbanization_rate@南疆四地州", "45"),
            ("name:某某新指标", "2")} <= named


TEXT_RESPECTIVELY = ("到2025年，城镇居民人均可支配收入和农村居民人均可支配收入分别年均增长7%，"
                     "其中城镇居民人均可支配收入达到5万元。城镇化率达到60%。")


@pytest.mark.parametrize("text, expected", [
    # one figure for two known subjects: one claim each, numbered right after the claim they
    # were read as (c1), which later ids and references still count; a 其中 after it names
    # no part of either for sure, and its reference to the split claim is dropped
    (TEXT_RESPECTIVELY, [("c2", "urban_disposable_income", "growth_rate", {"respectively": True}),
                         ("c3", "rural_disposable_income", "growth_rate", {"respectively": True}),
                         ("c4", "urban_disposable_income", "level", {"wholes_before": 1}),
                         ("c5", "urbanization_rate", "share", {})]),
    # near-miss: one subject unknown, the figure stays one claim of the words as written
    ("到2025年，城镇居民人均可支配收入和某某新指标分别年均增长7%。",
     [("c1", "name:城镇居民人均可支配收入和某某新指标", "growth_rate", {})]),
    # a list: each figure named by its own subject
    ("到2025年，城镇化率和森林覆盖率分别提高到65%和25%。",
     [("c1", "urbanization_rate", "share", {"listed": "c1"}), ("c2", "forest_coverage", "share", {"listed": "c1"})]),
    # a pronoun standing for nothing names no indicator
    ("到2025年，它所占的比重达到30%。", [("c1", None, "share", {"of": "的"})]),
    # a sub-region qualifies the id
    ("到2020年，南疆四地州森林覆盖率达到5%。", [("c1", "forest_coverage@南疆四地州", "share", {})]),
])
def test_the_stage_names_the_claims(text, expected):
    got = [(c.id, c.indicator, c.kind, c.extra) for c in plan_from_text(text).claims]
    assert got == expected


def test_shares_listed_for_a_whole_are_named_by_the_ratio():
    claims = plan_from_text("三次产业比重分别为10%、40%和50%。").claims
    ratio = next(c for c in claims if c.kind == "ratio")
    assert ratio.indicator is None and ratio.name == "三次产业比重"
    assert [c.indicator for c in claims if c.extra.get("listed")] == [None, None, None]
    assert [c.indicator for c in claims if c.extra.get("derived_from") == ratio.id] == [
        "primary_share", "secondary_share", "services_share"]
