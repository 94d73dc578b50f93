"""Syllable and punctuation tokens of a normalised text, one list per line.

One compiled pattern cuts the text: a run of letters/digits is a syllable,
any other non-space character is a token of its own. No word segmentation
(the slow part of underthesea's tagger).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]")


@dataclass(frozen=True)
class Token:
    """A syllable or punctuation mark of ``doc.norm.text``."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> list[list[Token]]:
    """The tokens of ``text``, one list per non-empty line."""
    lines: list[list[Token]] = []
    current: list[Token] = []
    last_line = -1
    line = 0
    pos = 0
    for m in TOKEN.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if line != last_line and current:
            lines.append(current)
            current = []
        last_line = line
        current.append(Token(m.start(), m.end(), m.group()))
    if current:
        lines.append(current)
    return lines
