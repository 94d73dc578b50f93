"""MINISTRY recognition: ministries, ministry-level bodies, Party commissions, departments.

Three sources of candidates, all data-driven (``pipeline/data/ministries/``):

1. The gazetteer ``ministries.tsv`` (one alternation over the folded text):
   ministries, agencies, central Party commissions, known departments and
   abbreviations (matched case-sensitively: "BNG", "Bộ KH&ĐT"). A ministry
   may take a country after it ("Bộ Ngoại giao Trung Quốc": canonical keeps
   the country; "... Việt Nam" is dropped from the canonical), a Party
   commission may take "Đảng" after "Trung ương" (dropped from the
   canonical). "Văn phòng"/"Thanh tra" right before a ministry makes one
   unit ("Văn phòng Bộ Ngoại giao").
2. Unseen departments: "Cục|Vụ|Tổng cục" + a capitalised word + name words,
   bounded by stop words (``name_stopwords.txt``), heads and titles
   (``heads.txt``) and person names (family names of
   ``pipeline/data/provinces/person_context.txt``). Weaker heads
   ("Viện|Học viện|Văn phòng|Thanh tra|Ủy ban") count only when a ministry
   follows as parent ("Ủy ban X thuộc Bộ Ngoại giao", "Viện X (Bộ Y)"),
   except "Học viện" + a name not followed by a foreign country: Vietnamese
   academies belong to ministries ("Học viện Quân y"); one named for a
   ministry's sector takes it as parent ("Học viện Tư pháp" of "Bộ Tư pháp").
   Stop words may be two-word phrases
   ("thực hiện") and do not stop inside a compound of ``name_compounds.txt``
   ("Cục Đổi mới sáng tạo"); a lower-case enumeration after a comma
   continues a department ("Cục Quản lý khám, chữa bệnh").
3. Unseen foreign ministries: "Bộ" + name words + a country from
   ``countries.txt`` ("Bộ Việc làm và Lao động Hàn Quốc"), and foreign Party
   commissions: "Ban" + name words with "Đảng <Name>" + a country ("Ban
   Quan hệ quốc tế Trung ương Đảng Cộng sản Cuba").
4. Acronyms given in brackets after a found MINISTRY ("... Hoa Kỳ (CDC)"):
   the bracketed acronym and its other uses in the document.
Phrases of ``not_ministry.txt`` (Bộ Chính trị, Ban Bí thư, Ủy ban nhân
dân...) never start a MINISTRY. A lower-case head is accepted only after a
title ending in "trưởng" ("Trưởng ban Đối ngoại Trung ương"). A bare "Bộ
Ngoại giao" meaning a foreign ministry is not resolved to its country
(not reliable without discourse analysis).

Attributes: ``kind`` (ministry/agency/party/department), ``successor``
(body that took it over in the 2025 or an earlier reform), ``parent``
(ministry of a known department), ``country`` (foreign ministries).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from pipeline.document import Document, Entity
from pipeline.ner import person_lexicon
from pipeline.ner.lexicon import (DATA, LEFT, RIGHT, alternation, folded, is_capitalised, key,
                                  read_lines, read_tsv, words_before)
from pipeline.text.normalize import fold, strip_diacritics

DIR = DATA / "ministries"
_ABBR = regex.compile(r"\p{Lu}{2}|&")
_TOKEN = regex.compile(r"(\s*,\s*|\s*[\u2013\u2014-]\s*|\s+)([\p{L}\p{N}][\p{L}\p{N}&]*)")
_STRONG = regex.compile(LEFT + r"(?:Tổng cục|Cục|Vụ)\s+(?=\p{Lu}|châu\s+\p{Lu})")  # "Vụ châu Âu"
_WEAK = regex.compile(LEFT + r"(?:Học viện|Viện|Văn phòng|Thanh tra|Ủy ban)\s+(?=\p{Lu})")
_FOREIGN = regex.compile(LEFT + r"(?P<head>Bộ|Ban)\s+(?=\p{Lu})")
_PARTY_IN_NAME = regex.compile(r"\sĐảng\s+\p{Lu}")
_PARENT_GAP = regex.compile(r"\s*(?:\(\s*|,\s*|thuộc\s+|của\s+|trực thuộc\s+)?")
_UNIT_PREFIX = regex.compile(r"(?:Văn phòng|Thanh tra)\s+$")
_ALIAS = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&]{1,9})\s*\)")
_PARTY_SUFFIX = regex.compile(r"\s+Đảng" + RIGHT)


@dataclass(frozen=True)
class _Data:
    pattern: regex.Pattern
    entries: dict[str, dict[str, str]]   # key(name) -> row
    countries: regex.Pattern             # anchored country name (case-sensitive)
    blocked: regex.Pattern
    stop: frozenset[str]
    function_words: frozenset[str]
    compounds: frozenset[str]
    sectors: dict[str, str]              # key("Tư pháp") -> "Bộ Tư pháp"
    heads: frozenset[str]
    persons: frozenset[str]
    conjunct: regex.Pattern
    generic_before: frozenset[str]


@functools.lru_cache(maxsize=1)
def data() -> _Data:
    rows = read_tsv(DIR / "ministries.tsv")
    countries = sorted(read_lines(DIR / "countries.txt"), key=len, reverse=True)
    country_alt = "|".join(r"\s+".join(map(regex.escape, c.split())) for c in countries)
    return _Data(
        pattern=regex.compile(alternation([r["name"] for r in rows])),
        entries={key(r["name"]): r for r in rows},
        countries=regex.compile(r"\s+(" + country_alt + ")" + RIGHT),
        blocked=regex.compile(alternation(read_lines(DIR / "not_ministry.txt"))),
        stop=frozenset(key(w) for w in read_lines(DIR / "name_stopwords.txt")),
        function_words=frozenset(fold(w) for w in read_lines(DIR / "function_words.txt")),
        compounds=frozenset(key(w) for w in read_lines(DIR / "name_compounds.txt")),
        sectors={key(r["name"][3:]): r["canonical"] for r in rows
                 if r["kind"] == "ministry" and r["name"].startswith("Bộ ") and not _ABBR.search(r["name"])},
        heads=frozenset(read_lines(DIR / "heads.txt")),
        persons=frozenset(fold(w) for w in read_lines(DATA / "provinces" / "person_context.txt")),
        generic_before=frozenset(fold(w) for w in read_lines(DIR / "generic_before.txt")),
        conjunct=regex.compile("(?:" + "|".join(map(regex.escape, read_lines(DIR / "conjunct_heads.txt"))) + ")" + RIGHT),
    )


@dataclass
class _Cand:
    start: int
    end: int
    canonical: str
    attrs: dict
    rank: int  # 0 gazetteer or ministry + country, 1 other pattern


def _head_ok(text: str, start: int, surface: str) -> bool:
    if is_capitalised(surface):
        return True
    before = words_before(text, start, 1)
    return bool(before) and fold(before[0][2]).endswith("trưởng")


def _gazetteer(doc: Document, d: _Data) -> list[_Cand]:
    text = doc.norm.text
    out = []
    for m in d.pattern.finditer(folded(text)):
        s, e = m.span()
        surface = text[s:e]
        row = d.entries[key(surface)]
        if _in_code(text, s, e):
            continue  # letters inside a document code ("QĐ-BNG")
        before = [fold(w) for _, _, w in words_before(text, s, 2)]
        if before and before[0] in d.generic_before and before[1:2] != ["thứ"] and row["kind"] == "ministry":
            continue  # "hai Bộ Ngoại giao": the two countries' ministries ("lần thứ ba Bộ ..." is no plural)
        if _ABBR.search(row["name"]):
            if " ".join(surface.split()) != row["name"]:
                continue
        else:
            words, names = surface.split(), row["name"].split()
            first_cap = next((i for i, w in enumerate(names) if i and is_capitalised(w)), None)
            if not _head_ok(text, s, surface) or (
                    first_cap is not None and first_cap < len(words) and not is_capitalised(words[first_cap])):
                continue
        canonical, attrs = row["canonical"], {"kind": row["kind"]}
        for k in ("successor", "parent"):
            if row[k]:
                attrs[k] = row[k]
        if row["kind"] == "party":
            suffix = _PARTY_SUFFIX.match(text, e)
            if suffix and not row["name"].endswith("Đảng"):
                e = suffix.end()
        elif row["kind"] == "department":
            c = d.countries.match(text, e)
            if c and c.group(1) != "Việt Nam":
                continue  # "Tổng cục Du lịch Hàn Quốc": a foreign namesake of a Vietnamese department
        elif row["kind"] in ("ministry", "agency"):
            c = d.countries.match(text, e)
            if c:
                e = c.end()
                if c.group(1) != "Việt Nam" and not canonical.endswith("Việt Nam"):
                    canonical = f"{canonical} {c.group(1)}"
                    attrs["country"] = c.group(1)
                    attrs.pop("successor", None)
        prefix = _UNIT_PREFIX.search(text, max(0, s - 12), s)
        if prefix and row["kind"] != "department" and is_capitalised(text[prefix.start():s]):
            unit = regex.sub(r"\s+", " ", prefix.group()).strip()
            s, canonical = prefix.start(), f"{unit} {canonical}"
            attrs = {"kind": "department", "parent": row["canonical"]}
        out.append(_Cand(s, e, canonical, attrs, 0))
    return out


def _stops(low: str, prev: str, text: str, pos: int, d: _Data) -> bool:
    """The lower-case word ``low`` (after the word ``prev``, ending at ``pos``)
    ends a name: it starts a two-word stop phrase ("thực hiện"), or is a stop
    word outside a lexicalised compound with a neighbour ("đổi mới", "xã hội")."""
    nxt = _TOKEN.match(text, pos)
    pair = f"{low} {fold(nxt.group(2))}" if nxt and not nxt.group(1).strip() else ""
    if pair in d.stop:
        return True
    return low in d.stop and f"{prev} {low}" not in d.compounds and pair not in d.compounds


def _person_starts(text: str, pos: int) -> bool:
    """A family name followed by a capitalised syllable starts at ``pos``
    ("... Bảo vệ thực vật | Kiều Văn Lâm"), not a sector ("và Lâm nghiệp")."""
    lex = person_lexicon.lexicon()
    return bool(lex.surname_run.match(text, pos)) and not lex.place.match(text, pos)


def _comma_segment(text: str, pos: int, d: _Data, depth: int = 0) -> int | None:
    """End of a lower-case enumeration after a comma at ``pos`` that continues a
    department name ("Cục Quản lý khám, chữa bệnh", "Cục Hộ tịch, quốc tịch,
    chứng thực"), or None. The segment is one to three lower-case non-stop
    words and must close the name: punctuation, the end of the text, a
    capitalised word (a name, a parent body), a stop word that closes it
    (:func:`_closes_segment`) or another such segment."""
    m = _TOKEN.match(text, pos)
    if not m or m.group(1).strip() != "," or depth > 3:
        return None
    end, prev, n = pos, "", 0
    while m and n < 4:
        sep, word = m.group(1).strip(), m.group(2)
        if (n and sep) or not word[0].isalpha() or is_capitalised(word):
            break
        low = fold(word)
        if low == "và" or _stops(low, prev, text, m.end(), d):
            return end if n and _closes_segment(text, m, d) else None
        end, prev, n = m.end(), low, n + 1
        m = _TOKEN.match(text, end)
    if not n:
        return None
    if m is None or (m.group(1).strip() == "" and is_capitalised(m.group(2))):
        return end
    if not m.group(1).strip() and fold(m.group(2)) == "và" and _closes_segment(text, m, d):
        return end  # "..., giáo dục pháp luật | và Trợ giúp pháp lý"
    if m.group(1).strip() == ",":
        return _comma_segment(text, end, d, depth + 1)
    return None if m.group(1).strip() == "" else end


def _closes_segment(text: str, m: regex.Match[str], d: _Data) -> bool:
    """The stop word of token ``m`` closes a lower-case enumeration: it starts a
    two-word stop phrase, a predicate ("... chữa bệnh | tổ chức hội thảo"), or
    is followed by a capitalised word ("... chứng thực | và Vụ Pháp chế",
    "| của Bộ Tư pháp"). A lone stop word such as "là" does not ("Vụ Pháp
    chế, đồng thời là ...")."""
    nxt = _TOKEN.match(text, m.end())
    if not nxt or nxt.group(1).strip():
        return False
    return f"{fold(m.group(2))} {fold(nxt.group(2))}" in d.stop or is_capitalised(nxt.group(2))


_VN_SYLLABLE = regex.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
"""A Vietnamese syllable without its marks ("dong", "nguyen"); "sirilak" is none."""
_AND_CAPITAL = regex.compile(r"\s+và\s+(?=\p{Lu})")
_CAP_ENUM = regex.compile(
    r"(?:\s*,\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3}){1,3}\s+và\s+(?=\p{Lu})")


@functools.lru_cache(maxsize=1)
def _eponym_after() -> regex.Pattern:
    """An eponym (persons' ``eponyms`` cue list) right after a name: an
    academy named for a person takes the person's name."""
    names = sorted(person_lexicon.lexicon().eponyms, key=len, reverse=True)
    return regex.compile(r"\s+(?:" + "|".join(map(regex.escape, names)) + ")" + RIGHT)


def _country_at(text: str, pos: int, d: _Data) -> regex.Match[str] | None:
    """A country name right after ``pos`` (leading spaces included), unless its
    last word opens a compound ("Bộ Văn hóa và | Mỹ thuật Campuchia")."""
    c = d.countries.match(text, pos)
    if c:
        nxt = _TOKEN.match(text, c.end())
        if nxt and not nxt.group(1).strip() and f"{fold(c.group(1).split()[-1])} {fold(nxt.group(2))}" in d.compounds:
            return None
    return c


_CAP_LAST = regex.compile(r"\s*,\s*(\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3})(?=\s*[(.;:])")


def _capital_items_ok(text: str, starts: list[int], d: _Data) -> bool:
    """No item of a capitalised enumeration starts a body, a person or a place."""
    lex = person_lexicon.lexicon()
    for s in starts:
        word = regex.match(r"\p{L}+", text[s:]).group()
        if (word in d.heads or lex.org_head.match(text, s) or lex.place.match(text, s)
                or _person_starts(text, s) or fold(word) in d.persons):
            return False
    return True


def _capital_enumeration(text: str, pos: int, d: _Data, joined: bool = False) -> int | None:
    """End of a capitalised enumeration after a comma at ``pos`` that goes on
    the department's name ("Cục Chất lượng, Chế biến và Phát triển thị
    trường"), or None: one to three items closed by "và" and a last item,
    none of them starting a body, a person or a place ("Cục Lãnh sự, Bộ
    Ngoại giao và ..." stops)."""
    m = (_AND_CAPITAL if joined else _CAP_ENUM).match(text, pos)
    if not m and not joined:
        last = _CAP_LAST.match(text, pos)  # "Vụ Văn hóa, Giáo dục (Ủy ban ...)": one item closed by a bracket
        if last and _capital_items_ok(text, [last.start(1)], d):
            return last.end(1)
    if not m:
        return None
    starts = [w.start(1) for w in regex.finditer(r",\s*(\p{Lu})", text, pos=pos, endpos=m.end())] + [m.end()]
    if not _capital_items_ok(text, starts, d):
        return None
    end, _ = name_end(text, m.end())
    return end if end > m.end() else None


def name_end(text: str, pos: int, foreign: bool = False,
             extra_heads: frozenset[str] = frozenset(), max_words: int = 14) -> tuple[int, int | None]:
    """End of the name words starting at ``pos`` (a capitalised word) in
    ``text``; with ``foreign``, also where a country name starts (or None).

    Words run on until a stop word (unless in a compound of
    ``name_compounds.txt``), a head/title word (or one of ``extra_heads``),
    a family name (one word of ``person_context.txt``, except in a foreign
    ministry's name, which must end in a country; or a family name that
    starts a name of several syllables), a digit, a comma or ``max_words``
    words (not counting a foreign ministry's). A comma continues a foreign
    ministry's list of sectors and a department's lower-case or capitalised
    enumeration (:func:`_comma_segment`, :func:`_capital_enumeration`).
    """
    d = data()
    first = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}&]*").match(text, pos)
    if not first or first.group() in d.heads:
        return pos, None
    end, n, prev = first.end(), 1, fold(first.group())
    stop = d.function_words if foreign else d.stop
    while True:
        c = _country_at(text, end, d)
        if foreign and c:
            return end, c.start(1)
        if c and c.group(1) != "Việt Nam" and not extra_heads:
            return c.end(), None  # a department of a foreign body ends with its country
        m = _TOKEN.match(text, end) if n < max(12, max_words) else None
        if not m:
            break
        sep, word = m.group(1).strip(), m.group(2)
        low = fold(word)
        if sep == "," and (not foreign or not is_capitalised(word)):
            if not foreign:
                seg = _comma_segment(text, end, d)
                if seg is None:
                    seg = _capital_enumeration(text, end, d)
                if seg is not None:
                    end = seg
                    va = _TOKEN.match(text, end)
                    joined = _capital_enumeration(text, end, d, joined=True) \
                        if va and fold(va.group(2)) == "và" else None
                    end = joined or end  # "..., giáo dục pháp luật | và Trợ giúp pháp lý"
            break
        if is_capitalised(word):
            if not foreign and not word.isupper() and not _VN_SYLLABLE.fullmatch(strip_diacritics(low)):
                break  # a foreign name follows: "Vụ Đông Á | Sirilak Chantharangsi"
            continent = prev == "châu" or f"{prev} {low}" in d.compounds  # "Vụ châu Âu", "Thái Bình Dương"
            if word in d.heads or word in extra_heads or word[0].isdigit() or (not continent and (
                    (not foreign and low in d.persons) or _person_starts(text, m.start(2)))):
                break
        elif low == "và":
            nxt = _TOKEN.match(text, m.end())
            if nxt and not nxt.group(1).strip() and f"{prev} và {fold(nxt.group(2))}" in d.compounds:
                end, n, prev = nxt.end(), n + 2, fold(nxt.group(2))  # "doanh nghiệp nhỏ và vừa"
                continue
            if not nxt or nxt.group(1).strip() or not is_capitalised(nxt.group(2)) \
                    or nxt.group(2) in d.heads or d.conjunct.match(text, nxt.start(2)):
                break
        elif not word[0].isalpha() or (low in stop if foreign else _stops(low, prev, text, m.end(), d)):
            break
        end, n, prev = m.end(), n + 1, low
        if not foreign and n >= max_words:
            break
    return end, None


