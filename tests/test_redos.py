"""Regular expressions cannot hang plancheck: a static ReDoS scan and a test of growth.

Every pattern of the package is collected — each compiled pattern at module level
in any plancheck module, and each string literal given to ``re.compile``,
``re.search``, ``re.sub`` … anywhere in src/ — and

* scanned by regexploit, which finds repeats that overlap so that backtracking
  takes polynomial time of degree 3 or more (``占\\s*…\\s*(的)?\\s*(比重)?\\s*$`` was
  degree 5: 120 spaces after 占 took 29 s); it does not report degree 2, so
* run on adversarial strings (runs of what its repeats accept, ending in what its
  tail refuses, and each literal word of the pattern followed by a run of spaces)
  at growing sizes, failing on super-linear growth (tests/growth.py, no wall-clock
  limit).

A pattern regexploit cannot parse (it predates atomic groups and possessive
repeats) fails the scan: rewrite it, or teach ``_scan`` the construct.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import warnings
from pathlib import Path

import pytest

import plancheck
from growth import super_linear

SRC = Path(plancheck.__file__).resolve().parent
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
#: Modules not imported here: optional extras whose import needs the extra installed.
SKIP_IMPORT = {"plancheck.documents.docx", "plancheck.plots", "plancheck.reports.notebook"}


def _module_patterns() -> dict[str, re.Pattern]:
    from plancheck.rules.base import all_rules

    all_rules()  # register the rules in their own order first: importing them A–Z would reorder them
    out = {}
    for info in pkgutil.walk_packages(plancheck.__path__, "plancheck."):
        if info.name in SKIP_IMPORT or info.name.endswith(".__main__"):  # __main__ runs the CLI
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.setdefault(f"{info.name}.{name}", value)
    return out


def _flags(node: ast.expr) -> int:
    """re.I | re.M ... written in our source, read without evaluating it."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        return int(getattr(re, node.attr))
    return 0


def _literal_patterns() -> dict[str, re.Pattern]:
    """String literals passed to re.<function>(...) anywhere in src/, by file:line."""
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in RE_FUNCTIONS and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re" and node.args):
                continue
            try:
                source = ast.literal_eval(node.args[0])
            except ValueError:
                continue  # built from names: compiled at module level, collected there
            flag_nodes = [kw.value for kw in node.keywords if kw.arg == "flags"]
            if len(node.args) > 2 or (node.func.attr == "compile" and len(node.args) > 1):
                flag_nodes.append(node.args[-1])
            flags = 0
            for flag_node in flag_nodes:
                flags |= _flags(flag_node)
            if isinstance(source, str):
                out[f"{path.relative_to(SRC.parent)}:{node.lineno}"] = re.compile(source, flags)
    return out


def _built_patterns() -> dict[str, re.Pattern]:
    """Patterns built on first use from data (the unit spellings of plan_units.txt)."""
    from plancheck.units.text import unit_pattern

    return {"plancheck.claims.patterns.units_alternation(unit spellings)": unit_pattern()}


def all_patterns() -> dict[str, re.Pattern]:
    """Each distinct (pattern, flags) once, under its first name."""
    seen, out = set(), {}
    for name, rx in {**_module_patterns(), **_literal_patterns(), **_built_patterns()}.items():
        if (rx.pattern, rx.flags) not in seen:
            seen.add((rx.pattern, rx.flags))
            out[name] = rx
    return out


PATTERNS = all_patterns()


