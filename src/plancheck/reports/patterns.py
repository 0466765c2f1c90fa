"""The patterns of the reports stage: escaping and cleaning text for each output format.

Every regular expression of the package is a named constant in a patterns module
(see plancheck/patterns.py).
"""

from __future__ import annotations

import re

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&#!])")

BACKTICK_RUN = re.compile(r"`+")

PRINTED_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")

WINDOWS_ABSOLUTE = re.compile(r"^[A-Za-z]:[\\/]")

NON_ALNUM_RUN = re.compile(r"[^A-Za-z0-9]+")

XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
