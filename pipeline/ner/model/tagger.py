"""CRF inference: tag a document's syllables with the trained model.

The model file is ``models/ner-crf.crfsuite`` at the repository root, or in
the folder named by the environment variable ``VNDIPLO_MODEL_DIR``; it is
opened once per path (``functools.lru_cache``).
"""
from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path

from pipeline.document import Document, Entity
from pipeline.ner.model.corpus import decode
from pipeline.ner.model.features import document_features

MODEL_FILE = "ner-crf.crfsuite"
ENV_MODEL_DIR = "VNDIPLO_MODEL_DIR"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[3] / "models"


def model_dir() -> Path:
    """Folder holding the trained models (``$VNDIPLO_MODEL_DIR`` or ``models/``)."""
    return Path(os.environ.get(ENV_MODEL_DIR) or DEFAULT_MODEL_DIR)


def model_path() -> Path:
    return model_dir() / MODEL_FILE


@functools.lru_cache(maxsize=4)
def load_tagger(path: str):
    """An open ``pycrfsuite.Tagger`` for the model file ``path``."""
    import pycrfsuite

    if not Path(path).is_file():
        raise FileNotFoundError(
            f"no CRF entity model at {path}: build it with "
            "`vndiplo train --data annotations/dev.jsonl --out models/ner-crf.crfsuite` "
            f"or point {ENV_MODEL_DIR} at a folder holding {MODEL_FILE}")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def tag_spans(doc: Document, rule_entities: Sequence[Entity],
              path: str | Path | None = None) -> list[tuple[int, int, str]]:
    """``(norm_start, norm_end, type)`` of the entities the model finds."""
    tagger = load_tagger(str(path or model_path()))
    spans: list[tuple[int, int, str]] = []
    for tokens, features in document_features(doc, rule_entities):
        spans.extend(decode(tokens, tagger.tag(features)))
    return spans
