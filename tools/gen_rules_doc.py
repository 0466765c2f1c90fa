"""Write docs/rules.md from the rule modules' own docstrings.

Usage:  .venv/bin/python tools/gen_rules_doc.py   (tests/test_docs.py fails when it is stale)

The docstring of each rule module is its documentation (with a firing example
and a near-miss); this script only collects them, so the page cannot drift
from the code.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "rules.md"

HEADER = """# Rules

Each rule is one module in `src/plancheck/rules/`, registered under a stable
id. Severities: `error` when no reading of the printed numbers agrees,
`warning` when they agree only under a loose reading or an explanation,
`info` for explained differences. Select or skip rules with
`plancheck check --select growth,units` / `--ignore enumeration`; accept one
indicator's findings of a rule in the register with `accept = ["rule-id"]`.
Every table-driven test of a rule is in `tests/rules/test_<rule>.py`.

A rule is registered by its `@rule` decorator alone: every module of the
package is imported, so adding a rule is adding its module. Its parameters
(the numbers and word lists it decides by) are declared with it as data and
listed below and by `plancheck rules NAME`. A rule does not write fixes: each
error names the relation its figures violate (`target = base × (1 + rate)^years`,
`change = target − base`, `total = average × years`, one figure printed twice,
parts within a whole, shares summing to 100, one number in two units;
`plancheck.localize`), and localisation solves it for every figure that may
change, preferring a one-keystroke slip — only within one figure, or between
statements of the same quantity, time and role.

This page is generated from the rule modules' docstrings by
`tools/gen_rules_doc.py`.
"""


def render() -> str:
    from plancheck.rules.base import all_rules

    parts = [HEADER]
    for rule_id, rule in all_rules().items():
        module = importlib.import_module(rule.module)
        doc = (module.__doc__ or "").strip()
        title, _, body = doc.partition("\n")
        params = "".join(f"\n- `{name}` = `{p.shown()}`: {p.description}" for name, p in rule.params.items())
        parts.append(f"## `{rule_id}` ({rule.severity})\n\n{rule.description}.\n\n"
                     f"**{title.strip()}**\n{body.rstrip()}\n"
                     + (f"\nParameters (`plancheck rules {rule_id}`):\n{params}\n" if params else ""))
    return "\n".join(parts)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    TARGET.write_text(render(), "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
