"""The document object: raw text kept exactly, everything else is a span.

Every span (sentence, furniture, entity, fact) carries ``start``/``end``
character offsets (Python ``str`` indices, end exclusive) into the *raw*
text, so ``doc.text[span.start:span.end] == span.text`` always holds.

Stages work on ``doc.norm`` (NFC, modern tone placement) and map their
spans back with :meth:`Document.raw_span`; see :mod:`pipeline.text.normalize`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.text.normalize import NormalizedText, normalize

ENTITY_TYPES = ("PERSON", "MINISTRY", "PROVINCE", "RESOLUTION")
FACT_KINDS = ("count", "money", "percent", "date", "period", "duration", "ordinal")


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Furniture:
    """Page furniture (caption, byline, image name, related-news block...)."""

    start: int
    end: int
    text: str
    label: str


@dataclass
class Entity:
    start: int
    end: int
    type: str
    text: str
    canonical: str
    attrs: dict[str, Any] = field(default_factory=dict)
    """Extra attributes: ``role``/``organisation`` for a person,
    ``code``/``merged_into`` for a province, ``kind``/``number``/``code``/
    ``year``/``issuer`` for a resolution, ``source`` (which recogniser)."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "text": self.text,
            "canonical": self.canonical,
        }
        issuer = self.attrs.get("issuer")
        if self.type == "RESOLUTION" and issuer:
            out["issuer"] = issuer
        return out


@dataclass
class Fact:
    start: int
    end: int
    text: str
    kind: str
    value: Any
    unit: str | None = None
    approx: str = "="
    change: str | None = None
    total: float | int | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    """Extra attributes, e.g. ``baseline`` (index of the compared fact) or
    ``completed`` (a partial date completed from the document date)."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "change": self.change,
        }
        if self.total is not None:
            out["total"] = self.total
        return out


@dataclass
class Document:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    _norm: NormalizedText | None = field(default=None, repr=False)

    @property
    def norm(self) -> NormalizedText:
        """The NFC, modern-tone view of the text with its offset map."""
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``doc.norm.text`` back to raw-text offsets."""
        return self.norm.to_raw(start, end)

    def make_entity(self, start: int, end: int, type: str, canonical: str,
                    **attrs: Any) -> Entity:
        """An entity from a span of ``doc.norm.text`` (mapped to raw offsets)."""
        s, e = self.raw_span(start, end)
        return Entity(s, e, type, self.text[s:e], canonical, dict(attrs))

    def make_fact(self, start: int, end: int, kind: str, value: Any, **fields: Any) -> Fact:
        """A fact from a span of ``doc.norm.text`` (mapped to raw offsets).

        ``fields`` are ``unit``, ``approx``, ``change``, ``total`` and any
        extra attribute, which goes to ``attrs``.
        """
        s, e = self.raw_span(start, end)
        known = {k: fields.pop(k) for k in ("unit", "approx", "change", "total") if k in fields}
        return Fact(s, e, self.text[s:e], kind, value, attrs=fields, **known)

    def sentence_index(self, start: int) -> int | None:
        """Index of the sentence holding raw offset ``start`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if start < s.start:
                hi = mid - 1
            elif start >= s.end:
                lo = mid + 1
            else:
                return mid
        return None

    def in_furniture(self, start: int, end: int) -> Furniture | None:
        for f in self.furniture:
            if f.start <= start and end <= f.end:
                return f
        return None

    def to_annotation(self) -> dict[str, Any]:
        """One line of the shared annotation format (annotation.schema.json)."""
        return {
            "id": self.id,
            "text": self.text,
            "meta": self.meta,
            "entities": [e.to_json() for e in sorted(self.entities, key=lambda e: e.start)],
            "facts": [f.to_json() for f in sorted(self.facts, key=lambda f: f.start)],
        }

    def to_spacy(self, nlp=None):
        """A spaCy ``Doc`` over the same raw text with the same offsets.

        Tokens are syllables and punctuation, cut at every span edge, so each
        entity (``sdoc.ents``, canonical in ``kb_id_``), fact
        (``sdoc.spans["facts"]``) and sentence keeps its exact offsets.
        """
        from pipeline.spacy_bridge import to_spacy

        return to_spacy(self, nlp)
