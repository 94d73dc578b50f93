"""The ``vndiplo`` command line: one module per group of commands."""
from pipeline.cli import evaluate, run, train  # noqa: F401  (register the commands)
from pipeline.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
