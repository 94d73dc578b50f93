"""Syllable tokens and CRF features for the statistical entity tagger.

The tagger reads ``doc.norm.text`` cut into syllables and punctuation marks
(:mod:`pipeline.ner.model.tokens`); each line of the text is one sequence.

Per token the features are: the lower-cased syllable, its shape
(capitalised, all caps, digits, punctuation...), 1-3 character prefixes and
suffixes, the same word/shape features for the neighbours at -2..+2,
syllable bigrams, and *marks*: flags saying that the token lies inside a
span found by a rule recogniser (``rule:PERSON:B``...) or a gazetteer
(``gaz:surnames``...), also seen from the neighbours at -1 and +1.
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence

import regex

from pipeline.document import Document, Entity
from pipeline.ner.model import evidence
from pipeline.ner.model.tokens import Token, tokenize
from pipeline.text.normalize import fold

_ALL_CAPS = regex.compile(r"\p{Lu}+")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*")
_LOWER = regex.compile(r"[\p{Ll}\p{M}]+")
_DIGITS = regex.compile(r"\p{N}+")
_ROMAN = regex.compile(r"[IVXLC]+")
_PUNCT = regex.compile(r"[^\p{L}\p{M}\p{N}]")
PAD = "<pad>"


@functools.lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """A coarse class of the token's spelling."""
    if _DIGITS.fullmatch(word):
        return "d"
    if _PUNCT.fullmatch(word):
        return "p"
    if len(word) > 1 and _ROMAN.fullmatch(word):
        return "R"
    if _ALL_CAPS.fullmatch(word):
        return "AA"
    if _CAPITALISED.fullmatch(word):
        return "Aa"
    if _LOWER.fullmatch(word):
        return "a"
    if any(c.isdigit() for c in word):
        return "ad"
    return "mix"


def span_marks(tokens: Sequence[Token], spans: Iterable[tuple[int, int, str]]) -> list[set[str]]:
    """For each token, the labels of the spans covering it, with ``:B``/``:I``.

    ``spans`` are ``(start, end, label)`` in the offsets of the tokens' text.
    """
    marks: list[set[str]] = [set() for _ in tokens]
    starts = [t.start for t in tokens]
    for start, end, label in spans:
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        first = True
        while i < len(tokens) and tokens[i].start < end:
            if tokens[i].end > start:
                marks[i].add(f"{label}:{'B' if first else 'I'}")
                first = False
            i += 1
    return marks


def sequence_features(tokens: Sequence[Token], marks: Sequence[set[str]]) -> list[list[str]]:
    """CRF feature strings for one sequence of tokens.

    Positions outside the sequence read as the word ``<pad>`` of shape
    ``pad`` (so ``-1w=<pad>`` marks the first token).
    """
    words = [t.text for t in tokens]
    lows = [PAD, PAD, *(w.lower() for w in words), PAD, PAD]
    shapes = ["pad", "pad", *(shape(w) for w in words), "pad", "pad"]
    flags = [(), (), *(sorted(m) for m in marks), (), ()]
    out: list[list[str]] = []
    for i, word in enumerate(words):
        k = i + 2
        low, sh, prev, nxt = lows[k], shapes[k], lows[k - 1], lows[k + 1]
        f = ["bias", "w=" + low, "sh=" + sh, "W=" + word, "len=" + str(min(len(word), 6)),
             "p1=" + low[:1], "p2=" + low[:2], "s1=" + low[-1:], "s2=" + low[-2:], "s3=" + low[-3:],
             "-2w=" + lows[k - 2], "-2sh=" + shapes[k - 2], "-1w=" + prev, "-1sh=" + shapes[k - 1],
             "+1w=" + nxt, "+1sh=" + shapes[k + 1], "+2w=" + lows[k + 2], "+2sh=" + shapes[k + 2],
             "-1|0=" + prev + "|" + low, "0|+1=" + low + "|" + nxt, "-1|+1=" + prev + "|" + nxt,
             "sh-1|0=" + shapes[k - 1] + "|" + sh, "sh0|+1=" + sh + "|" + shapes[k + 1]]
        f.extend(["m=" + m for m in flags[k]])
        f.extend(["-1m=" + m for m in flags[k - 1]])
        f.extend(["+1m=" + m for m in flags[k + 1]])
        out.append(f)
    return out


def document_features(doc: Document, rule_entities: Sequence[Entity]
                      ) -> list[tuple[list[Token], list[list[str]]]]:
    """``(tokens, features)`` for each line of ``doc.norm.text``.

    ``rule_entities`` are the rule stage's entities for ``doc`` (raw
    offsets); gazetteer hits are found here.
    """
    text = doc.norm.text
    folded = fold(text)
    rules = evidence.rule_spans(doc, list(rule_entities))
    out = []
    for tokens in tokenize(text):
        lo, hi = tokens[0].start, tokens[-1].end
        local = [s for s in rules if s[0] < hi and s[1] > lo] + evidence.gazetteer_spans(folded, tokens)
        out.append((tokens, sequence_features(tokens, span_marks(tokens, local))))
    return out
