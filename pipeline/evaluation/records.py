"""Plain records for scored documents: what the loaders produce and the scorers read.

They mirror one line of the shared annotation format
(``pipeline/data/schema/annotation.schema.json``) and nothing more: a gold
file, a pre-annotation and a prediction all become the same objects.
Defaults follow the annotation guide: a missing ``approx`` is ``"="``,
a missing ``change`` or ``unit`` is ``None``, a missing ``canonical`` is
the span text.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    type: str
    text: str
    canonical: str


@dataclass(frozen=True)
class FactSpan:
    start: int
    end: int
    text: str
    kind: str
    value: Any
    unit: str | None = None
    approx: str = "="
    change: str | None = None
    total: float | int | None = None


@dataclass(frozen=True)
class AnnotatedDoc:
    """One annotated document; ``source`` is ``"file:line"`` when loaded from disk."""

    id: str
    text: str
    entities: tuple[EntitySpan, ...] = ()
    facts: tuple[FactSpan, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    source: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        """This document as one line of the shared annotation format."""
        return {"id": self.id, "text": self.text, "meta": self.meta,
                "entities": [asdict(e) for e in self.entities], "facts": [asdict(f) for f in self.facts]}

    def without_spans(self) -> AnnotatedDoc:
        """The same text with no prediction (for a document a system skipped)."""
        return AnnotatedDoc(self.id, self.text, (), (), dict(self.meta), self.source)
