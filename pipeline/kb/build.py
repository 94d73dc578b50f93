"""Turn processed documents into knowledge-base records.

The knowledge base is JSONL, one record per line, each with a ``record``
field: ``document``, ``mention``, ``fact`` and, after all documents,
``entity`` (one per canonical entity across the whole batch, so the same
person in two articles is one entity with both mentions). The format is
documented in README.md and pinned by ``pipeline/data/schema/kb.schema.json``.
Records are written in input order with sorted keys: the same input gives
byte-identical output.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.document import Document
from pipeline.kb.ids import checksum, entity_id

# attributes aggregated per KB entity from its mentions
_SINGLE_ATTRS = ("code", "era", "merged_into", "successor", "parent", "country",
                 "kind", "number", "year", "issuer", "congress", "plenum", "term", "name")
_MULTI_ATTRS = ("role", "organisation")


@dataclass
class _EntityAcc:
    type: str
    canonical: str
    aliases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    mentions: int = 0
    attrs: dict[str, Any] = field(default_factory=dict)
    multi: dict[str, set[str]] = field(default_factory=dict)


class KnowledgeBase:
    """Accumulates entities while streaming per-document records."""

    def __init__(self) -> None:
        self._entities: dict[str, _EntityAcc] = {}

    def add(self, doc: Document) -> Iterator[dict[str, Any]]:
        """Records for one document: its document, mentions and facts."""
        yield {
            "record": "document",
            "id": doc.id,
            "source": doc.meta.get("source"),
            "checksum": checksum(doc.text),
            "chars": len(doc.text),
            "sentences": len(doc.sentences),
            "mentions": len(doc.entities),
            "facts": len(doc.facts),
            "furniture": [{"start": f.start, "end": f.end, "label": f.label} for f in doc.furniture],
        }
        by_sentence: dict[int | None, list[str]] = {}
        for index, ent in enumerate(doc.entities):
            eid = entity_id(ent.type, ent.canonical)
            self._remember(eid, doc.id, ent)
            sentence = doc.sentence_index(ent.start)
            by_sentence.setdefault(sentence, [])
            if eid not in by_sentence[sentence]:
                by_sentence[sentence].append(eid)
            mention = {
                "record": "mention",
                "id": f"{doc.id}#m{index}",
                "document": doc.id,
                "sentence": sentence,
                "start": ent.start,
                "end": ent.end,
                "text": ent.text,
                "type": ent.type,
                "entity": eid,
            }
            for key in ("role", "organisation"):
                if ent.attrs.get(key):
                    mention[key] = ent.attrs[key]
            yield mention
        for index, fact in enumerate(doc.facts):
            sentence = doc.sentence_index(fact.start)
            record = {
                "record": "fact",
                "id": f"{doc.id}#f{index}",
                "document": doc.id,
                "sentence": sentence,
                "start": fact.start,
                "end": fact.end,
                "text": fact.text,
                "kind": fact.kind,
                "value": fact.value,
                "unit": fact.unit,
                "approx": fact.approx,
                "change": fact.change,
                "entities": by_sentence.get(sentence, []) if sentence is not None else [],
            }
            if fact.total is not None:
                record["total"] = fact.total
            baseline = fact.attrs.get("baseline")
            if isinstance(baseline, int):
                record["baseline"] = f"{doc.id}#f{baseline}"
            if fact.attrs.get("completed"):
                record["completed"] = fact.attrs["completed"]
            yield record

    def _remember(self, eid: str, doc_id: str, ent) -> None:
        acc = self._entities.get(eid)
        if acc is None:
            acc = self._entities[eid] = _EntityAcc(ent.type, ent.canonical)
        acc.aliases.add(ent.text)
        acc.documents.add(doc_id)
        acc.mentions += 1
        for key in _SINGLE_ATTRS:
            value = ent.attrs.get(key)
            if value not in (None, "") and key not in acc.attrs:
                acc.attrs[key] = value
        for key in _MULTI_ATTRS:
            value = ent.attrs.get(key)
            if value:
                acc.multi.setdefault(key + "s", set()).add(value)

    def entities(self) -> Iterator[dict[str, Any]]:
        """One record per canonical entity, sorted by id."""
        for eid in sorted(self._entities):
            acc = self._entities[eid]
            attrs = dict(acc.attrs)
            attrs.update({k: sorted(v) for k, v in acc.multi.items()})
            yield {
                "record": "entity",
                "id": eid,
                "type": acc.type,
                "canonical": acc.canonical,
                "aliases": sorted(acc.aliases),
                "documents": sorted(acc.documents),
                "mentions": acc.mentions,
                "attributes": attrs,
            }
