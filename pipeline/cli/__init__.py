"""The ``vndiplo`` command line: one module per group of commands."""
from pipeline.cli import evaluate, run  # noqa: F401  (register validate, eval, run, predict)
from pipeline.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
