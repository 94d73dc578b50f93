"""Knowledge-base scoring: per document, the set of (type, canonical) pairs.

Canonicals are compared by :func:`kb_key`: Unicode NFC, modern tone-mark
placement and case-folding (:func:`pipeline.text.normalize.fold`), with runs of
whitespace collapsed, so "Hoà Bình" and "hòa  bình" are one entry. Scores are
micro-averaged over documents: a pair counts once per document that has it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.document import ENTITY_TYPES
from pipeline.evaluation.metrics import Tally
from pipeline.evaluation.records import EntitySpan
from pipeline.text.normalize import fold


def kb_key(type: str, canonical: str) -> tuple[str, str]:
    return type, " ".join(fold(canonical).split())


def kb_entries(entities: Iterable[EntitySpan]) -> set[tuple[str, str]]:
    """The document's knowledge base: its distinct (type, folded canonical) pairs."""
    return {kb_key(e.type, e.canonical) for e in entities}


@dataclass(frozen=True)
class KBDocScore:
    micro: Tally
    per_type: dict[str, Tally]
    missed: tuple[tuple[str, str], ...]
    spurious: tuple[tuple[str, str], ...]


def score_document(gold: Sequence[EntitySpan], pred: Sequence[EntitySpan],
                   types: Iterable[str] = ENTITY_TYPES) -> KBDocScore:
    g, p = kb_entries(gold), kb_entries(pred)

    def tally(gs: set, ps: set) -> Tally:
        return Tally.from_counts(len(gs & ps), len(gs), len(ps))

    per_type = {t: tally({x for x in g if x[0] == t}, {x for x in p if x[0] == t}) for t in types}
    return KBDocScore(tally(g, p), per_type, tuple(sorted(g - p)), tuple(sorted(p - g)))
