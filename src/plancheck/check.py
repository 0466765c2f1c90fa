"""The rules stage of the pipeline: rules → localised findings → report.

:func:`check_plan` runs every (selected) rule over a plan, merges duplicate
findings, says less when an identity is uncertain, and localises each
finding (which printed number to fix). The CLI, the pytest plugin and the
library API all reach it through :mod:`plancheck.pipeline` and
:meth:`plancheck.plan.Plan.check`, so every interface reports the same findings.
"""

from __future__ import annotations

import traceback
from typing import Iterable

from .claims import patterns as P
from .findings import Finding, _rule_match, sort_findings
from .localize import localize
from .report import Report
from .rules.base import Plan, all_rules


def run_rules(plan: Plan, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Finding]:
    """Run every (selected) rule; a crashing rule becomes an internal-error finding."""
    sel, ign = set(select), set(ignore)
    findings: list[Finding] = []
    for rule_id, r in all_rules().items():
        if (sel and not _rule_match(rule_id, sel)) or _rule_match(rule_id, ign):
            continue
        try:
            findings.extend(r.run(plan))
        except Exception as exc:  # collect, don't raise: one broken rule must not hide the rest
            last = traceback.extract_tb(exc.__traceback__)[-1]
            findings.append(Finding(rule="internal-error", severity="warning",
                                    message=f"rule {rule_id} failed: {type(exc).__name__}: {exc} "
                                            f"({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"))
    by_id = {c.id: c for c in plan.claims}
    findings = [_read_by_ocr(_uncertain_identity(f, by_id), by_id) for f in merge_duplicates(findings)]
    for f in findings:
        ind = plan.indicators.get(f.indicator or "")
        if ind is not None and f.rule in ind.accept:
            f.accepted = True
            f.accepted_by = "register"
    return sort_findings(localize(findings))


def _uncertain_identity(f: Finding, by_id: dict) -> Finding:
    """Statements joined only because they word an indicator alike (``name:…``,
    not in the register or the glossary) may be two quantities: a contradiction
    between them is a warning when a table is among them or when sentences of
    different passages name a quantity (特色林果产值), and information when the
    wording is an action or a bare noun (筹措, 产值) or the statements are
    parallel items of one passage — never an error. A check within one statement
    (a ratio's parts) or between different indicators (其中) is not affected."""
    claims = [by_id[c] for c in f.claims if c in by_id]
    indicators = {c.indicator for c in claims}
    one_row = len({(c.source.path, c.source.line) for c in claims}) == 1 and all(
        c.origin == "table" for c in claims)  # the cells of one table row are one indicator for sure
    joined_by_name = (not one_row and len(claims) > 1 and len(indicators) == 1
                      and (f.indicator or "").startswith("name:"))
    if f.severity in ("error", "warning") and joined_by_name:
        # sentences that only word a subject alike (筹措…亿元, 提出…条) are most often
        # different things; a table row stated again in prose is likelier the same
        in_prose = all(c.origin == "prose" for c in claims)
        one_paragraph = len({(c.source.path, c.text) for c in claims}) == 1 or len(
            {(c.source.path, c.source.line) for c in claims}) == 1  # parallel items of one passage
        name = (f.indicator or "")[5:].split("@")[0]
        head = P.INDICATOR_WORDING.match(name)
        modifier = name[: head.start("head")] if head else ""
        firm = bool(head) and not P.ACTION_WORDING.match(name) and not P.INDICATOR_HEAD.fullmatch(modifier) \
            and not P.GENERIC_MODIFIER.fullmatch(modifier)  # 特色林果产值, not 产量产量 or 生产能力
        # many statements no two of which agree are a list of different things, not one misprint
        values = [c.quantity.text for c in claims]
        all_differ = len(claims) >= 3 and len(set(values)) == len(values)
        kinds = {c.kind for c in claims}
        level_and_share = f.rule == "units" and {"level", "share"} <= kinds  # 产值 ... 占…的59.6%
        f.severity = "info" if (in_prose and (one_paragraph or not firm)) or all_differ or level_and_share \
            else "warning"
        f.message += " (indicator known only by its wording: check the statements speak of one quantity)"
    return f


def _read_by_ocr(f: Finding, by_id: dict) -> Finding:
    """A contradiction that rests on a figure read by OCR from a scanned page is a
    warning, not an error: the recognised digits may not be the printed ones (a
    [1.5] read as [4.5] contradicts its row as surely as a misprint would). The
    message says which figures to check against the scan; once they are confirmed
    (or the page has a text layer) the same contradiction is an error again."""
    if f.severity != "error":
        return f
    scanned = [by_id[c] for c in f.claims if c in by_id and "ocr" in by_id[c].extra]
    if not scanned:
        return f
    f.severity = "warning"
    where = ", ".join(sorted({f"'{c.quantity.text}' ({c.source.where or f'line {c.source.line}'})"
                              for c in scanned}))
    f.message += f" (read by OCR from a scanned page: check {where} against the scan)"
    return f


def merge_duplicates(findings: list[Finding]) -> list[Finding]:
    """One finding per problem: the same rule and message from a figure stated
    twice (a document and its register) becomes one finding with all locations."""
    seen: dict[tuple, Finding] = {}
    out: list[Finding] = []
    for f in findings:
        key = (f.rule, f.severity, f.indicator, f.message)
        first = seen.get(key)
        if first is None:
            seen[key] = f
            out.append(f)
            continue
        known = {(loc.path, loc.line, loc.column) for loc in first.locations}
        first.locations += [loc for loc in f.locations if (loc.path, loc.line, loc.column) not in known]
        first.claims += [c for c in f.claims if c not in first.claims]
        first.figures += [x for x in f.figures if x not in first.figures]
    return out


def check_plan(plan: Plan, unparsed: list | None = None, paths: list[str] | None = None,
               select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Report:
    findings = run_rules(plan, select, ignore)
    return Report(plan.claims, findings, plan.indicators, unparsed or [], paths or [plan.path],
                  [plan.calendar] if plan.calendar else [])
