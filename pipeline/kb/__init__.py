"""The knowledge-base stage: records from documents (see :mod:`pipeline.kb.build`)."""
from pipeline.kb.build import KnowledgeBase
from pipeline.kb.ids import entity_id

__all__ = ["KnowledgeBase", "entity_id"]
