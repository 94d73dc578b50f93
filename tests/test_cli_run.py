"""`vndiplo run` and `vndiplo predict` end to end on real texts (typer CliRunner).

Three dev articles are copied into a temporary folder; each CLI scenario runs
once per module (fixtures) to keep the file fast.
"""
from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

TEXTS = ("corpora/dev/s01.txt", "corpora/dev/s02.txt", "corpora/dev/s20.txt")
TYPES = {"PERSON", "MINISTRY", "PROVINCE", "RESOLUTION"}


def make_runner() -> CliRunner:
    """stdout and stderr apart (click >= 8.2 always; older click needs mix_stderr)."""
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


def invoke(*args: str):
    return make_runner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, root) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in TEXTS:
        shutil.copy(root / name, folder / Path(name).name)
    return folder


@pytest.fixture(scope="module")
def kb_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("kb") / "kb.jsonl"
    result = invoke("run", corpus, "-o", out, "-q")
    return result, out


@pytest.fixture(scope="module")
def predict_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("pred") / "pred.jsonl"
    result = invoke("predict", corpus, "-o", out, "-q")
    return result, out


# --- help ----------------------------------------------------------------------

@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["predict", "--help"]])
def test_help(args):
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Usage" in result.stdout
    if args[0] != "--help":
        assert "--strict" in result.stdout and "--output" in result.stdout


# --- run: the knowledge base ---------------------------------------------------

def test_run_writes_a_valid_knowledge_base(kb_run, kb_validator, corpus):
    result, out = kb_run
    assert result.exit_code == 0, result.stderr
    records = read_jsonl(out)
    for record in records:
        errors = [e.message for e in kb_validator.iter_errors(record)]
        assert not errors, (record, errors)
    assert result.stderr.strip() == f"wrote {len(records)} records to {out}"
    kinds = [r["record"] for r in records]
    assert kinds.count("document") == 3
    # entity records come last, after every document's records
    first_entity = kinds.index("entity")
    assert set(kinds[first_entity:]) == {"entity"}
    assert [r["id"] for r in records if r["record"] == "document"] == ["s01", "s02", "s20"]


