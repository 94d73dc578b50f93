"""Validate annotation files and score predictions against gold.

Loaders (:mod:`loaders`) read the shared JSONL format into plain records
(:mod:`records`); scorers are pure functions over records:
:mod:`entities` (SemEval-2013 9.1 schemes, as nervaluate), :mod:`kb`,
:mod:`facts`, with :mod:`bootstrap` intervals, all put together by
:func:`scorecard.evaluate`. :mod:`validate` checks files, :mod:`errors`
lists mistakes with context, :mod:`report` draws rich tables.

>>> from pipeline.evaluation import load_documents, evaluate
>>> card = evaluate(load_documents("annotations/dev.jsonl"), load_documents("pred.jsonl"))
>>> card.to_json()["entities"]["strict"]["micro"]["f1"]
"""
from pipeline.evaluation.loaders import AnnotationLoadError, documents_from_objects, load_documents
from pipeline.evaluation.records import AnnotatedDoc, EntitySpan, FactSpan
from pipeline.evaluation.scorecard import Scorecard, evaluate
from pipeline.evaluation.validate import validate_files

__all__ = ["AnnotatedDoc", "AnnotationLoadError", "EntitySpan", "FactSpan", "Scorecard",
           "documents_from_objects", "evaluate", "load_documents", "validate_files"]
