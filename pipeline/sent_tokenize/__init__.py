"""Sentence splitting for Vietnamese news, as character spans of the raw text.

A newline always ends a sentence (headlines carry no final period). Inside
a line, underthesea's ``sent_tokenize`` proposes the boundaries; three of its
habits are then repaired:

* a closing quote or bracket after the final punctuation (``nói: "... làm."
  Sau đó``) belongs to the sentence it closes, not to the next one;
* a piece that ends with an abbreviation from
  ``pipeline/data/sent_tokenize/abbreviations.txt`` ("PGS.TS.", "TP.",
  "ThS.") does not end a sentence;
* a piece glued to the previous one (no space) that does not start with a
  capital letter continues it: a file name ("chiase.jpg") or the end mark
  "./." of an article.

Numbers and dates ("3.000", "12/8.") are handled by underthesea already and
are pinned by tests.
"""
from __future__ import annotations

import functools
from pathlib import Path

import regex

from pipeline.document import Document, Sentence

DATA = Path(__file__).resolve().parent.parent / "data" / "sent_tokenize" / "abbreviations.txt"
_CLOSERS = "\"'”’»)]…"
# underthesea splits after "..." but not after the single character "…"
_ELLIPSIS_END = regex.compile(r"(?<=…)\s+(?=[\p{Lu}\"“])")
_LEADING_CLOSER = regex.compile(rf"[{regex.escape(_CLOSERS)}]+")


@functools.lru_cache(maxsize=1)
def _abbreviation_end() -> regex.Pattern:
    words = [w.strip() for w in DATA.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?:^|[\s(\"“])(?:{alt})\.$")


@functools.lru_cache(maxsize=1)
def _underthesea():
    from underthesea import sent_tokenize

    return sent_tokenize


def _split_line(line: str) -> list[tuple[int, int]]:
    """Sentence spans within one line (offsets relative to the line)."""
    pieces = _underthesea()(line)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        i = line.find(piece, cursor)
        if i < 0:  # underthesea rewrote whitespace: fall back to one sentence
            return [(0, len(line))] if line.strip() else []
        start = i
        for m in _ELLIPSIS_END.finditer(piece):
            spans.append((start, i + m.start()))
            start = i + m.end()
        spans.append((start, i + len(piece)))
        cursor = i + len(piece)
    abbreviation = _abbreviation_end()
    fixed: list[tuple[int, int]] = []
    for start, end in spans:
        if fixed:
            prev_start, prev_end = fixed[-1]
            lead = _LEADING_CLOSER.match(line, start, end)
            if lead:  # move a closing quote back to the sentence it closes
                fixed[-1] = (prev_start, lead.end())
                start = lead.end()
                while start < end and line[start].isspace():
                    start += 1
                if start >= end:
                    continue
            glued = start == fixed[-1][1] and not line[start].isupper()
            if glued or abbreviation.search(line[prev_start:fixed[-1][1]]):
                fixed[-1] = (prev_start, end)
                continue
        fixed.append((start, end))
    return fixed


def split(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) spans of ``text``; newlines are hard boundaries."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            spans.extend((offset + s, offset + e) for s, e in _split_line(line))
        offset += len(line) + 1
    return spans


def component(doc: Document) -> Document:
    """Set ``doc.sentences`` (raw offsets), splitting the normalised view."""
    sentences = []
    for start, end in split(doc.norm.text):
        s, e = doc.raw_span(start, end)
        sentences.append(Sentence(s, e, doc.text[s:e]))
    doc.sentences = sentences
    return doc
