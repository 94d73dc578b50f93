"""Word lists for fact extraction, read once from ``pipeline/data/facts/``.

Every list is a small UTF-8 text file with ``#`` comment lines giving its
purpose and sources; ``.txt`` files hold one entry per line, ``.tsv`` files
tab-separated columns. Nothing here knows Vietnamese: the words live in the
data files.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "facts"


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = unicodedata.normalize("NFC", line.rstrip("\n"))
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list file (``name`` with extension)."""
    return tuple(line.strip() for line in _lines(name))


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in _lines(name))


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """First column -> second column of a TSV file, keys case-folded."""
    return {r[0].lower(): r[1] for r in rows(name)}


@lru_cache(maxsize=None)
def folded_set(name: str) -> frozenset[str]:
    """Lower-cased entries of a list file."""
    return frozenset(w.lower() for w in words(name))


@lru_cache(maxsize=None)
def grammar(role: str) -> tuple[str, ...]:
    """Words of one role in ``grammar_words.tsv`` ("day" -> ("ngày",))."""
    return tuple(w for r, w in rows("grammar_words.tsv") if r == role)


def g(role: str) -> str:
    """Regex alternation of the words of a grammar role."""
    return alternation(grammar(role))


def alternation(entries: object) -> str:
    """A regex alternation of literal phrases, longest first; spaces match ``\\s+``."""
    items = sorted(set(entries), key=lambda s: (-len(s), s))  # type: ignore[arg-type]
    return "(?:" + "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in items) + ")"
