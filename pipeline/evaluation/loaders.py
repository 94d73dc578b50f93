"""Read annotation JSONL (the shared format) into :mod:`records`.

Loading is kept apart from scoring: the scorers never touch files. A
malformed line raises :class:`AnnotationLoadError` naming the file and the
line; the validator (:mod:`pipeline.evaluation.validate`) reads the same
lines with :func:`read_jsonl` to report every problem instead of the first.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluation.records import AnnotatedDoc, EntitySpan, FactSpan


class AnnotationLoadError(ValueError):
    """A line that cannot be read as an annotated document."""

    def __init__(self, path: str | Path, line: int, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class JsonLine:
    """One non-blank JSONL line: the parsed object, or why it did not parse."""

    path: str
    line: int
    data: Any = None
    error: str | None = None


def read_jsonl(path: str | Path) -> Iterator[JsonLine]:
    """Every non-blank line of ``path``, parsed (errors are returned, not raised)."""
    with open(path, encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                yield JsonLine(str(path), number, json.loads(raw))
            except json.JSONDecodeError as exc:
                yield JsonLine(str(path), number, error=f"invalid JSON: {exc.msg} (column {exc.colno})")


def _require(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise ValueError(f"{where}: missing {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"{where}: {key!r} has the wrong type ({type(value).__name__})")
    return value


def entity_from_json(obj: Any, where: str = "entity") -> EntitySpan:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: not an object")
    text = _require(obj, "text", str, where)
    canonical = obj.get("canonical")
    return EntitySpan(
        start=_require(obj, "start", int, where),
        end=_require(obj, "end", int, where),
        type=_require(obj, "type", str, where),
        text=text,
        canonical=canonical if isinstance(canonical, str) and canonical else text,
    )


def fact_from_json(obj: Any, where: str = "fact") -> FactSpan:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: not an object")
    if "value" not in obj:
        raise ValueError(f"{where}: missing 'value'")
    value = obj["value"]
    return FactSpan(
        start=_require(obj, "start", int, where),
        end=_require(obj, "end", int, where),
        text=_require(obj, "text", str, where),
        kind=_require(obj, "kind", str, where),
        value=list(value) if isinstance(value, list) else value,
        unit=obj.get("unit"),
        approx=obj.get("approx") or "=",
        change=obj.get("change"),
        total=obj.get("total"),
    )


def document_from_json(obj: Any, source: str = "") -> AnnotatedDoc:
    """One annotation object as an :class:`AnnotatedDoc` (``ValueError`` if unusable)."""
    if not isinstance(obj, dict):
        raise ValueError("line is not a JSON object")
    doc_id = _require(obj, "id", str, "document")
    text = _require(obj, "text", str, f"document {doc_id}")
    entities = obj.get("entities", [])
    facts = obj.get("facts", [])
    if not isinstance(entities, list) or not isinstance(facts, list):
        raise ValueError(f"document {doc_id}: 'entities' and 'facts' must be lists")
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    return AnnotatedDoc(
        id=doc_id,
        text=text,
        entities=tuple(entity_from_json(e, f"document {doc_id}, entity {i}") for i, e in enumerate(entities)),
        facts=tuple(fact_from_json(f, f"document {doc_id}, fact {i}") for i, f in enumerate(facts)),
        meta=meta,
        source=source,
    )


def load_documents(path: str | Path) -> list[AnnotatedDoc]:
    """All documents of a JSONL file; the first malformed line raises
    :class:`AnnotationLoadError` with its file and line number."""
    docs = []
    for line in read_jsonl(path):
        if line.error:
            raise AnnotationLoadError(path, line.line, line.error)
        try:
            docs.append(document_from_json(line.data, f"{path}:{line.line}"))
        except ValueError as exc:
            raise AnnotationLoadError(path, line.line, str(exc)) from None
    return docs


def documents_from_objects(objects: Iterable[dict[str, Any]]) -> list[AnnotatedDoc]:
    """Documents from in-memory annotation dicts (e.g. ``Document.to_annotation()``)."""
    return [document_from_json(obj, f"<object {i}>") for i, obj in enumerate(objects)]
