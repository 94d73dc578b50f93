"""Evidence the tagger reads besides the text: rule spans and gazetteer hits.

* Rule spans: the entities of the rule-based entity stage
  (``pipeline.ner.component(doc, mode="rules")``), run on a copy of the
  document so the caller's document is untouched.
* Gazetteers: every word list ``pipeline/data/persons/*.txt`` (family names,
  titles, place names... whatever the persons recogniser ships), matched
  case- and tone-insensitively on whole tokens through a prefix index; a hit
  marks its tokens with ``gaz:<file stem>``. A trailing `` !`` (the persons
  lists' "capitalised form only" flag) is ignored.

Both are optional: when the rule stage or the lists are missing the tagger
simply has fewer features (retrain after they change: ``vndiplo train``).
"""
from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence

from pipeline.document import Document, Entity
from pipeline.ner.lexicon import DATA, read_lines
from pipeline.ner.model.tokens import TOKEN, Token
from pipeline.text.normalize import fold

GAZETTEER_DIRS = ("persons",)


@functools.lru_cache(maxsize=1)
def _rule_component() -> Callable[..., Document] | None:
    module = importlib.import_module("pipeline.ner")
    return getattr(module, "component", None)


def rule_entities(doc: Document) -> list[Entity]:
    """The rule-based entity stage's entities for ``doc`` (raw offsets)."""
    component = _rule_component()
    if component is None:
        return []
    copy = Document(doc.id, doc.text, dict(doc.meta), sentences=list(doc.sentences),
                    furniture=list(doc.furniture))
    copy._norm = doc.norm
    return list(component(copy, mode="rules").entities)


@functools.lru_cache(maxsize=1)
def gazetteer_index() -> tuple[dict[tuple[str, ...], tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """Folded token tuples of every list entry -> labels, and all proper prefixes (a trie as sets)."""
    entries: dict[tuple[str, ...], set[str]] = {}
    for folder in GAZETTEER_DIRS:
        for path in sorted((DATA / folder).glob("*.txt")):
            for name in read_lines(path):
                key = tuple(TOKEN.findall(fold(name.removesuffix(" !"))))
                if key:
                    entries.setdefault(key, set()).add(f"gaz:{path.stem}")
    prefixes = frozenset(k[:i] for k in entries for i in range(1, len(k)))
    return {k: tuple(sorted(v)) for k, v in entries.items()}, prefixes


def gazetteer_spans(folded_text: str, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every list entry matching whole tokens.

    ``folded_text`` is ``fold`` of the tokens' text (same offsets).
    """
    entries, prefixes = gazetteer_index()
    words = [folded_text[t.start:t.end] for t in tokens]
    out = []
    for i in range(len(words)):
        key: tuple[str, ...] = ()
        for j in range(i, len(words)):
            key += (words[j],)
            for label in entries.get(key, ()):
                out.append((tokens[i].start, tokens[j].end, label))
            if key not in prefixes:
                break
    return out


def rule_spans(doc: Document, entities: list[Entity]) -> list[tuple[int, int, str]]:
    """``(norm_start, norm_end, "rule:TYPE")`` for rule entities (raw offsets)."""
    out = []
    for e in entities:
        s, t = doc.norm.to_norm(e.start, e.end)
        out.append((s, t, f"rule:{e.type}"))
    return out
