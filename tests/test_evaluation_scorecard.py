"""The whole scorecard: pairing by id, stable JSON, headline numbers; loaders; error listing."""
from __future__ import annotations

import copy

import pytest

from pipeline.evaluation.errors import context, list_errors
from pipeline.evaluation.loaders import AnnotationLoadError, documents_from_objects, load_documents
from pipeline.evaluation.scorecard import evaluate

from test_evaluation_fixtures import TEXT, good_doc, span, write_jsonl


def prediction() -> dict:
    """d1 without the province and with 30 for 300."""
    d = copy.deepcopy(good_doc("d1"))
    d["entities"] = [e for e in d["entities"] if e["type"] != "PROVINCE"]
    d["facts"][1]["value"] = 30
    return d


@pytest.fixture
def card():
    gold = documents_from_objects([good_doc("d1"), good_doc("d2")])
    pred = documents_from_objects([prediction(), {**good_doc("zz"), "text": "other"}])
    return evaluate(gold, pred, bootstrap=200, seed=1).to_json()


def test_pairing_by_id_and_warnings(card):
    assert card["documents"] == 2
    assert card["missing_predictions"] == ["d2"]
    assert card["unmatched_predictions"] == ["zz"]
    assert any("no prediction for 'd2'" in w for w in card["warnings"])


def test_headline_numbers(card):
    strict = card["entities"]["strict"]["micro"]
    assert (strict["correct"], strict["missed"], strict["spurious"]) == (2, 4, 0)
    assert strict["f1"] == pytest.approx(0.5)                  # P 1, R 1/3
    assert card["kb"]["micro"]["f1"] == pytest.approx(0.5)
    assert card["facts"]["detection"]["f1"] == pytest.approx(2 / 3)   # P 1, R 1/2
    assert card["facts"]["value_accuracy"] == {**card["facts"]["value_accuracy"],
                                               "correct": 1, "total": 2, "accuracy": 0.5}
    assert card["facts"]["fully_correct"]["f1"] == pytest.approx(1 / 3)  # P 1/2, R 1/4
    assert card["entities"]["strict"]["per_type"]["PROVINCE"]["missed"] == 2


def test_stable_json_keys(card):
    assert set(card) == {"documents", "missing_predictions", "unmatched_predictions", "warnings",
                         "entities", "kb", "facts", "bootstrap"}
    assert set(card["entities"]) == {"strict", "overlap", "exact", "partial"}
    assert set(card["entities"]["strict"]["micro"]) == {
        "correct", "incorrect", "partial", "missed", "spurious", "possible", "actual",
        "precision", "recall", "f1", "ci"}
    assert set(card["facts"]) == {"detection", "value_accuracy", "fully_correct", "per_kind"}
    assert card["bootstrap"] == {"samples": 200, "seed": 1, "level": 0.95}
    low, high = card["entities"]["strict"]["micro"]["ci"]
    assert 0.0 <= low <= high <= 1.0
    assert card["entities"]["partial"]["micro"].get("ci") is None


def test_bootstrap_is_deterministic_and_optional():
    gold = documents_from_objects([good_doc("d1"), good_doc("d2")])
    pred = documents_from_objects([prediction()])
    a = evaluate(gold, pred, bootstrap=100, seed=3).to_json()
    b = evaluate(gold, pred, bootstrap=100, seed=3).to_json()
    assert a == b
    assert evaluate(gold, pred, bootstrap=0).to_json()["kb"]["micro"]["ci"] is None


def test_perfect_prediction_scores_one():
    gold = documents_from_objects([good_doc("d1")])
    c = evaluate(gold, gold, bootstrap=10).to_json()
    assert c["entities"]["strict"]["micro"]["f1"] == c["facts"]["fully_correct"]["f1"] == 1.0
    assert c["entities"]["strict"]["micro"]["ci"] == [1.0, 1.0]


def test_loader_reports_file_and_line(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", [good_doc("a"), "", "{not json"])
    with pytest.raises(AnnotationLoadError) as exc:
        load_documents(path)
    assert str(exc.value).startswith(f"{path}:3: invalid JSON")
    bad = copy.deepcopy(good_doc("b"))
    del bad["entities"][1]["start"]
    path = write_jsonl(tmp_path / "q.jsonl", [bad])
    with pytest.raises(AnnotationLoadError, match=r"q\.jsonl:1: document b, entity 1: missing 'start'"):
        load_documents(path)


def test_loader_defaults(tmp_path):
    (doc,) = load_documents(write_jsonl(tmp_path / "g.jsonl", [good_doc("a")]))
    assert doc.id == "a" and doc.source == f"{tmp_path / 'g.jsonl'}:1"
    assert doc.facts[0].approx == "=" and doc.facts[0].unit is None and doc.facts[1].approx == ">"
    assert doc.to_json()["entities"][0]["canonical"] == "Bộ Ngoại giao"


def test_context_window():
    assert context("abcdefghij", 3, 5, width=2) == "…bc[[de]]fg…"
    assert context("abc\ndef", 0, 3, width=40) == "[[abc]] def"


def test_error_listing_categories():
    gold = documents_from_objects([good_doc("d1")])[0]
    pred_obj = prediction()
    pred_obj["entities"][0] = span(TEXT, "Bộ Ngoại giao Bùi", type="MINISTRY", canonical="Bộ Ngoại giao")
    pred_obj["entities"][1]["type"] = "PROVINCE"
    pred_obj["entities"].append(span(TEXT, "đại biểu", type="PERSON", canonical="đại biểu"))
    pred = documents_from_objects([pred_obj])[0]
    errors = [(e.layer, e.category, e.text) for e in list_errors(gold, pred)]
    assert errors == [
        ("entity", "boundary", "Bộ Ngoại giao"),
        ("entity", "type", "Bùi Thanh Sơn"),
        ("entity", "missed", "Đà Nẵng"),
        ("fact", "mismatch", "hơn 300 đại biểu"),
        ("entity", "spurious", "đại biểu"),
    ]
    mismatch = list_errors(gold, pred)[3]
    assert mismatch.detail.startswith("value: gold 300, pred 30")
    assert "[[hơn 300 đại biểu]]" in mismatch.context
