"""Resolve overlaps between entity candidates of several recognisers.

Entity spans never overlap (annotation guide). Candidates are taken
greedily: longer spans first ("Luật Ngân hàng Nhà nước Việt Nam" beats the
MINISTRY inside it), then by type priority, then by source priority
(earlier in ``sources`` wins, e.g. rules before a model), then leftmost.
"""
from __future__ import annotations

from collections.abc import Iterable

from pipeline.document import Entity

TYPE_PRIORITY = ("RESOLUTION", "MINISTRY", "PROVINCE", "PERSON")


def resolve_overlaps(groups: Iterable[list[Entity]]) -> list[Entity]:
    """Non-overlapping entities from candidate lists (first list = preferred source), by start."""
    ranked = []
    for src, ents in enumerate(groups):
        for e in ents:
            if e.end > e.start:
                prio = TYPE_PRIORITY.index(e.type) if e.type in TYPE_PRIORITY else len(TYPE_PRIORITY)
                ranked.append((-(e.end - e.start), prio, src, e.start, e))
    ranked.sort(key=lambda r: r[:4])
    chosen: list[Entity] = []
    for *_, e in ranked:
        if all(e.end <= o.start or o.end <= e.start for o in chosen):
            chosen.append(e)
    return sorted(chosen, key=lambda e: (e.start, e.end))
