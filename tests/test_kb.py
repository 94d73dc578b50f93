"""pipeline.kb: records, cross-document linking, schema, determinism, stable ids."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata

import pytest

from pipeline.document import Document, Furniture, Sentence
from pipeline.kb import KnowledgeBase, entity_id


def span(doc: Document, needle: str, nth: int = 0) -> tuple[int, int]:
    """Normalised-view offsets of the nth occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.norm.text.index(needle, start + 1)
    return start, start + len(needle)


def sentences_by_period(doc: Document) -> list[Sentence]:
    """Sentences ending at a period or a line end (a stand-in for the splitter)."""
    return [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s][^.\n]*\.?", doc.text)]


def make_doc_a() -> Document:
    doc = Document(id="a", text="Bộ trưởng Bùi Thanh Sơn thăm Đà Nẵng. Đoàn có hơn 300 đại biểu.\nThuỳ Linh",
                   meta={"source": "a.txt"})
    doc.sentences = sentences_by_period(doc)
    doc.furniture = [Furniture(64, 73, "Thuỳ Linh", "byline")]
    doc.entities = [
        doc.make_entity(*span(doc, "Bùi Thanh Sơn"), "PERSON", "Bùi Thanh Sơn", role="Bộ trưởng"),
        doc.make_entity(*span(doc, "Đà Nẵng"), "PROVINCE", "Đà Nẵng", code="48"),
        doc.make_entity(*span(doc, "Thùy Linh"), "PERSON", "Thùy Linh"),
    ]
    doc.facts = [doc.make_fact(*span(doc, "hơn 300 đại biểu"), "count", 300, unit="đại biểu", approx=">")]
    return doc


def make_doc_b() -> Document:
    raw = unicodedata.normalize("NFD", "Ông Bùi Thanh Sơn nêu Nghị quyết 22-NQ/TW. Tăng 22% so với 2023.")
    doc = Document(id="b", text=raw, meta={"source": "b.jsonl:1"})
    doc.sentences = sentences_by_period(doc)
    doc.entities = [
        doc.make_entity(*span(doc, "Bùi Thanh Sơn"), "PERSON", "Bùi Thanh Sơn", organisation="Bộ Ngoại giao"),
        doc.make_entity(*span(doc, "Nghị quyết 22-NQ/TW"), "RESOLUTION", "Nghị quyết 22-NQ/TW",
                        kind="Nghị quyết", number="22", issuer="Bộ Chính trị"),
    ]
    doc.facts = [
        doc.make_fact(*span(doc, "Tăng 22%"), "percent", 22, unit="%", change="increase", baseline=1),
        doc.make_fact(*span(doc, "2023"), "date", "2023"),
    ]
    return doc


def build(docs: list[Document]) -> list[dict]:
    kb = KnowledgeBase()
    records = [r for d in docs for r in kb.add(d)]
    return records + list(kb.entities())


def dump(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records).encode("utf-8")


@pytest.fixture()
def records() -> list[dict]:
    return build([make_doc_a(), make_doc_b()])


# --- entity ids ----------------------------------------------------------------

@pytest.mark.parametrize("etype, canonical, expected", [
    ("PERSON", "Lê Văn Hưng", "person:lê-văn-hưng"),
    ("PERSON", "Lê Văn Hùng", "person:lê-văn-hùng"),
    ("PERSON", "Thuỳ Linh", "person:thùy-linh"),
    ("PERSON", unicodedata.normalize("NFD", "THUỲ  LINH"), "person:thùy-linh"),
    ("MINISTRY", "Bộ Ngoại giao", "ministry:bộ-ngoại-giao"),
    ("PROVINCE", "Bà Rịa - Vũng Tàu", "province:bà-rịa-vũng-tàu"),
    ("RESOLUTION", "Nghị quyết 06-NQ/TW", "resolution:nghị-quyết-06-nq-tw"),
    ("RESOLUTION", "Quyết định 3088/QĐ-BNG", "resolution:quyết-định-3088-qđ-bng"),
])
def test_entity_id(etype, canonical, expected):
    assert entity_id(etype, canonical) == expected


# --- records -------------------------------------------------------------------

