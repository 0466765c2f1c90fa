"""Claims into indicators: one Indicator per indicator id, its template from
the register (``known``) or the glossary, its unit the one its levels use."""

from __future__ import annotations

from collections import Counter

from .glossary import indicator_template
from ..model import Claim, Indicator


def indicators_from_claims(claims: list[Claim], known: dict[str, Indicator] | None = None) -> dict[str, Indicator]:
    """Group claims into indicators, creating one per unseen indicator id."""
    out: dict[str, Indicator] = {}
    for c in claims:
        if not c.indicator:
            continue
        ind = out.get(c.indicator)
        if ind is None:
            base = (known or {}).get(c.indicator) or indicator_template(c.indicator, c.name, c.unit)
            ind = Indicator(id=base.id, name=base.name, name_en=base.name_en, unit=base.unit or c.unit,
                            aliases=base.aliases, attribute=base.attribute, basis=base.basis,
                            direction=base.direction, group=base.group, parent=base.parent,
                            accept=base.accept)
            out[c.indicator] = ind
        ind.claims.append(c)
        ind.sources.append(c.source)
    for ind in out.values():
        if not ind.unit or (ind.id.startswith("name:") and ind.id not in (known or {})):
            ind.unit = _usual_unit(ind) or ind.unit
    return out


def _usual_unit(ind: Indicator) -> str:
    """The unit most levels of an indicator are given in (a growth rate's % is not one)."""
    units = Counter(c.unit for c in ind.claims if c.kind in ("level", "share", "count") and c.unit)
    return units.most_common(1)[0][0] if units else ""
