"""The ``vndiplo`` command line: one module per group of commands."""
from pipeline.cli import run  # noqa: F401  (registers run, predict)
from pipeline.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