def _patterns(doc: Document, d: _Data, known: list[_Cand]) -> list[_Cand]:
    text = doc.norm.text
    starts = sorted(c.start for c in known)
    out = []
    for m in _STRONG.finditer(text):
        end, _ = name_end(text, m.end())
        if end <= m.end():
            continue
        if _foreign_without_parent(text, m.start(), end, d, starts):
            continue  # "Cục Xuất nhập cảnh Thái Lan": a foreign agency no ministry is named for
        out.append(_Cand(m.start(), end, " ".join(text[m.start():end].split()), {"kind": "department"}, 1))
    for m in _WEAK.finditer(text):
        end, _ = name_end(text, m.end())
        gap = _PARENT_GAP.match(text, end)
        attrs = {"kind": "department"}
        if m.group().startswith("Học viện"):
            eponym = _eponym_after().match(text, end)  # "Học viện Chính trị quốc gia Hồ Chí Minh"
            end = eponym.end() if eponym else end
        academy = m.group().startswith("Học viện") and not (
            d.countries.search(" " + text[m.end():end]) or d.countries.match(text, end))  # not a foreign one
        sector = None
        if academy:  # named for a ministry's sector, the name ends with it: "Học viện Tài chính | hợp tác"
            for w in regex.finditer(r"\S+", text, pos=m.end(), endpos=end):
                if key(text[m.end():w.end()]) in d.sectors:
                    sector, end = d.sectors[key(text[m.end():w.end()])], w.end()
                    break
        if sector:
            attrs["parent"] = sector  # "Học viện Tư pháp" of "Bộ Tư pháp"
        if end > m.end() and (academy or (gap and gap.end() in starts)):
            out.append(_Cand(m.start(), end, " ".join(text[m.start():end].split()), attrs, 1))
    for m in _FOREIGN.finditer(text):
        end, country_at = name_end(text, m.end(), foreign=True)
        if country_at is not None:
            c = d.countries.match(text, end)
            surface = " ".join(text[m.start():c.end()].split())
            if m.group("head") == "Bộ":
                out.append(_Cand(m.start(), c.end(), surface, {"kind": "ministry", "country": c.group(1)}, 0))
            elif _PARTY_IN_NAME.search(surface):  # "Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào"
                out.append(_Cand(m.start(), c.end(), surface, {"kind": "party", "country": c.group(1)}, 0))
    return out