def test_run_finds_all_four_types_and_facts(kb_run, corpus):
    records = read_jsonl(kb_run[1])
    texts = {p.stem: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    mentions = [r for r in records if r["record"] == "mention"]
    facts = [r for r in records if r["record"] == "fact"]
    assert {m["type"] for m in mentions if m["document"] == "s01"} == TYPES
    assert {f["document"] for f in facts} == {"s01", "s02", "s20"}
    for r in mentions + facts:
        assert texts[r["document"]][r["start"]:r["end"]] == r["text"]
    # document records count what follows them
    for doc in (r for r in records if r["record"] == "document"):
        assert doc["mentions"] == sum(m["document"] == doc["id"] for m in mentions)
        assert doc["facts"] == sum(f["document"] == doc["id"] for f in facts)
        assert doc["chars"] == len(texts[doc["id"]])


def test_run_links_entities_across_documents(kb_run):
    entities = {r["id"]: r for r in read_jsonl(kb_run[1]) if r["record"] == "entity"}
    # s01 and s02 both name the Vietnamese Ministry of Foreign Affairs,
    # s01 and s20 the Ministry of Industry and Trade
    assert {"s01", "s02"} <= set(entities["ministry:bộ-ngoại-giao"]["documents"])
    assert {"s01", "s20"} <= set(entities["ministry:bộ-công-thương"]["documents"])
    assert entities["person:trần-quốc-hưng"]["documents"] == ["s01"]
    assert entities["province:cần-thơ"]["type"] == "PROVINCE"
    mentions = [r for r in read_jsonl(kb_run[1]) if r["record"] == "mention"]
    for eid, entity in entities.items():
        linked = [m for m in mentions if m["entity"] == eid]
        assert entity["mentions"] == len(linked)
        assert entity["documents"] == sorted({m["document"] for m in linked})


def test_run_is_byte_identical_on_a_second_run(kb_run, corpus, tmp_path):
    again = tmp_path / "again.jsonl"
    result = invoke("run", corpus, "-o", again, "-q")
    assert result.exit_code == 0
    assert again.read_bytes() == kb_run[1].read_bytes()


# --- predict: the annotation format --------------------------------------------

def test_predict_output_validates_and_spans_are_exact(predict_run, annotation_validator, corpus):
    result, out = predict_run
    assert result.exit_code == 0, result.stderr
    docs = read_jsonl(out)
    assert [d["id"] for d in docs] == ["s01", "s02", "s20"]
    for doc in docs:
        errors = [e.message for e in annotation_validator.iter_errors(doc)]
        assert not errors, (doc["id"], errors)
        assert doc["text"] == (corpus / f"{doc['id']}.txt").read_text(encoding="utf-8")
        for span in doc["entities"] + doc["facts"]:
            assert doc["text"][span["start"]:span["end"]] == span["text"], span


def test_predict_spans_do_not_overlap(predict_run):
    """Guide: entity spans never overlap each other; a fact never overlaps an entity."""
    for doc in read_jsonl(predict_run[1]):
        ents = sorted((e["start"], e["end"]) for e in doc["entities"])
        assert all(a[1] <= b[0] for a, b in zip(ents, ents[1:])), doc["id"]
        for f in doc["facts"]:
            clash = [e for e in ents if e[0] < f["end"] and f["start"] < e[1]]
            assert not clash, (doc["id"], f["text"], clash)


def test_predict_anchors_on_s01(predict_run):
    """A few unambiguous spans of corpora/dev/s01.txt, values as the guide defines them."""
    doc = next(d for d in read_jsonl(predict_run[1]) if d["id"] == "s01")
    entities = {(e["type"], e["canonical"]) for e in doc["entities"]}
    assert {("PERSON", "Trần Quốc Hưng"), ("MINISTRY", "Bộ Ngoại giao"),
            ("PROVINCE", "Cần Thơ"), ("RESOLUTION", "Chỉ thị 15-CT/TW")} <= entities
    facts = {(f["kind"], json.dumps(f["value"]), f.get("unit")) for f in doc["facts"]}
    assert ("money", "39600000000", "USD") in facts  # "39,6 tỷ USD"
    assert ("count", "250", "đại biểu") in facts     # "hơn 250 đại biểu"
    assert ("period", '["2024", "2025"]', None) in facts  # "2024 - 2025"


def test_predict_to_stdout(corpus):
    result = invoke("predict", corpus / "s02.txt", "-q")
    assert result.exit_code == 0
    [doc] = [json.loads(line) for line in result.stdout.splitlines()]
    assert doc["id"] == "s02"
    assert "wrote 1 documents to stdout" in result.stderr


def test_predict_nfd_input_points_into_the_nfd_text(predict_run, corpus, tmp_path):
    raw = unicodedata.normalize("NFD", (corpus / "s01.txt").read_text(encoding="utf-8"))
    path = tmp_path / "s01.txt"
    path.write_text(raw, encoding="utf-8")
    result = invoke("predict", path, "-o", tmp_path / "nfd.jsonl", "-q")
    assert result.exit_code == 0
    [doc] = read_jsonl(tmp_path / "nfd.jsonl")
    assert doc["text"] == raw
    for span in doc["entities"] + doc["facts"]:
        assert raw[span["start"]:span["end"]] == span["text"]
    # the same findings as on the NFC file, only the offsets differ
    nfc = next(d for d in read_jsonl(predict_run[1]) if d["id"] == "s01")

    def view(d):
        return ([(e["type"], e.get("canonical"), unicodedata.normalize("NFC", e["text"])) for e in d["entities"]],
                [(f["kind"], f["value"], unicodedata.normalize("NFC", f["text"])) for f in d["facts"]])

    assert view(doc) == view(nfc)
    assert doc["entities"] and doc["entities"][0]["end"] > nfc["entities"][0]["end"]


def test_output_inside_the_input_folder_is_not_read_back(corpus, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus / "s20.txt", folder / "s20.txt")
    for _ in range(2):  # the second run finds last run's output in the folder
        result = invoke("run", folder, "-o", folder / "kb.jsonl", "-q")
        assert result.exit_code == 0, result.stderr
        assert error_lines(result.stderr) == []
    records = read_jsonl(folder / "kb.jsonl")
    assert [r["id"] for r in records if r["record"] == "document"] == ["s20"]


# --- bad input -----------------------------------------------------------------

@pytest.fixture(scope="module")
def bad_inputs(corpus, data_dir) -> list[Path]:
    return [corpus / "s02.txt", corpus / "missing.txt", data_dir / "cp1258.txt",
            data_dir / "empty.txt", data_dir / "malformed.jsonl"]


def test_bad_inputs_are_reported_and_the_rest_is_written(bad_inputs, data_dir, tmp_path):
    out = tmp_path / "pred.jsonl"
    result = invoke("predict", *bad_inputs, "-o", out, "-q")
    assert result.exit_code == 1
    assert [d["id"] for d in read_jsonl(out)] == ["s02", "good-1", "good-2"]
    malformed = data_dir / "malformed.jsonl"
    assert error_lines(result.stderr) == [
        f"error: {bad_inputs[1]}: no such file or directory",
        f"error: {data_dir / 'cp1258.txt'}: not UTF-8 (byte 0xf4 at offset 1)",
        f"error: {data_dir / 'empty.txt'}: empty file",
        f"error: {malformed}:2: malformed JSON (Expecting ',' delimiter at column 43)",
        f"error: {malformed}:3: missing or empty string field 'id'",
        f"error: {malformed}:4: missing string field 'text'",
    ]
    assert f"wrote 3 documents to {out}; 6 input(s) failed" in result.stderr


def test_bad_inputs_in_run_keep_the_knowledge_base(bad_inputs, kb_validator, tmp_path):
    out = tmp_path / "kb.jsonl"
    result = invoke("run", *bad_inputs, "-o", out, "-q")
    assert result.exit_code == 1
    records = read_jsonl(out)
    assert [r["id"] for r in records if r["record"] == "document"] == ["s02", "good-1", "good-2"]
    assert all(not list(kb_validator.iter_errors(r)) for r in records)
    assert len(error_lines(result.stderr)) == 6


def test_strict_stops_at_the_first_bad_input(corpus, data_dir, tmp_path):
    out = tmp_path / "pred.jsonl"
    result = invoke("predict", corpus / "s02.txt", data_dir / "malformed.jsonl",
                    corpus / "s20.txt", "-o", out, "-q", "--strict")
    assert result.exit_code == 1
    # the run stopped at line 2 and left no half-written output behind
    assert not out.exists()
    assert not (tmp_path / "pred.jsonl.part").exists()
    assert error_lines(result.stderr) == [
        f"error: {data_dir / 'malformed.jsonl'}:2: malformed JSON (Expecting ',' delimiter at column 43)"]


def test_failed_strict_run_keeps_the_previous_output(corpus, data_dir, tmp_path):
    out = tmp_path / "pred.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = invoke("predict", corpus / "s02.txt", data_dir / "malformed.jsonl", "-o", out, "-q", "--strict")
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_error_message_keeps_brackets_in_paths(tmp_path):
    """Rich markup must not eat "[draft]" nor choke on "[/b]" in a file name."""
    odd = [tmp_path / "[draft]" / "a.txt", tmp_path / "x[/b].txt"]
    result = invoke("predict", *odd, "-q")
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"error: {p}: no such file or directory" for p in odd]


def test_progress_bar_does_not_pollute_stdout(corpus):
    result = invoke("predict", corpus / "s20.txt")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["s20"]


def test_run_on_the_whole_bundled_corpus(root, kb_validator, tmp_path):
    """The README's first command: `vndiplo run corpora -o kb.jsonl`."""
    out = tmp_path / "kb.jsonl"
    result = invoke("run", root / "corpora", "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    records = read_jsonl(out)
    assert all(not list(kb_validator.iter_errors(r)) for r in records)
    documents = [r for r in records if r["record"] == "document"]
    assert len(documents) == len(list((root / "corpora").rglob("*.txt")))
    assert {r["type"] for r in records if r["record"] == "mention"} == {
        "PERSON", "MINISTRY", "PROVINCE", "RESOLUTION"}
    assert {r["kind"] for r in records if r["record"] == "fact"} == {
        "count", "money", "percent", "date", "period", "duration", "ordinal"}
    # an entity named in several articles is one KB entity linked to all of them
    assert any(len(r["documents"]) > 1 for r in records if r["record"] == "entity")
