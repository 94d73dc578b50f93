"""Within-document coreference of person mentions: the canonical name.

The canonical name of a mention is the fullest compatible name written in
the same document, when that name is unique:

* Vietnamese names (known family name first) are referred to by their final
  syllables ("Hưng", "Phương Lan" for "Trần Quốc Hưng", "Đỗ Thị Phương Lan")
  or by the family name with a subset of the other syllables ("Lê Thu Hằng"
  for "Lê Thị Thu Hằng"), and names with an Ê Đê / Gia Rai gender prefix
  also by their first syllables ("Y Bhiêm" for "Y Bhiêm Niê"), and by the
  family name alone, as Chinese names read in Vietnamese are ("ông Lục" for
  "Lục Kiến Bình"; a family name shared by two people stays ambiguous);
* foreign names by their first or last word ("Takeda" for "Takeda
  Shinichi", "Fontanel" for "Claire Fontanel"), or, in a name of three
  words or more, any capitalised word ("Valdés" for "Ernesto Valdés
  Marrero", Spanish paternal surname; "Lula" for "Luiz Inácio Lula da Silva").

A name followed by its other spelling in brackets ("Cờ-rếc Chít-tích (Craig
Chittick)") is one person whose canonical is the first written.
A short mention that fits two different full names keeps its own form, as
does one with no full form in the document. Well-known short forms
("Bác Hồ") come from the ``aliases`` table. Comparison uses
:func:`pipeline.text.normalize.fold`.
"""
from __future__ import annotations

from pipeline.ner.person_lexicon import GENDER_PREFIXES, Lexicon
from pipeline.ner.person_mentions import Mention
from pipeline.text.normalize import fold


_FOLDED_PREFIXES = frozenset(fold(p) for p in GENDER_PREFIXES)


def _is_vietnamese(tokens: list[str], lex: Lexicon) -> bool:
    return tokens[0] in lex.surnames and not any("-" in t for t in tokens)


def _subsequence(short: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(any(s == f for f in it) for s in short)


def compatible(short: list[str], full: list[str], full_is_vn: bool) -> bool:
    """Can ``short`` (folded tokens) refer to the person named ``full``?"""
    if len(short) > len(full):
        return False
    if short == full:
        return True
    if full_is_vn:
        if full[-len(short):] == short:
            return True
        if len(short) >= 2 and full[0] in _FOLDED_PREFIXES and full[:len(short)] == short:
            return True  # Ê Đê / Gia Rai: "Y Bhiêm" for "Y Bhiêm Niê" (prefix, given name, family name)
        if short == full[:1]:
            return True  # a Chinese name read in Vietnamese, referred to by its family name: "ông Lục"
        return len(short) >= 2 and short[0] == full[0] and short[-1] == full[-1] and _subsequence(short, full)
    if len(short) == 1:
        return short[0] in full  # first, last or (in a longer name) any word
    return _subsequence(short, full)


def resolve(mentions: list[Mention], lex: Lexicon,
            aliases: list[tuple[Mention, Mention]]) -> dict[int, str]:
    """Canonical name per mention (keyed by ``id(mention)``)."""
    body = [m for m in mentions if m.source != "credit"]
    names: dict[str, str] = {}  # folded -> surface of the longest writing
    for m in body:
        key = fold(m.name)
        names.setdefault(key, m.name)
    keys = sorted(names, key=lambda k: -len(k.split()))
    info = {k: (k.split(), _is_vietnamese(names[k].split(), lex)) for k in keys}

    def maximal(key: str) -> str:
        toks = info[key][0]
        cands = [k for k in keys if k != key and len(info[k][0]) > len(toks)
                 and compatible(toks, info[k][0], info[k][1])]
        tops = [k for k in cands if not any(
            o != k and len(info[o][0]) > len(info[k][0]) and compatible(info[k][0], info[o][0], info[o][1])
            for o in cands)]
        return tops[0] if len(tops) == 1 else key

    top = {k: maximal(k) for k in keys}
    out: dict[int, str] = {}
    for m in mentions:
        if m.source == "credit":
            out[id(m)] = m.name
            continue
        key = top[fold(m.name)]
        canonical = names[key]
        if key == fold(m.name) and m.honorific:
            canonical = lex.aliases.get(f"{m.honorific} {m.name}", canonical)
        out[id(m)] = canonical
    for a, b in aliases:
        best = out[id(a)]  # two spellings of one person: the first written is canonical (annotation decision)
        out[id(a)] = out[id(b)] = best
        for m in mentions:
            if out.get(id(m)) in (a.name, b.name):
                out[id(m)] = best
    return out


def propagate_roles(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """A titled short mention takes the organisation of its full mention."""
    full: dict[str, Mention] = {}
    for m in mentions:
        if m.role and m.organisation and m.name == canonical[id(m)]:
            full.setdefault(canonical[id(m)], m)
    for m in mentions:
        src = full.get(canonical[id(m)])
        if m.role and not m.organisation and src is not None and fold(src.role).endswith(fold(m.role)):
            m.organisation = src.organisation
