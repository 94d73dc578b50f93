"""Robustness to unseen names: substitute people and provinces in gold texts.

The recognisers were developed on the dev texts, so dev scores say little
about names they have never met. This script rewrites every dev document
with new names and measures how many of the substituted mentions are still
found with the right span, type and canonical form:

* PERSON: each Vietnamese full name (known family name, three syllables or
  more) becomes a new name: a family name from
  ``pipeline/data/persons/surnames.txt`` and middle/given syllables drawn
  from other people of the gold, so the combination is new. Its short
  forms ("ông Hưng") are rewritten to the matching final syllables, and must
  resolve to the new full name.
* PROVINCE: each mention written as its canonical name becomes another
  province whose name is the same before and after the 2025 merger
  (``pipeline/data/provinces/provinces.json``), except "Hồ Chí Minh" (a
  person's name unless written "TP.HCM"/"Thành phố ..."), and except after
  "thành phố"/"TP" (there a province's name may be its capital city).

    python eval/robustness.py                      # annotations/dev.jsonl, seeds 0-4
    python eval/robustness.py annotations/test.jsonl --seeds 10 --show
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.ner.lexicon import read_lines  # noqa: E402

SURNAMES = ROOT / "pipeline" / "data" / "persons" / "surnames.txt"
PROVINCES = ROOT / "pipeline" / "data" / "provinces" / "provinces.json"
CITY_WORDS = ("thành phố ", "Thành phố ", "TP ", "TP. ")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def vietnamese_names(docs: list[dict], surnames: set[str]) -> list[list[str]]:
    """Gold PERSON canonicals led by a known family name, three syllables or more."""
    names = {e["canonical"] for d in docs for e in d["entities"] if e["type"] == "PERSON"}
    return [n.split() for n in sorted(names) if len(n.split()) >= 3 and n.split()[0] in surnames]


def new_person(old: list[str], rng: random.Random, surnames: list[str], pool: list[list[str]]) -> list[str]:
    """A new name as long as ``old``, its syllables drawn position by position."""
    out = [rng.choice(surnames)]
    for i in range(1, len(old)):
        out.append(rng.choice([n[min(i, len(n) - 1)] for n in pool]))
    return out


def rewrite(doc: dict, rng: random.Random, surnames: list[str], pool: list[list[str]],
            provinces: list[str]) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The rewritten text and its substituted spans (start, end, type, canonical)."""
    text = doc["text"]
    people: dict[str, list[str]] = {}
    kept = {e["canonical"].split()[-1] for e in doc["entities"]
            if e["type"] == "PERSON" and e["canonical"].split() not in pool}  # people left as they are
    pieces: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = length = 0
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        before = text[max(0, e["start"] - 10):e["start"]]
        if e["type"] == "PERSON" and e["canonical"].split() in pool:
            old = e["canonical"].split()
            if e["canonical"] not in people:
                new = new_person(old, rng, surnames, pool)
                while new[-1] in kept | {n[-1] for n in people.values()}:  # two people, one short form
                    new = new_person(old, rng, surnames, pool)
                people[e["canonical"]] = new
            new = people[e["canonical"]]
            surface = e["text"].split()
            if surface == old:
                repl = new
            elif surface == old[-len(surface):]:
                repl = new[-len(surface):]
            else:
                continue
            surface_new, canonical = " ".join(repl), " ".join(new)
        elif (e["type"] == "PROVINCE" and e["text"] == e["canonical"] != "Hồ Chí Minh"
              and not before.endswith(CITY_WORDS)):
            surface_new = canonical = rng.choice(provinces)
        else:
            continue
        pieces.append(text[pos:e["start"]])
        length += e["start"] - pos
        spans.append((length, length + len(surface_new), e["type"], canonical))
        pieces.append(surface_new)
        length += len(surface_new)
        pos = e["end"]
    pieces.append(text[pos:])
    return "".join(pieces), spans


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT / "annotations" / "dev.jsonl"))
    ap.add_argument("--seeds", type=int, default=5, help="number of random rewrites (seeds 0..N-1)")
    ap.add_argument("--show", action="store_true", help="print every miss in context")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    docs = load(Path(args.gold))
    surnames = read_lines(SURNAMES)
    pool = vietnamese_names(docs, set(surnames))
    data = json.loads(PROVINCES.read_text(encoding="utf-8"))
    provinces = sorted({r["name"] for r in data["pre2025"]} & {r["name"] for r in data["post2025"]} - {"Hồ Chí Minh"})
    nlp = pipeline.load()
    totals = {t: {"mentions": 0, "span": 0, "canonical": 0} for t in ("PERSON", "PROVINCE")}
    for seed in range(args.seeds):
        rng = random.Random(seed)
        for doc in docs:
            text, spans = rewrite(doc, rng, surnames, pool, provinces)
            if not spans:
                continue
            found = {(e.start, e.end, e.type): e.canonical for e in nlp(text).entities}
            for start, end, etype, canonical in spans:
                t = totals[etype]
                t["mentions"] += 1
                got = found.get((start, end, etype))
                t["span"] += got is not None
                t["canonical"] += got == canonical
                if got != canonical and args.show:
                    print(f"seed {seed} {doc['id']} {etype} {text[start:end]!r} -> {got!r} (want {canonical!r}): "
                          f"…{text[max(0, start - 50):end + 20]!r}")
    for t in totals.values():
        n = t["mentions"] or 1
        t["span_recall"] = round(t["span"] / n, 4)
        t["canonical_accuracy"] = round(t["canonical"] / n, 4)
    if args.json:
        print(json.dumps({"gold": args.gold, "seeds": args.seeds, **totals}, ensure_ascii=False))
    else:
        print(f"{len(docs)} documents x {args.seeds} rewrites")
        for etype, t in totals.items():
            print(f"{etype:9s} substituted mentions {t['mentions']:5d}   span recall {100 * t['span_recall']:.1f}%"
                  f"   canonical {100 * t['canonical_accuracy']:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
