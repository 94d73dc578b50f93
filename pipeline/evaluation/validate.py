"""Check annotation JSONL files against the schema and the annotation guide.

Every problem is one :class:`Problem` (file, line, document id, span, what is
wrong); nothing stops at the first one. Checks, beyond the JSON Schema
(draft 2020-12, ``pipeline/data/schema/annotation.schema.json``):

- ``text``: the span text equals the document text at its offsets;
- ``offsets``: ``end > start`` and ``end <= len(text)``;
- ``overlap``: entities do not overlap each other, facts do not overlap each
  other, and no fact overlaps an entity;
- ``value``: the value has the form of its kind (date: an ISO string;
  period: a list of two; other kinds: a number), a date is a real calendar
  date, and a whole number is written without a fraction (also ``total``);
  a money unit is an ISO 4217 code and a percent unit is ``%``;
- ``duplicate-id``: a document id seen before (across all files checked).

An item the schema already rejected is not checked further, so one mistake
gives one line.
"""
from __future__ import annotations

import datetime
import functools
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from jsonschema import Draft202012Validator

from pipeline.evaluation.loaders import read_jsonl

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "schema" / "annotation.schema.json"
_ISO4217 = regex.compile(r"^[A-Z]{3}$")


@functools.lru_cache(maxsize=1)
def schema_validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    doc_id: str | None
    code: str
    message: str
    where: str = ""
    """``entities[3] 12-25 'Bùi Thanh Sơn'`` when the problem has a span."""

    def __str__(self) -> str:
        parts = [f"{self.path}:{self.line}", self.doc_id or "?", self.code]
        if self.where:
            parts.append(self.where)
        return ": ".join(parts) + f": {self.message}"


@dataclass
class ValidationReport:
    problems: list[Problem] = field(default_factory=list)
    documents: int = 0
    entity_types: Counter = field(default_factory=Counter)
    fact_kinds: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.problems


def _where(list_name: str, index: int, item: Any) -> str:
    if isinstance(item, dict):
        return f"{list_name}[{index}] {item.get('start')}-{item.get('end')} {item.get('text')!r}"
    return f"{list_name}[{index}]"


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _date_problem(value: str) -> str | None:
    """Why an ISO date string (already of the schema's shape) is not a real date."""
    if value.startswith("--"):
        month, _, day = value[2:].partition("-")
        year = "2000"  # a leap year, so --02-29 is allowed
    else:
        year, _, rest = value.partition("-")
        month, _, day = rest.partition("-")
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        return f"{value!r} is not a calendar date ({exc})"
    return None


def value_problems(fact: dict[str, Any]) -> list[str]:
    """What is wrong with a fact's value, total and unit for its kind."""
    kind, value, out = fact.get("kind"), fact.get("value"), []
    if kind == "date":
        if not isinstance(value, str):
            out.append(f"a date value is an ISO string, not {value!r}")
        elif problem := _date_problem(value):
            out.append(problem)
    elif kind == "period":
        if not (isinstance(value, list) and len(value) == 2):
            out.append(f"a period value is a list of two ISO strings, not {value!r}")
        else:
            out.extend(p for v in value if isinstance(v, str) and (p := _date_problem(v)))
    elif not _is_number(value):
        out.append(f"a {kind} value is a number, not {value!r}")
    for key in ("value", "total"):
        x = fact.get(key)
        if isinstance(x, float) and x.is_integer():
            out.append(f"{key} {x!r} is a whole number: write it without a fraction ({int(x)})")
    unit = fact.get("unit")
    if kind == "money" and isinstance(unit, str) and not _ISO4217.match(unit):
        out.append(f"a money unit is an ISO 4217 code (USD, VND, EUR), not {unit!r}")
    if kind == "percent" and isinstance(unit, str) and unit != "%":
        out.append(f"a percent unit is '%', not {unit!r}")
    return out


def _spans(obj: dict[str, Any], list_name: str, skip: set[int]) -> list[tuple[int, dict[str, Any]]]:
    items = obj.get(list_name)
    if not isinstance(items, list):
        return []
    return [(i, x) for i, x in enumerate(items)
            if i not in skip and isinstance(x, dict) and _is_int(x.get("start")) and _is_int(x.get("end"))]


