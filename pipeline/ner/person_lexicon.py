"""Word lists and compiled patterns for person recognition.

Everything comes from ``pipeline/data/persons/`` (see the header comment of
each file for its sources) and is compiled once, lazily. All patterns are
meant for ``pattern.match(text, pos)`` at a token start of the normalised
text (NFC, modern tones), except ``cue`` and ``surname_run``, which scan.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import regex

DATA = Path(__file__).resolve().parent.parent / "data" / "persons"

END = r"(?![\p{L}\p{N}])"
"""A word ends here (no letter or digit follows)."""
#: Gender prefixes of Ê Đê and Gia Rai names, which put the family name last
#: and run to five syllables ("Y Bhiêm Niê", "H'Hen Niê").
GENDER_PREFIXES = ("Y", "H'", "H’")

NAME_TOKEN = r"\p{Lu}(?:'\p{Lu})?\p{Ll}*(?:[-'’]\p{L}\p{Ll}*)*(?![\p{L}\p{N}])"
"""One capitalised name syllable: "Sơn", "H'Lan", "Sung-ho", "Chít-tích", "Kđăm"."""


_CAPS = r"\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3}"
"""A capitalised name of one to four words (an item of a list of places)."""


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _alt(words) -> str:
    """One alternation, longest first, spaces matching any run of spaces."""
    uniq = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", "[ ]+") for w in uniq)


def _title_variants(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        if line.endswith(" !"):
            out.append(line[:-2])
        else:
            out.extend({line, line.lower(), line[0].upper() + line[1:]})
    return out


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    foreign_surnames: frozenset[str]
    particle: regex.Pattern
    eponyms: frozenset[str]
    aliases: dict[str, str]
    weak_honorifics: frozenset[str]
    outlets: frozenset[str]
    title: regex.Pattern
    honorific: regex.Pattern
    cue: regex.Pattern
    qualifier: regex.Pattern
    org_head: regex.Pattern
    place: regex.Pattern
    place_word: regex.Pattern
    gap_word: regex.Pattern
    nonname: regex.Pattern
    blocker_before: regex.Pattern
    list_after_blocker: regex.Pattern
    event_before: regex.Pattern
    acronym: regex.Pattern
    name_token: regex.Pattern
    lower_word: regex.Pattern
    surname_run: regex.Pattern
    credit: regex.Pattern
    credit_split: regex.Pattern
    paren_alias: regex.Pattern
    located: regex.Pattern
    appositive: regex.Pattern
    local_body: regex.Pattern
    province_word: regex.Pattern


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The person lexicon, loaded and compiled once."""
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    surnames = _lines("surnames.txt")
    titles = _title_variants(_lines("titles.txt"))
    prefixes = _alt(cues["title_prefixes"])
    title = rf"(?:(?:{prefixes})[ ]+)*(?:{_alt(titles)}){END}"
    honorific = rf"(?:{_alt(cues['honorifics'])}){END}"
    credit_cues = _alt(cues["credit_cues"])
    return Lexicon(
        surnames=frozenset(surnames),
        foreign_surnames=frozenset(_lines("foreign_surnames.txt")),
        particle=regex.compile(rf"(?:(?:{_alt(_lines('name_particles.txt'))})[ ])+(?=\p{{Lu}}\p{{Ll}})"),
        eponyms=frozenset(cues["eponyms"]),
        aliases=dict(cues["aliases"]),
        weak_honorifics=frozenset(cues["weak_honorifics"]),
        outlets=frozenset(cues["outlets"]),
        title=regex.compile(title),
        honorific=regex.compile(honorific),
        cue=regex.compile(rf"(?<![\p{{L}}\p{{N}}.])(?:(?P<title>{title})|(?P<hon>{honorific}))"),
        qualifier=regex.compile(rf"(?:{_alt(cues['qualifiers'])}){END}"),
        org_head=regex.compile(rf"(?:{_alt(cues['org_heads'])}){END}"),
        place=regex.compile(rf"(?:{_alt(_lines('places.txt'))}){END}"),
        place_word=regex.compile(rf"(?:{_alt(cues['place_words'])})(?![\p{{L}}\p{{N}}])[ ]+(?=\p{{Lu}})"),
        gap_word=regex.compile(rf"(?:{_alt(cues['gap_words'])})(?![\p{{L}}\p{{N}}])"),
        nonname=regex.compile(rf"(?:{_alt(_lines('nonname.txt'))}){END}"),
        blocker_before=regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(cues['name_blockers'])})[ ]+$"),
        event_before=regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(cues['event_heads'])})[ ]+$"),
        list_after_blocker=regex.compile(  # "huyện Can Lộc, | Thạch Hà": the next item of a list of places
            rf"(?<![\p{{L}}\p{{N}}])(?:{_alt(cues['name_blockers'])})[ ]+{_CAPS}(?:[ ]*,[ ]*{_CAPS})*[ ]*(?:,|và)[ ]*$"),
        acronym=regex.compile(r"\p{Lu}[\p{Lu}\p{N}]*(?:[.&/-]?\p{Lu}[\p{Lu}\p{N}]*)+\.?(?![\p{L}\p{N}])"),
        name_token=regex.compile(NAME_TOKEN),
        lower_word=regex.compile(r"\p{Ll}[\p{Ll}\p{N}]*(?![\p{L}\p{N}])"),
        surname_run=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}'’-])(?:(?:{_alt(surnames)})(?=[ ]+\p{{Lu}})|[HK]'(?=\p{{Lu}})"
            rf"|\p{{Lu}}\p{{Ll}}+(?=[ ]+Thị[ ]+\p{{Lu}}))"),  # "Từ Thị Quỳnh Nga": any family name before "Thị"
        credit=regex.compile(rf"(?<![\p{{L}}])(?:{credit_cues})[ ]*:[ ]*(?P<body>[^()\n:]{{2,80}})"),
        credit_split=regex.compile(r"[ ]*(?:[/,;–]|[ ]-[ ]|[ ]+và[ ]+|[ ]+-[ ]+)[ ]*"),
        appositive=regex.compile(rf"[ ]*(?:,|[ ][-–])[ ]*(?P<title>{title})"),
        located=regex.compile(r"[ ]+(?:tại|ở)[ ]+\p{Lu}"),
        local_body=regex.compile(rf"(?:{_alt(cues['local_bodies'])})"),
        province_word=regex.compile(rf"(?:{_alt(cues['province_words'])})"),
        paren_alias=regex.compile(rf"[ ]*\((?P<name>{NAME_TOKEN}(?:[ ]+{NAME_TOKEN}){{1,3}})\)"),
    )
