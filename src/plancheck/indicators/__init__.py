"""The indicators stage: which indicator each claim speaks of.

Identity has its home here: ``glossary`` (the built-in glossary.toml and
the resolver of subjects to indicator ids, register first), ``naming`` (the
claims named from the subject text and reading hints their readers handed over:
``claims.names.NamingRequest`` for prose, ``claims.names.RowNaming`` for a table
row), ``grouping`` (claims into indicators) and
``register_merge`` (a register's figures joined with a draft's). Readers
(claims/) do not import this stage (tests/test_naming.py): the prose readers may
only ask whether a subject is a known indicator (``claims.names.KnownSubjects``),
which decides whether a facility-like figure is a project; the table reader asks
nothing.
"""

from __future__ import annotations

from .grouping import indicators_from_claims
from .register_merge import locate_register_figures

__all__ = ["indicators_from_claims", "locate_register_figures"]
