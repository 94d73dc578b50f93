"""The compiled patterns of fact extraction, assembled from the data lists.

:func:`master` is one alternation scanned once over the whole text; each
alternative is a named group whose name says what was found:

``skip``      something whose digits are not facts (URL, e-mail, file name,
              phone number, clock time, document code, "Covid-19", "G20",
              "Nghị quyết 38");
``p_full``, ``p_dm``, ``p_days``, ``p_months``, ``p_years``   periods;
``d_full``, ``d_words``, ``d_dm``, ``d_my``, ``d_mword``, ``d_year``,
``d_quarter``, ``d_bare``               dates (``d_bare``: a lone year, kept
              or dropped by its context in :mod:`pipeline.facts.extract`);
``o_thu``, ``o_head``, ``o_event``      ordinals;
``q``         any other number, with its change verb and approximation word;
              its unit (and so its kind) is read after it by :func:`unit_re`
              and :func:`phrase_re`.

Alternatives are ordered so that the longer reading wins at one position
(a period before a date, a date before a bare number).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.facts import lexicon
from pipeline.facts.numbers import DIGITS, LEFT, RIGHT, patterns as number_patterns

DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MON = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
DASH = r"\s*[-–—]\s*"
END_NUM = r"(?![\p{L}\p{N}_])(?![.,/]\p{N})"


def _alt(name: str) -> str:
    return lexicon.alternation(lexicon.words(name))


@lru_cache(maxsize=1)
def master() -> regex.Pattern[str]:
    """The one pattern that finds every candidate (see module docstring)."""
    num = number_patterns()
    words = num["words"]
    ext = _alt("file_extensions.txt")
    approx = lexicon.alternation(lexicon.mapping("approx.tsv"))
    change = lexicon.alternation(lexicon.mapping("change_verbs.tsv"))
    heads = lexicon.rows("ordinal_heads.txt")
    head_all = lexicon.alternation(h for h, _ in heads)
    head_bare = lexicon.alternation(h for h, needs in heads if needs == "no")
    ordinal_words = lexicon.alternation(lexicon.mapping("ordinal_words.tsv"))
    months = lexicon.alternation(r for r, _ in lexicon.rows("month_words.tsv"))
    events = _alt("event_nouns.txt")
    docs = _alt("document_heads.txt")
    among = lexicon.g("among")  # "trong số 108 quốc gia": "số" is no document number there
    g = lexicon.g
    day, month, year, to_w = g("day"), g("month"), g("year"), g("to")
    to = rf"(?:\s*[-–—]\s*|\s+{to_w}\s+(?:{g('through')}\s+)?)"  # "đến hết tháng 10/2024"

    skip = "|".join([
        r"https?://\S+|www\.\S+",
        r"[\w.+-]+@[\w-]+\.[\w.]+",
        rf"[\p{{L}}\p{{N}}_.-]*[\p{{L}}\p{{N}}_]\.{ext}(?![\p{{L}}\p{{N}}])",
        r"(?:\+84|\(\+?84\)|0)\s?\d{2,3}[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\d)",
        r"(?:1800|1900)[ .]?\d{3,4}(?:[ .]?\d{2,4})?(?!\d)",  # hotlines "1900 9095"
        rf"(?<!{day}\s)24/7(?![\d/])",  # "hoạt động 24/7": round the clock, not 24 July
        r"\d{1,2}(?::\d{2}(?::\d{2})?|h\d{0,2}|g\d{2})(?![\p{L}\p{N}])",
        rf"(?<!(?:{among})\s+){docs}(?:\s+{docs})?\s+\d[\p{{L}}\p{{N}}/.-]*(?<![.-])",
        r"\d+(?:[/.]\d+)*(?:[/-]\p{L}[\p{L}\p{N}]*)+(?:[/.-][\p{L}\p{N}]+)*",
        r"\p{L}+-?\d+(?:[.,]\d+)*(?:[-/][\p{L}\p{N}]+)*(?![\p{N}])",
        r"\d+\p{Lu}[\p{L}\p{N}]*",
    ])
    periods = [
        rf"(?P<p_full>(?:{day}\s+)?(?P<fd1>{DAY})/(?P<fm1>{MON})/(?P<fy1>{YEAR}){to}(?:{day}\s+)?"
        rf"(?P<fd2>{DAY})/(?P<fm2>{MON})/(?P<fy2>{YEAR}){END_NUM})",
        rf"(?P<p_dm>(?:{day}\s+)?(?P<md1>{DAY})/(?P<mm1>{MON})/(?P<my1>{YEAR}){to}{month}\s+(?P<mm2>{MON})"
        rf"\s*/\s*(?P<my2>{YEAR}){END_NUM})",
        rf"(?P<p_days>(?:{day}\s+)?(?P<pd1>{DAY})(?:/(?P<pm1>{MON}))?{to}(?:{day}\s+)?"
        rf"(?P<pd2>{DAY})/(?P<pm2>{MON})(?:/(?P<py>{YEAR}))?{END_NUM})",
        rf"(?P<p_months>{month}\s+(?P<pmo1>{MON})(?:/(?P<pyo1>{YEAR}))?{to}(?:{month}\s+)?(?P<pmo2>{MON})"
        rf"(?:\s*/\s*(?P<pyo2>{YEAR})|\s+{year}\s+(?P<pyo3>{YEAR}))?{END_NUM})",
        rf"(?P<p_years>(?:{year}\s+)?(?P<py1>{YEAR}){to}(?:{year}\s+)?(?P<py2>{YEAR}){END_NUM})",
    ]
    dates = [
        rf"(?P<d_full>(?:{day}\s+)?(?P<fd>{DAY})(?P<fs>[/.-])(?P<fm>{MON})(?P=fs)(?P<fy>{YEAR}){END_NUM})",
        rf"(?P<d_words>(?:{day}\s+)?(?P<wd>{DAY})\s+{month}\s+(?P<wm>{MON})"
        rf"(?:\s+{year}\s+(?P<wy>{YEAR})|\s*/\s*(?P<wy2>{YEAR}))?{END_NUM})",
        rf"(?P<d_dm>(?:{day}\s+)?(?P<sd>{DAY})/(?P<sm>{MON}){END_NUM})",
        rf"(?P<d_my>{month}\s+(?P<mm>{MON})(?:\s*/\s*(?P<my>{YEAR})|\s+{year}\s+(?P<my2>{YEAR}))?{END_NUM})",
        rf"(?P<d_mword>{month}\s+(?-i:(?P<mword>{months}))(?:\s+{year}\s+(?P<mwy>{YEAR}))?(?![\p{{L}}\p{{N}}]))",
        rf"(?P<d_year>{year}\s+(?P<yy>{YEAR}){END_NUM})",
        rf"(?P<d_quarter>{g('quarter')}\s+(?:[IV]+|[1-4])\s*/\s*(?P<qy>{YEAR}){END_NUM})",
        rf"(?P<d_bare>(?P<by>{YEAR}){END_NUM})",
    ]
    ordinals = [
        rf"(?P<o_thu>(?:(?P<oh>{head_all})\s+)?{g('ordinal')}\s+(?P<on>\d{{1,3}}{END_NUM}|{ordinal_words}(?!\p{{L}})|{words}))",
        rf"(?P<o_head>{head_bare}\s+(?P<on2>\d{{1,3}}{END_NUM}|{words}(?!\p{{L}})))",
        rf"(?P<o_event>(?-i:{events}\s+\p{{Lu}}\p{{L}}*(?:\s+\p{{L}}+){{0,3}})\s+(?P<on3>\d{{1,3}}){END_NUM}(?!{DASH}\d))",
    ]
    quantity = (
        rf"(?P<q>(?:(?P<chg>{change})\s+)?(?:(?P<apx>{approx})\s+)?"
        rf"(?P<n>{num['number']})(?:\s*/\s*(?P<tot>{DIGITS}))?{RIGHT})"
    )
    body = "|".join([f"(?P<skip>{skip})", *periods, *dates, *ordinals, quantity])
    return regex.compile(rf"{LEFT}(?:{body})", regex.IGNORECASE)


@lru_cache(maxsize=1)
def unit_re() -> regex.Pattern[str]:
    """Anchored at the end of a number: a unit word of ``units.tsv``, with a
    duration tail ("một lần", "qua") after a time word."""
    units = lexicon.alternation(r[0] for r in lexicon.rows("units.tsv"))
    tail = _alt("duration_tails.txt")
    return regex.compile(
        rf"(?:(?P<pct>\s*%)|\s+(?P<unit>{units})(?![\p{{L}}\p{{N}}])(?:\s+(?P<tail>{tail})(?![\p{{L}}]))?)",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=1)
def phrase_re() -> regex.Pattern[str]:
    """Tokens of the text after a number: words and the joiners , / và."""
    return regex.compile(
        rf"\G(?P<sp>\s*)(?:(?P<join>[,/]|{lexicon.g('and')}(?!\p{{L}}))|(?P<w>\p{{L}}[\p{{L}}\p{{N}}²³]*)|(?P<other>\S))",
        regex.IGNORECASE)


@lru_cache(maxsize=1)
def range_re() -> regex.Pattern[str]:
    """Anchored after a number: "- 25", "đến 25", "xuống còn 25" (the second
    number of a range or of a change)."""
    return regex.compile(
        rf"\s*(?:[-–—]|{lexicon.g('to')}|{lexicon.g('change_to')})\s*(?P<n2>{number_patterns()['number']}){RIGHT}",
        regex.IGNORECASE)
