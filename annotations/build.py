"""Build the gold JSONL files from the hand-written sources in ``src/``.

Annotators write one ``src/<id>.json`` per document, listing every entity
mention and every fact *in reading order* by its surface text; this script
anchors each one to its character offsets (the next whole-word occurrence
after the previous span of the same list), so nobody counts characters by
hand. A span that cannot be anchored is an error.

Source format::

    {"id": "s01", "file": "corpora/dev/s01.txt",
     "entities": [["Cần Thơ", "PROVINCE", "Cần Thơ"],
                  ["Bộ Ngoại giao", "MINISTRY", "Bộ Ngoại giao"],
                  ["Chỉ thị 15-CT/TW", "RESOLUTION", "Chỉ thị 15-CT/TW", {"issuer": "Ban Bí thư"}]],
     "facts": [["Ngày 14/3/2024", "date", "2024-03-14"],
               ["hơn 250 đại biểu", "count", 250, {"unit": "đại biểu", "approx": ">"}]]}

An optional last object holds extra keys; ``{"skip": N}`` skips N earlier
whole-word occurrences after the cursor (rarely needed).

Usage: ``python annotations/build.py`` writes ``dev.jsonl`` and ``test.jsonl``
per ``split.json``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def find_word(text: str, needle: str, cursor: int, skip: int = 0) -> int:
    """Offset of the next occurrence of ``needle`` at word boundaries."""
    pos = cursor
    while True:
        i = text.find(needle, pos)
        if i < 0:
            return -1
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(needle)] if i + len(needle) < len(text) else " "
        ok_left = not (_is_word_char(before) and _is_word_char(needle[0]))
        ok_right = not (_is_word_char(after) and _is_word_char(needle[-1]))
        if ok_left and ok_right:
            if skip == 0:
                return i
            skip -= 1
        pos = i + 1


def anchor(doc_id: str, text: str, items: list, make) -> list[dict]:
    out: list[dict] = []
    cursor = 0
    for item in items:
        extra = item[-1] if isinstance(item[-1], dict) else {}
        surface = item[0]
        start = find_word(text, surface, cursor, extra.get("skip", 0))
        if start < 0:
            raise SystemExit(f"{doc_id}: cannot anchor {surface!r} after offset {cursor}")
        end = start + len(surface)
        span = make(item, extra)
        span = {"start": start, "end": end, **span}
        span.pop("skip", None)
        out.append(span)
        cursor = end
    return out


def make_entity(item: list, extra: dict) -> dict:
    surface, etype, canonical = item[0], item[1], item[2]
    return {"type": etype, "text": surface, "canonical": canonical, **extra}


def make_fact(item: list, extra: dict) -> dict:
    surface, kind, value = item[0], item[1], item[2]
    fact = {"text": surface, "kind": kind, "value": value, "unit": None, "approx": "=", "change": None}
    fact.update(extra)
    return fact


def build_document(src: dict) -> dict:
    path = ROOT / src["file"]
    text = path.read_text(encoding="utf-8")
    doc_id = src["id"]
    entities = anchor(doc_id, text, src.get("entities", []), make_entity)
    facts = anchor(doc_id, text, src.get("facts", []), make_fact)
    return {
        "id": doc_id,
        "text": text,
        "meta": {"source": path.name, "annotator": src.get("annotator", "hand")},
        "entities": sorted(entities, key=lambda s: s["start"]),
        "facts": sorted(facts, key=lambda s: s["start"]),
    }


def main() -> int:
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    for part, ids in split.items():
        lines = []
        for doc_id in ids:
            src_path = HERE / "src" / f"{doc_id}.json"
            if not src_path.exists():
                print(f"warning: {src_path.name} missing, {part} is incomplete", file=sys.stderr)
                continue
            doc = build_document(json.loads(src_path.read_text(encoding="utf-8")))
            lines.append(json.dumps(doc, ensure_ascii=False))
        (HERE / f"{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{part}: {len(lines)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
