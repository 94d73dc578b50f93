"""Optional backend: fine-tune and run a transformers token-classification model.

Same syllable tokens and BIO labels as the CRF. Each syllable is encoded on
its own (works with slow and fast tokenizers, e.g. PhoBERT's BPE); its first
sub-word carries the label, the others are ignored (-100). Lines longer
than ``max_length`` sub-words are cut into windows at syllable boundaries.

Needs ``torch`` and ``transformers`` (``pip install 'vndiplo[transformers]'``),
imported lazily; the base checkpoint is a local folder (nothing is
downloaded).
"""
from __future__ import annotations

import functools
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pipeline.document import Document
from pipeline.ner.model.corpus import LABELS, OUTSIDE, Example, bio_labels, decode
from pipeline.ner.model.tokens import Token, tokenize

IGNORE = -100


@dataclass(frozen=True)
class TransformerConfig:
    seed: int = 0
    epochs: float = 10.0
    max_steps: int = 0
    """Stop after this many optimiser steps (0: run all epochs)."""
    learning_rate: float = 5e-5
    batch_size: int = 8
    max_length: int = 256


def _require() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise ImportError("the transformers backend needs torch and transformers: "
                          "pip install 'vndiplo[transformers]'") from exc
    return torch, transformers


class _Encoder:
    """Syllables to sub-word ids (cached per syllable) and windows of them."""

    def __init__(self, tokenizer: Any, max_length: int):
        self.tokenizer = tokenizer
        self.cache: dict[str, list[int]] = {}
        self.first = tokenizer.cls_token_id if tokenizer.cls_token_id is not None else tokenizer.bos_token_id
        self.last = tokenizer.sep_token_id if tokenizer.sep_token_id is not None else tokenizer.eos_token_id
        self.budget = max_length - (self.first is not None) - (self.last is not None)

    def pieces(self, word: str) -> list[int]:
        if word not in self.cache:
            ids = self.tokenizer.encode(word, add_special_tokens=False)
            self.cache[word] = ids or [self.tokenizer.unk_token_id]
        return self.cache[word]

    def windows(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
        """``(first, last)`` token index ranges whose sub-words fit the budget."""
        start, used = 0, 0
        for i, tok in enumerate(tokens):
            n = min(len(self.pieces(tok.text)), self.budget)
            if used + n > self.budget and i > start:
                yield start, i
                start, used = i, 0
            used += n
        if start < len(tokens):
            yield start, len(tokens)

    def encode(self, words: Sequence[str], labels: Sequence[int] | None = None
               ) -> tuple[list[int], list[int], list[int]]:
        """Input ids, per-sub-word labels and the position of each word's first sub-word."""
        ids: list[int] = [] if self.first is None else [self.first]
        out_labels: list[int] = [IGNORE] * len(ids)
        firsts: list[int] = []
        for k, word in enumerate(words):
            pieces = self.pieces(word)[: self.budget]
            firsts.append(len(ids))
            ids.extend(pieces)
            out_labels.extend([labels[k] if labels else IGNORE] + [IGNORE] * (len(pieces) - 1))
        if self.last is not None:
            ids.append(self.last)
            out_labels.append(IGNORE)
        return ids, out_labels, firsts


def _batches(rows: list[tuple[list[int], list[int]]], size: int, pad: int, torch: Any):
    for i in range(0, len(rows), size):
        chunk = rows[i:i + size]
        width = max(len(r[0]) for r in chunk)
        ids = torch.tensor([r[0] + [pad] * (width - len(r[0])) for r in chunk])
        mask = torch.tensor([[1] * len(r[0]) + [0] * (width - len(r[0])) for r in chunk])
        labels = torch.tensor([r[1] + [IGNORE] * (width - len(r[1])) for r in chunk])
        yield ids, mask, labels


def train_transformer(examples: Sequence[Example], base: str | Path, out: str | Path,
                      config: TransformerConfig = TransformerConfig()) -> dict:
    """Fine-tune the checkpoint in ``base`` on ``examples``; save model and tokenizer to ``out``."""
    torch, transformers = _require()
    t0 = time.perf_counter()
    torch.manual_seed(config.seed)
    label2id = {label: i for i, label in enumerate(LABELS)}
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(base))
    model = transformers.AutoModelForTokenClassification.from_pretrained(
        str(base), num_labels=len(LABELS), id2label=dict(enumerate(LABELS)), label2id=label2id,
        ignore_mismatched_sizes=True)
    encoder = _Encoder(tokenizer, config.max_length)
    rows = []
    for ex in examples:
        for tokens in tokenize(ex.doc.norm.text):
            tags = [label2id[t] for t in bio_labels(ex.doc, tokens, ex.gold)]
            for a, b in encoder.windows(tokens):
                ids, labels, _ = encoder.encode([t.text for t in tokens[a:b]], tags[a:b])
                rows.append((ids, labels))
    optimiser = torch.optim.AdamW(model.parameters(), lr=config.learning_rate)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    order = random.Random(config.seed)
    steps, loss_value = 0, float("nan")
    total_epochs = max(1, int(config.epochs + 0.999))
    model.train()
    for _ in range(total_epochs):
        order.shuffle(rows)
        for ids, mask, labels in _batches(rows, config.batch_size, pad, torch):
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            optimiser.step()
            optimiser.zero_grad()
            steps += 1
            loss_value = float(loss.detach())
            if config.max_steps and steps >= config.max_steps:
                break
        if config.max_steps and steps >= config.max_steps:
            break
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    load_transformer.cache_clear()
    return {"path": str(out), "documents": len(examples), "windows": len(rows), "steps": steps,
            "last_loss": round(loss_value, 4), "seconds": round(time.perf_counter() - t0, 2),
            "config": asdict(config)}


class TransformerTagger:
    """A fine-tuned token-classification model tagging syllables."""

    def __init__(self, model_dir: str | Path, max_length: int = 256):
        self.torch, transformers = _require()
        self.tokenizer = transformers.AutoTokenizer.from_pretrained(str(model_dir))
        self.model = transformers.AutoModelForTokenClassification.from_pretrained(str(model_dir))
        self.model.eval()
        self.id2label = {int(k): v for k, v in self.model.config.id2label.items()}
        self.encoder = _Encoder(self.tokenizer, max_length)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO labels of one window of syllables."""
        ids, _, firsts = self.encoder.encode(words)
        with self.torch.no_grad():
            logits = self.model(input_ids=self.torch.tensor([ids])).logits[0]
        best = logits.argmax(-1).tolist()
        return [self.id2label.get(best[i], OUTSIDE) for i in firsts]

    def tag_spans(self, doc: Document) -> list[tuple[int, int, str]]:
        """``(norm_start, norm_end, type)`` of the entities found in ``doc``."""
        spans: list[tuple[int, int, str]] = []
        for tokens in tokenize(doc.norm.text):
            for a, b in self.encoder.windows(tokens):
                window = tokens[a:b]
                spans.extend(decode(window, self.tag([t.text for t in window])))
        return spans


@functools.lru_cache(maxsize=2)
def load_transformer(model_dir: str) -> TransformerTagger:
    """The tagger for ``model_dir``, loaded once."""
    return TransformerTagger(model_dir)
