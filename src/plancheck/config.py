"""One configuration for every runner: ``plancheck check`` and the pytest plugin.

Settings come from two tables, both optional:

* ``[tool.plancheck]`` in ``pyproject.toml`` — keys ``register``,
  ``documents``, ``fail_on``, ``baseline``, ``select``, ``ignore``;
* ``[plancheck]`` in the register ``targets.toml`` — the same keys except
  ``register`` (it *is* the register).

Precedence, highest first (documented in docs/cli.md):

1. options on the command line (``--fail-on``, ``--baseline``, ``--select``,
   ``--ignore``, FILE arguments; for pytest ``--plancheck-fail-on`` and
   ``--plancheck-baseline``);
2. ``[tool.plancheck]`` of ``pyproject.toml``;
3. ``[plancheck]`` of the register;
4. the defaults (``fail_on = "error"``, no baseline, every rule).

A key set in a higher layer replaces the lower one's whole value (lists are
not merged). Paths are relative to the file that names them. The project
folder is the current folder or the nearest parent holding a
``pyproject.toml`` with a ``[tool.plancheck]`` table or a ``targets.toml``;
the search stops at a folder with ``.git``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

FAIL_ON = ("error", "warning", "info", "never")
PYPROJECT_KEYS = {"register", "documents", "fail_on", "baseline", "select", "ignore"}
REGISTER_NAME = "targets.toml"


@dataclass(slots=True)
class Config:
    """The settings in force for one project folder, with where each came from."""

    root: Path
    register: Path | None = None
    documents: list[Path] = field(default_factory=list)
    fail_on: str = "error"
    baseline: Path | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # key -> file that set it

    @property
    def configured(self) -> bool:
        """True when a configuration table (either one) was found."""
        return bool(self.sources) or self.register is not None

    def shown(self, path: Path, base: Path | None = None) -> str:
        """A path relative to ``base`` (default: the current folder) when below it."""
        base = Path(base or Path.cwd())
        rel = os.path.relpath(path, base)
        return rel if not rel.startswith("..") or not path.is_absolute() else str(path)


def _toml(path: Path) -> dict[str, Any]:
    from .inputs import readable_file

    readable_file(path)
    try:
        with open(path, "rb") as fh:
            return tomllib.loads(fh.read().decode("utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML: {exc}", path=str(path)) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", path=str(path)) from None


def pyproject_table(folder: Path) -> dict[str, Any] | None:
    """The ``[tool.plancheck]`` table of ``folder/pyproject.toml``, validated, or None."""
    path = folder / "pyproject.toml"
    if not os.path.lexists(path):  # a FIFO, device or looping link is there: _toml refuses it
        return None
    table = _toml(path).get("tool", {}).get("plancheck")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise InputError("[tool.plancheck] must be a table", path=str(path), key="tool.plancheck")
    validate(table, PYPROJECT_KEYS, str(path), "tool.plancheck")
    return table


def validate(table: dict[str, Any], keys: set[str], path: str, prefix: str) -> None:
    """One-line errors for an unknown key or a value of the wrong type."""
    import difflib

    for key, value in table.items():
        where = f"{prefix}.{key}"
        if key not in keys:
            close = difflib.get_close_matches(key, sorted(keys), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(sorted(keys))}"
            raise InputError(f"unknown key {key!r}{hint}", path=path, key=where)
        if key in ("documents", "select", "ignore"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError("must be a list of strings", path=path, key=where)
        elif key in ("register", "baseline"):
            if not isinstance(value, str) or not value:
                raise InputError("must be a path (a non-empty string)", path=path, key=where)
        elif key == "fail_on" and value not in FAIL_ON:
            raise InputError(f"must be one of {list(FAIL_ON)}, not {value!r}", path=path, key=where)


def find_root(start: Path | None = None) -> Path | None:
    """The project folder: ``start`` or the nearest parent with a configuration."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / REGISTER_NAME).is_file():
            return folder
        py = folder / "pyproject.toml"
        if os.path.lexists(py):  # a FIFO or looping link here is reported, not passed over
            try:
                if pyproject_table(folder) is not None:
                    return folder
            except InputError:
                return folder  # a broken table is still this project's: report it, don't skip it
        if (folder / ".git").exists():
            return None
    return None


def load_config(root: Path | None = None, register: Path | None = None, pyproject: bool = True) -> Config:
    """The merged configuration of a project folder (see the module docstring).

    ``register`` names the register when the caller already knows it (the
    pytest plugin collecting one); otherwise ``[tool.plancheck] register`` or
    ``root/targets.toml`` is used. Raises :class:`InputError` for a malformed table.
    """
    root = Path(root or find_root() or Path.cwd()).resolve()
    cfg = Config(root=root)
    py = (pyproject_table(root) or {}) if pyproject else {}
    py_path = str(root / "pyproject.toml")
    if register is None:
        if "register" in py:
            register = root / py["register"]
            cfg.sources["register"] = py_path
        elif (root / REGISTER_NAME).is_file():
            register = root / REGISTER_NAME
    reg_table: dict[str, Any] = {}
    if register is not None:
        cfg.register = Path(os.path.normpath(Path(register).resolve()))
        if cfg.register.is_file():
            reg_table = _register_table(cfg.register)
    for table, base, origin in ((reg_table, cfg.register.parent if cfg.register else root,
                                 str(cfg.register)), (py, root, py_path)):
        for key, value in table.items():
            if key == "register":
                continue
            if key == "documents":
                cfg.documents = [Path(os.path.normpath(base / d)) for d in value]
            elif key == "baseline":
                cfg.baseline = Path(os.path.normpath(base / value))
            elif key in ("select", "ignore"):
                setattr(cfg, key, list(value))
            else:
                setattr(cfg, key, value)
            cfg.sources[key] = origin
    return cfg


def _register_table(path: Path) -> dict[str, Any]:
    """The ``[plancheck]`` table of a register (validated as the register loader does)."""
    try:
        data = _toml(path)
    except InputError:
        return {}  # the register's own loader reports it, with its line
    table = data.get("plancheck", {})
    if not isinstance(table, dict):
        return {}
    validate(table, PYPROJECT_KEYS - {"register"}, str(path), "plancheck")
    return table


def config_for_register(path: Path) -> Config | None:
    """The configuration a register is checked under (for the pytest plugin):
    the nearest ``[tool.plancheck]`` above it when that names this register,
    else the register's own ``[plancheck]`` table. None when neither exists."""
    path = Path(os.path.normpath(Path(path).resolve()))
    for folder in (path.parent, *path.parents):
        table = pyproject_table(folder)
        if table is not None:
            named = Path(os.path.normpath(folder / table.get("register", REGISTER_NAME)))
            if named == path:
                return load_config(folder)
            break
        if (folder / ".git").exists():
            break
    cfg = load_config(path.parent, register=path, pyproject=False)
    return cfg if cfg.sources else None
