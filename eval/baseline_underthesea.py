"""Baseline: underthesea's ``ner()`` on the gold texts, in the shared format.

Each non-blank line (paragraph) of a gold text is split with underthesea's
``sent_tokenize`` and each sentence goes to ``underthesea.ner`` (per sentence
scores a little higher and runs faster than whole paragraphs); the B-/I-
tags are joined into spans (an ``I-`` after ``O`` or after another type
starts a new span) and mapped PER -> PERSON, ORG -> MINISTRY,
LOC -> PROVINCE (other labels are dropped). underthesea returns rewritten
words (NFC, modern tone marks: "Hoà" -> "Hòa"), so each token is located in
the raw text syllable by syllable, left to right, on the folded view
(:func:`pipeline.text.normalize.fold`) and mapped back to raw offsets; a
token that cannot be found is skipped. ``canonical`` is the span text.
The baseline predicts no facts.

Usage::

    python eval/baseline_underthesea.py annotations/test.jsonl -o baseline.jsonl
    vndiplo eval --gold annotations/test.jsonl --pred baseline.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.evaluation.loaders import load_documents  # noqa: E402
from pipeline.evaluation.predict import WARMUP_TEXT, throughput  # noqa: E402
from pipeline.evaluation.records import AnnotatedDoc, EntitySpan  # noqa: E402
from pipeline.text.normalize import fold, normalize  # noqa: E402

LABELS = {"PER": "PERSON", "ORG": "MINISTRY", "LOC": "PROVINCE"}

Tagger = Callable[[str], Sequence[tuple]]


def underthesea_tagger() -> Tagger:
    """``ner`` over the sentences of a paragraph, tokens concatenated."""
    from underthesea import ner, sent_tokenize

    def tag(paragraph: str) -> list[tuple]:
        return [token for sentence in sent_tokenize(paragraph) for token in ner(sentence)]
    return tag


def tag_spans(tagged: Iterable[tuple]) -> list[tuple[int, int, str]]:
    """``(first token, last token + 1, label)`` runs from ``(word, ..., tag)`` tuples."""
    spans: list[list[Any]] = []
    previous = "O"
    for i, item in enumerate(tagged):
        tag = item[-1]
        if tag == "O" or "-" not in tag:
            previous = "O"
            continue
        prefix, label = tag.split("-", 1)
        if prefix == "I" and previous == label and spans:
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1, label])
        previous = label
    return [(s, e, label) for s, e, label in spans]


def locate_tokens(raw: str, words: Sequence[str], offset: int = 0) -> list[tuple[int, int] | None]:
    """Raw ``(start, end)`` of each word in ``raw`` (plus ``offset``), searched left to right."""
    norm = normalize(raw)
    folded = fold(norm.text)
    cursor = 0
    out: list[tuple[int, int] | None] = []
    for word in words:
        start = end = None
        pos = cursor
        for syllable in fold(word).split():
            i = folded.find(syllable, pos)
            if i < 0:
                start = None
                break
            if start is None:
                start = i
            end = pos = i + len(syllable)
        if start is None or end is None:
            out.append(None)
            continue
        cursor = end
        s, e = norm.to_raw(start, end)
        out.append((s + offset, e + offset))
    return out


def predict_document(doc: AnnotatedDoc, tagger: Tagger) -> AnnotatedDoc:
    entities = []
    offset = 0
    for paragraph in doc.text.splitlines(keepends=True):
        if paragraph.strip():
            tagged = list(tagger(paragraph.strip()))
            lead = len(paragraph) - len(paragraph.lstrip())
            places = locate_tokens(paragraph[lead:], [t[0] for t in tagged], offset + lead)
            for first, last, label in tag_spans(tagged):
                if label not in LABELS:
                    continue
                found = [p for p in places[first:last] if p is not None]
                if not found:
                    continue
                s, e = found[0][0], found[-1][1]
                entities.append(EntitySpan(s, e, LABELS[label], doc.text[s:e], doc.text[s:e]))
        offset += len(paragraph)
    return AnnotatedDoc(doc.id, doc.text, tuple(entities), (), dict(doc.meta))


def run_baseline(gold: Sequence[AnnotatedDoc], tagger: Tagger | None = None
                 ) -> tuple[list[AnnotatedDoc], dict[str, Any]]:
    """Predictions for every gold text and the throughput (after one warm-up call)."""
    tagger = tagger or underthesea_tagger()
    tagger(WARMUP_TEXT)
    seconds = 0.0
    preds = []
    for doc in gold:
        t0 = time.perf_counter()
        preds.append(predict_document(doc, tagger))
        seconds += time.perf_counter() - t0
    return preds, throughput(sum(len(d.text) for d in gold), seconds)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold annotation JSONL (only the texts are used)")
    parser.add_argument("-o", "--out", type=Path, required=True, help="predictions JSONL to write")
    args = parser.parse_args(argv)
    preds, speed = run_baseline(load_documents(args.gold))
    with open(args.out, "w", encoding="utf-8") as fh:
        for doc in preds:
            fh.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
    print(f"{len(preds)} documents, {speed['characters']} characters in {speed['seconds']:.1f} s "
          f"({speed['chars_per_second']:.0f} characters/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
