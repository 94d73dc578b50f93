"""Counts and precision/recall/F1, with SemEval-2013 9.1 (nervaluate) names.

Every score in this package is a :class:`Tally`:

- ``possible = correct + incorrect + partial + missed``   (gold spans)
- ``actual   = correct + incorrect + partial + spurious`` (predicted spans)
- ``precision = (correct + 0.5 * partial) / actual``
- ``recall    = (correct + 0.5 * partial) / possible``

``partial`` is only ever non-zero under the ``partial`` scheme, so the one
formula gives nervaluate's numbers for every scheme. Counting scores (the
knowledge base, facts) use ``correct``/``missed``/``spurious`` only.

Convention for empty denominators (pinned in the tests): a ratio whose
denominator is 0 is 0.0, and F1 is 0.0 when precision + recall is 0. So
an empty prediction on empty gold scores 0/0/0 -- the counts
(``possible == actual == 0``) say why. This is nervaluate's convention.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, and 0.0 for a zero denominator."""
    return numerator / denominator if denominator else 0.0


def f1_score(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True)
class Tally:
    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @classmethod
    def from_counts(cls, matched: int, n_gold: int, n_pred: int) -> Tally:
        """A tally from ``matched`` correct pairs among ``n_gold``/``n_pred`` spans."""
        return cls(correct=matched, missed=n_gold - matched, spurious=n_pred - matched)

    @property
    def possible(self) -> int:
        return self.correct + self.incorrect + self.partial + self.missed

    @property
    def actual(self) -> int:
        return self.correct + self.incorrect + self.partial + self.spurious

    @property
    def credit(self) -> float:
        return self.correct + 0.5 * self.partial

    @property
    def precision(self) -> float:
        return ratio(self.credit, self.actual)

    @property
    def recall(self) -> float:
        return ratio(self.credit, self.possible)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        out.update(possible=self.possible, actual=self.actual, precision=self.precision,
                   recall=self.recall, f1=self.f1)
        return out


def total(tallies: Any) -> Tally:
    """The sum of an iterable of tallies (``Tally()`` when empty)."""
    out = Tally()
    for t in tallies:
        out = out + t
    return out
