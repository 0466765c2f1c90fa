"""``plancheck rules [RULE]``: what each rule checks, and when it fires.

The explanation is the rule module's docstring, which states the arithmetic,
the severities, an example that fires and a near-miss that must not, followed
by the parameters the rule declares (value and meaning), so the command and
docs/rules.md never drift from the code.
"""

from __future__ import annotations

import difflib
import json
import sys

from ..errors import UsageError
from .common import write_output


def add_arguments(p) -> None:
    p.add_argument("rule", nargs="?", metavar="RULE", help="explain this rule in full")
    p.add_argument("--format", "-f", default="text", choices=("text", "json"), help="output format")


def rule_explanation(rule) -> str:
    """The docstring of the module that registered ``rule`` (else the function's)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("plancheck.rules.") and module is not None \
                and any(v is rule.func for v in vars(module).values()):
            return (module.__doc__ or rule.doc or rule.description).strip()
    return (rule.doc or rule.description).strip()


def _entry(rule, full: bool) -> dict:
    out = {"id": rule.id, "severity": rule.severity, "description": rule.description}
    if full:
        out["explanation"] = rule_explanation(rule)
        out["parameters"] = {name: p.to_dict() for name, p in rule.params.items()}
    return out


def parameter_lines(rule) -> list[str]:
    """``name = value`` and what it decides, one parameter a line (none: no lines)."""
    return [f"  {name} = {p.shown()}: {p.description}" for name, p in rule.params.items()]


def run(args) -> int:
    from ..rules.base import all_rules

    rules = all_rules()
    if args.rule is not None:
        if args.rule not in rules:
            near = difflib.get_close_matches(args.rule, list(rules), n=3, cutoff=0.4)
            hint = f"; did you mean {', '.join(near)}?" if near else f"; known: {', '.join(sorted(rules))}"
            raise UsageError(f"unknown rule {args.rule!r}{hint}")
        entry = _entry(rules[args.rule], True)
        params = parameter_lines(rules[args.rule])
        text = (json.dumps(entry, ensure_ascii=False, indent=2) if args.format == "json" else
                f"{entry['id']} (default severity: {entry['severity']})\n{entry['description']}\n\n"
                f"{entry['explanation']}" + ("\n\nParameters:\n" + "\n".join(params) if params else ""))
        write_output(text, None)
        return 0
    entries = [_entry(r, False) for r in sorted(rules.values(), key=lambda r: r.id)]
    if args.format == "json":
        write_output(json.dumps(entries, ensure_ascii=False, indent=2), None)
        return 0
    width = max((len(e["id"]) for e in entries), default=4)
    lines = [f"{e['id']:<{width}}  {e['severity']:<7}  {e['description']}" for e in entries]
    lines.append(f"{len(entries)} rules; 'plancheck rules RULE' explains one")
    write_output("\n".join(lines), None)
    return 0