def find(doc: Document) -> list[Entity]:
    """MINISTRY entities of ``doc`` (non-overlapping; gazetteer beats pattern, longer beats shorter)."""
    d = data()
    text = doc.norm.text
    blocked = [m.span() for m in d.blocked.finditer(folded(text))]
    known = _gazetteer(doc, d)
    cands = known + _patterns(doc, d, known)
    cands = [c for c in cands if not any(bs <= c.start < be for bs, be in blocked)]
    cands.sort(key=lambda c: (c.rank, -(c.end - c.start), c.start))
    chosen: list[_Cand] = []
    for c in cands:
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    for c in [*_aliases(text, chosen, d), *_without_country(text, chosen, d)]:
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return [doc.make_entity(c.start, c.end, "MINISTRY", c.canonical, source="rules", **c.attrs)
            for c in chosen]


def _foreign_without_parent(text: str, start: int, end: int, d: _Data, starts: list[int]) -> bool:
    """A department found by pattern whose name ends in a foreign country and
    that no ministry follows as its parent ("Tổng cục Cảnh sát quốc gia thuộc
    Bộ Nội vụ Campuchia" keeps it): a foreign agency or police bureau, which
    the guide does not count."""
    country = next((c for c in d.countries.finditer(" " + text[start:end]) if c.end() - 1 == end - start), None)
    if country is None or country.group(1) == "Việt Nam" or text[:end - len(country.group(1))].endswith("châu "):
        return False  # "Vụ châu Mỹ": a continent, not the country
    gap = _PARENT_GAP.match(text, end)
    return not (gap and gap.end() in starts)


