"""Statistical entity recognition: a CRF over syllables, merged with the rules.

For the entity stage::

    from pipeline.ner import model
    rules = ...                                   # the rule entities of doc
    found = model.predict(doc, rules)             # model-only entities
    doc.entities = model.combine(doc, rules, found)

``predict`` reads the CRF model ``models/ner-crf.crfsuite`` (or
``$VNDIPLO_MODEL_DIR/ner-crf.crfsuite``); ``backend="transformers"`` with
``path=<folder>`` uses a fine-tuned token-classification model instead
(:mod:`pipeline.ner.model.transformer`). Rebuild the CRF with
``vndiplo train --data annotations/dev.jsonl --out models/ner-crf.crfsuite``.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from pipeline.document import Document, Entity
from pipeline.ner.model.canonical import canonicalize, person_canonical
from pipeline.ner.model.combine import DEFAULT_STRATEGY, STRATEGIES, merge

__all__ = ["predict", "combine", "find", "STRATEGIES", "DEFAULT_STRATEGY"]


def predict(doc: Document, rule_entities: Sequence[Entity] | None = None,
            path: str | Path | None = None, backend: str = "crf") -> list[Entity]:
    """Entities the model finds in ``doc`` (raw offsets, canonical names set).

    ``rule_entities`` are the rule stage's entities, used as CRF features and
    to resolve person names; computed here when not given. ``path`` is the
    CRF model file (default: :func:`tagger.model_path`) or, for
    ``backend="transformers"``, the model folder.
    """
    from pipeline.ner.model import evidence

    rules = list(evidence.rule_entities(doc) if rule_entities is None else rule_entities)
    if backend == "crf":
        from pipeline.ner.model.tagger import tag_spans

        spans = tag_spans(doc, rules, path)
    elif backend == "transformers":
        from pipeline.ner.model.transformer import load_transformer

        if path is None:
            raise ValueError("the transformers backend needs the model folder (path=...)")
        spans = load_transformer(str(path)).tag_spans(doc)
    else:
        raise ValueError(f"unknown backend {backend!r}: crf or transformers")
    found = [doc.make_entity(s, e, t, "", source=backend) for s, e, t in spans]
    names = [r.canonical for r in rules if r.type == "PERSON"] + [e.text for e in found if e.type == "PERSON"]
    for e in found:
        e.canonical = canonicalize(e, names)
    return found


def combine(doc: Document, rule_entities: Sequence[Entity], model_entities: Sequence[Entity],
            strategy: str = DEFAULT_STRATEGY) -> list[Entity]:
    """Rule and model entities merged (see :mod:`pipeline.ner.model.combine`).

    Person canonicals are re-resolved over the merged list, so a short
    mention takes the fullest name either source found.
    """
    merged = merge(rule_entities, model_entities, strategy)
    names = [e.canonical for e in merged if e.type == "PERSON"]
    return [dataclasses.replace(e, canonical=person_canonical(e.canonical, names))
            if e.type == "PERSON" else e for e in merged]


def find(doc: Document) -> list[Entity]:
    """Model-only entities with the default CRF model (the entity stage's ``mode="model"``)."""
    return predict(doc)
