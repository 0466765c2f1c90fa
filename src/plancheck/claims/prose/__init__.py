"""Prose → claims: the sentence patterns of plan language.

A paragraph is split into sentences (。；) and clauses (，). In each clause,
every number is classified by the words just before it (年均增长 → growth
rate, 下降 → reduction, 达到/提高到/控制在 → level, 新增/累计 → five-year total,
平均每年 → annual average, a:b:c → ratio) and the unit and qualifier just
after it. The subject is the noun phrase before the keyword, or, when a
clause has none (…，2015 年达到 9324.8 亿元), the subject of the clause before.

Years and roles come from the document's calendar (documents/calendar.py):
every paragraph carries a time frame (a year or a period, results or
targets) set by its headings and cue words, and a sentence's own cue (过去五年,
今年, “十五五”时期) overrides it. An explicit year in the words before a figure
wins over the frame; a figure about a year up to the document's present is an
``actual``, later ones are ``target``. A figure that nothing dates has role
``unknown`` and no rule draws an error from it.

Numbers in target-like sentences that no pattern reads are returned as
*unparsed*, with the reason, so that nothing is skipped silently.

The package is split by sentence form: ``reader`` walks sentences, clauses
and numbers; ``figures`` reads one number with its unit and qualifier;
``kinds`` classifies it by its verb; ``subjects`` finds whom it is about;
``simple`` makes the claim of a subject and a figure; ``lists`` reads
分别 lists and listed shares; ``ratios`` reads a:b:c; ``projects`` reads
facility capacities and the count that closes a list; ``scope`` tells
thresholds, sub-regions and projects apart; ``timing`` dates a figure.
"""

from __future__ import annotations

from .context import Figure, ProseContext, ProseResult
from .reader import ProseReader

__all__ = ["Figure", "ProseContext", "ProseReader", "ProseResult"]
