"""pytest plugin: the drafts of a plan as a test suite (see docs/pytest-plugin.md).

Registered by the ``pytest11`` entry point, so installing plancheck is
enough. A ``targets.toml`` register with a ``[plancheck]`` table is collected
(one without that table is left alone); the register and every draft listed
in ``[plancheck] documents`` become test files whose items are:

* one item per indicator, named after its id (``gdp``), failing when a
  finding about that indicator reaches the ``fail_on`` severity;
* one item per document-level rule (``enumeration``, ``composition``,
  ``totals`` …), for findings that concern no single indicator.

This is the grouping of the JUnit report: a finding belongs to its
indicator's item when it names an indicator, otherwise to its rule's item.
Accepted findings (``accept = [...]`` on an indicator, or listed in the
baseline) never fail. Each file is read and checked once, at collection, and
its report is cached for the session; items only look their findings up.

A register or draft that cannot be read becomes one failing item, ``load``
(``baseline`` when the baseline file is at fault), whose failure is the
one-line error, without a traceback.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import pytest

from .errors import PlancheckError
from .findings import SEVERITIES, Finding
from .patterns import PLANCHECK_SETTINGS_HEADER as _SETTINGS_HEADER
from .report import Report

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr

REGISTER_NAME = "targets.toml"
FAIL_ON = ("error", "warning", "info", "never")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_CACHE = pytest.StashKey[dict]()


# ----------------------------------------------------------------- hooks

def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("plancheck", "plancheck: the plan drafts listed in targets.toml")
    group.addoption("--plancheck-fail-on", dest="plancheck_fail_on", choices=FAIL_ON, default=None,
                    help="lowest finding severity that fails an item: error (default), warning, "
                         "info or never; overrides [plancheck] fail_on")
    group.addoption("--plancheck-baseline", dest="plancheck_baseline", metavar="FILE", default=None,
                    help="baseline of accepted findings (JSON written by 'plancheck check "
                         "--write-baseline'); overrides [plancheck] baseline")
    group.addoption("--no-plancheck", dest="no_plancheck", action="store_true", default=False,
                    help="do not collect targets.toml registers and their drafts")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> "RegisterFile | None":
    if file_path.name != REGISTER_NAME or parent.config.getoption("no_plancheck", False):
        return None
    if not has_settings(file_path):
        return None
    return RegisterFile.from_parent(parent, path=file_path)


def has_settings(path: Path) -> bool:
    """True when the register has a ``[plancheck]`` table, or a ``[tool.plancheck]``
    table of pyproject.toml names it (if either file is not valid TOML, a line
    that opens the table: then its error is worth a test)."""
    if not path.is_file():  # a FIFO or device named *.toml would block collection
        return False
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        if "plancheck" in tomllib.loads(text):
            return True
    except tomllib.TOMLDecodeError:
        if _SETTINGS_HEADER.search(text):
            return True
    from .config import config_for_register

    try:
        return config_for_register(path) is not None
    except PlancheckError:
        return True  # a malformed [tool.plancheck]: the load item says what is wrong


# ----------------------------------------------------------------- settings

class Settings:
    """What the configuration asks for (see plancheck.config: ``[tool.plancheck]``
    of pyproject.toml over the register's ``[plancheck]``), with the command
    line's options on top."""

    def __init__(self, config: pytest.Config, register_path: Path, cfg: Any) -> None:
        base = Path(register_path).resolve().parent
        self.documents: list[str] = [os.path.relpath(d, base) for d in cfg.documents] if cfg else []
        self.select: tuple[str, ...] = tuple(cfg.select) if cfg else ()
        self.ignore: tuple[str, ...] = tuple(cfg.ignore) if cfg else ()
        self.fail_on: str = config.getoption("plancheck_fail_on") or (cfg.fail_on if cfg else "error")
        option = config.getoption("plancheck_baseline")
        if option:
            self.baseline: str | None = _shown(config, config.invocation_params.dir / option)
        elif cfg is not None and cfg.baseline is not None:
            self.baseline = _shown(config, cfg.baseline)
        else:
            self.baseline = None

    def fails(self, finding: Finding) -> bool:
        if finding.accepted or self.fail_on == "never":
            return False
        return _RANK[finding.severity] <= _RANK[self.fail_on]


def _shown(config: pytest.Config, path: Path) -> str:
    """A path as the user would type it: relative to where pytest was started
    (and still is), so that findings print ``drafts/plan.md:8``; else absolute."""
    base = Path(config.invocation_params.dir)
    path = Path(os.path.normpath(path if Path(path).is_absolute() else base / path))
    if Path.cwd() != base:
        return str(path)
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


# ----------------------------------------------------------------- collectors

class RegisterFile(pytest.File):
    """A ``targets.toml`` with a ``[plancheck]`` table: the register's own items,
    then one :class:`DraftFile` per listed document."""

    def collect(self) -> Iterable[pytest.Item | pytest.Collector]:
        from .api import load
        from .register import load_register

        name = _shown(self.config, self.path)
        from .config import config_for_register

        try:
            register = load_register(name)
            cfg = config_for_register(self.path)
        except PlancheckError as exc:
            return [LoadErrorItem.from_parent(self, name="load", error=str(exc))]
        settings = Settings(self.config, self.path, cfg)

        def check() -> Report:
            # exactly what `plancheck check targets.toml` checks, so baselines agree
            return load(name).check(settings.select, settings.ignore)

        outcome = _cached(self.config, (name, None, settings.select, settings.ignore, settings.baseline),
                          check, settings.baseline)
        if isinstance(outcome, _Failure):
            return [LoadErrorItem.from_parent(self, name=outcome.item, error=outcome.error)]
        children: list[pytest.Item | pytest.Collector] = list(items_for(self, outcome, settings))
        seen: set[Path] = {self.path}
        for doc in settings.documents:
            path = Path(os.path.normpath(self.path.parent / doc))
            if path in seen:
                continue
            seen.add(path)
            children.append(DraftFile.from_parent(self, path=path, name=doc, register=register,
                                                  settings=settings, **_nodeid(self, path, doc)))
        return children


def _nodeid(parent: pytest.Collector, path: Path, doc: str) -> dict[str, Any]:
    """A draft outside the rootdir gets a node id under its register's."""
    try:
        path.relative_to(parent.config.rootpath)
        return {}
    except ValueError:
        return {"nodeid": f"{parent.nodeid}::{doc}"}


class DraftFile(pytest.File):
    """A plan draft listed in ``[plancheck] documents``, read with the register."""

    def __init__(self, *, register: Any, settings: Settings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.register = register
        self.settings = settings

    def collect(self) -> Iterable[pytest.Item]:
        from .pipeline import plan_from_file  # lazy: the plugin loads in every pytest session

        name = _shown(self.config, self.path)
        settings = self.settings

        def check() -> Report:
            return plan_from_file(name, register=self.register).check(settings.select, settings.ignore)

        key = (name, self.register.path, settings.select, settings.ignore, settings.baseline)
        outcome = _cached(self.config, key, check, settings.baseline)
        if isinstance(outcome, _Failure):
            return [LoadErrorItem.from_parent(self, name=outcome.item, error=outcome.error)]
        return list(items_for(self, outcome, settings))


class _Failure:
    def __init__(self, item: str, error: str) -> None:
        self.item, self.error = item, error


def _cached(config: pytest.Config, key: tuple, check, baseline: str | None) -> "Report | _Failure":
    """The report for ``key``, computed (and baselined) once per session."""
    cache = config.stash.setdefault(_CACHE, {})
    if key not in cache:
        try:
            report = check()
        except PlancheckError as exc:
            cache[key] = _Failure("load", str(exc))
        else:
            cache[key] = report
            if baseline:
                from .baseline import apply_baseline

                try:
                    apply_baseline(report, baseline)
                except PlancheckError as exc:
                    cache[key] = _Failure("baseline", str(exc))
    return cache[key]


def document_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[str]:
    """Ids of the rules that run over the whole plan rather than one indicator
    at a time (their findings may name no indicator), among those selected."""
    from .findings import _rule_match
    from .rules.base import all_rules

    sel, ign = set(select), set(ignore)
    return [rule_id for rule_id, r in all_rules().items()
            if r.scope == "plan" and (not sel or _rule_match(rule_id, sel)) and not _rule_match(rule_id, ign)]


def items_for(parent: pytest.File, report: Report, settings: Settings) -> Iterator["PlancheckItem"]:
    """One item per indicator, then one per document-level rule; every finding
    goes to exactly one item (its indicator's, else its rule's)."""
    by_indicator: dict[str, list[Finding]] = {ind_id: [] for ind_id in report.indicators}
    by_rule: dict[str, list[Finding]] = {r: [] for r in document_rules(settings.select, settings.ignore)}
    for f in report.findings:
        if f.indicator and f.indicator in by_indicator:
            by_indicator[f.indicator].append(f)
        else:
            by_rule.setdefault(f.rule, []).append(f)
    for ind_id, findings in by_indicator.items():
        ind = report.indicators[ind_id]
        where = (ind.claims[0].source.path, ind.claims[0].source.line) if ind.claims else None
        lead = next(iter([f for f in findings if settings.fails(f)] or findings), None)
        if lead is not None and lead.primary is not None:  # the figure to fix, as every format says
            where = (lead.primary.path, lead.primary.line)
        yield PlancheckItem.from_parent(parent, name=ind_id, findings=findings, settings=settings,
                                        label=f"{ind.name} ({ind_id})" if ind.name != ind_id else ind_id,
                                        where=where)
    for rule_id, findings in by_rule.items():
        name = rule_id if rule_id not in by_indicator else f"rule:{rule_id}"
        lead_ = next(iter([f for f in findings if settings.fails(f)] or findings), None)
        where = (lead_.primary.path, lead_.primary.line) if lead_ is not None and lead_.primary else None
        yield PlancheckItem.from_parent(parent, name=name, findings=findings, settings=settings,
                                        label=f"rule {rule_id}", where=where)


# ----------------------------------------------------------------- items

class PlancheckFailure(Exception):
    """Raised by an item whose findings reach the fail_on severity."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} finding(s)")
        self.findings = findings


class PlancheckItem(pytest.Item):
    """The findings of one indicator (or one document-level rule) of one file."""

    def __init__(self, *, findings: list[Finding], settings: Settings, label: str,
                 where: tuple[str, int] | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.findings = findings
        self.settings = settings
        self.label = label
        self.where = where
        self.user_properties.extend(("plancheck_key", f.key) for f in findings)
        self.extra_keyword_matches.add(label)

    def runtest(self) -> None:
        failing = [f for f in self.findings if self.settings.fails(f)]
        rest = [f for f in self.findings if f not in failing]
        if rest:
            self.add_report_section("call", "plancheck findings",
                                    "\n\n".join(describe(f) for f in rest))
        if failing:
            raise PlancheckFailure(failing)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str | TerminalRepr:
        if isinstance(excinfo.value, PlancheckFailure):
            failing = excinfo.value.findings
            head = (f"{self.label}: {len(failing)} finding{'s' if len(failing) != 1 else ''} "
                    f"at or above '{self.settings.fail_on}'")
            return "\n\n".join([head, *(describe(f) for f in failing)])
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path | str, int | None, str]:
        if self.where is not None:
            return self.where[0], max(self.where[1] - 1, 0), f"plancheck: {self.label}"
        return self.path, None, f"plancheck: {self.label}"


class LoadErrorItem(pytest.Item):
    """A register, draft or baseline that cannot be read: one failing item."""

    def __init__(self, *, error: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        raise PlancheckError(self.error)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str | TerminalRepr:
        if isinstance(excinfo.value, PlancheckError):
            return f"plancheck: {self.error}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path | str, int | None, str]:
        what = "the baseline" if self.name == "baseline" else self.path.name
        return self.path, None, f"plancheck: cannot read {what}"


def describe(f: Finding) -> str:
    """A finding as text: message, arithmetic, file:line locations, fixes."""
    head = f"{f.severity}[{f.rule}]{' (accepted)' if f.accepted else ''} {f.message}"
    lines = [head, *(f"    = {a}" for a in f.arithmetic)]
    from .reports.text import ordered_locations

    for loc in ordered_locations(f):
        quote = loc.text if len(loc.text) <= 100 else loc.text[:97] + "…"
        lines.append(f"    at {loc.path}:{loc.line}:{loc.column}  {quote}".rstrip())
    lines += [("    fix: " if i == 0 else "     or: ") + str(fx) for i, fx in enumerate(f.fixes[:3])]
    return "\n".join(lines)
