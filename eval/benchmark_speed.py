"""Throughput of the whole pipeline versus underthesea's ``ner()``.

Both run on the same texts, in one process on one core (pin it with
``taskset -c 0`` for a clean figure). Model loading and the first call are
warm-up and not timed. Prints characters per second for each and the ratio.

    python eval/benchmark_speed.py corpora --repeat 3
    python eval/benchmark_speed.py annotations/test.jsonl --json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.io.readers import InputError, expand, read_documents  # noqa: E402


def load_texts(paths: list[str]) -> list[str]:
    texts = []
    for item in read_documents(expand(paths)):
        if isinstance(item, InputError):
            print(f"skipped: {item}", file=sys.stderr)
        else:
            texts.append(item.text)
    return texts


def time_it(fn, texts: list[str], repeat: int) -> float:
    """Best wall time over ``repeat`` passes of ``fn`` over all texts."""
    fn(texts[0])  # warm-up: lazy model loads
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def underthesea_ner(text: str):
    """underthesea's ner() on each line (it is meant for sentences)."""
    from underthesea import ner

    return [ner(line) for line in text.split("\n") if line.strip()]


def measure(texts: list[str], repeat: int, ner_mode: str = "rules") -> dict:
    import pipeline

    nlp = pipeline.load(ner=ner_mode)
    chars = sum(len(t) for t in texts)
    ours = time_it(nlp, texts, repeat)
    theirs = time_it(underthesea_ner, texts, repeat)
    return {
        "documents": len(texts),
        "characters": chars,
        "pipeline_chars_per_s": round(chars / ours),
        "underthesea_ner_chars_per_s": round(chars / theirs),
        "ratio": round(theirs / ours, 1),
        "ner_mode": ner_mode,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help=".txt files, folders, or JSONL with id/text")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ner", default="rules", help="entity mode of our pipeline")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = measure(load_texts(args.inputs), args.repeat, args.ner)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['documents']} documents, {result['characters']} characters")
        print(f"pipeline ({args.ner}): {result['pipeline_chars_per_s']:>10,} chars/s")
        print(f"underthesea ner():  {result['underthesea_ner_chars_per_s']:>10,} chars/s")
        print(f"ratio: {result['ratio']}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
