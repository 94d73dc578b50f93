"""The runner: a list of components applied to a :class:`Document`.

Like a spaCy ``Language``: ``nlp = pipeline.load(); doc = nlp(text)``.
Components are plain callables ``component(doc) -> doc`` named in
``pipeline/data/config.json``; options for each come from the same file and
can be overridden in :func:`load`. Components are imported lazily, once.
"""
from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.document import Document

Component = Callable[[Document], Document]
CONFIG_PATH = Path(__file__).parent / "data" / "config.json"


def _resolve(ref: str) -> Callable[..., Any]:
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr)


class Pipeline:
    """Runs named components in order over documents."""

    def __init__(self, components: list[tuple[str, Component]]):
        self.components = components

    @property
    def component_names(self) -> list[str]:
        return [name for name, _ in self.components]

    def make_doc(self, text: str, id: str = "doc", meta: dict[str, Any] | None = None) -> Document:
        return Document(id=id, text=text, meta=dict(meta or {}))

    def __call__(self, text: str | Document, id: str = "doc",
                 meta: dict[str, Any] | None = None) -> Document:
        doc = text if isinstance(text, Document) else self.make_doc(text, id, meta)
        for _, component in self.components:
            doc = component(doc)
        return doc

    def pipe(self, docs: Iterable[Document | tuple[str, str]]) -> Iterator[Document]:
        """Process ``Document`` objects or ``(id, text)`` pairs lazily."""
        for item in docs:
            if isinstance(item, Document):
                yield self(item)
            else:
                doc_id, text = item[0], item[1]
                yield self(text, id=doc_id)


@functools.lru_cache(maxsize=1)
def read_config() -> dict[str, Any]:
    return json.loads(CONFIG_PATH.read_text(encoding="utf-8"))


def load(disable: Iterable[str] = (), **overrides: Any) -> Pipeline:
    """Build the default pipeline.

    ``overrides`` set component options by name, e.g. ``load(ner="rules")``
    is short for the entity component's ``mode`` option; any other keyword
    ``name={"option": value}`` updates that component's options.
    """
    config = read_config()
    disabled = set(disable)
    components: list[tuple[str, Component]] = []
    for spec in config["components"]:
        name = spec["name"]
        if name in disabled:
            continue
        options = dict(spec.get("options", {}))
        override = overrides.get(name)
        if isinstance(override, dict):
            options.update(override)
        elif override is not None and "shorthand" in spec:
            options[spec["shorthand"]] = override
        fn = _resolve(spec["factory"])
        components.append((name, functools.partial(fn, **options) if options else fn))
    return Pipeline(components)
