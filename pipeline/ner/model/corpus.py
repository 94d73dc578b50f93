"""Training data for the tagger: gold JSONL documents and BIO labels.

A gold line (``annotations/*.jsonl``, see the annotation guide) becomes a
:class:`Example`: the document run through the stages before the entity
stage (cleaning, sentences), so the rule evidence is computed as it is at
inference, and its gold entities.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.document import ENTITY_TYPES, Document, Entity
from pipeline.ner.model.tokens import Token

OUTSIDE = "O"
LABELS = (OUTSIDE, *(f"{p}-{t}" for t in ENTITY_TYPES for p in "BI"))


@dataclass
class Example:
    """A prepared document, its gold entities and (once computed) rule entities."""

    doc: Document
    gold: list[Entity]
    rules: list[Entity] | None = field(default=None)


@functools.lru_cache(maxsize=1)
def _preprocessor():
    import pipeline

    return pipeline.load(disable=("ner", "facts"))


def prepare(doc: Document) -> Document:
    """Run the stages that precede the entity stage (cleaning, sentences)."""
    return _preprocessor()(doc)


def entity_from_json(obj: dict) -> Entity:
    return Entity(obj["start"], obj["end"], obj["type"], obj["text"],
                  obj.get("canonical") or obj["text"])


def examples_from_objects(objects: Iterable[dict]) -> list[Example]:
    """Examples from annotation-format dicts, in the given order."""
    out = []
    for obj in objects:
        doc = prepare(Document(obj["id"], obj["text"], dict(obj.get("meta") or {})))
        out.append(Example(doc, [entity_from_json(e) for e in obj.get("entities", [])]))
    return out


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_examples(path: str | Path) -> list[Example]:
    """Examples of a gold JSONL file, sorted by document id (a fixed order)."""
    return examples_from_objects(sorted(read_jsonl(path), key=lambda o: o["id"]))


def bio_labels(doc: Document, tokens: Sequence[Token], entities: Iterable[Entity]) -> list[str]:
    """BIO tags of ``tokens`` (norm offsets) for entities (raw offsets)."""
    labels = [OUTSIDE] * len(tokens)
    if not tokens:
        return labels
    lo, hi = tokens[0].start, tokens[-1].end
    for e in entities:
        s, t = doc.norm.to_norm(e.start, e.end)
        if t <= lo or s >= hi:
            continue
        first = True
        for i, tok in enumerate(tokens):
            if tok.start < t and tok.end > s:
                labels[i] = f"{'B' if first else 'I'}-{e.type}"
                first = False
    return labels


def decode(tokens: Sequence[Token], labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(norm_start, norm_end, type)`` spans of a BIO tag sequence.

    An ``I-`` tag that does not continue a span of its type starts one.
    """
    spans: list[tuple[int, int, str]] = []
    current: list | None = None
    for tok, label in zip(tokens, labels):
        if label == OUTSIDE:
            current = None
            continue
        prefix, etype = label.split("-", 1)
        if prefix == "I" and current is not None and current[2] == etype:
            current[1] = tok.end
            continue
        current = [tok.start, tok.end, etype]
        spans.append(current)  # type: ignore[arg-type]
    return [tuple(s) for s in spans]  # type: ignore[misc]
