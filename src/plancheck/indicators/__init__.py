"""The indicators stage: which indicator each claim speaks of.

Readers (claims/) return claims; this stage groups them into indicators
(``grouping``) and joins a register's figures with a draft's
(``register_merge``).
"""

from __future__ import annotations

from .grouping import indicators_from_claims
from .register_merge import locate_register_figures

__all__ = ["indicators_from_claims", "locate_register_figures"]
