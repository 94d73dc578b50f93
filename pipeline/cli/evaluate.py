"""``vndiplo validate`` and ``vndiplo eval``: check annotation files, score predictions."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import track

from pipeline.cli.app import NerMode, app
from pipeline.evaluation.bootstrap import DEFAULT_SAMPLES, DEFAULT_SEED
from pipeline.evaluation.errors import list_errors
from pipeline.evaluation.loaders import AnnotationLoadError, load_documents
from pipeline.evaluation.predict import predict
from pipeline.evaluation.report import render_errors, render_scorecard, validation_table
from pipeline.evaluation.scorecard import evaluate, pair_documents
from pipeline.evaluation.validate import validate_files


@app.command("validate")
def validate_command(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="Annotation JSONL files."),
) -> None:
    """Check annotation files against the schema and the annotation guide.

    Prints one line per problem (file:line: id: check: span: message) and exits
    1 if there is any; otherwise prints documents, entities per type and facts
    per kind.
    """
    report = validate_files(files)
    if report.problems:
        for problem in report.problems:
            typer.echo(str(problem))
        typer.echo(f"{len(report.problems)} problem(s) in {report.documents} document(s)", err=True)
        raise typer.Exit(1)
    Console().print(validation_table(report))


def _load(path: Path, what: str) -> list:
    try:
        return load_documents(path)
    except AnnotationLoadError as exc:
        typer.echo(f"cannot read {what}: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command("eval")
def eval_command(
    gold: Path = typer.Option(..., "--gold", exists=True, dir_okay=False, help="Gold annotation JSONL."),
    pred: Optional[Path] = typer.Option(None, "--pred", exists=True, dir_okay=False,
                                        help="Predictions JSONL; without it the pipeline runs on the gold texts."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
    errors: bool = typer.Option(False, "--errors", help="List missed, spurious and mismatched spans."),
    bootstrap: int = typer.Option(DEFAULT_SAMPLES, "--bootstrap", min=0,
                                  help="Bootstrap resamples for the 95% CIs (0: none)."),
    seed: int = typer.Option(DEFAULT_SEED, "--seed", help="Bootstrap random seed."),
    ner_mode: NerMode = typer.Option(NerMode.rules, "--ner", "--ner-mode",
                                     help="Entity recogniser when running the pipeline."),
    save_pred: Optional[Path] = typer.Option(None, "--save-pred", dir_okay=False,
                                             help="Also write the pipeline's predictions to this JSONL file."),
) -> None:
    """Score predictions (or the pipeline itself) against gold annotations."""
    err = Console(stderr=True)
    gold_docs = _load(gold, "gold")
    extra = {}
    if pred is not None:
        pred_docs = _load(pred, "predictions")
    else:
        import pipeline

        nlp = pipeline.load(ner=NerMode(ner_mode).value)
        pred_docs, speed = predict(gold_docs, nlp,
                                   lambda docs: track(docs, description="Running pipeline", console=err,
                                                      transient=True))
        extra["throughput"] = speed
        if save_pred is not None:
            with open(save_pred, "w", encoding="utf-8") as fh:
                for nlp_doc in pred_docs:
                    fh.write(json.dumps(nlp_doc.to_json(), ensure_ascii=False) + "\n")
    card = evaluate(gold_docs, pred_docs, bootstrap=bootstrap, seed=seed)
    card.extra.update(extra)
    result = card.to_json()
    error_items = []
    if errors:
        pairs, *_ = pair_documents(gold_docs, pred_docs)
        error_items = [e for g, p in pairs for e in list_errors(g, p)]
    if as_json:
        for warning in result["warnings"]:
            err.print(f"warning: {warning}", highlight=False, markup=False)
        if errors:
            result["errors"] = [e.to_json() for e in error_items]
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    out = Console()
    if errors:
        render_errors(error_items, out)
    render_scorecard(result, out)

