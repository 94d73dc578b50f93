"""Rich tables for a scorecard's JSON, an error listing and a validation summary.

Rendering reads only the JSON of :meth:`Scorecard.to_json`, so what a
terminal shows and what ``--json`` prints cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline.document import ENTITY_TYPES, FACT_KINDS
from pipeline.evaluation.errors import ErrorItem
from pipeline.evaluation.validate import ValidationReport


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _ci(score: dict[str, Any]) -> str:
    ci = score.get("ci")
    return f"{_pct(ci[0])}–{_pct(ci[1])}" if ci else "–"


def _prf_cells(score: dict[str, Any]) -> list[str]:
    return [_pct(score["precision"]), _pct(score["recall"]), _pct(score["f1"])]


def headline_table(card: dict[str, Any]) -> Table:
    """The six headline numbers with their bootstrap intervals."""
    table = Table(title="Headline (%, 95% bootstrap CI over documents)")
    for col in ("metric", "score", "CI"):
        table.add_column(col, justify="left" if col == "metric" else "right")
    facts = card["facts"]
    rows = [("entities strict F1", card["entities"]["strict"]["micro"], "f1"),
            ("entities overlap F1", card["entities"]["overlap"]["micro"], "f1"),
            ("knowledge base F1", card["kb"]["micro"], "f1"),
            ("facts detection F1", facts["detection"], "f1"),
            ("facts value accuracy", facts["value_accuracy"], "accuracy"),
            ("facts fully correct F1", facts["fully_correct"], "f1")]
    for name, score, key in rows:
        table.add_row(name, _pct(score[key]), _ci(score))
    return table


def entity_table(card: dict[str, Any]) -> Table:
    table = Table(title="Entities, micro and per type (%): S = strict, O = overlap")
    for col in ("type", "gold", "pred", "S-P", "S-R", "S-F1", "O-P", "O-R", "O-F1"):
        table.add_column(col, justify="left" if col == "type" else "right")
    strict, overlap = card["entities"]["strict"], card["entities"]["overlap"]
    for t in ENTITY_TYPES:
        s, o = strict["per_type"][t], overlap["per_type"][t]
        table.add_row(t, str(s["possible"]), str(s["actual"]), *_prf_cells(s), *_prf_cells(o))
    s, o = strict["micro"], overlap["micro"]
    table.add_row("micro", str(s["possible"]), str(s["actual"]), *_prf_cells(s), *_prf_cells(o),
                  style="bold")
    return table


def kb_table(card: dict[str, Any]) -> Table:
    table = Table(title="Knowledge base: (type, canonical) per document (%)")
    for col in ("type", "gold", "pred", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for t in ENTITY_TYPES:
        s = card["kb"]["per_type"][t]
        table.add_row(t, str(s["possible"]), str(s["actual"]), *_prf_cells(s))
    s = card["kb"]["micro"]
    table.add_row("micro", str(s["possible"]), str(s["actual"]), *_prf_cells(s), style="bold")
    return table


def fact_table(card: dict[str, Any]) -> Table:
    facts = card["facts"]
    table = Table(title="Facts (%): detection = overlap + kind")
    for col in ("kind", "gold", "pred", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for k in FACT_KINDS:
        s = facts["per_kind"][k]
        table.add_row(k, str(s["possible"]), str(s["actual"]), *_prf_cells(s))
    d = facts["detection"]
    table.add_row("detection", str(d["possible"]), str(d["actual"]), *_prf_cells(d), style="bold")
    v = facts["value_accuracy"]
    table.add_row("value accuracy", "", f"{v['correct']}/{v['total']}", "", "",
                  _pct(v["accuracy"]), style="bold")
    f = facts["fully_correct"]
    table.add_row("fully correct", str(f["possible"]), str(f["actual"]), *_prf_cells(f), style="bold")
    return table


def render_scorecard(card: dict[str, Any], console: Console) -> None:
    for warning in card["warnings"]:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False)
    console.print(f"{card['documents']} documents")
    console.print(entity_table(card))
    console.print(kb_table(card))
    console.print(fact_table(card))
    console.print(headline_table(card))
    b = card.get("bootstrap") or {}
    if b.get("samples"):
        console.print(f"CIs: {b['samples']} bootstrap resamples of documents, seed {b['seed']}, "
                      f"{int(round(100 * b['level']))}% percentile interval.")
    if "throughput" in card:
        t = card["throughput"]
        console.print(f"Throughput: {t['characters']} characters in {t['seconds']:.2f} s "
                      f"= {t['chars_per_second']:.0f} characters/s")


def render_errors(errors: Sequence[ErrorItem], console: Console) -> None:
    current = None
    for e in errors:
        if e.doc_id != current:
            current = e.doc_id
            console.rule(current)
        console.print(f"[bold]{e.layer} {e.category}[/bold] {e.start}-{e.end} "
                      f"{escape(repr(e.text))}: {escape(e.detail)}", highlight=False)
        console.print(f"    {e.context}", highlight=False, markup=False)


def validation_table(report: ValidationReport) -> Table:
    table = Table(title=f"{report.documents} documents")
    table.add_column("layer")
    table.add_column("label")
    table.add_column("count", justify="right")
    for t in ENTITY_TYPES:
        table.add_row("entity", t, str(report.entity_types.get(t, 0)))
    table.add_row("entity", "total", str(sum(report.entity_types.values())), style="bold")
    for k in FACT_KINDS:
        table.add_row("fact", k, str(report.fact_kinds.get(k, 0)))
    table.add_row("fact", "total", str(sum(report.fact_kinds.values())), style="bold")
    return table
