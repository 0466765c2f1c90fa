"""Helpers for rule tests: build a small plan document and check it."""

from __future__ import annotations

from plancheck import load

HEADER = "# 青川市国民经济和社会发展第十三个五年规划纲要\n\n"
TABLE_HEAD = "专栏 1 主要指标\n指 标\t2015 年\t2020 年\t年均增长 (%) [累计]\t属性\n"


def plan_text(prose: str = "", rows: list[str] | None = None) -> str:
    """A plan of our own: a title naming the 13th plan, prose, then a 专栏 table."""
    text = HEADER + prose.strip() + "\n\n"
    if rows:
        text += TABLE_HEAD + "\n".join(rows) + "\n"
    return text


def findings(prose: str = "", rows: list[str] | None = None, rule: str | None = None):
    report = load(plan_text(prose, rows), name="plan.md").check()
    return [f for f in report.findings if rule is None or f.rule == rule]


def verdicts(found) -> set[tuple[str, str]]:
    return {(f.rule, f.severity) for f in found}
