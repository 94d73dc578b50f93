"""The ``vndiplo`` typer application; command modules register on it."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="vndiplo",
    no_args_is_help=True,
    add_completion=False,
    help="Vietnamese diplomatic news to a normalised JSONL knowledge base, scored against gold.",
)
