"""Merging rule and model entities; person canonicals across both."""
from __future__ import annotations

import pytest

from pipeline.document import Document, Entity
from pipeline.ner import model
from pipeline.ner.model.canonical import person_canonical
from pipeline.ner.model.combine import merge

TEXT = "Bộ trưởng Bùi Thanh Sơn gặp ông Sơn tại Lào Cai và Bộ Ngoại giao."


def ent(surface: str, type: str, canonical: str | None = None, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Entity(start, start + len(surface), type, surface, canonical or surface)


RULES = [ent("Thanh Sơn", "PERSON"), ent("Lào Cai", "PROVINCE")]
MODEL = [ent("Bùi Thanh Sơn", "PERSON"), ent("Sơn", "PERSON", nth=1), ent("Cai", "PROVINCE"),
         ent("Bộ Ngoại giao", "MINISTRY")]


def spans(entities):
    return [(e.text, e.type) for e in entities]


def test_rules_plus_model_keeps_rules_and_adds_free_model_spans():
    assert spans(merge(RULES, MODEL, "rules+model")) == [
        ("Thanh Sơn", "PERSON"), ("Sơn", "PERSON"), ("Lào Cai", "PROVINCE"), ("Bộ Ngoại giao", "MINISTRY")]


def test_extend_lets_a_longer_model_span_replace_the_rule_span():
    assert spans(merge(RULES, MODEL, "rules+model+extend")) == [
        ("Bùi Thanh Sơn", "PERSON"), ("Sơn", "PERSON"), ("Lào Cai", "PROVINCE"), ("Bộ Ngoại giao", "MINISTRY")]


def test_model_first_and_single_sources():
    assert spans(merge(RULES, MODEL, "model+rules")) == spans(sorted(MODEL, key=lambda e: e.start))
    assert merge(RULES, MODEL, "rules") == RULES
    with pytest.raises(ValueError):
        merge(RULES, MODEL, "vote")


def test_result_never_overlaps():
    for strategy in model.STRATEGIES:
        out = merge(RULES, MODEL, strategy)
        assert all(a.end <= b.start for a, b in zip(out, out[1:])), strategy


def test_person_canonical_takes_the_unique_fullest_compatible_name():
    names = ["Bùi Thanh Sơn", "Lê Thị Thu Hằng", "Antony Blinken"]
    assert person_canonical("Sơn", names) == "Bùi Thanh Sơn"
    assert person_canonical("Lê Thu Hằng", names) == "Lê Thị Thu Hằng"
    assert person_canonical("Blinken", names) == "Antony Blinken"
    assert person_canonical("Thu", names) == "Thu"
    assert person_canonical("Hằng Lê", names) == "Hằng Lê"
    assert person_canonical("Sơn", names + ["Nguyễn Hồng Sơn"]) == "Sơn"  # ambiguous


def test_combine_resolves_person_canonicals_over_both_sources():
    doc = Document("d", TEXT)
    out = model.combine(doc, RULES, MODEL, "rules+model+extend")
    assert [(e.text, e.canonical) for e in out if e.type == "PERSON"] == [
        ("Bùi Thanh Sơn", "Bùi Thanh Sơn"), ("Sơn", "Bùi Thanh Sơn")]
