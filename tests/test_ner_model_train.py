"""Train/predict round-trip of the CRF on a tiny data set; determinism; the CLI."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.document import Document, Entity
from pipeline.ner import model
from pipeline.ner.model.corpus import Example
from pipeline.ner.model.train import CRFParams, folds, train_crf

SENTENCES = [
    ("Bộ trưởng Nguyễn Văn An thăm tỉnh Lào Cai.", [("Nguyễn Văn An", "PERSON"), ("Lào Cai", "PROVINCE")]),
    ("Thứ trưởng Lê Thị Hoa làm việc với tỉnh Cao Bằng.", [("Lê Thị Hoa", "PERSON"), ("Cao Bằng", "PROVINCE")]),
    ("Đại sứ Trần Minh Quân đến Bộ Ngoại giao.", [("Trần Minh Quân", "PERSON"), ("Bộ Ngoại giao", "MINISTRY")]),
    ("Bộ Công Thương triển khai Nghị quyết 36 tại tỉnh Lào Cai.",
     [("Bộ Công Thương", "MINISTRY"), ("Nghị quyết 36", "RESOLUTION"), ("Lào Cai", "PROVINCE")]),
]


def example(i: int, text: str, items) -> Example:
    ents = []
    for surface, etype in items:
        s = text.index(surface)
        ents.append(Entity(s, s + len(surface), etype, surface, surface))
    return Example(Document(f"t{i}", text), ents, rules=[])


def examples() -> list[Example]:
    return [example(i, t, items) for i, (t, items) in enumerate(SENTENCES)]


PARAMS = CRFParams(c1=0.0, c2=0.01, max_iterations=100)


def test_round_trip_recovers_training_entities(tmp_path):
    path = tmp_path / "m.crfsuite"
    report = train_crf(examples(), path, PARAMS)
    assert report.documents == 4 and report.sequences == 4 and path.stat().st_size > 0
    for ex in examples():
        found = model.predict(ex.doc, [], path=path)
        assert [(e.start, e.end, e.type) for e in found] == [(g.start, g.end, g.type) for g in ex.gold]
        assert all(ex.doc.text[e.start:e.end] == e.text for e in found)
    person = model.predict(examples()[0].doc, [], path=path)[0]
    assert (person.canonical, person.attrs["source"]) == ("Nguyễn Văn An", "crf")


def test_training_is_byte_for_byte_reproducible(tmp_path):
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train_crf(examples(), a, PARAMS)
    train_crf(examples(), b, PARAMS)
    assert a.read_bytes() == b.read_bytes()


def test_model_dir_env_var_and_missing_model_message(tmp_path, monkeypatch):
    from pipeline.ner.model import tagger

    monkeypatch.setenv(tagger.ENV_MODEL_DIR, str(tmp_path))
    assert tagger.model_path() == tmp_path / "ner-crf.crfsuite"
    try:
        model.predict(Document("d", "Hà Nội"), [])
    except FileNotFoundError as exc:
        assert "vndiplo train" in str(exc)
    else:
        raise AssertionError("a missing model must raise")


def test_folds_partition_and_depend_on_seed():
    f0 = folds(23, 5, seed=0)
    assert sorted(i for f in f0 for i in f) == list(range(23))
    assert [len(f) for f in f0] == [5, 5, 5, 4, 4]
    assert folds(23, 5, seed=0) == f0 and folds(23, 5, seed=1) != f0


def test_cli_train_writes_a_model(tmp_path):
    import pipeline.cli.train  # noqa: F401  (registers the command)
    from pipeline.cli.app import app

    data = tmp_path / "gold.jsonl"
    data.write_text("\n".join(json.dumps({"id": ex.doc.id, "text": ex.doc.text,
                                          "entities": [e.__dict__ | {"attrs": None} for e in ex.gold]},
                                         ensure_ascii=False) for ex in examples()), encoding="utf-8")
    out = tmp_path / "cli.crfsuite"
    result = CliRunner().invoke(app, ["train", "--data", str(data), "--out", str(out), "--max-iterations", "20"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1])["documents"] == 4
    assert out.stat().st_size > 0


def test_transformers_backend_without_the_extra_says_how_to_install(monkeypatch):
    import sys

    from pipeline.ner.model.transformer import _require

    monkeypatch.setitem(sys.modules, "transformers", None)
    try:
        _require()
    except ImportError as exc:
        assert "vndiplo[transformers]" in str(exc)
    else:
        raise AssertionError("missing transformers must raise ImportError")
