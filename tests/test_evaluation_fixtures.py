"""Small hand-made annotation documents shared by the evaluation tests (no tests here)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TEXT = "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn thăm Đà Nẵng ngày 12/8 cùng hơn 300 đại biểu."


def span(text: str, needle: str, **fields: Any) -> dict[str, Any]:
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle, **fields}


def good_doc(doc_id: str = "d1") -> dict[str, Any]:
    return {
        "id": doc_id,
        "text": TEXT,
        "meta": {"source": "test"},
        "entities": [
            span(TEXT, "Bộ Ngoại giao", type="MINISTRY", canonical="Bộ Ngoại giao"),
            span(TEXT, "Bùi Thanh Sơn", type="PERSON", canonical="Bùi Thanh Sơn"),
            span(TEXT, "Đà Nẵng", type="PROVINCE", canonical="Đà Nẵng"),
        ],
        "facts": [
            span(TEXT, "ngày 12/8", kind="date", value="--08-12"),
            span(TEXT, "hơn 300 đại biểu", kind="count", value=300, unit="đại biểu", approx=">"),
        ],
    }


def write_jsonl(path: Path, objects: list[Any]) -> Path:
    path.write_text("".join((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n"
                            for o in objects), encoding="utf-8")
    return path
