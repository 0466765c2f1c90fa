"""The indicators stage: which indicator each claim speaks of.

Identity has its home here: ``glossary`` (the built-in glossary.toml and
the resolver of subjects to indicator ids, register first), ``grouping``
(claims into indicators) and ``register_merge`` (a register's figures
joined with a draft's). Readers (claims/) do not import this stage: the
pipeline hands them a resolver (``claims.names.SubjectResolver``).
"""

from __future__ import annotations

from .grouping import indicators_from_claims
from .register_merge import locate_register_figures

__all__ = ["indicators_from_claims", "locate_register_figures"]