def _scan(rx: re.Pattern) -> list[str]:
    """regexploit's findings of degree 3 or more (as its command line reports them)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # it uses sre_parse
        from regexploit.ast.sre import SreOpParser
        from regexploit.redos import find

        try:
            parsed = SreOpParser().parse_sre(rx.pattern, rx.flags & ~re.UNICODE)
        except Exception as exc:  # noqa: BLE001  any failure to parse is reported
            return [f"regexploit cannot parse it ({type(exc).__name__}: {exc})"]
        return [f"degree {r.starriness}: {r.example()}" for r in find(parsed) if r.starriness > 2]


def test_patterns_are_collected():
    names = set(PATTERNS)
    assert {"plancheck.claims.patterns.NUMBER_RE", "plancheck.claims.patterns.SHARE_OF_WORDS"} <= names
    assert any(n.startswith("plancheck.claims.prose.patterns.") for n in names)
    assert len(PATTERNS) > 150


def test_scanner_finds_the_old_share_pattern():
    """The scan is not vacuous: the pattern that hung (29 s on 120 spaces) is flagged."""
    old = re.compile(r"占\s*(?P<whole>[^，,。；;]{1,25}?)\s*(?:的)?\s*(?:比重|比例)?\s*(?:达到|为|提高到|保持在)?"
                     r"\s*(?:约|超过)?\s*$")
    assert _scan(old) and "degree" in _scan(old)[0]
    assert not _scan(re.compile(r"占\s*(?P<whole>[^，,。；;\s][^，,。；;]{0,24}?)(?:\s*的)?\s*$"))


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_regexploit_finds_no_redos(name):
    found = _scan(PATTERNS[name])
    assert not found, f"{name} ({PATTERNS[name].pattern!r}): " + "; ".join(found[:3])


# --- growth on adversarial strings --------------------------------------------------------

UNITS = {
    "digits": "1", "digits-commas": "1,", "thousands": ",000", "dots": "1.", "dun": "、",
    "number-dun": "1、", "percent": "%", "number-percent": "1%", "cjk": "新", "spaces": " ",
    "ideographic-spaces": "\u3000", "years": "2020年", "to-year": "到2020年", "colons": "1:",
    "brackets": "(", "quotes": "“", "tabs": "\t1", "growth": "年均增长", "base-year": "比2015年",
    "cumulative": "累计", "english": "grow by average annual ", "of-which": "of which ", "about": "约 ",
    "mixed": "1、新%(约到2020年，", "dashes": "1-", "ratios": "1:1", "by-will": "by 2020, will ",
    "enumeration": "甲乙、", "ordinal": "第 ", "letters-spaces": "a ", "share-of": "占新",
}
#: Words of one pattern behave alike (the verbs of one alternation); the first few suffice.
MAX_WORDS = 4
WORD = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]{2,}")


def adversarial(rx: re.Pattern) -> dict[str, object]:
    """name -> make(n): runs of each unit; and each literal word of the pattern, then n
    spaces, then characters that its ``$`` or next token refuse."""
    makes: dict[str, object] = {k: (lambda n, u=u: (u * (n // len(u) + 1))[:n]) for k, u in UNITS.items()}
    makes["a-spaces-b"] = lambda n: "a" + " " * n + "b"
    for word in list(dict.fromkeys(WORD.findall(rx.pattern)))[:MAX_WORDS]:
        makes[f"{word}+spaces"] = lambda n, w=word: w + " " * n + "，0"
    return makes


def _anchored(name: str) -> bool:
    """Whether a patterns module lists the constant in its ``ANCHORED`` set: patterns used
    only with ``.match(text, pos)`` / ``.fullmatch`` at a given position (a ``^`` would
    not match at ``pos``), so never searched at every position."""
    module, _, const = name.rpartition(".")
    try:
        return const in getattr(importlib.import_module(module), "ANCHORED", ())
    except ImportError:
        return False


def _operations(rx: re.Pattern, name: str = ""):
    """Patterns written for ``match`` (``^...``, ``.*...`` or listed in their module's
    ``ANCHORED``) are run as matched; the others also as searched at every position,
    which is how finditer/sub use them."""
    ops = {"match": rx.match}
    if not rx.pattern.startswith(("^", ".*")) and not _anchored(name):
        ops["finditer"] = lambda s: sum(1 for _ in rx.finditer(s))
    return ops


#: The growth test covers every pattern of the patterns modules (tests/test_patterns.py
#: keeps every pattern of the package in one of them): ``plancheck.patterns`` and the
#: ``patterns`` module of each stage (claims, claims.prose, documents, indicators, …).
def _in_patterns_module(name: str) -> bool:
    module = name.rpartition(".")[0]
    return module == "plancheck.patterns" or module.endswith(".patterns")


PLAN_PATTERNS = sorted(n for n in PATTERNS if _in_patterns_module(n))


def test_plan_patterns_are_collected():
    assert len(PLAN_PATTERNS) > 40 and "plancheck.claims.patterns.SHARE_OF_WORDS" in PLAN_PATTERNS
    assert any(n.startswith("plancheck.claims.prose.patterns.") for n in PLAN_PATTERNS)
    assert any(n.startswith("plancheck.indicators.patterns.") for n in PLAN_PATTERNS)


@pytest.mark.parametrize("name", PLAN_PATTERNS)
def test_pattern_grows_linearly_on_adversarial_strings(name):
    rx = PATTERNS[name]
    slow = []
    for kind, make in adversarial(rx).items():
        for op, run in _operations(rx, name).items():
            why = super_linear(run, make)
            if why:
                slow.append(f"{op} on {kind}: {why}")
    assert not slow, f"{name} ({rx.pattern!r}) grows super-linearly: " + "; ".join(slow[:4])
