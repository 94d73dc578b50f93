"""Rules vs model vs combined entity recognition: dev cross-validation and test ablation.

Usage::

    /work/venv/bin/python eval/ablation.py [--dev annotations/dev.jsonl]
        [--test annotations/test.jsonl] [--folds 5] [--seed 0] [--grid]
        [--json models/ablation.json]

* Dev: ``--folds``-fold cross-validation of the CRF (each document tagged by
  a model trained on the other folds), every combination strategy scored
  (strict micro and per-type F1); ``--grid`` also tries a few L-BFGS
  regularisation settings. These numbers pick the strategy and the
  hyper-parameters.
* Test: a CRF trained on all of dev (same parameters) tags the test split,
  scored for rules only, model only and the default combination. The test
  split is never used to choose anything.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.document import ENTITY_TYPES, Entity  # noqa: E402
from pipeline.evaluation.entities import SCHEMES, EntityDocScore, combine, score_document  # noqa: E402
from pipeline.evaluation.records import EntitySpan  # noqa: E402
from pipeline.ner import model  # noqa: E402
from pipeline.ner.model.corpus import Example, read_examples  # noqa: E402
from pipeline.ner.model.train import CRFParams, cross_validate, train_crf, with_rules  # noqa: E402

GRID = [CRFParams(c1=c1, c2=c2) for c1 in (0.01, 0.05, 0.2) for c2 in (0.01, 0.05, 0.2)]


def _spans(entities: Sequence[Entity]) -> list[EntitySpan]:
    return [EntitySpan(e.start, e.end, e.type, e.text, e.canonical) for e in entities]


def strict_scores(examples: Sequence[Example], predictions: Sequence[Sequence[Entity]]) -> dict:
    """Strict P/R/F1, micro and per type, over all documents."""
    total: EntityDocScore = combine(score_document(_spans(ex.gold), _spans(p), SCHEMES["strict"])
                                    for ex, p in zip(examples, predictions))

    def row(t) -> dict:
        return {"p": round(t.precision, 4), "r": round(t.recall, 4), "f1": round(t.f1, 4),
                "gold": t.possible, "pred": t.actual}

    return {"micro": row(total.micro), **{k: row(total.per_type[k]) for k in ENTITY_TYPES}}


def strategy_scores(examples: Sequence[Example], model_preds: Sequence[Sequence[Entity]]) -> dict:
    return {s: strict_scores(examples, [model.combine(ex.doc, ex.rules or [], m, s)
                                        for ex, m in zip(examples, model_preds)])
            for s in model.STRATEGIES}


def table(scores: dict) -> str:
    head = "| system | micro P | micro R | micro F1 | " + " | ".join(ENTITY_TYPES) + " |"
    lines = [head, "|" + " --- |" * (4 + len(ENTITY_TYPES))]
    for name, s in scores.items():
        m = s["micro"]
        lines.append(f"| {name} | {m['p']:.3f} | {m['r']:.3f} | {m['f1']:.3f} | "
                     + " | ".join(f"{s[t]['f1']:.3f}" for t in ENTITY_TYPES) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", default=str(ROOT / "annotations/dev.jsonl"))
    ap.add_argument("--test", default=str(ROOT / "annotations/test.jsonl"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--grid", action="store_true", help="also cross-validate a small c1/c2 grid")
    ap.add_argument("--json", default=str(ROOT / "models/ablation.json"))
    args = ap.parse_args()

    dev = with_rules(read_examples(args.dev))
    result: dict = {"dev_documents": len(dev), "folds": args.folds, "seed": args.seed}
    if args.grid:
        result["grid"] = {}
        for params in GRID:
            preds = cross_validate(dev, args.folds, args.seed, params)
            s = strict_scores(dev, preds)
            result["grid"][f"c1={params.c1} c2={params.c2}"] = s["micro"]["f1"]
            print(f"c1={params.c1} c2={params.c2}: model-only CV micro F1 {s['micro']['f1']:.4f}", flush=True)
    cv = cross_validate(dev, args.folds, args.seed)
    result["dev_cv"] = strategy_scores(dev, cv)
    print(f"\nDev {args.folds}-fold CV (strict):\n" + table(result["dev_cv"]), flush=True)

    test = with_rules(read_examples(args.test))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.crfsuite"
        report = train_crf(dev, path)
        t0 = time.perf_counter()
        preds = [model.predict(ex.doc, ex.rules, path=path) for ex in test]
        seconds = time.perf_counter() - t0
    chars = sum(len(ex.doc.text) for ex in test)
    result["train"] = report.__dict__ | {"path": "models/ner-crf.crfsuite"}
    result["tagging_chars_per_second"] = round(chars / seconds)
    result["test"] = {
        "rules": strict_scores(test, [ex.rules or [] for ex in test]),
        "model": strict_scores(test, preds),
        f"combined ({model.DEFAULT_STRATEGY})": strict_scores(
            test, [model.combine(ex.doc, ex.rules or [], p) for ex, p in zip(test, preds)]),
    }
    print(f"\nTest split (strict, {len(test)} documents):\n" + table(result["test"]))
    print(f"\nCRF tagging (features + Viterbi, rules given): {result['tagging_chars_per_second']} chars/s")
    Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
