"""Score predicted documents against gold: entities, knowledge base, facts, CIs.

Pure: takes :class:`~pipeline.evaluation.records.AnnotatedDoc` lists, returns a
:class:`Scorecard` whose :meth:`Scorecard.to_json` is the stable JSON the
``vndiplo eval --json`` command prints and report scripts read.

Predictions are paired with gold by ``id``. A gold document without a
prediction is scored as an empty prediction (and listed in
``missing_predictions``); a prediction without gold is ignored (listed in
``unmatched_predictions``); a prediction whose text differs from the gold
text is scored but warned about, since its offsets may not align.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.evaluation import entities as ent
from pipeline.evaluation import facts as fct
from pipeline.evaluation import kb
from pipeline.evaluation.bootstrap import (DEFAULT_LEVEL, DEFAULT_SAMPLES, DEFAULT_SEED,
                                           bootstrap_intervals)
from pipeline.evaluation.metrics import ratio, total
from pipeline.evaluation.records import AnnotatedDoc


@dataclass(frozen=True)
class DocumentScore:
    id: str
    entities: dict[str, ent.EntityDocScore]
    kb: kb.KBDocScore
    facts: fct.FactDocScore


def score_document(gold: AnnotatedDoc, pred: AnnotatedDoc) -> DocumentScore:
    return DocumentScore(
        id=gold.id,
        entities={name: ent.score_document(gold.entities, pred.entities, scheme)
                  for name, scheme in ent.SCHEMES.items()},
        kb=kb.score_document(gold.entities, pred.entities),
        facts=fct.score_document(gold.facts, pred.facts),
    )


def _facts_total(docs: Sequence[DocumentScore]) -> fct.FactDocScore:
    out = fct.empty_score()
    for d in docs:
        out = out + d.facts
    return out


def _value_accuracy(f: fct.FactDocScore) -> float:
    return ratio(f.value_correct, f.matched)


# The headline numbers that get bootstrap intervals, by JSON path.
HEADLINES: dict[str, Callable[[Sequence[DocumentScore]], float]] = {
    "entities.strict": lambda ds: total(d.entities["strict"].micro for d in ds).f1,
    "entities.overlap": lambda ds: total(d.entities["overlap"].micro for d in ds).f1,
    "kb": lambda ds: total(d.kb.micro for d in ds).f1,
    "facts.detection": lambda ds: total(d.facts.detection for d in ds).f1,
    "facts.value_accuracy": lambda ds: _value_accuracy(_facts_total(ds)),
    "facts.fully_correct": lambda ds: total(d.facts.fully_correct for d in ds).f1,
}


@dataclass
class Scorecard:
    documents: list[DocumentScore]
    missing_predictions: list[str] = field(default_factory=list)
    unmatched_predictions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    intervals: dict[str, tuple[float, float] | None] = field(default_factory=dict)
    bootstrap: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    """Anything the caller adds to the JSON (e.g. ``throughput``)."""

    def _ci(self, name: str) -> list[float] | None:
        ci = self.intervals.get(name)
        return list(ci) if ci else None

    def to_json(self) -> dict[str, Any]:
        docs = self.documents
        entities: dict[str, Any] = {}
        for name in ent.SCHEMES:
            combined = ent.combine(d.entities[name] for d in docs)
            micro = combined.micro.to_json()
            if f"entities.{name}" in HEADLINES:
                micro["ci"] = self._ci(f"entities.{name}")
            entities[name] = {"micro": micro,
                              "per_type": {t: x.to_json() for t, x in combined.per_type.items()}}
        kb_micro = total(d.kb.micro for d in docs).to_json()
        kb_micro["ci"] = self._ci("kb")
        kb_types = {t: total(d.kb.per_type[t] for d in docs).to_json() for t in ent.ENTITY_TYPES}
        f = _facts_total(docs)
        detection = f.detection.to_json()
        detection["ci"] = self._ci("facts.detection")
        fully = f.fully_correct.to_json()
        fully["ci"] = self._ci("facts.fully_correct")
        out = {
            "documents": len(docs),
            "missing_predictions": self.missing_predictions,
            "unmatched_predictions": self.unmatched_predictions,
            "warnings": self.warnings,
            "entities": entities,
            "kb": {"micro": kb_micro, "per_type": kb_types},
            "facts": {
                "detection": detection,
                "value_accuracy": {"correct": f.value_correct, "total": f.matched,
                                   "accuracy": _value_accuracy(f),
                                   "ci": self._ci("facts.value_accuracy")},
                "fully_correct": fully,
                "per_kind": {k: t.to_json() for k, t in f.per_kind.items()},
            },
            "bootstrap": self.bootstrap,
        }
        out.update(self.extra)
        return out


def pair_documents(gold: Sequence[AnnotatedDoc], pred: Iterable[AnnotatedDoc]
                   ) -> tuple[list[tuple[AnnotatedDoc, AnnotatedDoc]], list[str], list[str], list[str]]:
    """``(pairs, missing_ids, unmatched_ids, warnings)``: each gold document with
    its prediction (an empty one when missing)."""
    by_id: dict[str, AnnotatedDoc] = {}
    warnings = []
    for p in pred:
        if p.id in by_id:
            warnings.append(f"duplicate prediction for {p.id!r}: the first one is used")
            continue
        by_id[p.id] = p
    gold_ids = {g.id for g in gold}
    pairs, missing = [], []
    for g in gold:
        p = by_id.get(g.id)
        if p is None:
            missing.append(g.id)
            warnings.append(f"no prediction for {g.id!r}: scored as empty")
            p = g.without_spans()
        elif p.text != g.text:
            warnings.append(f"prediction text for {g.id!r} differs from gold: offsets may not align")
        pairs.append((g, p))
    unmatched = [i for i in by_id if i not in gold_ids]
    warnings.extend(f"prediction {i!r} has no gold document: ignored" for i in unmatched)
    return pairs, missing, unmatched, warnings


def evaluate(gold: Sequence[AnnotatedDoc], pred: Iterable[AnnotatedDoc],
             bootstrap: int = DEFAULT_SAMPLES, seed: int = DEFAULT_SEED,
             level: float = DEFAULT_LEVEL) -> Scorecard:
    """Score ``pred`` against ``gold`` with ``bootstrap`` resamples for the CIs
    (0 disables them)."""
    pairs, missing, unmatched, warnings = pair_documents(gold, pred)
    docs = [score_document(g, p) for g, p in pairs]
    intervals = bootstrap_intervals(docs, HEADLINES, samples=bootstrap, seed=seed, level=level)
    return Scorecard(docs, missing, unmatched, warnings, intervals,
                     {"samples": bootstrap, "seed": seed, "level": level})
