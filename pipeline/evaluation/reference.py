"""Run nervaluate itself on our spans, as a cross-check of :mod:`entities`.

nervaluate's ``dict`` loader takes one list of ``{"label", "start", "end"}``
per document with *inclusive* ends, so each ``end`` is passed as ``end - 1``.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.document import ENTITY_TYPES
from pipeline.evaluation.records import EntitySpan


def to_nervaluate(spans: Sequence[EntitySpan]) -> list[dict[str, Any]]:
    return [{"label": s.type, "start": s.start, "end": s.end - 1} for s in spans]


def nervaluate_scores(gold: Sequence[Sequence[EntitySpan]], pred: Sequence[Sequence[EntitySpan]],
                      tags: Sequence[str] = ENTITY_TYPES) -> dict[str, Any]:
    """nervaluate's results for parallel lists of documents:
    ``{"overall": {scheme: {...}}, "entities": {tag: {scheme: {...}}}}`` where
    each ``{...}`` has correct/incorrect/partial/missed/spurious/possible/
    actual/precision/recall/f1."""
    from nervaluate import Evaluator

    evaluator = Evaluator([to_nervaluate(d) for d in gold], [to_nervaluate(d) for d in pred],
                          tags=list(tags), loader="dict")
    results = evaluator.evaluate()

    def as_dict(r: Any) -> dict[str, Any]:
        keys = ("correct", "incorrect", "partial", "missed", "spurious",
                "possible", "actual", "precision", "recall", "f1")
        return {k: getattr(r, k) for k in keys}

    return {
        "overall": {name: as_dict(r) for name, r in results["overall"].items()},
        "entities": {tag: {name: as_dict(r) for name, r in by.items()}
                     for tag, by in results["entities"].items()},
    }
