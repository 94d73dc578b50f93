"""Entity scoring: hand-computed SemEval-2013 9.1 counts, and agreement with nervaluate."""
from __future__ import annotations

import pytest

from pipeline.evaluation.entities import SCHEMES, combine, score_document
from pipeline.evaluation.records import EntitySpan
from pipeline.evaluation.reference import nervaluate_scores


def E(start: int, end: int, type: str) -> EntitySpan:
    return EntitySpan(start, end, type, "x" * (end - start), "x")


# One exact hit, one short boundary, one wrong type, one spurious, one missed.
GOLD = [E(0, 10, "PERSON"), E(20, 33, "MINISTRY"), E(40, 45, "PROVINCE"), E(50, 60, "RESOLUTION")]
PRED = [E(0, 10, "PERSON"), E(20, 30, "MINISTRY"), E(40, 45, "PERSON"), E(70, 75, "PROVINCE")]


def counts(tally):
    return (tally.correct, tally.incorrect, tally.partial, tally.missed, tally.spurious)


@pytest.mark.parametrize("scheme, expected_counts, expected_f1", [
    ("strict", (1, 2, 0, 1, 1), 0.25),      # P = R = 1/4
    ("overlap", (2, 1, 0, 1, 1), 0.5),      # P = R = 2/4
    ("exact", (2, 1, 0, 1, 1), 0.5),
    ("partial", (2, 0, 1, 1, 1), 0.625),    # (2 + 0.5) / 4
])
def test_micro_counts_per_scheme(scheme, expected_counts, expected_f1):
    micro = score_document(GOLD, PRED, SCHEMES[scheme]).micro
    assert counts(micro) == expected_counts
    assert micro.possible == 4 and micro.actual == 4
    assert micro.precision == pytest.approx(expected_f1)
    assert micro.recall == pytest.approx(expected_f1)
    assert micro.f1 == pytest.approx(expected_f1)


def test_per_type_strict_and_overlap():
    strict = score_document(GOLD, PRED, SCHEMES["strict"]).per_type
    # PERSON: gold 0-10; preds 0-10 (correct) and 40-45 (no PERSON there: spurious)
    assert counts(strict["PERSON"]) == (1, 0, 0, 0, 1)
    assert strict["PERSON"].f1 == pytest.approx(2 / 3)
    assert counts(strict["MINISTRY"]) == (0, 1, 0, 0, 0)
    assert counts(strict["PROVINCE"]) == (0, 0, 0, 1, 1)
    assert counts(strict["RESOLUTION"]) == (0, 0, 0, 1, 0)
    overlap = score_document(GOLD, PRED, SCHEMES["overlap"]).per_type
    assert counts(overlap["MINISTRY"]) == (1, 0, 0, 0, 0)
    assert overlap["MINISTRY"].f1 == 1.0


def _nerv(result, scheme):
    return tuple(result[k] for k in ("correct", "incorrect", "partial", "missed", "spurious"))


def test_equal_to_nervaluate_on_small_example():
    gold_docs = [GOLD, [E(0, 5, "PERSON"), E(5, 9, "PROVINCE")], []]
    # doc 2: touching spans must not "overlap" (nervaluate ends are inclusive)
    pred_docs = [PRED, [E(5, 9, "PERSON"), E(0, 5, "PERSON"), E(0, 5, "PERSON")], [E(1, 3, "MINISTRY")]]
    ref = nervaluate_scores(gold_docs, pred_docs)
    for ours, theirs in (("strict", "strict"), ("overlap", "ent_type"), ("exact", "exact"),
                         ("partial", "partial")):
        scheme = SCHEMES[ours]
        total = combine(score_document(g, p, scheme) for g, p in zip(gold_docs, pred_docs))
        r = ref["overall"][theirs]
        assert counts(total.micro) == _nerv(r, theirs), ours
        assert total.micro.precision == pytest.approx(r["precision"])
        assert total.micro.recall == pytest.approx(r["recall"])
        assert total.micro.f1 == pytest.approx(r["f1"])
        for tag, by_scheme in ref["entities"].items():
            assert counts(total.per_type[tag]) == _nerv(by_scheme[theirs], theirs), (ours, tag)
            assert total.per_type[tag].f1 == pytest.approx(by_scheme[theirs]["f1"])


def test_duplicate_predictions_one_correct_rest_spurious():
    micro = score_document([E(0, 5, "PERSON")], [E(0, 5, "PERSON"), E(0, 5, "PERSON")], SCHEMES["strict"]).micro
    assert counts(micro) == (1, 0, 0, 0, 1)
    assert (micro.precision, micro.recall) == (0.5, 1.0)
    assert micro.f1 == pytest.approx(2 / 3)


def test_duplicate_gold_one_matched_rest_missed():
    micro = score_document([E(0, 5, "PERSON"), E(0, 5, "PERSON")], [E(0, 5, "PERSON")], SCHEMES["strict"]).micro
    assert counts(micro) == (1, 0, 0, 1, 0)


def test_exact_prediction_wins_over_earlier_overlapping_one():
    """Documented difference: nervaluate lets the first (partial) prediction take
    the gold span as *incorrect*; we pair the exact one first."""
    gold, pred = [E(0, 10, "PERSON")], [E(0, 5, "PERSON"), E(0, 10, "PERSON")]
    micro = score_document(gold, pred, SCHEMES["strict"]).micro
    assert counts(micro) == (1, 0, 0, 0, 1)
    assert nervaluate_scores([gold], [pred])["overall"]["strict"]["correct"] == 0


def test_type_mismatch_is_incorrect_in_micro_but_missed_and_spurious_per_type():
    score = score_document([E(0, 5, "PERSON")], [E(0, 5, "MINISTRY")], SCHEMES["strict"])
    assert counts(score.micro) == (0, 1, 0, 0, 0)
    assert counts(score.per_type["PERSON"]) == (0, 0, 0, 1, 0)
    assert counts(score.per_type["MINISTRY"]) == (0, 0, 0, 0, 1)
    assert score.micro.f1 == 0.0


def test_empty_conventions():
    """0/0 is 0: empty gold and empty prediction score 0 with zero counts."""
    both_empty = score_document([], [], SCHEMES["strict"]).micro
    assert (both_empty.possible, both_empty.actual) == (0, 0)
    assert (both_empty.precision, both_empty.recall, both_empty.f1) == (0.0, 0.0, 0.0)
    no_pred = score_document([E(0, 5, "PERSON"), E(6, 9, "PROVINCE")], [], SCHEMES["overlap"]).micro
    assert counts(no_pred) == (0, 0, 0, 2, 0)
    assert (no_pred.precision, no_pred.recall, no_pred.f1) == (0.0, 0.0, 0.0)
    no_gold = score_document([], [E(0, 5, "PERSON")], SCHEMES["overlap"]).micro
    assert counts(no_gold) == (0, 0, 0, 0, 1)
    assert (no_gold.precision, no_gold.recall, no_gold.f1) == (0.0, 0.0, 0.0)


def test_micro_sums_documents():
    doc1 = score_document([E(0, 5, "PERSON")], [E(0, 5, "PERSON")], SCHEMES["strict"])
    doc2 = score_document([E(0, 5, "PERSON"), E(9, 12, "PROVINCE")], [E(0, 4, "PERSON")], SCHEMES["strict"])
    micro = combine([doc1, doc2]).micro
    # correct 1, incorrect 1, missed 1: P = 1/2, R = 1/3, F1 = 0.4
    assert counts(micro) == (1, 1, 0, 1, 0)
    assert micro.f1 == pytest.approx(0.4)
