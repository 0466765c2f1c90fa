"""A Finding's fields are defined once, in the dataclasses of findings.py: the
JSON keys, the schema and the DataFrame columns follow them (issue 13 item 8)."""

from __future__ import annotations

import json
from dataclasses import fields
from importlib.resources import files

from plancheck.findings import DERIVED, INTERNAL, Finding, Fix, Location, json_keys
from plancheck.model import Claim, Source
from plancheck.numbers import parse_quantity

SCHEMA = json.loads(files("plancheck.reports").joinpath("schema.json").read_text("utf-8"))
DEFS = SCHEMA["$defs"]


def _finding() -> Finding:
    c = Claim(id="c1", indicator="gdp", name="地区生产总值", kind="level", quantity=parse_quantity("13078"),
              unit="亿元", source=Source("p.md", 3, 4, 9), text="地区生产总值 13078 亿元", year=2020)
    loc = Location.of(c)
    return Finding("growth", "error", "m", "gdp", "地区生产总值", ["a"], [loc], ["c1"],
                   [Fix("c1", "13078", "13087", loc, "why")], figures=["level:2020:target:13078亿元"])


def test_to_dict_writes_every_field_under_its_own_name():
    d = _finding().to_dict()
    assert list(d) == json_keys(Finding)
    internal = {f.name for f in fields(Finding) if f.metadata == INTERNAL}
    assert internal == {"figures", "violated"} and not internal & set(d)
    assert "fixes" in d and "fix" not in d  # one name, as in Python and SARIF
    assert list(d["fixes"][0]) == json_keys(Fix)


def test_the_schema_describes_exactly_the_fields():
    for cls, name in ((Finding, "finding"), (Fix, "fix")):
        assert set(DEFS[name]["properties"]) == set(json_keys(cls)), name
        assert set(DEFS[name]["required"]) <= set(json_keys(cls)), name
    # a location's page fields are written only for PDFs and web pages
    assert set(DEFS["location"]["properties"]) == set(json_keys(Location))
    assert set(DEFS["location"]["required"]) == set(json_keys(Location)) - {"page", "page_line"}
    assert set(DERIVED["Finding"]) <= set(DEFS["finding"]["properties"])


def test_a_location_writes_its_page_only_when_it_has_one():
    loc = _finding().locations[0]
    assert "page" not in loc.to_dict()
    paged = Location("a.pdf", 3, page=2, page_line=7).to_dict()
    assert (paged["page"], paged["page_line"]) == (2, 7)


def test_dataframe_columns_are_derived_from_the_fields():
    from plancheck.tables import FINDING_COLUMNS, finding_row

    assert FINDING_COLUMNS[0] == "severity"
    assert {"fixes", "fix_claim", "fix_printed", "fix_suggested", "fix_reason", "fix_resolves"} <= set(FINDING_COLUMNS)
    assert "fix" not in FINDING_COLUMNS and "figures" not in FINDING_COLUMNS
    row = finding_row(_finding().to_dict())
    assert set(row) <= set(FINDING_COLUMNS)
    assert row["fixes"] == "13078 → 13087" and row["fix_suggested"] == "13087"


def test_a_schema_1_report_with_fix_is_still_read():
    from plancheck.tables import finding_row

    old = _finding().to_dict()
    old["fix"] = old.pop("fixes")
    row = finding_row(old)
    assert row["fixes"] == "13078 → 13087" and row["fix_printed"] == "13078"
