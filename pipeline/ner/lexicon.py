"""Shared helpers of the rule recognisers: data files, gazetteer patterns, words.

Gazetteers are compiled into one alternation (longest names first) matched
over a *folded* view of ``doc.norm.text`` (``fold``: lower-case, same
offsets), so a lookup costs one regex scan whatever the list size.
"""
from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import regex

from pipeline.text.normalize import fold

DATA = Path(__file__).resolve().parent.parent / "data"
LEFT = r"(?<![\p{L}\p{N}])"
RIGHT = r"(?![\p{L}\p{N}])"
DASH = "\u2013\u2014-"  # "-" last: usable inside a character class
_WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}&]*")


def read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a word-list file."""
    return [s for line in path.read_text(encoding="utf-8").splitlines()
            if (s := line.strip()) and not s.startswith("#")]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header line; '#' lines are comments."""
    with open(path, encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")),
                              delimiter="\t")
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def name_pattern(name: str) -> str:
    """Regex for a folded name: any run of spaces/dashes between its words."""
    words = [w for w in re.split(rf"[\s{DASH}]+", fold(name)) if w]
    return rf"(?:\s*[{DASH}]\s*|\s+)".join(regex.escape(w) for w in words)


def alternation(names: list[str]) -> str:
    """One alternation over folded names, longest first, with word bounds."""
    uniq = sorted({fold(n) for n in names}, key=len, reverse=True)
    return LEFT + "(?:" + "|".join(name_pattern(n) for n in uniq) + ")" + RIGHT


def key(text: str) -> str:
    """Lookup key of a name: folded, words joined by single spaces, dashes dropped."""
    return " ".join(w for w in re.split(rf"[\s{DASH}]+", fold(text)) if w)


@functools.lru_cache(maxsize=8)
def folded(text: str) -> str:
    """``fold`` of a whole document text, cached (offsets equal the input's)."""
    return fold(text)


def words_before(text: str, pos: int, n: int) -> list[tuple[int, int, str]]:
    """Up to ``n`` words ending before ``pos`` on the same phrase (no , ; . ( ) : newline)."""
    out: list[tuple[int, int, str]] = []
    i = pos
    while len(out) < n:
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0 or not (text[j - 1].isalnum() or text[j - 1] in "&."):
            break
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "&."):
            k -= 1
        out.append((k, j, text[k:j]))
        i = k
    return out


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def all_words_capitalised(text: str) -> bool:
    """Every word of ``text`` starts with an upper-case letter."""
    ws = _WORD_RE.findall(text)
    return bool(ws) and all(w[0].isupper() or w[0].isdigit() for w in ws)

