"""The ``vndiplo`` typer application; command modules register on it."""
from __future__ import annotations

from enum import Enum

import typer

app = typer.Typer(
    name="vndiplo",
    no_args_is_help=True,
    add_completion=False,
    help="Vietnamese diplomatic news to a normalised JSONL knowledge base, scored against gold.",
)


class NerMode(str, Enum):
    """Entity recognisers a command can run (see ``pipeline.ner.MODES``)."""

    rules = "rules"
    model = "model"
    combined = "combined"
