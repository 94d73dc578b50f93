"""The validator: a good file passes, each kind of problem is reported with its place."""
from __future__ import annotations

import copy

import pytest

from pipeline.evaluation.validate import validate_files, value_problems

from test_evaluation_fixtures import TEXT, good_doc, span, write_jsonl


def test_good_file_passes_with_summary(tmp_path):
    report = validate_files([write_jsonl(tmp_path / "good.jsonl", [good_doc("a"), "", good_doc("b")])])
    assert report.ok
    assert report.documents == 2
    assert report.entity_types == {"MINISTRY": 2, "PERSON": 2, "PROVINCE": 2}
    assert report.fact_kinds == {"date": 2, "count": 2}


def broken(mutate) -> dict:
    doc = copy.deepcopy(good_doc())
    mutate(doc)
    return doc


CASES = {
    "json": ('{"id": "x", "text": ', "invalid JSON"),
    "missing-field": (broken(lambda d: d.pop("facts")), "'facts' is a required property"),
    "unknown-type": (broken(lambda d: d["entities"][0].update(type="ORG")), "'ORG' is not one of"),
    "unknown-kind": (broken(lambda d: d["facts"][0].update(kind="time")), "'time' is not one of"),
    "text": (broken(lambda d: d["entities"][1].update(text="Bùi Thanh Sờn")), "the document has 'Bùi Thanh Sơn'"),
    "end-before-start": (broken(lambda d: d["entities"][2].update(end=d["entities"][2]["start"])),
                         "must be greater than start"),
    "past-end": (broken(lambda d: d["facts"][1].update(end=len(TEXT) + 5)), "past the end of the text"),
    "entity-overlap": (broken(lambda d: d["entities"].append(
        span(TEXT, "Thanh Sơn", type="PERSON", canonical="Thanh Sơn"))), "overlaps entities[3]"),
    "fact-entity-overlap": (broken(lambda d: d["facts"].append(
        span(TEXT, "Nẵng", kind="count", value=1))), "overlaps entities[2]"),
    "fact-overlap": (broken(lambda d: d["facts"].append(
        span(TEXT, "12/8", kind="date", value="--08-12"))), "overlaps facts[2]"),
    "date-as-number": (broken(lambda d: d["facts"][0].update(value=2018)), "a date value is an ISO string"),
    "bad-calendar-date": (broken(lambda d: d["facts"][0].update(value="2023-02-30")), "not a calendar date"),
    "period-not-list": (broken(lambda d: d["facts"][0].update(kind="period", value="2016")), "list of two"),
    "count-as-string": (broken(lambda d: d["facts"][1].update(value="2018")), "a count value is a number"),
    "integer-with-fraction": (broken(lambda d: d["facts"][1].update(value=300.0)), "without a fraction (300)"),
    "money-unit": (broken(lambda d: d["facts"][1].update(kind="money", unit="đồng")), "ISO 4217"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_problem_is_reported(tmp_path, case):
    line, expected = CASES[case]
    path = write_jsonl(tmp_path / "bad.jsonl", [good_doc("ok"), line])
    report = validate_files([path])
    assert not report.ok
    assert len(report.problems) == 1, [str(p) for p in report.problems]
    problem = report.problems[0]
    assert problem.line == 2 and problem.path == str(path)
    assert expected in str(problem)


def test_problem_line_names_file_document_and_span(tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", [broken(lambda d: d["entities"][1].update(start=25))])
    (problem,) = validate_files([path]).problems
    start = TEXT.index("Bùi Thanh Sơn")
    assert str(problem) == (f"{path}:1: d1: text: entities[1] 25-{start + 13} 'Bùi Thanh Sơn': "
                            f"the document has {TEXT[25:start + 13]!r} at 25-{start + 13}")


def test_duplicate_ids_across_files(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [good_doc("same")])
    b = write_jsonl(tmp_path / "b.jsonl", [good_doc("other"), good_doc("same")])
    (problem,) = validate_files([a, b]).problems
    assert problem.code == "duplicate-id" and problem.path == str(b) and problem.line == 2
    assert f"{a}:1" in problem.message


def test_every_problem_reported_not_only_the_first(tmp_path):
    def two_faults(d):
        d["entities"][0]["text"] = "Bộ"
        d["facts"][0]["value"] = 12
    report = validate_files([write_jsonl(tmp_path / "bad.jsonl", [broken(two_faults)])])
    assert sorted(p.code for p in report.problems) == ["text", "value"]


def test_value_problems_accept_guide_examples():
    ok = [{"kind": "date", "value": v} for v in ("2023-12-15", "2018", "2018-08", "--08-12", "--11", "--02-29")]
    ok += [{"kind": "period", "value": ["--07-22", "--07-26"]},
           {"kind": "money", "value": 48200000000, "unit": "USD"},
           {"kind": "percent", "value": 48.2, "unit": "%"},
           {"kind": "count", "value": 63, "total": 63, "unit": "tỉnh, thành phố"}]
    assert [value_problems(f) for f in ok] == [[]] * len(ok)


def test_packaged_schema_is_the_shared_contract():
    import json
    from pathlib import Path

    from pipeline.evaluation.validate import SCHEMA_PATH

    shared = Path("/work/shared/annotation.schema.json")
    if not shared.exists():
        pytest.skip("no shared contract on this machine")
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json.loads(shared.read_text(encoding="utf-8"))
