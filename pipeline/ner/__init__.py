"""The entity stage: PROVINCE, MINISTRY, RESOLUTION and PERSON recognition.

``component(doc, mode="rules")`` runs the rule recognisers (provinces,
ministries, resolutions, then persons, which receives the others' entities
so it can avoid them), resolves overlaps (:mod:`pipeline.ner.combine`),
propagates resolution short forms to their full canonical and sets
``doc.entities`` sorted by start. ``mode="model"`` uses the statistical
model alone (``pipeline.ner.model.predict``, canonicals from
:func:`canonicalize`); ``mode="combined"`` merges rule and model entities
with ``pipeline.ner.model.combine``.

``canonicalize(type, surface)`` gives the canonical form of a span of one
of the types, for a model that only predicts spans.
"""
from __future__ import annotations

import importlib

from pipeline.document import Document, Entity
from pipeline.ner import ministries, persons, provinces, resolutions
from pipeline.ner.combine import resolve_overlaps

MODES = ("rules", "model", "combined")


def find_rules(doc: Document) -> list[Entity]:
    """Non-overlapping entities of all rule recognisers."""
    taken = resolve_overlaps([resolutions.find(doc), ministries.find(doc), provinces.find(doc)])
    return resolve_overlaps([taken, persons.find(doc, list(taken))])


def component(doc: Document, mode: str = "rules") -> Document:
    """Set ``doc.entities`` (sorted by start, non-overlapping)."""
    if mode not in MODES:
        raise ValueError(f"unknown ner mode {mode!r}; expected one of {MODES}")
    if mode == "rules":
        entities = find_rules(doc)
    else:
        model = importlib.import_module("pipeline.ner.model")
        rules = find_rules(doc)
        found = model.predict(doc, rules)
        entities = resolve_overlaps([model.combine(doc, rules, found) if mode == "combined" else found])
    resolutions.propagate(entities)
    doc.entities = entities
    return doc


def canonicalize(type: str, surface: str, post_reform: bool = False) -> str:
    """Canonical form of ``surface`` as an entity of ``type``.

    PROVINCE uses the pre-2025 names unless ``post_reform``; PERSON is
    delegated to ``pipeline.ner.persons.canonicalize`` when available.
    """
    if type == "PROVINCE":
        return provinces.canonicalize(surface, post_reform)
    if type == "MINISTRY":
        return ministries.canonicalize(surface)
    if type == "RESOLUTION":
        return resolutions.canonicalize(surface)
    if type == "PERSON" and hasattr(persons, "canonicalize"):
        return persons.canonicalize(surface)
    return " ".join(surface.split())