def test_every_record_validates_against_the_schema(records, kb_validator):
    for record in records:
        errors = [e.message for e in kb_validator.iter_errors(record)]
        assert not errors, (record, errors)
    assert [r["record"] for r in records] == [
        "document", "mention", "mention", "mention", "fact",
        "document", "mention", "mention", "fact", "fact",
        "entity", "entity", "entity", "entity"]


def test_document_record(records):
    doc_a = make_doc_a()
    assert records[0] == {
        "record": "document", "id": "a", "source": "a.txt",
        "checksum": "sha256:" + hashlib.sha256(doc_a.text.encode("utf-8")).hexdigest(),
        "chars": 73, "sentences": 3, "mentions": 3, "facts": 1,
        "furniture": [{"start": 64, "end": 73, "label": "byline"}],
    }


def test_mention_and_fact_records_point_into_the_raw_text(records):
    texts = {"a": make_doc_a().text, "b": make_doc_b().text}
    for r in records:
        if r["record"] in ("mention", "fact"):
            assert texts[r["document"]][r["start"]:r["end"]] == r["text"]
    mention = records[1]
    assert mention == {"record": "mention", "id": "a#m0", "document": "a", "sentence": 0,
                       "start": 10, "end": 23, "text": "Bùi Thanh Sơn", "type": "PERSON",
                       "entity": "person:bùi-thanh-sơn", "role": "Bộ trưởng"}
    byline = records[3]
    assert (byline["text"], byline["sentence"], byline["entity"]) == ("Thuỳ Linh", 2, "person:thùy-linh")


def test_fact_record_links_entities_of_its_sentence_and_its_baseline(records):
    fact_a = records[4]
    assert fact_a == {"record": "fact", "id": "a#f0", "document": "a", "sentence": 1,
                      "start": 46, "end": 62, "text": "hơn 300 đại biểu", "kind": "count",
                      "value": 300, "unit": "đại biểu", "approx": ">", "change": None, "entities": []}
    percent, year = records[8], records[9]
    assert percent["sentence"] == year["sentence"] == 1
    assert percent["change"] == "increase"
    assert percent["baseline"] == "b#f1"
    # sentence 1 of b has no entity; sentence 0 holds the person and the resolution
    assert percent["entities"] == []
    assert records[6]["sentence"] == records[7]["sentence"] == 0


def test_same_canonical_in_two_documents_is_one_entity(records):
    entities = {r["id"]: r for r in records if r["record"] == "entity"}
    assert sorted(entities) == ["person:bùi-thanh-sơn", "person:thùy-linh",
                                "province:đà-nẵng", "resolution:nghị-quyết-22-nq-tw"]
    son = entities["person:bùi-thanh-sơn"]
    assert son["documents"] == ["a", "b"]
    assert son["mentions"] == 2
    # the raw alias of b is NFD: both spellings are kept as aliases
    assert son["aliases"] == sorted({"Bùi Thanh Sơn", unicodedata.normalize("NFD", "Bùi Thanh Sơn")})
    assert son["attributes"] == {"roles": ["Bộ trưởng"], "organisations": ["Bộ Ngoại giao"]}
    resolution = entities["resolution:nghị-quyết-22-nq-tw"]
    assert resolution["attributes"] == {"kind": "Nghị quyết", "number": "22", "issuer": "Bộ Chính trị"}
    assert entities["province:đà-nẵng"]["attributes"] == {"code": "48"}


def test_old_and_modern_tone_canonicals_link():
    one = Document(id="x", text="Thuỳ Linh")
    one.entities = [one.make_entity(0, 9, "PERSON", "Thuỳ Linh")]
    two = Document(id="y", text="Thùy Linh")
    two.entities = [two.make_entity(0, 9, "PERSON", "Thùy Linh")]
    entities = [r for r in build([one, two]) if r["record"] == "entity"]
    assert len(entities) == 1
    assert entities[0]["documents"] == ["x", "y"]
    assert entities[0]["aliases"] == ["Thuỳ Linh", "Thùy Linh"]  # code-point order: u < ù


def test_output_is_byte_identical_across_runs(records):
    again = build([make_doc_a(), make_doc_b()])
    assert dump(records) == dump(again)


def test_entity_records_do_not_depend_on_document_order(records):
    forward = [r for r in records if r["record"] == "entity"]
    backward = [r for r in build([make_doc_b(), make_doc_a()]) if r["record"] == "entity"]
    assert forward == backward
