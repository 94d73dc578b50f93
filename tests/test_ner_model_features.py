"""Syllable tokens, shapes, span marks, BIO labels and decoding of the CRF tagger."""
from __future__ import annotations

from pipeline.document import Document, Entity
from pipeline.ner.model.corpus import bio_labels, decode
from pipeline.ner.model.features import document_features, sequence_features, shape, span_marks
from pipeline.ner.model.tokens import Token, tokenize


def test_tokenize_splits_syllables_and_punctuation_per_line():
    lines = tokenize("Bộ trưởng Bùi Thanh Sơn.\n\nTP.HCM, 06-NQ/TW")
    assert [[t.text for t in line] for line in lines] == [
        ["Bộ", "trưởng", "Bùi", "Thanh", "Sơn", "."],
        ["TP", ".", "HCM", ",", "06", "-", "NQ", "/", "TW"],
    ]
    first = lines[1][0]
    assert (first.start, first.end) == (26, 28)


def test_shape_classes():
    assert [shape(w) for w in ["Sơn", "HCM", "2024", ",", "trưởng", "XIII", "F16", "iPhone"]] == [
        "Aa", "AA", "d", "p", "a", "R", "ad", "mix"]


def test_span_marks_begin_and_inside():
    tokens = [Token(0, 2, "Bộ"), Token(3, 9, "Ngoại"), Token(10, 14, "giao"), Token(15, 18, "tổ")]
    marks = span_marks(tokens, [(0, 14, "rule:MINISTRY"), (3, 9, "gaz:x")])
    assert marks == [{"rule:MINISTRY:B"}, {"rule:MINISTRY:I", "gaz:x:B"}, {"rule:MINISTRY:I"}, set()]


def test_sequence_features_window_bigrams_and_marks():
    tokens = [Token(0, 2, "Ông"), Token(3, 6, "Sơn"), Token(7, 8, ".")]
    feats = sequence_features(tokens, [set(), {"rule:PERSON:B"}, set()])
    middle = feats[1]
    for f in ["bias", "w=sơn", "W=Sơn", "sh=Aa", "p2=sơ", "s3=sơn", "-1w=ông", "+1w=.", "+1sh=p",
              "-2w=<pad>", "-1|0=ông|sơn", "0|+1=sơn|.", "-1|+1=ông|.", "m=rule:PERSON:B"]:
        assert f in middle, f
    assert "-1w=<pad>" in feats[0] and "-1sh=pad" in feats[0] and "+1m=rule:PERSON:B" in feats[0]
    assert "+1w=<pad>" in feats[2] and "-1m=rule:PERSON:B" in feats[2]
    assert not any(f.startswith("m=") for f in feats[0] + feats[2])


def test_bio_labels_and_decode_round_trip_on_raw_offsets():
    # NFD input: raw offsets differ from the normalised view.
    raw = "Tỉnh Lào Cai"
    import unicodedata
    raw = unicodedata.normalize("NFD", raw)
    doc = Document("d", raw)
    start = raw.index("L")
    gold = [Entity(start, len(raw), "PROVINCE", raw[start:], "Lào Cai")]
    (tokens, _), = document_features(doc, [])
    labels = bio_labels(doc, tokens, gold)
    assert labels == ["O", "B-PROVINCE", "I-PROVINCE"]
    (s, e, t), = decode(tokens, labels)
    assert doc.make_entity(s, e, t, "Lào Cai").text == gold[0].text


def test_decode_stray_inside_tag_starts_a_span():
    tokens = [Token(0, 1, "a"), Token(2, 3, "b"), Token(4, 5, "c"), Token(6, 7, "d")]
    assert decode(tokens, ["I-PERSON", "I-PERSON", "B-PROVINCE", "I-PERSON"]) == [
        (0, 3, "PERSON"), (4, 5, "PROVINCE"), (6, 7, "PERSON")]


def test_gazetteer_spans_match_whole_tokens_case_and_tone_insensitively(monkeypatch, tmp_path):
    from pipeline.ner.model import evidence
    from pipeline.text.normalize import fold

    (tmp_path / "persons").mkdir()
    (tmp_path / "persons" / "titles.txt").write_text("# comment\nBộ trưởng\nThủ tướng !\n", encoding="utf-8")
    (tmp_path / "persons" / "surnames.txt").write_text("Nguyễn\nLê\n", encoding="utf-8")
    monkeypatch.setattr(evidence, "DATA", tmp_path)
    evidence.gazetteer_index.cache_clear()
    try:
        text = "BỘ TRƯỞNG Nguyễn Lê gặp thủ tướng; Lêna"
        (tokens,) = tokenize(text)
        spans = evidence.gazetteer_spans(fold(text), tokens)
    finally:
        evidence.gazetteer_index.cache_clear()
    assert sorted((text[s:e], label) for s, e, label in spans) == [
        ("BỘ TRƯỞNG", "gaz:titles"), ("Lê", "gaz:surnames"), ("Nguyễn", "gaz:surnames"), ("thủ tướng", "gaz:titles")]
