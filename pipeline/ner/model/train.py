"""Training the CRF tagger (python-crfsuite, L-BFGS) and k-fold cross-validation.

Training is deterministic: examples are read in document-id order, features
are appended in text order and L-BFGS has no random step, so the same data
and parameters give the same model file, byte for byte. The seed only
decides the cross-validation folds.
"""
from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.document import Entity
from pipeline.ner.model import evidence
from pipeline.ner.model.corpus import Example, bio_labels
from pipeline.ner.model.features import document_features
from pipeline.ner.model.tagger import load_tagger


@dataclass(frozen=True)
class CRFParams:
    """crfsuite L-BFGS hyper-parameters (chosen by 5-fold CV on dev)."""

    c1: float = 0.2
    c2: float = 0.01
    max_iterations: int = 200
    possible_transitions: bool = True
    rule_dropout: bool = False
    """Also train on each document without its rule evidence, so the model
    learns the lexical cues the rules rely on, not only to copy the rules."""

    def crfsuite(self) -> dict:
        return {"c1": self.c1, "c2": self.c2, "max_iterations": self.max_iterations,
                "feature.possible_transitions": self.possible_transitions}


@dataclass(frozen=True)
class TrainReport:
    path: str
    documents: int
    sequences: int
    tokens: int
    seconds: float
    params: dict


def with_rules(examples: Sequence[Example]) -> Sequence[Example]:
    """Fill each example's rule entities (once)."""
    for ex in examples:
        if ex.rules is None:
            ex.rules = evidence.rule_entities(ex.doc)
    return examples


def train_crf(examples: Sequence[Example], out: str | Path,
              params: CRFParams = CRFParams()) -> TrainReport:
    """Train on ``examples`` and write the model to ``out``."""
    import pycrfsuite

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(params.crfsuite())
    n_seq = n_tok = 0
    views = ([True, False] if params.rule_dropout else [True])
    for ex in with_rules(examples):
        for use_rules in views:
            for tokens, features in document_features(ex.doc, (ex.rules or []) if use_rules else []):
                trainer.append(features, bio_labels(ex.doc, tokens, ex.gold))
                n_seq += 1
                n_tok += len(tokens)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    load_tagger.cache_clear()
    return TrainReport(str(out), len(examples), n_seq, n_tok, round(time.perf_counter() - t0, 2),
                       asdict(params))


def folds(n: int, k: int, seed: int = 0) -> list[list[int]]:
    """``k`` disjoint index lists covering ``range(n)`` (seeded shuffle)."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def cross_validate(examples: Sequence[Example], k: int = 5, seed: int = 0,
                   params: CRFParams = CRFParams()) -> list[list[Entity]]:
    """Model-only predictions for each example by a model not trained on it."""
    from pipeline.ner.model import predict

    with_rules(examples)
    preds: list[list[Entity]] = [[] for _ in examples]
    with tempfile.TemporaryDirectory() as tmp:
        for i, held in enumerate(folds(len(examples), k, seed)):
            path = Path(tmp) / f"fold{i}.crfsuite"
            train_crf([ex for j, ex in enumerate(examples) if j not in held], path, params)
            for j in held:
                preds[j] = predict(examples[j].doc, examples[j].rules, path=path)
    return preds
