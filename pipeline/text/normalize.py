"""Offset-preserving normalisation of Vietnamese text.

Input may come in NFD (base letter + combining marks), NFC, or with the
old-style tone placement ("hoà", "thuỳ", "uỷ ban"). Every recogniser works
on one canonical view: NFC with modern tone placement ("hòa", "thùy",
"ủy ban"), non-breaking and thin spaces as plain spaces, zero-width
characters dropped. :class:`NormalizedText` keeps, for each character of
that view, the raw characters it came from, so any span found in the view
maps back to the exact characters of the original file.
"""
from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave acute tilde hook dot
_SPACES = {"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " "}
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}

# Open syllables whose tone the old style puts on the last vowel:
# oa, oe, uy (but not "qu"+y, where u belongs to the consonant).
_OLD_TONE = regex.compile(
    r"(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})"
)
_NEEDS_WORK = regex.compile("[\u0300-\u036f\u00a0\u2002\u2003\u2007\u2009\u202f\u200b-\u200d\ufeff\u00ad]")


@dataclass(frozen=True)
class NormalizedText:
    """The normalised view ``text`` and where each of its characters came from.

    ``starts[i]``/``ends[i]`` are the raw offsets of the characters that
    produced ``text[i]``.
    """

    raw: str
    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to raw offsets."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        """Map a raw span to the smallest normalised span covering it."""
        s = bisect.bisect_right(self.starts, start) - 1
        e = bisect.bisect_left(self.ends, end) + 1
        return max(s, 0), min(e, len(self.text))


def _move_tone(vowel1: str, vowel2: str) -> tuple[str, str] | None:
    """'o'+'à' -> 'ò'+'a' (and the same for oe, uy); None when nothing moves."""
    d2 = unicodedata.normalize("NFD", vowel2)
    tones = [c for c in d2 if c in _TONES]
    if not tones or any(c in _TONES for c in unicodedata.normalize("NFD", vowel1)):
        return None
    base2 = "".join(c for c in d2 if c not in _TONES)
    if base2.lower() not in {"a", "e", "y"}:
        return None
    new1 = unicodedata.normalize("NFC", vowel1 + tones[0])
    return new1, unicodedata.normalize("NFC", base2)


def modern_tones(text: str) -> str:
    """Rewrite old-style tone placement to the modern one, keeping length."""
    matches = list(_OLD_TONE.finditer(text))
    if not matches:
        return text
    chars = list(text)
    for m in matches:
        i = m.start()
        moved = _move_tone(chars[i], chars[i + 1])
        if moved:
            chars[i], chars[i + 1] = moved
    return "".join(chars)


def normalize(raw: str) -> NormalizedText:
    """NFC + modern tone placement + space folding, with the offset map."""
    if not _NEEDS_WORK.search(raw) and unicodedata.is_normalized("NFC", raw):
        # the common case: only tone placement may change, and it keeps length
        return NormalizedText(raw=raw, text=modern_tones(raw), starts=range(len(raw)),
                              ends=range(1, len(raw) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(raw)
    i = 0
    ascii_fast = raw.isascii()
    while i < n:
        c = raw[i]
        j = i + 1
        if not ascii_fast:
            while j < n and unicodedata.combining(raw[j]):
                j += 1
        if c in _DROP:
            i = j
            continue
        group = raw[i:j]
        if j - i > 1 or not c.isascii():
            group = unicodedata.normalize("NFC", group)
        group = _SPACES.get(group, group)
        for ch in group:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    text = modern_tones("".join(out))
    return NormalizedText(raw=raw, text=text, starts=tuple(starts), ends=tuple(ends))


def fold(text: str) -> str:
    """Key for comparisons: NFC, modern tones, case-folded ("Hoà" == "hòa").

    ``str.lower`` keeps the length for Vietnamese letters, so a folded view of
    a normalised text shares its offsets.
    """
    t = modern_tones(unicodedata.normalize("NFC", text))
    low = t.lower()
    return low if len(low) == len(t) else "".join(c.lower()[:1] or c for c in t)


def _skeleton_table() -> dict[int, str]:
    """Letter with marks -> its base letter (first character of its NFD form),
    for U+00C0-U+2FFF (Latin, Greek, Cyrillic and Vietnamese letters)."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in range(0xC0, 0x3000):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp):
            table[cp] = base
    return table


_SKELETON = _skeleton_table()


def strip_diacritics(text: str) -> str:
    """Skeleton of NFC Vietnamese text without marks ("Đà Nẵng" -> "Da Nang"), same length.

    Works character by character (one translation table), so give it NFC
    text (``doc.norm.text``): in NFD input the combining marks are characters
    of their own and stay.
    """
    return text.translate(_SKELETON)
