"""One-to-one alignment of predicted spans with gold spans.

Every (gold, pred) pair that overlaps by at least one character and that the
caller's ``rank`` accepts is a candidate; candidates are taken greedily,
best first, by ``(rank, -overlap, boundary distance, gold index, pred
index)``, each span used at most once. Unused gold spans are *missed*,
unused predictions *spurious*. The result does not depend on the order of
the input lists, unlike nervaluate's first-come loop (see
:mod:`pipeline.evaluation.entities`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol


class Span(Protocol):
    start: int
    end: int


def overlap(a: Span, b: Span) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def boundary_distance(a: Span, b: Span) -> int:
    return abs(a.start - b.start) + abs(a.end - b.end)


@dataclass(frozen=True)
class Pair:
    gold: int
    pred: int
    rank: int


@dataclass(frozen=True)
class Alignment:
    pairs: tuple[Pair, ...]
    missed: tuple[int, ...]
    spurious: tuple[int, ...]


def align(gold: Sequence[Span], pred: Sequence[Span],
          rank: Callable[[Span, Span], int | None]) -> Alignment:
    """Greedy best-first one-to-one matching; ``rank(gold, pred)`` returns a
    priority (lower is better) or ``None`` for a pair that may not match."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = overlap(g, p)
            if shared <= 0:
                continue
            r = rank(g, p)
            if r is not None:
                candidates.append((r, -shared, boundary_distance(g, p), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for r, _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append(Pair(gi, pi, r))
    pairs.sort(key=lambda p: (p.gold, p.pred))
    return Alignment(
        pairs=tuple(pairs),
        missed=tuple(i for i in range(len(gold)) if i not in used_gold),
        spurious=tuple(i for i in range(len(pred)) if i not in used_pred),
    )
