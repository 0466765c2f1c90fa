"""The patterns of plancheck's own inputs: register (TOML) lines, printed numbers,
relations, acceptance comments, settings.

The patterns of plan language live with their stage (``claims/patterns.py``,
``documents/patterns.py``, ``reports/patterns.py``, ``rules/patterns.py``); these
are the rest. Every regular expression of the package is a named constant in one
of these modules (tests/test_patterns.py fails on a pattern written inline), so
the ReDoS scan and the growth test of tests/test_redos.py see each one.
"""

from __future__ import annotations

import re

# --- the register (register.py): tomllib gives no positions, lines are found by these

#: An array-of-tables header, ``[[indicator]]`` / ``[[indicator.figure]]``.
ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]\s]+)\s*\]\]")
#: Any table header, ``[document]`` or ``[[indicator]]``.
TABLE_START = re.compile(r"^\s*\[")
#: What an indicator id may be made of.
INDICATOR_ID = re.compile(r"[A-Za-z0-9_.\-]+")
#: ``key =`` or ``"key" =`` (a dotted key a.b = is found by its first part).
KEY = re.compile(r'^\s*"?([^"=\s]+?)"?\s*=')
#: The name of a table header, ``[document]``, ``[[indicator.figure]]`` (its first part), ``["x y"]``.
TABLE_HEADER_NAME = re.compile(r'^\s*\[{1,2}\s*(?:"([^"]*)"|([^\s"\[\].=]+))\s*[\].]')
#: The first part of the key of a ``key =`` or dotted ``key.sub =`` line, and which follows (= or .).
KEY_NAME = re.compile(r'^\s*(?:"([^"]*)"|([^\s"=.\[\]]+))\s*([=.])')
#: Where tomllib's message says the error is.
TOML_ERROR_LINE = re.compile(r"at line (\d+)")
#: The key of a ``key = ...`` line, quoted or bare (for a TOML syntax error on it).
TOML_ERROR_KEY = re.compile(r"^\s*(\"[^\"]*\"|[A-Za-z0-9_\-.]+)\s*=")