def _in_code(text: str, s: int, e: int) -> bool:
    """Letters inside a document code ("QĐ-BNG", "06-NQ/TW")."""
    return bool((s and text[s - 1] in "-/") or (e + 1 < len(text) and text[e] in "-/" and text[e + 1].isalnum()))


def _aliases(text: str, chosen: list[_Cand], d: _Data) -> list[_Cand]:
    """Mentions of an acronym introduced in brackets after a MINISTRY
    ("Trung tâm ... Hoa Kỳ (CDC)", "Bộ Kinh tế, Thương mại và Công nghiệp
    Nhật Bản (METI)"): the bracketed acronym and its later uses, with the
    body's canonical; a country right after a use belongs to it ("CDC Hoa Kỳ")."""
    out: list[_Cand] = []
    seen: set[str] = set()
    for c in chosen:
        m = _ALIAS.match(text, c.end)
        if not m or m.group(1) in seen or key(m.group(1)) in d.entries:
            continue
        seen.add(m.group(1))
        for use in regex.finditer(LEFT + regex.escape(m.group(1)) + RIGHT, text):
            s, e = use.span()
            if _in_code(text, s, e):
                continue
            country = d.countries.match(text, e)
            if country and country.group(1) in c.canonical:
                e = country.end()
            out.append(_Cand(s, e, c.canonical, dict(c.attrs), 2))
    return out


