"""Convert a :class:`~pipeline.document.Document` to a spaCy ``Doc``.

The spaCy document holds the same raw text (``sdoc.text == doc.text``), so
character offsets agree: entities become ``sdoc.ents`` (label = type,
``kb_id_`` = canonical), facts go to the span group ``sdoc.spans["facts"]``
(label = kind) and sentence starts set ``is_sent_start``. displaCy and other
spaCy tools then work on it unchanged.
"""
from __future__ import annotations

import bisect
import functools

import regex

from pipeline.document import Document

_SEGMENT = regex.compile(r"\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]")


@functools.lru_cache(maxsize=1)
def blank_vietnamese():
    """A blank spaCy pipeline for Vietnamese splitting on syllables (no pyvi)."""
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def _char_span(sdoc, start: int, end: int, label: str, kb_id: str = ""):
    return sdoc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="strict")


def tokens_for(doc: Document) -> tuple[list[str], list[bool]]:
    """Syllable/punctuation tokens, cut at every span edge so spans align exactly."""
    cuts = sorted({p for span in (*doc.entities, *doc.facts, *doc.sentences) for p in (span.start, span.end)})
    words: list[str] = []
    spaces: list[bool] = []
    for m in _SEGMENT.finditer(doc.text):
        start, end = m.span()
        if m.group().isspace():
            if m.group() == " " and words and not spaces[-1] and not words[-1].isspace():
                spaces[-1] = True
            else:
                words.append(m.group())
                spaces.append(False)
            continue
        inner = [c for c in cuts[bisect.bisect_right(cuts, start):] if c < end]
        for a, b in zip([start, *inner], [*inner, end]):
            if b > a:
                words.append(doc.text[a:b])
                spaces.append(False)
    return words, spaces


def to_spacy(doc: Document, nlp=None):
    from spacy.tokens import Doc

    nlp = nlp or blank_vietnamese()
    words, spaces = tokens_for(doc)
    sdoc = Doc(nlp.vocab, words=words, spaces=spaces)
    ents = [s for e in doc.entities if (s := _char_span(sdoc, e.start, e.end, e.type, e.canonical))]
    sdoc.set_ents(_non_overlapping(ents))
    sdoc.spans["facts"] = [s for f in doc.facts if (s := _char_span(sdoc, f.start, f.end, f.kind))]
    if doc.sentences:
        starts = {s.start for s in doc.sentences}
        for token in sdoc:
            token.is_sent_start = token.idx in starts or token.i == 0
    return sdoc


def _non_overlapping(spans):
    """Keep spans whose expanded tokens do not collide (spaCy requires it)."""
    taken: set[int] = set()
    kept = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        tokens = set(range(span.start, span.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(span)
    return kept
