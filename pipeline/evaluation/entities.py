"""Entity scoring under the SemEval-2013 task 9.1 schemes, as nervaluate defines them.

A scheme is a small class that classifies an overlapping (gold, pred) pair
as ``correct``, ``partial`` or ``incorrect``; :func:`matching.align` pairs
spans one-to-one (correct pairs first), unpaired gold is ``missed`` and
unpaired predictions are ``spurious``. Precision and recall are
:class:`~pipeline.evaluation.metrics.Tally`'s.

======== ===================== ==================================== ===========
ours     nervaluate            correct when                          otherwise
======== ===================== ==================================== ===========
strict   ``strict``            same start, end and type              incorrect
overlap  ``ent_type``          overlap and same type                 incorrect
exact    ``exact``             same start and end (any type)         incorrect
partial  ``partial``           same start and end (any type)         partial (½)
======== ===================== ==================================== ===========

Per-type scores evaluate only the spans of that type on both sides (as
nervaluate does): a gold PERSON predicted as MINISTRY is *incorrect* in the
micro score but a *missed* PERSON and a *spurious* MINISTRY per type.

Differences from nervaluate 1.2 (our numbers equal its numbers whenever no
prediction overlaps two gold spans and no gold span overlaps two predictions;
tested in ``tests/test_evaluation_entities.py``):

- Matching is best-first over all pairs (correct before partial before
  incorrect, then larger overlap, closer boundaries), not first-come in
  prediction order. nervaluate lets an early prediction that merely overlaps
  a gold span take it as *incorrect*, so a later exact prediction of the
  same span becomes spurious; here the exact one wins and the other is
  spurious. Duplicate predictions of one gold span: one is correct, the
  others spurious (the same in both).
- Offsets are half-open (``end`` exclusive); nervaluate treats ``end`` as
  inclusive, so :func:`pipeline.evaluation.reference.nervaluate_scores`
  passes ``end - 1``. Without that, touching spans would "overlap".
- Any shared character is an overlap (nervaluate's default
  ``min_overlap_percentage=1`` differs only for gold spans over 100 characters).
- Types outside the four are scored like any other (nervaluate drops them).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.document import ENTITY_TYPES
from pipeline.evaluation.matching import Alignment, align
from pipeline.evaluation.metrics import Tally, total
from pipeline.evaluation.records import EntitySpan

CORRECT, PARTIAL, INCORRECT = 0, 1, 2


class MatchScheme(ABC):
    """How one overlapping (gold, pred) pair counts."""

    name: str
    nervaluate_name: str

    @abstractmethod
    def outcome(self, gold: EntitySpan, pred: EntitySpan) -> int:
        """``CORRECT``, ``PARTIAL`` or ``INCORRECT`` for an overlapping pair."""

    def align(self, gold: Sequence[EntitySpan], pred: Sequence[EntitySpan]) -> Alignment:
        return align(gold, pred, self.outcome)

    def tally(self, gold: Sequence[EntitySpan], pred: Sequence[EntitySpan]) -> Tally:
        a = self.align(gold, pred)
        ranks = [p.rank for p in a.pairs]
        return Tally(correct=ranks.count(CORRECT), incorrect=ranks.count(INCORRECT),
                     partial=ranks.count(PARTIAL), missed=len(a.missed), spurious=len(a.spurious))


def _same_bounds(g: EntitySpan, p: EntitySpan) -> bool:
    return g.start == p.start and g.end == p.end


class Strict(MatchScheme):
    name, nervaluate_name = "strict", "strict"

    def outcome(self, gold: EntitySpan, pred: EntitySpan) -> int:
        return CORRECT if _same_bounds(gold, pred) and gold.type == pred.type else INCORRECT


class Overlap(MatchScheme):
    name, nervaluate_name = "overlap", "ent_type"

    def outcome(self, gold: EntitySpan, pred: EntitySpan) -> int:
        return CORRECT if gold.type == pred.type else INCORRECT


class Exact(MatchScheme):
    name, nervaluate_name = "exact", "exact"

    def outcome(self, gold: EntitySpan, pred: EntitySpan) -> int:
        return CORRECT if _same_bounds(gold, pred) else INCORRECT


class Partial(MatchScheme):
    name, nervaluate_name = "partial", "partial"

    def outcome(self, gold: EntitySpan, pred: EntitySpan) -> int:
        return CORRECT if _same_bounds(gold, pred) else PARTIAL


SCHEMES: dict[str, MatchScheme] = {s.name: s for s in (Strict(), Overlap(), Exact(), Partial())}


@dataclass(frozen=True)
class EntityDocScore:
    """One document under one scheme: the micro tally and one per type."""

    micro: Tally
    per_type: dict[str, Tally]


def score_document(gold: Sequence[EntitySpan], pred: Sequence[EntitySpan], scheme: MatchScheme,
                   types: Iterable[str] = ENTITY_TYPES) -> EntityDocScore:
    per_type = {t: scheme.tally([g for g in gold if g.type == t], [p for p in pred if p.type == t])
                for t in types}
    return EntityDocScore(scheme.tally(gold, pred), per_type)


def combine(scores: Iterable[EntityDocScore]) -> EntityDocScore:
    """Micro-aggregate per-document scores (sums of counts)."""
    scores = list(scores)
    types = scores[0].per_type if scores else {t: None for t in ENTITY_TYPES}
    return EntityDocScore(total(s.micro for s in scores),
                          {t: total(s.per_type[t] for s in scores) for t in types})
