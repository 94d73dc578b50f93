"""Stable identifiers for knowledge-base records."""
from __future__ import annotations

import hashlib

import regex

from pipeline.text.normalize import fold

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def entity_id(etype: str, canonical: str) -> str:
    """``type:slug`` from the type and the folded canonical name.

    Diacritics are kept ("person:lê-văn-hưng" and "person:lê-văn-hùng" are
    different people); case, Unicode form and tone placement are not.
    """
    slug = _NON_WORD.sub("-", fold(canonical)).strip("-")
    return f"{etype.lower()}:{slug}"


def checksum(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
