"""Recognise page furniture and mark it, never touching the text.

Furniture is what a news page puts around an article: image file names
("chiase.jpg"), agency tags ("(TTXVN)"), photo credits ("(Ảnh: An Đăng/
TTXVN)"), photo captions, bylines ("Thuỳ Linh", "Minh Anh - Quốc Bảo",
"Lê Hiếu (từ Tokyo)") and related-news blocks ("Tin cùng chuyên mục",
"Tin liên quan: ..."). Each becomes a :class:`Furniture` span with a label
(``image``, ``agency``, ``credit``, ``caption``, ``byline``, ``related``);
downstream stages decide what to do with it (facts skip images and related
news; person names in credits and bylines are still people).
All cues are data: ``pipeline/data/cleaning/furniture.json``.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import regex

from pipeline.document import Document, Furniture

DATA = Path(__file__).resolve().parent.parent / "data" / "cleaning" / "furniture.json"


def _alt(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    cfg = json.loads(DATA.read_text(encoding="utf-8"))
    ext = _alt(cfg["image_extensions"])
    agencies = _alt(cfg["agencies"])
    credits = _alt(cfg["credit_words"])
    return {
        "image": regex.compile(rf"[\w\-.]*\w\.(?:{ext})\b", regex.I),
        "agency": regex.compile(rf"\((?:{agencies})\)"),
        # line-bound: [ \t] and [^\r\n] never run into the next line nor take a CR
        "credit": regex.compile(rf"\((?:{credits})\s*:[^()\n]{{1,80}}\)|^(?:{credits})[ \t]*:[^\r\n]{{1,80}}(?=\r?$)", regex.M),
        "related": regex.compile(rf"^(?:{_alt(cfg['related_headers'])})(?:[ \t]*:[^\r\n]*)?[ \t]*(?=\r?$)", regex.M),
        "caption_opener": regex.compile(rf"^(?:{_alt(cfg['caption_openers'])})\b"),
        "photo_marker": regex.compile(rf"\b{cfg['inline_photo_marker']}(?=\p{{Lu}})"),
        "byline": regex.compile(
            r"^(?:\p{Lu}\p{Ll}*\.?\s?)+(?:\s*[-–,/]\s*(?:\p{Lu}\p{Ll}*\s?)+)*"
            r"(?:\s*/\s*[\p{L} ]+)?(?:\s*\((?:từ|tại)\s[^)]{1,40}\))?$"
        ),
        "_limits": cfg,
    }


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def find_furniture(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of furniture in a normalised text."""
    p = _patterns()
    cfg = p["_limits"]
    spans: list[tuple[int, int, str]] = []
    for label in ("image", "agency", "credit", "related"):
        spans.extend((m.start(), m.end(), label) for m in p[label].finditer(text))
    # a header alone on its line ("Tin cùng chuyên mục", "Tin liên quan:") opens a block running to the end
    block = next((a for a, b, lab in spans if lab == "related" and not text[a:b].partition(":")[2].strip()), None)
    if block is not None:
        spans.append((block, len(text.rstrip()), "related"))
    related_from = block if block is not None else len(text) + 1
    related_lines = {a for a, _, lab in spans if lab == "related"}
    content = [(s, line) for s, line in _lines(text)
               if line.strip() and s < related_from and s + len(line) - len(line.lstrip()) not in related_lines]
    previous_is_image = False
    for idx, (s, line) in enumerate(content):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        whole = (s + lead, s + len(line.rstrip()))
        words = stripped.split()
        is_last = idx == len(content) - 1
        credit = next(((a, b) for a, b, lab in spans if lab == "credit" and s <= a and b <= s + len(line)), None)
        if credit and credit != whole and len(words) <= cfg["max_caption_words"] and idx > 0:
            spans.append((*whole, "caption"))  # a line ending with a photo credit
        elif (is_last and idx > 0 and len(words) <= cfg["max_byline_words"]
              and p["byline"].match(stripped)):
            spans.append((*whole, "byline"))
        elif previous_is_image and len(words) <= cfg["max_caption_words"] and not stripped.endswith((".", ":")):
            spans.append((*whole, "caption"))  # the line under an image file name
        elif (idx > 0 and not is_last and len(words) <= 12 and p["caption_opener"].match(stripped)
              and not stripped.endswith(":")):
            spans.append((*whole, "caption"))
        for m in p["photo_marker"].finditer(line):
            spans.append((s + m.start(), s + m.end(), "caption"))
        previous_is_image = any(lab == "image" and (a, b) == whole for a, b, lab in spans)
    return sorted(set(spans))


def component(doc: Document) -> Document:
    """Set ``doc.furniture`` (raw offsets)."""
    found = []
    for start, end, label in find_furniture(doc.norm.text):
        s, e = doc.raw_span(start, end)
        found.append(Furniture(s, e, doc.text[s:e], label))
    doc.furniture = found
    return doc
