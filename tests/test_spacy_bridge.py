"""pipeline.spacy_bridge / Document.to_spacy: same text, same offsets."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.document import Document, Sentence
from pipeline.spacy_bridge import tokens_for

TEXT = ("Thuỳ Linh  gặp\u00a0Bộ trưởng Bùi Thanh Sơn tại TP.HCM.\n\n"
        "  Ngày 12/8, hơn 300 đại biểu   dự Nghị quyết 22.\t Hết.")


def build(raw: str) -> Document:
    doc = Document(id="x", text=raw)
    norm = doc.norm.text

    def at(needle: str) -> tuple[int, int]:
        i = norm.index(needle)
        return i, i + len(needle)

    doc.entities = [
        doc.make_entity(*at("Thùy Linh"), "PERSON", "Thùy Linh"),
        doc.make_entity(*at("Bùi Thanh Sơn"), "PERSON", "Bùi Thanh Sơn"),
        doc.make_entity(*at("HCM"), "PROVINCE", "Hồ Chí Minh"),  # cuts inside "TP.HCM"
        doc.make_entity(*at("Nghị quyết 22"), "RESOLUTION", "Nghị quyết 22"),
    ]
    doc.facts = [
        doc.make_fact(*at("12/8"), "date", "--08-12"),
        doc.make_fact(*at("hơn 300 đại biểu"), "count", 300, unit="đại biểu", approx=">"),
    ]
    for needle in ("Thùy Linh  gặp Bộ trưởng Bùi Thanh Sơn tại TP.HCM.", "Ngày 12/8, hơn", "Hết."):
        s, _ = doc.raw_span(*at(needle))
        doc.sentences.append(Sentence(s, 0, ""))
    ends = [doc.raw_span(*at("TP.HCM."))[1], doc.raw_span(*at("22."))[1], len(raw)]
    doc.sentences = [Sentence(s.start, e, raw[s.start:e]) for s, e in zip(doc.sentences, ends)]
    return doc


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_spans_keep_their_exact_offsets(form):
    raw = unicodedata.normalize(form, TEXT)
    doc = build(raw)
    sdoc = doc.to_spacy()
    assert sdoc.text == raw
    assert [(e.start_char, e.end_char, e.text, e.label_, e.kb_id_) for e in sdoc.ents] == [
        (e.start, e.end, e.text, e.type, e.canonical) for e in doc.entities]
    assert [(f.start_char, f.end_char, f.text, f.label_) for f in sdoc.spans["facts"]] == [
        (f.start, f.end, f.text, f.kind) for f in doc.facts]
    assert [s.start_char for s in sdoc.sents] == [s.start for s in doc.sentences]


def test_hand_computed_offsets_on_nfc():
    doc = build(TEXT)
    sdoc = doc.to_spacy()
    # "Thuỳ Linh"=0-9, "  gặp"=9-14, nbsp=14, "Bộ trưởng "=15-25, "Bùi Thanh Sơn"=25-38,
    # " tại TP."=38-46, "HCM"=46-49, ".\n\n  Ngày "=49-59, "12/8"=59-63, ", "=63-65 ...
    assert [(e.start_char, e.end_char) for e in sdoc.ents] == [(0, 9), (25, 38), (46, 49), (87, 100)]
    assert [(f.start_char, f.end_char) for f in sdoc.spans["facts"]] == [(59, 63), (65, 81)]
    assert sdoc.ents[2].text == "HCM"


def test_tokens_rebuild_the_text_and_whitespace_runs_are_tokens():
    doc = build(TEXT)
    words, spaces = tokens_for(doc)
    assert "".join(w + (" " if sp else "") for w, sp in zip(words, spaces)) == TEXT
    assert words[:4] == ["Thuỳ", "Linh", "  ", "gặp"]
    assert "\n\n  " in words and "\t " in words
    assert "\u00a0" in words


def test_document_without_spans():
    doc = Document(id="empty", text="Không có thực thể nào.")
    sdoc = doc.to_spacy()
    assert sdoc.text == doc.text
    assert list(sdoc.ents) == [] and list(sdoc.spans["facts"]) == []


def test_overlapping_entities_keep_the_first_longest():
    doc = Document(id="o", text="Ủy ban nhân dân tỉnh Lào Cai")
    doc.entities = [doc.make_entity(21, 28, "PROVINCE", "Lào Cai"),
                    doc.make_entity(16, 28, "PROVINCE", "Lào Cai")]
    sdoc = doc.to_spacy()
    assert [(e.start_char, e.end_char) for e in sdoc.ents] == [(16, 28)]
