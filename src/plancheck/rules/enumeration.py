"""enumeration — a stated count must match the items listed.

"建设 A、B、C 等 5 个园区": with 等 (etc.) the list may be shorter than the
count, never longer. More items than the count is an error (a warning when
the list's first item may belong to a phrase before it, or an item may be two
joined by 和). A shorter list without 等 is not reported: the list may go on
in the next sentence, and a count word may be part of a name (六师五家渠市).

A table's count of its indicators (约束性指标8项 in its header or notes) is a
*complete* list: its rows are all the items, so fewer rows than the count is a
finding too (an error when the rows are numbered, else a warning: a sub-row
may or may not be one indicator).

Near-miss: 4 items with 等 5 个 (an incomplete list, announced as such).
"""

from __future__ import annotations

from typing import Iterator

from ..findings import Finding, Location
from .base import Param, Plan, rule
from .patterns import LIST_JOINER

RULE = "enumeration"
PARAMS = {
    "first_item_chars": Param(8, "a list whose first item is longer than this may have begun in the phrase "
                              "before it: too many items is then a warning, not an error"),
}


@rule(RULE, "error", "a count stated after a list (…、…、…等 N 个) must fit the items listed", PARAMS)
def check_enumerations(plan: Plan) -> Iterator[Finding]:
    for st in plan.statements:
        if st.get("type") != "enumeration":
            continue
        items, count = st["items"], st["count"]
        n_items = len(items)
        # "A、B和C": 和/及 may join two items or belong inside one name
        complete = bool(st.get("complete"))  # the rows of a table: nothing goes on elsewhere
        joined = 0 if complete else sum(len(LIST_JOINER.findall(x)) for x in items)
        if n_items <= count <= n_items + joined or (st["etc"] and n_items < count):
            continue
        clean = joined == 0 and (complete or len(items[0]) <= PARAMS["first_item_chars"].value)
        if n_items < count and not complete:
            continue  # a shorter list without 等 may go on in the next sentence: not a finding
        message = (f"the table has {n_items} such indicators, but says {st['count_text']}" if complete
                   else f"{n_items} items are listed, but the text says {st['count_text']}")
        severity = "error" if clean else "warning"
        if st.get("severity") == "warning":
            severity = "warning"
        loc = Location(st["path"], st["line"], st["column"], st["column"], st["text"][:200])
        yield Finding(RULE, severity, message, arithmetic=[" | ".join(st["items"]) + f" → {n_items} items"],
                      locations=[loc, Location(st["path"], st["count_line"], st["count_column"],
                                               st["count_column"], st["count_text"])])
