"""Merging rule entities with model entities.

Strategies (the default was chosen by 5-fold cross-validation on the dev
gold, see ``models/MODEL_CARD.md``):

``rules``
    the rule entities only.
``model``
    the model entities only.
``rules+model``
    all rule entities, plus each model entity that overlaps no rule entity.
``rules+model+extend``
    as ``rules+model``, and a model entity of the same type that strictly
    contains rule entities replaces them (the model extends a span).
``model+rules``
    all model entities, plus each rule entity that overlaps no model entity.
``longest``
    the entity stage's overlap resolution over both lists
    (:func:`pipeline.ner.combine.resolve_overlaps`: longer span first, then
    type priority, then rules before model).

Spans never overlap in the result (annotation guide).
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Entity
from pipeline.ner.combine import resolve_overlaps

STRATEGIES = ("rules", "model", "rules+model", "rules+model+extend", "model+rules", "longest")
DEFAULT_STRATEGY = "rules+model"


def _overlaps(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def _add_free(base: list[Entity], extra: Sequence[Entity]) -> list[Entity]:
    """``base`` plus the entities of ``extra`` that overlap nothing kept so far."""
    kept = list(base)
    for e in sorted(extra, key=lambda e: (e.start, -e.end)):
        if not any(_overlaps(e, k) for k in kept):
            kept.append(e)
    return kept


def _extend(rules: Sequence[Entity], model: Sequence[Entity]) -> list[Entity]:
    """Rule entities, each group replaced by a same-type model span strictly containing it."""
    kept = list(rules)
    for m in model:
        inside = [r for r in kept if _overlaps(m, r)]
        if inside and all(r.type == m.type and m.start <= r.start and r.end <= m.end
                          for r in inside) and any((m.start, m.end) != (r.start, r.end) for r in inside):
            kept = [r for r in kept if r not in inside] + [m]
    return kept


def merge(rules: Sequence[Entity], model: Sequence[Entity],
          strategy: str = DEFAULT_STRATEGY) -> list[Entity]:
    """The merged entity list under ``strategy``, sorted by offset."""
    if strategy == "rules":
        out = list(rules)
    elif strategy == "model":
        out = list(model)
    elif strategy == "rules+model":
        out = _add_free(list(rules), model)
    elif strategy == "rules+model+extend":
        out = _add_free(_extend(rules, model), model)
    elif strategy == "model+rules":
        out = _add_free(list(model), rules)
    elif strategy == "longest":
        out = resolve_overlaps([list(rules), list(model)])
    else:
        raise ValueError(f"unknown combination strategy {strategy!r}; one of {STRATEGIES}")
    return sorted(out, key=lambda e: (e.start, e.end))
