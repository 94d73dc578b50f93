"""Read input documents: .txt files, folders of them, and JSONL files.

A JSONL line needs ``id`` and ``text``; other keys (an annotation file's
``entities``/``facts``) are ignored, ``meta`` is kept. Every problem becomes
an :class:`InputError` naming the file, the line where there is one, and the
reason, so a batch run can report it and go on with the other documents.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.document import Document

SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class InputError:
    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


def expand(paths: Iterable[str | Path]) -> list[Path | InputError]:
    """Files named or found (recursively, sorted) in folders, or errors."""
    found: list[Path | InputError] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            found.append(InputError(str(path), "no such file or directory"))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                found.append(InputError(str(path), "folder holds no .txt or .jsonl file"))
            found.extend(files)
        elif path.suffix.lower() not in SUFFIXES:
            found.append(InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; expected .txt or .jsonl"))
        else:
            found.append(path)
    return found


def _decode(path: Path, data: bytes) -> str | InputError:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(str(path), f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})")


def read_txt(path: Path) -> Document | InputError:
    text = _decode(path, path.read_bytes())
    if isinstance(text, InputError):
        return text
    if not text.strip():
        return InputError(str(path), "empty file")
    return Document(id=path.stem, text=text, meta={"source": path.name})


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    text = _decode(path, path.read_bytes())
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield InputError(str(path), "empty file")
        return
    # split on "\n" only: str.splitlines() also breaks at U+2028/U+0085, which
    # JSON strings may hold unescaped; a leading BOM is not part of the JSON
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(str(path), f"malformed JSON ({err.msg} at column {err.colno})", number)
            continue
        if not isinstance(record, dict):
            yield InputError(str(path), "a line must be a JSON object", number)
            continue
        doc_id, body = record.get("id"), record.get("text")
        if not isinstance(doc_id, str) or not doc_id:
            yield InputError(str(path), "missing or empty string field 'id'", number)
        elif not isinstance(body, str):
            yield InputError(str(path), "missing string field 'text'", number)
        elif not body.strip():
            yield InputError(str(path), f"document {doc_id!r} has empty text", number)
        else:
            meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
            meta = {"source": f"{path.name}:{number}", **meta}
            yield Document(id=doc_id, text=body, meta=meta)


def count_documents(items: list[Path | InputError]) -> int:
    """How many documents (or errors) reading ``items`` will yield, roughly."""
    total = 0
    for item in items:
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            with item.open("rb") as fh:
                total += sum(1 for line in fh if line.strip()) or 1
        else:
            total += 1
    return total


def read_documents(items: Iterable[Path | InputError]) -> Iterator[Document | InputError]:
    """Documents of expanded inputs, in order, with errors in place."""
    for item in items:
        if isinstance(item, InputError):
            yield item
        elif item.suffix.lower() == ".jsonl":
            yield from read_jsonl(item)
        else:
            yield read_txt(item)
