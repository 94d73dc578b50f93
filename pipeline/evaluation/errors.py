"""Error listing: what a prediction got wrong, each with its context.

Entities are aligned under the ``overlap`` scheme; then

- ``missed``: a gold span no prediction overlaps (with the same type),
- ``spurious``: a prediction that overlaps no gold span,
- ``type``: an overlapping pair with different types,
- ``boundary``: same type, different start or end,
- ``canonical``: same span and type, canonical differs after :func:`kb.kb_key`.

Facts are aligned as in :mod:`facts`: ``missed``, ``spurious`` and
``mismatch`` (value, unit, approx or change differ; the detail names which).
The reported span is the gold one, or the prediction for ``spurious``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from pipeline.evaluation.entities import SCHEMES
from pipeline.evaluation.facts import align_facts, mismatches
from pipeline.evaluation.kb import kb_key
from pipeline.evaluation.records import AnnotatedDoc, EntitySpan, FactSpan

CONTEXT_CHARS = 40


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """``…left [[span]] right…`` on one line, ``width`` characters each side."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    snippet = f"{'…' if start > width else ''}{left}[[{text[start:end]}]]{right}{'…' if end + width < len(text) else ''}"
    return " ".join(snippet.split())


@dataclass(frozen=True)
class ErrorItem:
    doc_id: str
    layer: str  # "entity" or "fact"
    category: str
    start: int
    end: int
    text: str
    detail: str
    context: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _describe_entity(e: EntitySpan) -> str:
    return f"{e.type} {e.start}-{e.end} {e.text!r}"


def _describe_fact(f: FactSpan) -> str:
    return f"{f.kind} {f.start}-{f.end} {f.text!r} value={f.value!r}"


def entity_errors(gold: AnnotatedDoc, pred: AnnotatedDoc) -> list[ErrorItem]:
    out = []

    def item(category: str, span: EntitySpan, detail: str) -> ErrorItem:
        return ErrorItem(gold.id, "entity", category, span.start, span.end, span.text, detail,
                         context(gold.text, span.start, span.end))

    a = SCHEMES["overlap"].align(gold.entities, pred.entities)
    for i in a.missed:
        out.append(item("missed", gold.entities[i], f"gold {gold.entities[i].type}"))
    for i in a.spurious:
        out.append(item("spurious", pred.entities[i], f"pred {_describe_entity(pred.entities[i])}"))
    for pair in a.pairs:
        g, p = gold.entities[pair.gold], pred.entities[pair.pred]
        if g.type != p.type:
            out.append(item("type", g, f"gold {g.type}, pred {_describe_entity(p)}"))
        elif (g.start, g.end) != (p.start, p.end):
            out.append(item("boundary", g, f"gold {_describe_entity(g)}, pred {_describe_entity(p)}"))
        elif kb_key(g.type, g.canonical) != kb_key(p.type, p.canonical):
            out.append(item("canonical", g, f"gold {g.canonical!r}, pred {p.canonical!r}"))
    return out


def fact_errors(gold: AnnotatedDoc, pred: AnnotatedDoc) -> list[ErrorItem]:
    out = []

    def item(category: str, span: FactSpan, detail: str) -> ErrorItem:
        return ErrorItem(gold.id, "fact", category, span.start, span.end, span.text, detail,
                         context(gold.text, span.start, span.end))

    a = align_facts(gold.facts, pred.facts)
    for i in a.missed:
        out.append(item("missed", gold.facts[i], f"gold {_describe_fact(gold.facts[i])}"))
    for i in a.spurious:
        out.append(item("spurious", pred.facts[i], f"pred {_describe_fact(pred.facts[i])}"))
    for pair in a.pairs:
        g, p = gold.facts[pair.gold], pred.facts[pair.pred]
        wrong = mismatches(g, p)
        if wrong:
            detail = "; ".join(f"{w}: gold {getattr(g, w)!r}, pred {getattr(p, w)!r}" for w in wrong)
            out.append(item("mismatch", g, f"{detail} (pred span {p.start}-{p.end} {p.text!r})"))
    return out


def list_errors(gold: AnnotatedDoc, pred: AnnotatedDoc) -> list[ErrorItem]:
    """Every entity and fact error of one document, in text order."""
    errors = entity_errors(gold, pred) + fact_errors(gold, pred)
    return sorted(errors, key=lambda e: (e.start, e.end, e.layer, e.category))
