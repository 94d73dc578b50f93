"""Canonical names for entities the model finds.

MINISTRY, PROVINCE and RESOLUTION go through the rule stage's
``pipeline.ner.canonicalize(type, surface)`` when it exists. A PERSON takes
the fullest name of the document that the mention can refer to, by the
persons recogniser's compatibility test ("Lê Thu Hằng" -> "Lê Thị Thu
Hằng", "Blinken" -> "Antony Blinken"), else its own surface.
"""
from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence

from pipeline.document import Entity
from pipeline.ner.person_coref import compatible
from pipeline.ner.person_lexicon import lexicon
from pipeline.text.normalize import fold


@functools.lru_cache(maxsize=1)
def _rule_canonicalize() -> Callable[[str, str], str] | None:
    return getattr(importlib.import_module("pipeline.ner"), "canonicalize", None)


def person_canonical(surface: str, names: Sequence[str]) -> str:
    """The fullest of ``names`` that ``surface`` can refer to, when it is unique.

    Compatibility is the persons recogniser's
    (:func:`pipeline.ner.person_coref.compatible`); a surface that fits two
    different maximal names, or none, keeps its own form.
    """
    surnames = lexicon().surnames
    short = fold(surface).split()
    fulls: dict[str, str] = {}
    for name in names:
        fulls.setdefault(fold(name), name)
    info = {k: (k.split(), name.split()[0] in surnames and "-" not in name) for k, name in fulls.items()}
    cands = [k for k, (toks, vn) in info.items() if len(toks) > len(short) and compatible(short, toks, vn)]
    tops = [k for k in cands if not any(o != k and len(info[o][0]) > len(info[k][0])
                                        and compatible(info[k][0], *info[o]) for o in cands)]
    return fulls[tops[0]] if len(tops) == 1 else surface


def canonicalize(entity: Entity, person_names: Sequence[str]) -> str:
    """Canonical name of a model entity; ``person_names`` are the document's full names."""
    if entity.type == "PERSON":
        return person_canonical(entity.text, person_names)
    rule = _rule_canonicalize()
    return rule(entity.type, entity.text) if rule else entity.text
