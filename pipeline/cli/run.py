"""``vndiplo run`` (knowledge base) and ``vndiplo predict`` (annotation format)."""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline.cli.app import NerMode, app
from pipeline.document import Document
from pipeline.io.readers import InputError, count_documents, expand, read_documents

err_console = Console(stderr=True)

INPUTS = typer.Argument(..., help=".txt files, folders of them, or .jsonl files with 'id' and 'text' per line.")
STRICT = typer.Option(False, "--strict", help="Stop at the first bad input instead of reporting it and going on.")
NER_MODE = typer.Option(NerMode.rules, "--ner",
                        help="Entity recogniser: rules (gazetteers and patterns), model (CRF) or combined.")


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


class Batch:
    """Runs the pipeline over inputs, reporting bad ones on stderr.

    With ``strict`` the first bad input ends the run (``typer.Exit(1)``);
    otherwise it is counted in ``failed`` and the run goes on. The
    ``output`` file is never read as an input (``run . -o kb.jsonl``).
    """

    def __init__(self, inputs: list[Path], strict: bool, ner: str, show_progress: bool = True,
                 output: Path | None = None):
        self.inputs, self.strict, self.ner, self.show_progress = inputs, strict, ner, show_progress
        self.output = output.resolve() if output is not None and str(output) != "-" else None
        self.failed = 0

    def documents(self) -> Iterator[Document]:
        import pipeline

        items = [i for i in expand(self.inputs) if not (isinstance(i, Path) and i.resolve() == self.output)]
        nlp = pipeline.load(ner=NerMode(self.ner).value)
        progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=err_console,
                            disable=not self.show_progress, transient=True)
        with progress:
            task = progress.add_task("processing", total=count_documents(items))
            for item in read_documents(items):
                progress.advance(task)
                if isinstance(item, InputError):
                    self.failed += 1
                    err_console.print(f"[red]error:[/red] {escape(str(item))}", highlight=False, soft_wrap=True)
                    if self.strict:
                        raise typer.Exit(1)
                    continue
                yield nlp(item)

    def finish(self, what: str, count: int, output: Path | None) -> None:
        where = "stdout" if output is None else str(output)
        note = f"; [red]{self.failed} input(s) failed[/red]" if self.failed else ""
        err_console.print(f"wrote {count} {what} to {escape(where)}{note}", highlight=False, soft_wrap=True)
        if self.failed:
            raise typer.Exit(1)


def write_lines(output: Path | None, lines: Iterator[str]) -> int:
    """Write lines to stdout, or to ``output`` through a temporary file that
    replaces it only when every line is written (a failed run keeps the old file)."""
    if output is None or str(output) == "-":
        count = 0
        for line in lines:
            sys.stdout.write(line + "\n")
            count += 1
        return count
    partial = output.with_name(output.name + ".part")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            count = 0
            for line in lines:
                handle.write(line + "\n")
                count += 1
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _run_lines(docs: Iterator[Document], make: Callable[[Document], Iterator[dict]]) -> Iterator[str]:
    for doc in docs:
        for record in make(doc):
            yield dumps(record)


@app.command()
def run(
    inputs: list[Path] = INPUTS,
    output: Path = typer.Option(None, "-o", "--output", help="Knowledge base JSONL to write (default: stdout)."),
    strict: bool = STRICT,
    ner: NerMode = NER_MODE,
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar."),
) -> None:
    """Build the JSONL knowledge base: documents, mentions, facts, then entities."""
    from pipeline.kb import KnowledgeBase

    kb = KnowledgeBase()
    batch = Batch(inputs, strict, ner, not quiet, output)

    def lines() -> Iterator[str]:
        yield from _run_lines(batch.documents(), kb.add)
        for record in kb.entities():
            yield dumps(record)

    batch.finish("records", write_lines(output, lines()), output)


@app.command()
def predict(
    inputs: list[Path] = INPUTS,
    output: Path = typer.Option(None, "-o", "--output", help="Predictions JSONL to write (default: stdout)."),
    strict: bool = STRICT,
    ner: NerMode = NER_MODE,
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar."),
) -> None:
    """Write one line per document in the shared annotation format (for annotators and scoring)."""
    batch = Batch(inputs, strict, ner, not quiet, output)
    lines = _run_lines(batch.documents(), lambda doc: iter([doc.to_annotation()]))
    batch.finish("documents", write_lines(output, lines), output)