def _overlaps(a: list[tuple[str, int, dict]], b: list[tuple[str, int, dict]] | None = None
              ) -> list[tuple[tuple[str, int, dict], tuple[str, int, dict]]]:
    """Overlapping pairs within ``a`` (``b`` is None) or between ``a`` and ``b``."""
    out = []
    if b is None:
        items = sorted(a, key=lambda x: (x[2]["start"], x[2]["end"]))
        for i, x in enumerate(items):
            for y in items[i + 1:]:
                if y[2]["start"] >= x[2]["end"]:
                    break
                out.append((x, y))
        return out
    for x in a:
        for y in b:
            if max(x[2]["start"], y[2]["start"]) < min(x[2]["end"], y[2]["end"]):
                out.append((x, y))
    return out


def validate_object(obj: Any) -> list[tuple[str, str, str]]:
    """Problems of one parsed line as ``(code, where, message)`` triples."""
    if not isinstance(obj, dict):
        return [("schema", "", "a line must hold a JSON object")]
    problems: list[tuple[str, str, str]] = []
    bad: dict[str, set[int]] = {"entities": set(), "facts": set()}
    for error in schema_validator().iter_errors(obj):
        path = list(error.absolute_path)
        where = ""
        if len(path) >= 2 and path[0] in bad and isinstance(path[1], int):
            bad[path[0]].add(path[1])
            items = obj.get(path[0])
            where = _where(path[0], path[1], items[path[1]])
            field_name = ".".join(str(p) for p in path[2:])
            message = f"{field_name}: {error.message}" if field_name else error.message
        else:
            message = f"{'.'.join(str(p) for p in path) or 'document'}: {error.message}"
        problems.append(("schema", where, message))
    text = obj.get("text") if isinstance(obj.get("text"), str) else None
    spans: dict[str, list[tuple[str, int, dict]]] = {}
    for list_name in ("entities", "facts"):
        checked = []
        for i, item in _spans(obj, list_name, bad[list_name]):
            where = _where(list_name, i, item)
            start, end = item["start"], item["end"]
            if end <= start:
                problems.append(("offsets", where, f"end {end} must be greater than start {start}"))
                continue
            if text is not None and end > len(text):
                problems.append(("offsets", where, f"end {end} is past the end of the text ({len(text)})"))
                continue
            if text is not None and text[start:end] != item.get("text"):
                problems.append(("text", where, f"the document has {text[start:end]!r} at {start}-{end}"))
            if list_name == "facts":
                problems.extend(("value", where, m) for m in value_problems(item))
            checked.append((list_name, i, item))
        spans[list_name] = checked
    for x, y in (_overlaps(spans["entities"]) + _overlaps(spans["facts"])
                 + _overlaps(spans["facts"], spans["entities"])):
        problems.append(("overlap", _where(x[0], x[1], x[2]), f"overlaps {_where(y[0], y[1], y[2])}"))
    return problems


def validate_files(paths: Sequence[str | Path]) -> ValidationReport:
    """Validate every line of every file; ids must be unique across all of them."""
    report = ValidationReport()
    seen: dict[str, str] = {}
    for path in paths:
        for line in read_jsonl(path):
            if line.error:
                report.problems.append(Problem(line.path, line.line, None, "json", line.error))
                continue
            obj = line.data
            doc_id = obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else None
            report.documents += 1
            for code, where, message in validate_object(obj):
                report.problems.append(Problem(line.path, line.line, doc_id, code, message, where))
            if doc_id is not None:
                here = f"{line.path}:{line.line}"
                if doc_id in seen:
                    report.problems.append(Problem(line.path, line.line, doc_id, "duplicate-id",
                                                   f"id already used at {seen[doc_id]}"))
                else:
                    seen[doc_id] = here
            if isinstance(obj, dict):
                report.entity_types.update(_values(obj.get("entities"), "type"))
                report.fact_kinds.update(_values(obj.get("facts"), "kind"))
    return report


def _values(items: Any, key: str) -> Iterable[str]:
    if isinstance(items, list):
        for x in items:
            if isinstance(x, dict) and isinstance(x.get(key), str):
                yield x[key]
