"""The optional transformers backend: fine-tune a tiny random BERT, then tag."""
from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from pipeline.document import Document, Entity  # noqa: E402
from pipeline.ner import model  # noqa: E402
from pipeline.ner.model.corpus import LABELS, Example  # noqa: E402
from pipeline.ner.model.tokens import tokenize  # noqa: E402
from pipeline.ner.model.transformer import TransformerConfig, load_transformer, train_transformer  # noqa: E402

DOCS = [
    ("Bộ trưởng Nguyễn Văn An thăm tỉnh Lào Cai.", [("Nguyễn Văn An", "PERSON"), ("Lào Cai", "PROVINCE")]),
    ("Bộ Ngoại giao triển khai Nghị quyết 36.", [("Bộ Ngoại giao", "MINISTRY"), ("Nghị quyết 36", "RESOLUTION")]),
]


def examples() -> list[Example]:
    out = []
    for i, (text, items) in enumerate(DOCS):
        ents = [Entity(text.index(s), text.index(s) + len(s), t, s, s) for s, t in items]
        out.append(Example(Document(f"t{i}", text), ents, rules=[]))
    return out


def tiny_base(path) -> None:
    """A randomly initialised 2-layer BERT (hidden 32) and a word-level tokenizer."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    words = sorted({t.text.lower() for text, _ in DOCS for line in tokenize(text) for t in line})
    vocab = {w: i for i, w in enumerate(specials + words)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                                cls_token="[CLS]", sep_token="[SEP]")
    fast.save_pretrained(str(path))
    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=37, max_position_embeddings=64)
    torch.manual_seed(0)
    transformers.BertForTokenClassification(config).save_pretrained(str(path))


def test_fine_tune_then_predict(tmp_path):
    base, out = tmp_path / "base", tmp_path / "tuned"
    tiny_base(base)
    report = train_transformer(examples(), base, out, TransformerConfig(max_steps=2, learning_rate=1e-3))
    assert report["steps"] == 2 and report["windows"] == 2
    tagger = load_transformer(str(out))
    assert [tagger.id2label[i] for i in range(len(LABELS))] == list(LABELS)
    doc = examples()[0].doc
    labels = tagger.tag([t.text for t in tokenize(doc.norm.text)[0]])
    assert len(labels) == 10 and set(labels) <= set(LABELS)
    found = model.predict(doc, [], path=out, backend="transformers")
    assert all(doc.text[e.start:e.end] == e.text and e.type in {"PERSON", "MINISTRY", "PROVINCE", "RESOLUTION"}
               for e in found)


def test_long_lines_are_cut_into_windows(tmp_path):
    base = tmp_path / "base"
    tiny_base(base)
    from pipeline.ner.model.transformer import _Encoder

    encoder = _Encoder(transformers.AutoTokenizer.from_pretrained(str(base)), max_length=6)
    tokens = tokenize("Bộ trưởng Nguyễn Văn An thăm tỉnh Lào Cai.")[0]
    assert list(encoder.windows(tokens)) == [(0, 4), (4, 8), (8, 10)]
    ids, labels, firsts = encoder.encode(["Bộ", "trưởng"], [1, 0])
    assert (ids[0], ids[-1], labels, firsts) == (2, 3, [-100, 1, 0, -100], [1, 2])
