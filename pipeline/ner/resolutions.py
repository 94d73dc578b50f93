"""RESOLUTION recognition: Party and State documents named by head word + identifier.

Head words (``pipeline/data/resolutions/heads.txt``, any case) followed by
- a code, with or without "số": "06-NQ/TW", "3088/QĐ-BNG", "80/2020/NĐ-CP";
- a bare number: "Nghị quyết 38", "Chỉ thị số 15" (needs a capitalised
  head or "số");
- a congress: "Nghị quyết Đại hội XII", "... Đại hội Đảng toàn quốc lần thứ
  XIII" (canonical "Nghị quyết Đại hội XIII");
  A provincial congress keeps its wording as canonical ("Nghị quyết Đại hội
  đại biểu Đảng bộ tỉnh lần thứ XX");
- a plenum: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị Trung
  ương 8 (khóa XI)" (canonical "Nghị quyết Hội nghị Trung ương 8 khóa XI":
  "Hội nghị" is kept when written, annotation decision);
- for "Luật", a law name: listed in ``laws.txt`` or capitalised name words
  bounded like ministry names ("Luật Biên giới quốc gia"). Decision: a
  following "năm 2020" stays outside the span (it is a date fact) and
  gives ``year``; a law followed by a foreign country is dropped, and so is
  "Luật" as a field of study after a word of ``law_field_before.txt``
  ("Trường Đại học Luật Hà Nội", "cử nhân Luật"), and "về Luật ..." in a
  treaty's name (``treaty_heads.txt``: "Công ước ... về Luật Biển"). A code of law keeps its
  "Bộ": "Bộ luật Lao động" (canonical "Bộ luật Lao động").
A document "của" an international body (``foreign_issuers.txt``: "Nghị
quyết 2625 của Hội đồng Bảo an Liên hợp quốc") is not one.
Span: head word through identifier; "của <issuer>" stays outside.
Canonical: capitalised head + identifier, "số" dropped, "TƯ" -> "TW".
Attributes: ``kind`` (head), ``number``, ``code``, ``year`` (from the code
or a following "ngày d/m/yyyy"/"năm yyyy"), ``issuer`` (a following
"của X", else a code suffix of ``code_issuers.tsv``). :func:`propagate`
gives a short form ("Nghị quyết 22") the canonical of the full form
("Nghị quyết 22-NQ/TW") named in the same document.
Not RESOLUTION: "Nghị định thư" (a protocol), head words without an
identifier ("các Nghị quyết của Quốc hội"), foreign laws.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from pipeline.document import Document, Entity
from pipeline.ner import ministries
from pipeline.ner.lexicon import DATA, LEFT, RIGHT, alternation, folded, key, read_lines, read_tsv
from pipeline.text.normalize import fold

DIR = DATA / "resolutions"
ROMAN = r"[IVXLC]+"
#: A law's name runs longer than a department's ("Luật Tham gia lực lượng gìn
#: giữ hòa bình Liên hợp quốc": 11 words after "Luật").
MAX_LAW_WORDS = 16
_CODE = r"\d+[a-z]?(?:/\d{4})?(?:[-/][\p{L}\p{N}&]+)+"
_YEAR_AFTER = regex.compile(r"\s*,?\s*(?:ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*|năm\s+)((?:19|20)\d\d)(?!\d)")
_OF = regex.compile(r"\s*,?\s*(?:ngày\s+[\d/ -]+\s+)?của\s+")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True)
class _Data:
    pattern: regex.Pattern
    laws: regex.Pattern
    issuers: regex.Pattern
    issuer_canon: dict[str, str]
    code_issuers: dict[str, str]
    heads: frozenset[str]
    field_before: regex.Pattern
    foreign_issuer: regex.Pattern
    treaty_before: regex.Pattern


def _to_roman(n: int) -> str:
    out = ""
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                 (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


@functools.lru_cache(maxsize=1)
def data() -> _Data:
    heads = read_lines(DIR / "heads.txt")
    head_alt = "|".join(r"\s+".join(h.split()) for h in sorted(heads, key=len, reverse=True))
    congress = (r"(?P<congress>Đại\s+hội(?:\s+(?:đại\s+biểu|Đảng))?(?:\s+toàn\s+quốc)?"
                r"(?P<local>\s+Đảng\s+bộ(?:\s+(?:tỉnh|thành\s+phố))?(?:\s+\p{Lu}\p{Ll}*){0,3})?"
                rf"(?:\s+(?:Đảng\s+)?lần\s+thứ)?\s+(?P<cnum>{ROMAN}|\d+))")
    plenum = (r"(?P<plenum>(?:Hội\s+nghị\s+)?(?:lần\s+thứ\s+)?Trung\s+ương\s+(?P<pnum>\d+|"
              rf"{ROMAN})(?:\s*,?\s*\(?\s*khóa\s+(?P<term>{ROMAN})\s*\)?)?)")
    ident = (rf"(?P<so>số\s+)?(?:(?P<code>{_CODE})|(?P<num>\d+)(?![\d/.,-]\d))|{congress}|{plenum}")
    pattern = regex.compile(LEFT + rf"(?P<head>(?i:{head_alt}))\s+(?:{ident})" + RIGHT)
    issuer_rows = read_tsv(DIR / "issuers.tsv")
    code_rows = read_tsv(DIR / "code_issuers.tsv")
    return _Data(
        pattern=pattern,
        laws=regex.compile(alternation(["Luật " + n for n in read_lines(DIR / "laws.txt")])),
        issuers=regex.compile(alternation([r["surface"] for r in issuer_rows])),
        issuer_canon={key(r["surface"]): r["canonical"] for r in issuer_rows},
        code_issuers={r["suffix"]: r["issuer"] for r in code_rows},
        heads=frozenset(heads),
        field_before=regex.compile(LEFT + "(?:" + "|".join(
            r"\s+".join(map(regex.escape, fold(w).split())) for w in read_lines(DIR / "law_field_before.txt"))
            + r")\s+$"),
        foreign_issuer=regex.compile(alternation(read_lines(DIR / "foreign_issuers.txt"))),
        treaty_before=regex.compile(LEFT + "(?:" + "|".join(
            r"\s+".join(map(regex.escape, fold(w).split())) for w in read_lines(DIR / "treaty_heads.txt"))
            + r")[^.;:!?\n]{0,80}?\svề\s+$"),
    )


def _head(word: str) -> str:
    word = " ".join(word.split())
    return word[0].upper() + word[1:]


def _year(code: str | None, text: str, end: int) -> int | None:
    if code:
        m = regex.search(r"/((?:19|20)\d\d)/", code)
        if m:
            return int(m.group(1))
    m = _YEAR_AFTER.match(text, end)
    return int(m.group(1)) if m else None


def _issuer(text: str, end: int, code: str | None, d: _Data) -> str | None:
    of = _OF.match(text, end)
    if of:
        low = folded(text)
        m = d.issuers.match(low, of.end())
        mm = ministries.data().pattern.match(low, of.end())
        if mm and (not m or mm.end() > m.end()):
            return ministries.data().entries[key(text[mm.start():mm.end()])]["canonical"]
        if m:
            return d.issuer_canon[key(text[m.start():m.end()])]
    if code:
        for suffix, issuer in d.code_issuers.items():
            if regex.search(rf"[-/]{regex.escape(suffix)}\d*$", code):
                return issuer
    return None


def _roman(s: str) -> str:
    return s if not s.isdigit() else _to_roman(int(s))


def _coded(doc: Document, d: _Data) -> list[Entity]:
    text = doc.norm.text
    out = []
    for m in d.pattern.finditer(text):
        head = _head(m.group("head"))
        s, e = m.span()
        attrs: dict = {"kind": head}
        if m.group("code"):
            code = m.group("code").replace("TƯ", "TW")
            if not regex.search(r"\p{Lu}", code):
                continue
            canonical = f"{head} {code}"
            attrs.update(code=code, number=int(regex.match(r"\d+", code).group()))
        elif m.group("num"):
            if head == "Luật" or not (m.group("head")[0].isupper() or m.group("so")):
                continue
            canonical = f"{head} {m.group('num')}"
            attrs["number"] = int(m.group("num"))
        elif m.group("congress"):
            if not m.group("congress")[0].isupper():
                continue
            if m.group("local"):  # a provincial congress keeps its wording: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"
                canonical = f"{head} {' '.join(m.group('congress').split())}"
            else:
                canonical = f"{head} Đại hội {_roman(m.group('cnum'))}"
            attrs["congress"] = _roman(m.group("cnum"))
        else:
            pnum = m.group("pnum")
            meeting = "Hội nghị " if m.group("plenum").startswith("Hội") else ""  # kept when written
            canonical = f"{head} {meeting}Trung ương {pnum}"
            if m.group("term"):
                canonical += f" khóa {m.group('term')}"
                attrs["term"] = m.group("term")
            attrs["plenum"] = pnum
        of = _OF.match(text, e)
        if of and d.foreign_issuer.match(folded(text), of.end()):
            continue  # "Nghị quyết 2625 của Hội đồng Bảo an Liên hợp quốc"
        code = attrs.get("code")
        year = _year(code, text, e)
        if year:
            attrs["year"] = year
        issuer = _issuer(text, e, code, d)
        if issuer:
            attrs["issuer"] = issuer
        out.append(doc.make_entity(s, e, "RESOLUTION", canonical, source="rules", **attrs))
    return out


_LAW_HEAD = regex.compile(LEFT + r"(?i:luật)\s+(?=\p{Lu}\p{Ll})")
_NAME_START = regex.compile(r"\s+(?=\p{Lu})")
_CODE_WORD = regex.compile(LEFT + r"bộ\s+$")
_OF_COUNTRY = regex.compile(r"[^,.;:()\n]*?\s+của(?=\s)")


def _laws(doc: Document, d: _Data) -> list[Entity]:
    text = doc.norm.text
    low = folded(text)
    spans: dict[int, int] = {}
    for m in d.laws.finditer(low):
        if _NAME_START.match(text, m.start() + 4):
            spans[m.start()] = m.end()
    for m in _LAW_HEAD.finditer(text):
        if m.start() not in spans:
            end, _ = ministries.name_end(text, m.end(), extra_heads=d.heads, max_words=MAX_LAW_WORDS)
            if end > m.end():
                spans[m.start()] = end
    out = []
    cd = ministries.data()
    for s, e in spans.items():
        if d.field_before.search(low, max(0, s - 30), s):
            continue  # "Trường Đại học Luật Hà Nội", "cử nhân Luật": a field of study
        if d.treaty_before.search(low, max(0, s - 120), s):
            continue  # "Công ước Liên hợp quốc về Luật Biển": a treaty's subject
        of = _OF_COUNTRY.match(text, e, e + 40)
        after = cd.countries.match(text, of.end() if of else e)
        if after and after.group(1) != "Việt Nam":
            continue  # a foreign law
        name = " ".join(text[s + 4:e].split())
        if cd.countries.search(" " + name) and "Việt Nam" not in name:
            continue
        canonical = f"Luật {name}"
        code = _CODE_WORD.search(low, max(0, s - 8), s)
        if code:  # "Bộ luật Lao động": a code of law, named with its "Bộ"
            s, canonical = code.start(), f"Bộ luật {name}"
        attrs: dict = {"kind": "Luật", "name": name}
        year = _year(None, text, e)
        if year:
            attrs["year"] = year
        out.append(doc.make_entity(s, e, "RESOLUTION", canonical, source="rules", **attrs))
    return out


def find(doc: Document) -> list[Entity]:
    """RESOLUTION entities of ``doc`` (coded documents beat law names on overlap)."""
    d = data()
    chosen: list[Entity] = []
    for ent in _coded(doc, d) + _laws(doc, d):
        if all(ent.end <= o.start or o.end <= ent.start for o in chosen):
            chosen.append(ent)
    return sorted(chosen, key=lambda e: e.start)


def propagate(entities: list[Entity]) -> None:
    """Give short forms ("Nghị quyết 22") the canonical of the document's full
    form ("Nghị quyết 22-NQ/TW") when exactly one full form has that head and number."""
    full: dict[tuple[str, int], set[str]] = {}
    for e in entities:
        if e.type == "RESOLUTION" and e.attrs.get("code"):
            full.setdefault((e.attrs["kind"], e.attrs["number"]), set()).add(e.canonical)
    for e in entities:
        if e.type == "RESOLUTION" and not e.attrs.get("code") and "number" in e.attrs:
            forms = full.get((e.attrs["kind"], e.attrs["number"]))
            if forms and len(forms) == 1:
                e.canonical = next(iter(forms))


def canonicalize(surface: str) -> str:
    """Canonical form of a RESOLUTION surface (the tidied surface if unparsed)."""
    found = find(Document("canonicalize", surface))
    if len(found) == 1:
        return found[0].canonical
    tidy = " ".join(surface.split())
    return _head(tidy) if tidy else tidy
