"""Numeric facts of Vietnamese diplomatic news (counts, money, shares, dates,
periods, durations, ranks) with normalised values.

>>> from pipeline.facts import extract
>>> [(f.kind, f.value, f.unit) for f in extract("hơn 300 đại biểu dự ngày 12/8")]
[('count', 300, 'đại biểu'), ('date', '--08-12', None)]

:func:`extract` works on any (normalised) string; :func:`component` is the
pipeline stage that fills ``doc.facts``.
"""
from __future__ import annotations

from pipeline.document import Document
from pipeline.facts.extract import FactMatch, extract
from pipeline.facts.links import document_year, link_baselines

__all__ = ["FactMatch", "extract", "component"]

#: Furniture labels whose numbers are never facts.
SKIPPED_FURNITURE = ("image", "related")


def component(doc: Document) -> Document:
    """Set ``doc.facts``: facts of ``doc.norm.text`` that overlap no entity
    and lie in no image/related furniture, sorted by start, with
    ``attrs["baseline"]`` for compared facts and ``attrs["completed"]`` for
    partial dates the document's own date completes."""
    entities = sorted((e.start, e.end) for e in doc.entities)
    skipped = [f for f in doc.furniture if f.label in SKIPPED_FURNITURE]
    facts = []
    for m in extract(doc.norm.text):
        fields = {"unit": m.unit, "approx": m.approx, "change": m.change, "total": m.total}
        fact = doc.make_fact(m.start, m.end, m.kind, m.value, **fields)
        if any(s < fact.end and fact.start < e for s, e in entities):
            continue
        if any(f.start <= fact.start and fact.end <= f.end for f in skipped):
            continue
        facts.append(fact)
    facts.sort(key=lambda f: f.start)
    link_baselines(doc.text, facts)
    year = document_year(doc, facts)
    if year:
        for f in facts:
            if f.kind == "date" and isinstance(f.value, str) and f.value.startswith("--"):
                f.attrs["completed"] = year + f.value[1:]
    doc.facts = facts
    return doc
