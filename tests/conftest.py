"""Shared fixtures: repository paths, fixture files and JSON-schema validators."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "pipeline" / "data" / "schema"
SHARED_ANNOTATION_SCHEMA = Path("/work/shared/annotation.schema.json")


def _validator(path: Path) -> Draft202012Validator:
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root (corpora/, pipeline/ ...)."""
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: small fixture files (bad encodings, malformed JSONL ...)."""
    return Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def kb_validator() -> Draft202012Validator:
    return _validator(SCHEMAS / "kb.schema.json")


@pytest.fixture(scope="session")
def annotation_validator() -> Draft202012Validator:
    """The shared annotation contract (the packaged copy, else /work/shared)."""
    packaged = SCHEMAS / "annotation.schema.json"
    return _validator(packaged if packaged.exists() else SHARED_ANNOTATION_SCHEMA)
