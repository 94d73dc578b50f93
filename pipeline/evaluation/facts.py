"""Numeric-fact scoring: detection, value accuracy and fully-correct F1.

- *Detection*: a predicted fact matches a gold fact when the spans overlap
  and the kinds are equal; matching is one-to-one, greedy by largest overlap
  (:func:`pipeline.evaluation.matching.align`). P/R/F1 over matched pairs,
  also per kind.
- *Value accuracy*: among matched pairs, the share whose values are equal
  (:func:`values_equal`): numbers numerically (``300 == 300.0``), strings
  exactly, period lists element-wise.
- *Fully correct*: a matched pair whose value, unit (:func:`units_equal`),
  ``approx`` (missing is ``"="``) and ``change`` (missing is ``None``) all
  agree; P = fully correct / predicted facts, R = fully correct / gold facts.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.document import FACT_KINDS
from pipeline.evaluation.matching import Alignment, align
from pipeline.evaluation.metrics import Tally
from pipeline.evaluation.records import FactSpan


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def values_equal(gold: Any, pred: Any) -> bool:
    if _is_number(gold) and _is_number(pred):
        return gold == pred
    if isinstance(gold, (list, tuple)) and isinstance(pred, (list, tuple)):
        return len(gold) == len(pred) and all(values_equal(g, p) for g, p in zip(gold, pred))
    return type(gold) is type(pred) and gold == pred


def _unit_key(unit: str | None) -> str | None:
    if unit is None:
        return None
    tidy = " ".join(unit.split()).casefold()
    return tidy or None


def units_equal(gold: str | None, pred: str | None) -> bool:
    """Equal after whitespace tidying and case-folding; ``None`` equals missing or ``""``."""
    return _unit_key(gold) == _unit_key(pred)


def mismatches(gold: FactSpan, pred: FactSpan) -> list[str]:
    """The fields of a matched pair that disagree, in the order value, unit, approx, change."""
    out = []
    if not values_equal(gold.value, pred.value):
        out.append("value")
    if not units_equal(gold.unit, pred.unit):
        out.append("unit")
    if (gold.approx or "=") != (pred.approx or "="):
        out.append("approx")
    if (gold.change or None) != (pred.change or None):
        out.append("change")
    return out


def align_facts(gold: Sequence[FactSpan], pred: Sequence[FactSpan]) -> Alignment:
    return align(gold, pred, lambda g, p: 0 if g.kind == p.kind else None)


@dataclass(frozen=True)
class FactDocScore:
    detection: Tally
    value_correct: int
    fully_correct: Tally
    per_kind: dict[str, Tally]

    @property
    def matched(self) -> int:
        return self.detection.correct

    def __add__(self, other: FactDocScore) -> FactDocScore:
        return FactDocScore(self.detection + other.detection, self.value_correct + other.value_correct,
                            self.fully_correct + other.fully_correct,
                            {k: self.per_kind[k] + other.per_kind[k] for k in self.per_kind})


def empty_score(kinds: Iterable[str] = FACT_KINDS) -> FactDocScore:
    return FactDocScore(Tally(), 0, Tally(), {k: Tally() for k in kinds})


def score_document(gold: Sequence[FactSpan], pred: Sequence[FactSpan],
                   kinds: Iterable[str] = FACT_KINDS) -> FactDocScore:
    a = align_facts(gold, pred)
    wrong = [mismatches(gold[p.gold], pred[p.pred]) for p in a.pairs]
    value_ok = sum("value" not in w for w in wrong)
    full = sum(not w for w in wrong)
    per_kind = {}
    for k in kinds:
        matched = sum(gold[p.gold].kind == k for p in a.pairs)
        per_kind[k] = Tally.from_counts(matched, sum(g.kind == k for g in gold), sum(p.kind == k for p in pred))
    return FactDocScore(
        detection=Tally.from_counts(len(a.pairs), len(gold), len(pred)),
        value_correct=value_ok,
        fully_correct=Tally.from_counts(full, len(gold), len(pred)),
        per_kind=per_kind,
    )
