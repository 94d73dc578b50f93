"""``vndiplo train``: build the statistical entity model from gold annotations."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.app import app

SPLIT = Path("annotations/split.json")


def _silver_objects(folder: Path, exclude: set[str]) -> list[dict]:
    """The rule stage's output on ``folder``'s .txt files that are no gold document."""
    from pipeline.document import Document
    from pipeline.ner.model.corpus import prepare
    from pipeline.ner.model.evidence import rule_entities

    out = []
    for path in sorted(folder.rglob("*.txt")):
        if path.stem in exclude:
            continue
        doc = prepare(Document(path.stem, path.read_text(encoding="utf-8")))
        out.append({"id": f"silver:{path.stem}", "text": doc.text,
                    "entities": [e.to_json() for e in rule_entities(doc)]})
    return out


@app.command()
def train(
    data: Path = typer.Option(..., "--data", exists=True, dir_okay=False,
                              help="Gold annotation JSONL to learn from (annotations/dev.jsonl)."),
    out: Path = typer.Option(Path("models/ner-crf.crfsuite"), "--out",
                             help="Model file (crf) or folder (transformers) to write."),
    silver: Path | None = typer.Option(None, "--silver", exists=True, file_okay=False,
                                       help="Folder of .txt files: add the rule stage's output on those "
                                            "that are no gold document (by id, split.json) as training data."),
    backend: str = typer.Option("crf", "--backend", help="crf or transformers."),
    base: Path | None = typer.Option(None, "--base", help="transformers: local checkpoint folder to fine-tune."),
    seed: int = typer.Option(0, "--seed", help="Random seed (transformers; CRF training is deterministic)."),
    c1: float = typer.Option(0.2, "--c1", help="crf: L1 regularisation."),
    c2: float = typer.Option(0.01, "--c2", help="crf: L2 regularisation."),
    max_iterations: int = typer.Option(200, "--max-iterations", help="crf: L-BFGS iterations."),
    rule_dropout: bool = typer.Option(False, "--rule-dropout",
                                      help="crf: also train on each document without rule evidence."),
    epochs: float = typer.Option(10.0, "--epochs", help="transformers: training epochs."),
    max_steps: int = typer.Option(0, "--max-steps", help="transformers: stop after this many steps (0: no limit)."),
) -> None:
    """Train the entity tagger (reproducible: same data and options, same model)."""
    from pipeline.ner.model.corpus import examples_from_objects, read_jsonl

    objects = sorted(read_jsonl(data), key=lambda o: o["id"])
    if silver is not None:
        exclude = {o["id"] for o in objects}
        if SPLIT.is_file():
            exclude |= {i for ids in json.loads(SPLIT.read_text(encoding="utf-8")).values() for i in ids}
        extra = _silver_objects(silver, exclude)
        typer.echo(f"silver: {len(extra)} documents from {silver}", err=True)
        objects += extra
    examples = examples_from_objects(objects)
    if backend == "crf":
        from pipeline.ner.model.train import CRFParams, train_crf

        report = train_crf(examples, out, CRFParams(c1=c1, c2=c2, max_iterations=max_iterations,
                                                           rule_dropout=rule_dropout))
        typer.echo(json.dumps(report.__dict__, ensure_ascii=False))
    elif backend == "transformers":
        if base is None:
            raise typer.BadParameter("--backend transformers needs --base PATH (a local checkpoint folder)")
        from pipeline.ner.model.transformer import TransformerConfig, train_transformer

        try:
            report = train_transformer(examples, base, out,
                                       TransformerConfig(seed=seed, epochs=epochs, max_steps=max_steps))
        except ImportError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1)
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        raise typer.BadParameter(f"unknown backend {backend!r}: crf or transformers")
