"""Links between facts of one document: comparison baselines and the
document's year for completing partial dates."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.document import Document, Fact
from pipeline.facts import lexicon

_FULL_DATE = regex.compile(r"(\d{4})-\d{2}-\d{2}")
_META_YEAR = regex.compile(r"(\d{4})(?:-\d{2}){0,2}")
#: How many lines at the top of a document may hold its dateline/timestamp.
DATELINE_LINES = 4


@lru_cache(maxsize=1)
def _compared() -> regex.Pattern[str]:
    """"so với [cùng kỳ] ..." after a fact: a fact starting in ``rest`` is its baseline."""
    return regex.compile(rf"\s*,?\s*{lexicon.g('compare')}\s+(?P<rest>[^.;!?\n]{{0,40}})", regex.I)


def link_baselines(text: str, facts: list[Fact]) -> None:
    """``attrs["baseline"]`` = index of the fact compared with ("tăng 60% so
    với 186 đoàn"); ``facts`` must be sorted by start."""
    for i, fact in enumerate(facts):
        m = _compared().match(text, fact.end)
        if not m:
            continue
        for j in range(i + 1, len(facts)):
            if facts[j].start >= m.end("rest"):
                break
            if facts[j].start >= m.start("rest"):
                fact.attrs["baseline"] = j
                break


def document_year(doc: Document, facts: list[Fact]) -> str | None:
    """The year the document was written: ``doc.meta["date"]``, else the year
    of the first full date in its first :data:`DATELINE_LINES` lines."""
    meta = doc.meta.get("date")
    if isinstance(meta, str) and (m := _META_YEAR.match(meta)):
        return m.group(1)
    top = len("\n".join(doc.text.split("\n")[:DATELINE_LINES]))
    for f in facts:
        if f.start > top:
            break
        if f.kind == "date" and isinstance(f.value, str) and (m := _FULL_DATE.fullmatch(f.value)):
            return m.group(1)
    return None
