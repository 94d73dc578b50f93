"""The underthesea baseline's span assembly (with a fake tagger) and the Markdown report."""
from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import baseline_underthesea as baseline  # noqa: E402
import report  # noqa: E402

from pipeline.evaluation import documents_from_objects, evaluate  # noqa: E402


def test_tag_spans_joins_b_and_i_and_splits_on_type_change():
    tagged = [("Ông", "O"), ("Nguyễn Văn", "B-PER"), ("A", "I-PER"), ("ở", "O"),
              ("Hà Nội", "I-LOC"), ("Bộ", "B-ORG"), ("x", "I-LOC"), ("y", "B-MISC")]
    assert baseline.tag_spans(tagged) == [(1, 3, "PER"), (4, 5, "LOC"), (5, 6, "ORG"), (6, 7, "LOC"),
                                          (7, 8, "MISC")]


def test_locate_tokens_through_rewritten_tone_marks_and_spaces():
    raw = "Ở  Hoà Bình,\u00a0ông A."
    places = baseline.locate_tokens(raw, ["Ở", "Hòa Bình", ",", "ông", "Z", "A", "."], offset=10)
    assert places == [(10, 11), (13, 21), (21, 22), (23, 26), None, (27, 28), (28, 29)]


def fake_tagger(paragraph: str) -> list[tuple]:
    """Tags "Hòa Bình" as LOC and "Nguyễn An" as PER, word per syllable otherwise."""
    words = paragraph.replace("Hoà", "Hòa").split()
    out, i = [], 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if pair in ("Hòa Bình", "Nguyễn An"):
            out.append((pair, "B-LOC" if pair == "Hòa Bình" else "B-PER"))
            i += 2
        else:
            out.append((words[i], "O"))
            i += 1
    return out


def test_baseline_predicts_raw_offsets_per_paragraph():
    text = "Tỉnh Hoà Bình đón đoàn.\n\n  Ông Nguyễn An phát biểu."
    gold = documents_from_objects([{"id": "d", "text": text, "entities": [], "facts": []}])
    (pred,), speed = baseline.run_baseline(gold, fake_tagger)
    assert [(e.start, e.end, e.type, e.text) for e in pred.entities] == [
        (5, 13, "PROVINCE", "Hoà Bình"), (31, 40, "PERSON", "Nguyễn An")]
    assert pred.facts == () and speed["characters"] == len(text)


def test_markdown_table():
    doc = {"id": "d", "text": "Hà Nội", "entities": [
        {"start": 0, "end": 6, "type": "PROVINCE", "text": "Hà Nội", "canonical": "Hà Nội"}], "facts": []}
    gold = documents_from_objects([doc])
    card = evaluate(gold, gold, bootstrap=0)
    card.extra["throughput"] = {"characters": 6, "seconds": 0.5, "chars_per_second": 12.0}
    slow = evaluate(gold, [], bootstrap=0)
    slow.extra["throughput"] = {"characters": 6, "seconds": 2.0, "chars_per_second": 3.0}
    md = report.markdown({"dev": {"ours": card.to_json(), "baseline": slow.to_json()}}, bootstrap=0, seed=0)
    assert "| metric | vndiplo dev | underthesea dev |" in md
    assert "| **entities strict F1** (micro) | 100.0 | 0.0 |" in md
    assert "| facts value accuracy (of detected) | n/a | n/a |" in md
    assert "| throughput (characters/s) | 12 | 3 |" in md
    assert "dev: 4.0×" in md
