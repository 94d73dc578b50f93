"""``vndiplo validate`` and ``vndiplo eval`` through typer's CliRunner."""
from __future__ import annotations

import copy
import json

from typer.testing import CliRunner

import pipeline.cli.evaluate  # noqa: F401  (registers the commands)
from pipeline.cli.app import app

from test_evaluation_fixtures import good_doc, write_jsonl

runner = CliRunner()


def test_validate_good_prints_summary(tmp_path):
    path = write_jsonl(tmp_path / "g.jsonl", [good_doc("a"), good_doc("b")])
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output
    assert "PERSON" in result.output and "count" in result.output


def test_validate_broken_exits_non_zero_one_line_per_problem(tmp_path):
    bad = copy.deepcopy(good_doc("b"))
    bad["entities"][0]["text"] = "Bộ"
    bad["facts"][1]["value"] = 300.0
    path = write_jsonl(tmp_path / "bad.jsonl", [good_doc("a"), bad, "[1, 2"])
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    lines = [l for l in result.stdout.splitlines() if l.startswith(str(path))]
    assert len(lines) == 3
    assert lines[0].startswith(f"{path}:2: b: text: entities[0]")
    assert lines[1].startswith(f"{path}:2: b: value: facts[1]")
    assert lines[2].startswith(f"{path}:3: ?: json: invalid JSON")


def _files(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [good_doc("d1"), good_doc("d2")])
    p = copy.deepcopy(good_doc("d1"))
    p["entities"] = p["entities"][:2]
    pred = write_jsonl(tmp_path / "pred.jsonl", [p])
    return gold, pred


def test_eval_json(tmp_path):
    gold, pred = _files(tmp_path)
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--json",
                                 "--bootstrap", "50", "--errors"])
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    assert card["missing_predictions"] == ["d2"]
    strict = card["entities"]["strict"]["micro"]
    assert (strict["correct"], strict["missed"]) == (2, 4)
    assert card["facts"]["detection"]["recall"] == 0.5
    assert card["bootstrap"]["samples"] == 50
    assert [(e["doc_id"], e["category"], e["text"]) for e in card["errors"]][:2] == [
        ("d1", "missed", "Đà Nẵng"), ("d2", "missed", "Bộ Ngoại giao")]
    assert "no prediction for 'd2'" in result.stderr


def test_eval_tables_and_errors(tmp_path):
    gold, pred = _files(tmp_path)
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--errors",
                                 "--bootstrap", "20"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    for title in ("Entities", "Knowledge base", "Facts", "Headline"):
        assert title in out
    assert "entity missed" in out and "[[Đà Nẵng]]" in out
    assert "warning" in out


def test_eval_unreadable_predictions_exit_2(tmp_path):
    gold, _ = _files(tmp_path)
    pred = write_jsonl(tmp_path / "broken.jsonl", ["{oops"])
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2
    assert f"{pred}:1: invalid JSON" in result.stderr


def test_eval_runs_the_pipeline_without_pred(tmp_path, monkeypatch):
    """Without --pred the gold texts go through ``pipeline.load(ner=...)``."""
    import pipeline
    from pipeline.document import Document, Entity

    calls = {}

    def fake_load(**kwargs):
        calls.update(kwargs)

        def nlp(text, id="doc", meta=None):
            doc = Document(id=id, text=text, meta=dict(meta or {}))
            start = text.find("Đà Nẵng")
            if start >= 0:
                doc.entities.append(Entity(start, start + 7, "PROVINCE", "Đà Nẵng", "Đà Nẵng"))
            return doc
        return nlp

    monkeypatch.setattr(pipeline, "load", fake_load)
    gold, _ = _files(tmp_path)
    saved = tmp_path / "saved.jsonl"
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--json", "--bootstrap", "0",
                                 "--ner-mode", "rules", "--save-pred", str(saved)])
    assert result.exit_code == 0, result.output
    assert calls == {"ner": "rules"}
    card = json.loads(result.stdout)
    assert card["entities"]["strict"]["per_type"]["PROVINCE"]["correct"] == 2
    assert card["entities"]["strict"]["micro"]["precision"] == 1.0
    assert card["throughput"]["characters"] == 2 * len(good_doc()["text"])
    assert card["throughput"]["chars_per_second"] > 0
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert [json.loads(l)["entities"][0]["text"] for l in lines] == ["Đà Nẵng", "Đà Nẵng"]
