"""PERSON recognition: names, canonical names, roles.

``find(doc, taken)`` searches ``doc.norm.text`` and returns PERSON entities
with raw offsets that never overlap ``taken`` (the MINISTRY, PROVINCE and
RESOLUTION entities found before). Spans hold the name only; titles and
honorifics stay outside and go to ``attrs["role"]`` (the title nearest the
name, with its qualifiers: "Bộ trưởng", "Phó Chủ tịch", "Bộ trưởng Ngoại
giao") and ``attrs["organisation"]`` (what stands between title and name:
"Bộ Ngoại giao", "UBND thành phố Cần Thơ"). ``canonical`` is the fullest
form of the name in the document (see :mod:`pipeline.ner.person_coref`).

Recognisers are in :mod:`pipeline.ner.person_mentions`; word lists in
``pipeline/data/persons/``.

Decision: "tư tưởng Hồ Chí Minh" (and "phong cách", "đạo đức", "chủ nghĩa"
+ name) names a doctrine, like a name inside an institution name, so it is
not a PERSON; "Chủ tịch Hồ Chí Minh", "Bác Hồ" are.
"""
from __future__ import annotations

from pipeline.document import Document, Entity
from pipeline.ner.person_coref import propagate_roles, resolve
from pipeline.ner.person_lexicon import lexicon
from pipeline.ner.person_mentions import (Blocked, Mention, appositive_roles, credit_mentions,
                                          paren_aliases, surname_mentions, titled_mentions)

TAKEN_TYPES = ("MINISTRY", "PROVINCE", "RESOLUTION")
MAX_BYLINE_WORDS = 10


def _taken_norm(doc: Document, taken: list[Entity]) -> dict[int, tuple[int, str]]:
    """Normalised start -> (end, type) of the entities already found."""
    out = {}
    for ent in taken:
        s, e = doc.norm.to_norm(ent.start, ent.end)
        out[s] = (e, ent.type)
    return out


def _credit_segments(doc: Document) -> list[tuple[int, int]]:
    """Normalised spans of bylines and credits (furniture, else the cleaning rules)."""
    text = doc.norm.text
    lex = lexicon()
    segs = [(m.start("body"), m.end("body")) for m in lex.credit.finditer(text)]
    if doc.furniture:
        furniture = [(doc.norm.to_norm(f.start, f.end), f.label) for f in doc.furniture]
    else:
        from pipeline.text.cleaning import find_furniture
        furniture = [((s, e), label) for s, e, label in find_furniture(text)]
    for (s, e), label in furniture:
        if label == "byline":
            segs.append((s, e))
        elif label == "credit":
            colon = text.find(":", s, e)
            segs.append((colon + 1 if colon >= 0 else s, e))
    return sorted(set(segs))


def _last_line(text: str) -> tuple[int, int] | None:
    """The last short line without a colon: where a byline stands.

    It is a byline only when all its parts are names or outlets
    (:func:`credit_mentions` with ``whole=True``).
    """
    end = len(text.rstrip())
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if start == 0:
            return None  # the headline
        line = text[start:end]
        if ":" not in line:
            lead = len(line) - len(line.lstrip())
            return (start + lead, end) if len(line.split()) <= MAX_BYLINE_WORDS else None
        end = len(text[:start].rstrip())
    return None


def mentions(doc: Document, taken: list[Entity]) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """All person mentions (normalised offsets) and bracketed-alias pairs."""
    text = doc.norm.text
    lex = lexicon()
    taken_at = _taken_norm(doc, [t for t in taken if t.type in TAKEN_TYPES])
    blocked = Blocked([(s, e) for s, (e, _) in taken_at.items()])
    credit_segs = _credit_segments(doc)
    found = credit_mentions(text, lex, credit_segs)
    byline = _last_line(text)
    if byline and not any(s <= byline[0] < e for s, e in credit_segs):
        extra = credit_mentions(text, lex, [byline], whole=True)
        if extra:
            found += extra
            credit_segs.append(byline)
    for m in found:
        blocked.add(m.start, m.end)
    # titles inside a credit segment are not chains ("Ảnh: Bộ Ngoại giao")
    seg_block = Blocked(list(blocked.spans) + credit_segs)
    for m in titled_mentions(text, lex, taken_at, seg_block):
        found.append(m)
        blocked.add(m.start, m.end)
    for m in surname_mentions(text, lex, Blocked(list(blocked.spans) + credit_segs)):
        found.append(m)
        blocked.add(m.start, m.end)
    pairs = paren_aliases(text, found, lex, blocked)
    for _, alias in pairs:
        found.append(alias)
        blocked.add(alias.start, alias.end)
    found.sort(key=lambda m: m.start)
    appositive_roles(text, found, lex)
    return found, pairs


def find(doc: Document, taken: list[Entity]) -> list[Entity]:
    """PERSON entities of ``doc`` (raw offsets), none overlapping ``taken``."""
    lex = lexicon()
    found, pairs = mentions(doc, taken)
    canonical = resolve(found, lex, pairs)
    propagate_roles(found, canonical)
    out = []
    for m in found:
        attrs = {"source": f"persons.{m.source}"}
        if m.role:
            attrs["role"] = m.role
        if m.organisation:
            attrs["organisation"] = m.organisation
        out.append(doc.make_entity(m.start, m.end, "PERSON", canonical[id(m)], **attrs))
    return out
