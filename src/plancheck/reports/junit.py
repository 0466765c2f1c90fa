"""JUnit XML: plan checks as test results for CI dashboards (GitLab, Jenkins, Azure).

The layout maps what a reviewer asks ("which indicators are broken?") onto
what test dashboards show:

* one ``<testsuite>`` per input path (a register or a plan document), so a
  folder of plans shows one suite per plan;
* one ``<testcase>`` per indicator of that input, passing when no finding
  fails it, and one per plan-level rule that reported something (findings
  with no indicator, e.g. an enumeration whose count is wrong);
* a testcase fails (one ``<failure>``, whose text lists every failing
  finding with its arithmetic, locations and fix) when it has an error
  finding, or a warning/info one if ``fail_on`` says so — the same threshold
  as ``plancheck check --fail-on``; other findings go to ``<system-out>``.
  Accepted findings never fail.

Text from the document is untrusted: ElementTree escapes markup, and
characters that XML 1.0 cannot carry at all (most C0 controls) are replaced
by U+FFFD, so a stray form feed in a plan cannot make the report unparsable.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from typing import Iterable

from ..findings import SEVERITIES
from .text import ordered_locations
from .patterns import XML_INVALID as _XML_INVALID

_RANK = {s: i for i, s in enumerate(SEVERITIES)}

def xml_text(text: str) -> str:
    """Text that XML 1.0 can carry (invalid characters become U+FFFD)."""
    return _XML_INVALID.sub("\ufffd", text)


def _fails(finding, fail_on: str) -> bool:
    if finding.accepted or fail_on == "never":
        return False
    return _RANK[finding.severity] <= _RANK.get(fail_on, 0)


def render(report, fail_on: str = "error", **_options) -> str:
    """JUnit XML; ``fail_on`` is the lowest severity that fails a testcase
    (``error``, ``warning``, ``info`` or ``never``)."""
    if fail_on not in (*SEVERITIES, "never"):
        raise ValueError(f"fail_on must be one of {', '.join((*SEVERITIES, 'never'))}, not {fail_on!r}")
    suites = _group(report)
    root = ET.Element("testsuites", name="plancheck")
    totals = {"tests": 0, "failures": 0}
    for path, cases in suites.items():
        suite = ET.SubElement(root, "testsuite", name=xml_text(path), errors="0", skipped="0", time="0")
        failures = 0
        for (kind, _key), (label, findings, where) in cases.items():
            failing = [f for f in findings if _fails(f, fail_on)]
            case = ET.SubElement(suite, "testcase", name=xml_text(label),
                                 classname=xml_text(_classname(path, kind)), time="0")
            lead = (failing or findings or [None])[0]
            if lead is not None and lead.primary is not None:  # the figure to fix, as every format says
                where = (lead.primary.path, lead.primary.line)
            if where is not None:
                case.set("file", xml_text(where[0]))
                if where[1] >= 1:
                    case.set("line", str(where[1]))
            if failing:
                failures += 1
                first = failing[0]
                message = first.message if len(failing) == 1 else f"{len(failing)} findings: {first.message}"
                failure = ET.SubElement(case, "failure", message=xml_text(message),
                                        type=xml_text(",".join(dict.fromkeys(f.rule for f in failing))))
                failure.text = xml_text("\n\n".join(_describe(f) for f in failing))
            rest = [f for f in findings if f not in failing]
            if rest:
                ET.SubElement(case, "system-out").text = xml_text("\n\n".join(_describe(f) for f in rest))
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(failures))
        totals["tests"] += len(cases)
        totals["failures"] += failures
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failures"]))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _classname(path: str, kind: str) -> str:
    stem = os.path.splitext(os.path.basename(path))[0] or path
    return f"plancheck.{stem}.{'rules' if kind == 'rule' else 'indicators'}"


def _describe(f) -> str:
    head = f"{f.severity}[{f.rule}]{' (accepted)' if f.accepted else ''} {f.message}"
    lines = [head, *(f"    = {a}" for a in f.arithmetic)]
    lines += [f"    at {loc.path}:{loc.line}:{loc.column}  {loc.text}" for loc in ordered_locations(f)]
    lines += [("    fix: " if i == 0 else "     or: ") + str(fx) for i, fx in enumerate(f.fixes[:3])]
    return "\n".join(lines)


Case = tuple[str, list, "tuple[str, int] | None"]


def _group(report) -> dict[str, dict[tuple[str, str], Case]]:
    """Suites by input path; in each, testcases keyed by ('indicator', id) or ('rule', id)."""
    inputs = list(dict.fromkeys(report.paths)) or ["plancheck"]
    suites: dict[str, dict[tuple[str, str], Case]] = {p: {} for p in inputs}
    home = _Home(inputs)
    indicators = report.indicators.values() if isinstance(report.indicators, dict) else report.indicators
    for ind in indicators:
        paths = [c.source.path for c in ind.claims]
        where = (ind.claims[0].source.path, ind.claims[0].source.line) if ind.claims else None
        suite = home.of(paths)
        suites.setdefault(suite, {})[("indicator", ind.id)] = (_label(ind.name, ind.id), [], where)
    for f in report.findings:
        suite = home.of([loc.path for loc in f.locations])
        cases = suites.setdefault(suite, {})
        where = (f.locations[0].path, f.locations[0].line) if f.locations else None
        key = ("indicator", f.indicator) if f.indicator else ("rule", f.rule)
        if key not in cases:
            label = _label(f.indicator_name, f.indicator) if f.indicator else f"rule {f.rule}"
            cases[key] = (label, [], where)
        cases[key][1].append(f)
    return suites


def _label(name: str, ind_id: str | None) -> str:
    return f"{name} ({ind_id})" if name and name != ind_id else (ind_id or name)


class _Home:
    """Which input a claim or finding belongs to, from the paths it cites.

    A document's claims cite the document itself. A register's figures cite
    the plan document they were typed from, which is not an input: with a
    single register among the inputs, such paths belong to it.
    """

    def __init__(self, inputs: Iterable[str]) -> None:
        self.inputs = list(inputs)
        self.norm = {os.path.normpath(p): p for p in self.inputs}
        registers = [p for p in self.inputs if p.endswith(".toml")]
        self.register = registers[0] if len(registers) == 1 else None

    def of(self, paths: list[str]) -> str:
        if len(self.inputs) == 1:
            return self.inputs[0]
        for p in paths:
            hit = self.norm.get(os.path.normpath(p))
            if hit is not None:
                return hit
        if self.register is not None:
            return self.register
        return paths[0] if paths else self.inputs[0]
