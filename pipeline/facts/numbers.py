"""Vietnamese numbers: regex fragments that find them and a parser that reads them.

Written forms handled:

* digits with a decimal comma and a thousands dot or space: "48,2" -> 48.2,
  "1.045" -> 1045, "2 500" -> 2500, "3.000" -> 3000. A dot followed by fewer
  than three digits ("4.0") is not a Vietnamese number and is not matched;
* scale words (``scales.tsv``): nghìn/ngàn 10^3, triệu 10^6, tỷ/tỉ 10^9, also
  combined ("1 tỷ 200 triệu" -> 1 200 000 000) and after a word number;
* number words ("ba", "mười lăm", "hai mươi mốt", "một trăm linh năm"),
  by a small grammar built from ``number_words.tsv``;
* an approximation word in front ("hàng trăm" -> 100 with approx "~");
* a fraction or ratio "63/63" -> value 63, total 63;
* Roman numerals, recognised (:func:`parse_roman`) so callers can exclude them.

Integers come out as ``int`` (48,2 tỷ -> 48200000000), other values as
``float``; arithmetic is done in :class:`decimal.Decimal` so no binary
rounding creeps in.

Number words are converted by the maintained package ``vietnam_number``
(``w2n``). Both installed candidates were evaluated: ``vn_numberwords``
(``words_to_number``) and ``vietnam_number`` read the same standard forms
("hai mươi mốt", "một trăm linh năm", "mười lăm nghìn"), but
``vn_numberwords`` silently returns 0 for a bare scale word ("nghìn",
"chục", "tỷ") and for anything it does not understand, while ``w2n``
reads bare scale words ("hàng chục nghìn" -> 10 000) and raises on invalid
input, which lets this module reject a non-number instead of reporting 0.
Neither knows the Northern spelling "bẩy"; ``number_word_variants.tsv``
maps such variants before conversion.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex
from vietnam_number import w2n

from pipeline.facts import lexicon

#: Left boundary of a number: not inside a word, not after "4." or "22/".
LEFT = r"(?<![\p{L}\p{N}_])(?<!\p{N}[.,/:])(?<![\p{L}\p{N}]-)"
#: Right boundary: not followed by a letter/digit or by ".5", ",5" (a malformed
#: or longer number such as "4.0" or "024.3799").
RIGHT = r"(?![\p{L}\p{N}_])(?![.,]\p{N})"

#: Digits with thousands dot or space and decimal comma.
DIGITS = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:\ \d{3})+(?!\d)|\d+(?:,\d+)?)"

_ROMAN = regex.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@dataclass(frozen=True)
class Number:
    """A parsed number: ``value`` (int when whole), ``approx`` and ``total``."""

    value: int | float
    approx: str = "="
    total: int | float | None = None


def _as_number(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word, role, _value in lexicon.rows("number_words.tsv"):
        out.setdefault(role, []).append(word)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def scales() -> dict[str, int]:
    """Scale word (lower case) -> multiplier."""
    return {w.lower(): int(m) for w, m in lexicon.rows("scales.tsv")}


@lru_cache(maxsize=1)
def patterns() -> dict[str, str]:
    """Regex fragments (strings, for embedding in larger patterns).

    ``scale``: a scale word; ``words``: a number written in words (with any
    scale words inside it); ``number``: digits or words followed by scale
    words, chained ("1 tỷ 200 triệu"); all case-insensitive when compiled
    with ``regex.IGNORECASE``.
    """
    r = _roles()
    alt = lexicon.alternation
    digit, final = alt(r["digit"]), alt(r["final"])
    ten, tens, hundred, link = alt(r["ten"]), alt(r["tens"]), alt(r["hundred"]), alt(r["zero-link"])
    scale = alt(scales())
    w = r"(?![\p{L}])"  # a word ends here
    below100 = (
        rf"(?:{ten}{w}(?:\s+{final}{w})?"
        rf"|{digit}{w}\s+{tens}{w}(?:\s+{final}{w})?"
        rf"|{digit}{w})"
    )
    below1000 = (
        rf"(?:{digit}{w}\s+{hundred}{w}"
        rf"(?:\s+{link}{w}\s+{digit}{w}|\s+{ten}{w}(?:\s+{final}{w})?|\s+{digit}{w}\s+{tens}{w}(?:\s+{final}{w})?)?"
        rf"|{below100})"
    )
    bare = rf"(?:{hundred}|{scale}){w}"  # "trăm", "nghìn" after "hàng"
    scaled = rf"(?:\s+{scale}{w})"
    words = rf"(?:(?:{below1000}|{bare}){scaled}*(?:\s+{below1000}{scaled}+)*)"
    number = rf"(?:(?:{DIGITS}|{words}){scaled}*(?:\s+(?:{DIGITS}|{below1000}){scaled}+)*)"
    return {"scale": scale, "words": words, "number": number, "digits": DIGITS}


@lru_cache(maxsize=1)
def _token_re() -> regex.Pattern[str]:
    p = patterns()
    return regex.compile(rf"(?P<d>{DIGITS})|(?P<s>{p['scale']})(?!\p{{L}})|(?P<w>\p{{L}}+)", regex.I)


def trailing_scale(text: str) -> str:
    """The scale words that end a number ("2,5 tỷ" -> "tỷ", "5 nghìn" ->
    "nghìn"), "" when it ends in digits or number words."""
    tokens = list(_token_re().finditer(" ".join(text.split())))
    out: list[str] = []
    while tokens and tokens[-1].lastgroup == "s":
        out.append(tokens.pop().group())
    return " ".join(reversed(out)) if tokens else ""


def has_scale(text: str) -> bool:
    """True when the number holds a scale word ("3 triệu", "hai nghìn")."""
    return any(m.lastgroup == "s" for m in _token_re().finditer(text))


@lru_cache(maxsize=1)
def _number_re() -> regex.Pattern[str]:
    return regex.compile(patterns()["number"], regex.I)


@lru_cache(maxsize=1)
def _approx_re() -> regex.Pattern[str]:
    return regex.compile(lexicon.alternation(lexicon.mapping("approx.tsv")) + r"\s+", regex.I)


def parse_digits(text: str) -> int | float:
    """"48,2" -> 48.2, "1.045" -> 1045, "2 500" -> 2500 (no scale words)."""
    if not regex.fullmatch(DIGITS, text):
        raise ValueError(f"not a number: {text!r}")
    return _as_number(_digits_decimal(text))


def _digits_decimal(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(" ", "").replace(",", "."))


def parse_words(text: str) -> int | None:
    """A number in words ("hai mươi mốt" -> 21), or None when it is not one."""
    variants = lexicon.mapping("number_word_variants.tsv")
    words = [variants.get(t, t) for t in text.lower().split()]
    try:
        return int(w2n(" ".join(words)))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def parse_value(text: str) -> int | float | None:
    """Digits and/or words with scale words ("1 tỷ 200 triệu"), no approx word."""
    text = " ".join(text.split())
    if not _number_re().fullmatch(text):
        return None
    total = Decimal(0)
    cur: Decimal | None = None
    run: list[str] = []
    tokens = [(m.lastgroup, m.group()) for m in _token_re().finditer(text)]
    i = 0
    while i < len(tokens):
        kind, tok = tokens[i]
        if kind == "d":
            if cur is not None:
                total += cur
            cur = _digits_decimal(tok)
            i += 1
        elif kind == "s" and cur is not None and not run:
            cur *= scales()[tok.lower()]
            i += 1
        else:
            run = []
            while i < len(tokens) and tokens[i][0] != "d":
                run.append(tokens[i][1])
                i += 1
            value = parse_words(" ".join(run))
            if value is None:
                return None
            if cur is not None:
                total += cur
            cur = Decimal(value)
            run = []
    if cur is None:
        return None
    return _as_number(total + cur)


def parse_number(text: str) -> Number | None:
    """Parse a whole number expression, with an optional approximation word
    and an optional "/total": "hơn 450" -> 450 ">", "hàng trăm" -> 100 "~",
    "63/63" -> 63 total 63, "48,2 tỷ" -> 48200000000. None if not a number."""
    text = " ".join(text.split())
    approx = "="
    m = _approx_re().match(text)
    if m:
        approx = lexicon.mapping("approx.tsv")[" ".join(m.group().split()).lower()]
        text = text[m.end():]
    total = None
    if "/" in text:
        left, _, right = text.partition("/")
        total = parse_value(right.strip())
        if total is None:
            return None
        text = left.strip()
    value = parse_value(text)
    if value is None:
        return None
    return Number(value, approx, total)


def parse_roman(text: str) -> int | None:
    """Value of an upper-case Roman numeral ("XIII" -> 13), else None."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " "):
        va, vb = _ROMAN_VALUES[a], _ROMAN_VALUES.get(b, 0)
        total += -va if va < vb else va
    return total


def is_roman(text: str) -> bool:
    """True for an upper-case Roman numeral such as "XII" or "IV"."""
    return parse_roman(text) is not None
