"""Run a pipeline over gold texts and collect its predictions as records.

Kept apart from scoring (which never runs a model). Throughput counts only
the time spent inside ``nlp(...)``, after one warm-up call on
:data:`WARMUP_TEXT` so that lazily loaded data is not timed.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pipeline.evaluation.loaders import document_from_json
from pipeline.evaluation.records import AnnotatedDoc


WARMUP_TEXT = "Bộ trưởng Bộ Ngoại giao thăm Hà Nội ngày 12/8 cùng hơn 300 đại biểu."


def throughput(characters: int, seconds: float) -> dict[str, Any]:
    return {"characters": characters, "seconds": seconds,
            "chars_per_second": characters / seconds if seconds > 0 else 0.0}


def predict(gold: Sequence[AnnotatedDoc], nlp: Callable[..., Any],
            track: Callable[[Iterable[AnnotatedDoc]], Iterable[AnnotatedDoc]] = lambda docs: docs,
            ) -> tuple[list[AnnotatedDoc], dict[str, Any]]:
    """``nlp(text, id=..., meta=...)`` on every gold text; returns the
    predictions and ``{"characters", "seconds", "chars_per_second"}``.
    ``track`` wraps the iteration (e.g. a progress bar)."""
    preds = []
    seconds = 0.0
    nlp(WARMUP_TEXT, id="warmup", meta={})
    for g in track(gold):
        t0 = time.perf_counter()
        doc = nlp(g.text, id=g.id, meta=dict(g.meta))
        seconds += time.perf_counter() - t0
        preds.append(document_from_json(doc.to_annotation(), f"<pipeline {g.id}>"))
    return preds, throughput(sum(len(g.text) for g in gold), seconds)
