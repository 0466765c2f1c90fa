"""SARIF 2.1.0: findings for code-scanning dashboards (GitHub, Azure DevOps, IDEs).

One run; the driver lists every registered rule (so a dashboard can show a
rule's description even when it found nothing) plus any rule id that only
appears in findings, such as ``internal-error``. Each finding is one result:

* the primary location is where the most likely fix is (the figure that
  :func:`plancheck.localize.localize` ranked first), because that is the
  line a reviewer should edit; the other statements of the finding are
  ``relatedLocations``, each quoting its figure;
* the arithmetic goes into the message text (dashboards show nothing else)
  and, as a list, into the result's property bag;
* suggested corrections are always in ``properties.fixes``; a SARIF ``fix``
  with an ``artifactChanges`` replacement is emitted only when the location
  spans exactly the printed number, so that applying it cannot corrupt the
  document (a register gives lines, not columns, and a printed ``7左右``
  is not replaced by a bare ``7``);
* accepted findings (register ``accept``, baseline) carry a suppression, so
  dashboards show them as dismissed rather than dropping them silently;
* ``partialFingerprints`` holds :attr:`Finding.key`, which leaves line numbers
  out, so an edit above a finding does not make it look new.

Columns are Unicode code points (``columnKind: unicodeCodePoints``), which is
how Python counts them, so a Chinese line's columns come out right.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote
from .patterns import NON_ALNUM_RUN, PRINTED_NUMBER as _PLAIN_NUMBER, WINDOWS_ABSOLUTE as _WINDOWS_ABSOLUTE

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"
FINGERPRINT = "plancheckKey/v1"

#: Rules that exist only as findings (not in the registry), with a description.
EXTRA_RULES = {"internal-error": ("warning", "a rule crashed; the other rules still ran")}

#: The current folder relative to the source root, while a log is being built.
_ROOT_PREFIX = "."


def render(report, **_options) -> str:
    """The report as a SARIF 2.1.0 log (JSON text)."""
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2, allow_nan=False)


def source_root(paths, cwd: str | None = None) -> str:
    """The folder every relative path of the report lies under: the current
    folder, or its nearest ancestor that also holds ``../`` paths (a draft in
    ``../shared/corpus`` checked from a checkout)."""
    import os

    here = os.path.abspath(cwd or os.getcwd())
    rel = [os.path.normpath(os.path.join(here, p)) for p in paths
           if p and not p.startswith("/") and not _WINDOWS_ABSOLUTE.match(p)]
    try:
        return os.path.commonpath([here, *rel]) if rel else here
    except ValueError:  # different drives
        return here


def sarif_log(report) -> dict[str, Any]:
    """The SARIF log as a dict (for tools that post-process it before writing).

    Every relative path becomes a URI relative to ``%SRCROOT%``, which
    ``originalUriBaseIds`` defines as the folder all of them lie under (see
    :func:`source_root`), so no URI climbs out of its base with ``../``."""
    import os

    from .. import __version__

    paths = {loc.path for f in report.findings for loc in f.locations}
    paths |= {fx.location.path for f in report.findings for fx in f.fixes if fx.location}
    root = source_root(sorted(paths))
    here = os.path.abspath(os.getcwd())
    global _ROOT_PREFIX
    _ROOT_PREFIX = os.path.relpath(here, root)
    try:
        rules = _rule_descriptors(report.findings)
        index = {r["id"]: i for i, r in enumerate(rules)}
        results = [_result(f, index) for f in report.findings]
    finally:
        _ROOT_PREFIX = "."
    run = {
        "tool": {"driver": {"name": "plancheck", "version": __version__,
                            "semanticVersion": __version__, "rules": rules}},
        "originalUriBaseIds": {SRCROOT: {"uri": "file://" + quote(root.replace(os.sep, "/").rstrip("/")
                                                                  + "/", safe="/:")}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _rule_descriptors(findings) -> list[dict[str, Any]]:
    from ..rules.base import all_rules

    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for rule_id, r in all_rules().items():
        out.append(_descriptor(rule_id, r.severity, r.description, r.doc))
        seen.add(rule_id)
    for f in findings:
        if f.rule not in seen:
            severity, text = EXTRA_RULES.get(f.rule, (f.severity, f"findings of rule {f.rule}"))
            out.append(_descriptor(f.rule, severity, text, ""))
            seen.add(f.rule)
    return out


def _descriptor(rule_id: str, severity: str, description: str, doc: str) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in NON_ALNUM_RUN.split(rule_id)) or rule_id,
        "shortDescription": {"text": description or rule_id},
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
    }
    if doc:
        d["fullDescription"] = {"text": doc.split("\n\n")[0].replace("\n", " ")}
        d["help"] = {"text": doc}
    return d


def primary_location(finding):
    """The location a reader should look at first: :attr:`Finding.primary`
    (the top-ranked fix's figure when there is one, else the first location)."""
    return finding.primary


def _result(finding, rule_index: dict[str, int]) -> dict[str, Any]:
    primary = primary_location(finding)
    others = finding.related  # one per statement
    lines = [finding.message, *(f"  = {a}" for a in finding.arithmetic)]
    if finding.fixes:
        lines.append(f"  fix: {finding.fixes[0]}")
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": "\n".join(lines)},
        "locations": [_location(primary)] if primary is not None else [],
        "partialFingerprints": {FINGERPRINT: finding.key},
        "properties": {
            "indicator": finding.indicator,
            "indicatorName": finding.indicator_name,
            "arithmetic": list(finding.arithmetic),
            "claims": list(finding.claims),
            "fixes": [fx.to_dict() for fx in finding.fixes],
        },
    }
    if others:
        result["relatedLocations"] = [_location(loc, i) for i, loc in enumerate(others, 1)]
    fixes = [s for s in (_sarif_fix(fx) for fx in finding.fixes) if s is not None]
    if fixes:
        result["fixes"] = fixes
    if finding.accepted:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": "accepted in the register or the baseline"}]
    return result


