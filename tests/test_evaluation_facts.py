"""Fact scoring: detection, value accuracy, fully correct, per kind (hand-computed)."""
from __future__ import annotations

import pytest

from pipeline.evaluation.facts import align_facts, mismatches, score_document, units_equal, values_equal
from pipeline.evaluation.loaders import fact_from_json
from pipeline.evaluation.records import FactSpan


def F(start, end, kind, value, **kw) -> FactSpan:
    return FactSpan(start, end, "x" * (end - start), kind, value, **kw)


GOLD = [
    F(0, 16, "count", 300, unit="đại biểu", approx=">"),
    F(20, 30, "money", 48200000000, unit="USD"),
    F(40, 50, "date", "2023-12-15"),
    F(60, 71, "period", ["2016", "2020"]),
    F(80, 88, "percent", 22, unit="%", change="increase"),
]
PRED = [
    F(4, 16, "count", 300.0, unit="Đại  biểu"),            # approx missing (=) vs ">"
    F(20, 30, "money", 48200000000, unit="USD"),           # fully correct
    F(40, 50, "count", 2023),                              # wrong kind: gold missed, this spurious
    F(60, 71, "period", ["2016", "2021"]),                 # value wrong
    F(80, 88, "percent", 22, unit="%"),                    # change missing
    F(100, 105, "ordinal", 19),                            # spurious
]


def test_detection_value_and_fully_correct():
    s = score_document(GOLD, PRED)
    d = s.detection
    assert (d.correct, d.missed, d.spurious) == (4, 1, 2)
    assert d.precision == pytest.approx(4 / 6)
    assert d.recall == pytest.approx(4 / 5)
    assert d.f1 == pytest.approx(8 / 11)
    assert (s.value_correct, s.matched) == (3, 4)          # 300 == 300.0; period differs
    full = s.fully_correct
    assert (full.correct, full.possible, full.actual) == (1, 5, 6)
    assert full.f1 == pytest.approx(2 / 11)


def test_per_kind_detection():
    k = score_document(GOLD, PRED).per_kind
    assert (k["count"].correct, k["count"].missed, k["count"].spurious) == (1, 0, 1)
    assert k["count"].f1 == pytest.approx(2 / 3)
    assert (k["date"].correct, k["date"].missed, k["date"].spurious) == (0, 1, 0)
    assert k["money"].f1 == k["period"].f1 == k["percent"].f1 == 1.0
    assert (k["ordinal"].spurious, k["ordinal"].f1) == (1, 0.0)
    assert (k["duration"].possible, k["duration"].actual, k["duration"].f1) == (0, 0, 0.0)


def test_mismatch_fields():
    assert mismatches(GOLD[0], PRED[0]) == ["approx"]
    assert mismatches(GOLD[3], PRED[3]) == ["value"]
    assert mismatches(GOLD[4], PRED[4]) == ["change"]
    assert mismatches(F(0, 3, "count", 5, unit="đoàn"), F(0, 3, "count", 6, unit="người", approx="~")) == [
        "value", "unit", "approx"]


def test_defaults_missing_equals_default():
    loaded = fact_from_json({"start": 0, "end": 3, "text": "xxx", "kind": "count", "value": 5})
    explicit = F(0, 3, "count", 5, unit=None, approx="=", change=None)
    assert mismatches(explicit, loaded) == []
    assert units_equal(None, "") and units_equal(" Đại  biểu ", "đại biểu") and not units_equal("USD", None)


def test_values_equal():
    assert values_equal(1000, 1000.0)
    assert values_equal(48.2, 48.2)
    assert not values_equal("2018", 2018)
    assert values_equal(["2016", "2020"], ["2016", "2020"])
    assert not values_equal(["2016", "2020"], ["2016"])
    assert not values_equal(True, 1)


def test_greedy_by_largest_overlap():
    gold = [F(0, 10, "date", "2020"), F(12, 20, "date", "2021")]
    pred = [F(5, 15, "date", "2020"), F(0, 6, "date", "2020")]
    # (gold0, pred1) overlap 6 > (gold0, pred0) 5: pred0 then takes gold1 (overlap 3)
    a = align_facts(gold, pred)
    assert [(p.gold, p.pred) for p in a.pairs] == [(0, 1), (1, 0)]
    assert a.missed == () and a.spurious == ()


def test_empty_prediction_and_empty_gold():
    none = score_document(GOLD, [])
    assert (none.detection.missed, none.detection.f1, none.matched) == (5, 0.0, 0)
    nothing = score_document([], [])
    assert (nothing.detection.possible, nothing.detection.actual, nothing.detection.f1) == (0, 0, 0.0)
