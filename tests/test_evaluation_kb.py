"""Knowledge-base scoring: (type, canonical) sets after NFC, tone and case folding."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.evaluation.kb import kb_entries, kb_key, score_document
from pipeline.evaluation.loaders import entity_from_json
from pipeline.evaluation.records import EntitySpan


def E(type: str, canonical: str) -> EntitySpan:
    return EntitySpan(0, 1, type, "x", canonical)


def test_kb_key_normalisation():
    nfd = unicodedata.normalize("NFD", "Hoà Bình")
    assert kb_key("PROVINCE", nfd) == kb_key("PROVINCE", "hòa  bình") == ("PROVINCE", "hòa bình")
    assert kb_key("PERSON", "Thuỳ Linh") == kb_key("PERSON", "thùy linh")
    assert kb_key("PROVINCE", "Hà Nội") != kb_key("PROVINCE", "Hà Nam")


def test_kb_document_score():
    gold = [E("PROVINCE", "Hoà Bình"), E("PERSON", "Bùi Thanh Sơn"), E("PERSON", "Bùi Thanh Sơn")]
    pred = [E("PROVINCE", "hòa bình"), E("PERSON", "Bùi Thanh Sơn"),
            E("MINISTRY", "Bộ Ngoại giao"), E("MINISTRY", "Bùi Thanh Sơn")]
    s = score_document(gold, pred)
    assert (s.micro.correct, s.micro.possible, s.micro.actual) == (2, 2, 4)
    assert s.micro.f1 == pytest.approx(2 / 3)
    assert s.per_type["MINISTRY"].spurious == 2 and s.per_type["PROVINCE"].f1 == 1.0
    assert s.spurious == (("MINISTRY", "bùi thanh sơn"), ("MINISTRY", "bộ ngoại giao"))


def test_missing_canonical_falls_back_to_text():
    e = entity_from_json({"start": 0, "end": 5, "type": "PROVINCE", "text": "Huế"})
    assert kb_entries([e]) == {("PROVINCE", "huế")}


def test_empty_kb():
    s = score_document([], [])
    assert (s.micro.possible, s.micro.actual, s.micro.f1) == (0, 0, 0.0)
