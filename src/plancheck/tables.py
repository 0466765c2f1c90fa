"""pandas DataFrames of findings, claims and indicators.

Columns are derived from the ``to_dict`` of each object, the same contract
as the JSON output, so a column name means the same thing in a DataFrame,
in ``--format json`` and in docs/output-formats.md. Nested values are
flattened for filtering: a claim's ``source`` becomes ``path``, ``line``,
``column``, ``end_column``; its ``interval`` becomes ``lo`` and ``hi``
(NaN-free: an infinite bound is ±inf, the bound's meaning); a finding's
first location becomes ``path``/``line``/``column`` and all of them a
``locations`` string; lists of strings are joined. Keys a later version adds
to ``to_dict`` appear as columns without a change here.

pandas is optional (``pip install plancheck[pandas]``) and imported inside
each function, so ``import plancheck`` never pays for it.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Mapping

from .errors import PlancheckError
from .findings import SEVERITIES, Finding, Fix, json_keys

#: The tables ``Report.to_dataframe`` and ``Plan.to_dataframe`` can build.
TABLES = {"report": ("findings", "claims", "indicators", "recomputations"),
          "plan": ("claims", "indicators")}


def _pandas():
    try:
        import pandas  # lazy: optional and heavy (about 0.3 s), only for DataFrames
    except ImportError:
        raise PlancheckError("DataFrames need pandas: pip install plancheck[pandas]") from None
    return pandas


def _join(value: Any, sep: str) -> Any:
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return sep.join(value)
    return value


def _finding_columns() -> list[str]:
    """The columns of a findings table, derived from the Finding and Fix fields
    (findings.json_keys): each key in field order, the first location flattened
    to ``path``/``line``/``column`` beside all of them in ``locations``, every fix in
    ``fixes`` and the top one in ``fix_<field>`` columns; severity first, to read."""
    flat = {"locations": ["path", "line", "column", "locations"],
            "fixes": ["fixes", *(f"fix_{k}" for k in json_keys(Fix) if k != "location")]}
    cols = [c for key in json_keys(Finding) for c in flat.get(key, [key])]
    return ["severity", *(c for c in cols if c != "severity")]


FINDING_COLUMNS = _finding_columns()


def finding_row(d: dict[str, Any]) -> dict[str, Any]:
    """One finding's to_dict, flattened to scalars (a report of schema 1.x, whose
    ``fix`` is now ``fixes``, is read too)."""
    row: dict[str, Any] = {}
    locations = d.get("locations") or []
    fixes = d.get("fixes", d.get("fix")) or []
    first = locations[0] if locations else {}
    fx = fixes[0] if fixes else {}
    for key, value in d.items():
        if key == "locations":
            row["path"] = first.get("path")
            row["line"] = first.get("line")
            row["column"] = first.get("column")
            row["locations"] = "; ".join(f"{x['path']}:{x['line']}" for x in locations)
        elif key in ("fixes", "fix"):
            # The top fix in columns, every fix readable in one string.
            row["fixes"] = "; ".join(f"{x['printed']} → {x['suggested']}" for x in fixes)
            for k, v in fx.items():
                if k != "location":
                    row[f"fix_{k}"] = v
        elif key == "arithmetic":
            row[key] = "\n".join(value)
        else:
            row[key] = _join(value, ", ")
    return row


def findings_frame(findings: Iterable) -> "Any":
    """One row per finding; ``severity`` is an ordered categorical (error < warning < info),
    so ``df.sort_values('severity')`` puts errors first."""
    pd = _pandas()
    rows = [finding_row(f.to_dict()) for f in findings]
    df = pd.DataFrame(rows, columns=_columns(FINDING_COLUMNS, rows))
    df["severity"] = pd.Categorical(df["severity"], categories=list(SEVERITIES), ordered=True)
    df["line"] = df["line"].astype("Int64")
    df["column"] = df["column"].astype("Int64")
    df["accepted"] = df["accepted"].astype(bool)
    return df


CLAIM_COLUMNS = ["id", "indicator", "name", "kind", "role", "year", "start_year", "printed", "value",
                 "qualifier", "unit", "lo", "hi", "origin", "context", "region", "attribute",
                 "match_confidence", "text", "path", "line", "column", "end_column"]


def claim_row(d: dict[str, Any]) -> dict[str, Any]:
    """One claim's to_dict, flattened to scalars."""
    row: dict[str, Any] = {}
    for key, value in d.items():
        if key == "source":
            row.update(value)
        elif key == "interval":
            lo, hi = value if value is not None else (None, None)
            # JSON writes an infinite bound as null; in a DataFrame ±inf says what it is.
            row["lo"] = -math.inf if value is not None and lo is None else lo
            row["hi"] = math.inf if value is not None and hi is None else hi
        else:
            row[key] = _join(value, ", ")
    return row


def claims_frame(claims: Iterable) -> "Any":
    """One row per claim: the printed figure, its reading as an interval, and where it stands."""
    pd = _pandas()
    rows = [claim_row(c.to_dict()) for c in claims]
    df = pd.DataFrame(rows, columns=_columns(CLAIM_COLUMNS, rows))
    for col in ("year", "start_year", "line", "column", "end_column"):
        df[col] = df[col].astype("Int64")
    for col in ("value", "lo", "hi", "match_confidence"):
        df[col] = df[col].astype("float64")
    return df


INDICATOR_COLUMNS = ["id", "name", "name_en", "unit", "aliases", "attribute", "basis", "direction",
                     "group", "n_claims", "claims"]


def indicators_frame(indicators: Mapping[str, Any] | Iterable) -> "Any":
    """One row per indicator; ``claims`` lists its claim ids and ``n_claims`` counts them."""
    pd = _pandas()
    items = indicators.values() if isinstance(indicators, Mapping) else indicators
    rows = []
    for ind in items:
        d = ind.to_dict()  # type: ignore[union-attr]  # indicators, never strings
        row = {k: _join(v, ", ") for k, v in d.items()}
        row["n_claims"] = len(d.get("claims", []))
        rows.append(row)
    df = pd.DataFrame(rows, columns=_columns(INDICATOR_COLUMNS, rows))
    df["n_claims"] = df["n_claims"].astype("int64")
    return df


#: The columns of a recomputations table, in the order of a ``Recomputation``'s fields
#: (plancheck.recomputations reads them from here: this module is below it).
RECOMPUTATION_COLUMNS = ("rule", "indicator", "name", "computation", "implied", "stated", "verdict",
                         "path", "line", "claims")


def recomputations_frame(rows: Iterable) -> "Any":
    """The recomputations (:func:`plancheck.recomputations.recomputations`) as a pandas
    DataFrame: one row each, columns :data:`RECOMPUTATION_COLUMNS`, claim ids joined."""
    pd = _pandas()
    data = [r.to_dict() | {"claims": ", ".join(r.claims)} for r in rows]
    return pd.DataFrame(data, columns=list(RECOMPUTATION_COLUMNS))


def _columns(preferred: list[str], rows: list[dict[str, Any]]) -> list[str]:
    """The documented columns first, then any key a newer to_dict added."""
    extra = [k for r in rows for k in r if k not in preferred]
    return preferred + list(dict.fromkeys(extra))
