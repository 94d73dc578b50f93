"""vndiplo: Vietnamese diplomatic news to a normalised JSONL knowledge base.

>>> import pipeline
>>> nlp = pipeline.load()
>>> doc = nlp("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn thăm Đà Nẵng ngày 12/8.")
>>> [(e.type, e.text) for e in doc.entities]
"""
from pipeline.document import Document, Entity, Fact, Furniture, Sentence
from pipeline.nlp import Pipeline, load

__version__ = "0.1.0"
__all__ = ["Document", "Entity", "Fact", "Furniture", "Sentence", "Pipeline", "load", "__version__"]