def _location(loc, loc_id: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(loc.path)}
    region = _region(loc)
    if region:
        physical["region"] = region
    out: dict[str, Any] = {"physicalLocation": physical}
    if loc_id is not None:
        out["id"] = loc_id
    if loc.text:
        out["message"] = {"text": loc.text}
    return out


def _region(loc) -> dict[str, Any] | None:
    if loc.line < 1:  # line unknown: SARIF lines start at 1
        return None
    region: dict[str, Any] = {"startLine": loc.line, "startColumn": max(loc.column, 1)}
    if loc.end_column > loc.column:
        region["endColumn"] = loc.end_column
    return region


def _sarif_fix(fx) -> dict[str, Any] | None:
    loc = fx.location
    if (loc is None or loc.line < 1 or loc.end_column - loc.column != len(fx.printed)
            or not _PLAIN_NUMBER.fullmatch(fx.printed)):
        return None
    return {
        "description": {"text": str(fx)},
        "artifactChanges": [{
            "artifactLocation": artifact_location(loc.path),
            "replacements": [{
                "deletedRegion": {"startLine": loc.line, "startColumn": loc.column,
                                  "endColumn": loc.end_column},
                "insertedContent": {"text": fx.suggested},
            }],
        }],
    }


def artifact_location(path: str) -> dict[str, Any]:
    """A SARIF artifactLocation for a path as plancheck printed it.

    Relative paths stay relative (to ``%SRCROOT%``, the folder plancheck ran
    in, which is what code-scanning uploads expect); absolute paths become
    ``file:`` URIs. Both are percent-encoded, so spaces and Chinese file
    names make valid URI references.
    """
    if _WINDOWS_ABSOLUTE.match(path) or path.startswith("/"):
        posix = path.replace("\\", "/")
        if not posix.startswith("/"):
            posix = "/" + posix
        return {"uri": "file://" + quote(posix, safe="/:")}
    import posixpath

    posix = str(PurePosixPath(path.replace("\\", "/")))
    if _ROOT_PREFIX != ".":  # relative to the source root, not to the current folder
        posix = posixpath.normpath(posixpath.join(_ROOT_PREFIX.replace("\\", "/"), posix))
    return {"uri": quote(posix, safe="/-._~!$&'()*+,;=@"), "uriBaseId": SRCROOT}
