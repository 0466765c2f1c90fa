"""enumeration — a stated count must match the items listed.

"建设 A、B、C 等 5 个园区": with 等 (etc.) the list may be shorter than the
count, never longer. Without 等 the list and the count must be equal.

Near-miss: 4 items with 等 5 个 (an incomplete list, announced as such).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..findings import Finding, Location
from .base import Plan, rule

RULE = "enumeration"


@rule(RULE, "error", "a count stated after a list (…、…、…等 N 个) must fit the items listed")
def check_enumerations(plan: Plan) -> Iterator[Finding]:
    for st in plan.statements:
        if st.get("type") != "enumeration":
            continue
        items, count = st["items"], st["count"]
        n_items = len(items)
        # "A、B和C": 和/及 may join two items or belong inside one name
        joined = sum(len(re.findall(r"[和及与]", x)) for x in items)
        if n_items <= count <= n_items + joined or (st["etc"] and n_items < count):
            continue
        clean = joined == 0 and len(items[0]) <= 8
        if n_items > count:
            message = f"{n_items} items are listed, but the text says {st['count_text']}"
            severity = "error" if clean else "warning"
        else:
            message = (f"{n_items} items are listed without 等, but the text says {st['count_text']} "
                       "(the list may continue elsewhere)")
            severity = "info"
        loc = Location(st["path"], st["line"], st["column"], st["column"], st["text"][:200])
        yield Finding(RULE, severity, message, arithmetic=[" | ".join(st["items"]) + f" → {n_items} items"],
                      locations=[loc, Location(st["path"], st["count_line"], st["count_column"],
                                               st["count_column"], st["count_text"])])
