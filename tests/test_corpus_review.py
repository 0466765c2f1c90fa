"""Every error and warning on the shared corpus has been read (issue: no false alarms).

The list with our verdicts is tests/data/corpus_review.json (prose in
docs/findings-corpus.md). A finding that appears without a verdict, or a listed
one that disappears, fails this test: each must be read before it lands.
Skipped when ../shared/corpus is absent."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS, DATA

from plancheck.api import check_paths

REVIEW = json.loads((DATA / "corpus_review.json").read_text("utf-8"))


def _documents() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md")


def _key(document: str, line: int, rule: str, severity: str) -> tuple:
    return (document, line, rule, severity)


@pytest.fixture(scope="module")
def corpus_findings() -> Counter:
    found: Counter = Counter()
    for path in _documents():
        report = check_paths([str(path)])
        for f in report.findings:
            if f.severity in ("error", "warning"):
                loc = f.locations[0] if f.locations else None
                found[_key(path.name, loc.line if loc else 0, f.rule, f.severity)] += 1
    return found


def test_every_finding_on_the_corpus_has_a_verdict(corpus_findings):
    listed = Counter(_key(r["document"], r["line"], r["rule"], r["severity"]) for r in REVIEW["findings"])
    unread = corpus_findings - listed
    assert not unread, f"findings without a verdict in tests/data/corpus_review.json: {sorted(unread)}"


def test_every_listed_finding_is_still_found(corpus_findings):
    listed = Counter(_key(r["document"], r["line"], r["rule"], r["severity"]) for r in REVIEW["findings"])
    gone = listed - corpus_findings
    assert not gone, f"listed findings no longer reported (update the review if on purpose): {sorted(gone)}"


def test_no_error_on_the_corpus_is_false():
    assert all(r["verdict"].startswith("real") for r in REVIEW["findings"] if r["severity"] == "error")


def test_at_most_one_false_warning_per_three_documents():
    false = [r for r in REVIEW["findings"] if r["severity"] == "warning" and r["verdict"] == "false"]
    assert len(false) * 3 <= len(_documents())