def _without_country(text: str, chosen: list[_Cand], d: _Data) -> list[_Cand]:
    """Later mentions of a foreign ministry without its country ("Bộ Văn hóa
    và Mỹ thuật" after "Bộ Văn hóa và Mỹ thuật Campuchia"), with its full
    canonical, unless the shorter name is a Vietnamese body ("Bộ Ngoại giao")."""
    out: list[_Cand] = []
    for c in chosen:
        country = c.attrs.get("country")
        if not country or c.attrs.get("kind") != "ministry" or not c.canonical.endswith(" " + country):
            continue
        name = c.canonical[:-len(country) - 1]
        if key(name) in d.entries or len(name.split()) < 3:
            continue
        for use in regex.finditer(LEFT + r"\s+".join(map(regex.escape, name.split())) + RIGHT, text):
            if not d.countries.match(text, use.end()):
                out.append(_Cand(use.start(), use.end(), c.canonical, dict(c.attrs), 2))
    return out


def canonicalize(surface: str) -> str:
    """Canonical name of a MINISTRY surface (the tidied surface if nothing better is known)."""
    doc = Document("canonicalize", surface)
    found = find(doc)
    if len(found) == 1 and found[0].text.strip() == surface.strip():
        return found[0].canonical
    return " ".join(surface.split())
