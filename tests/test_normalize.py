"""pipeline.text.normalize: the normalised view, its offset map, fold, strip_diacritics."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.text.normalize import fold, modern_tones, normalize, strip_diacritics


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- tone placement -----------------------------------------------------------

@pytest.mark.parametrize("old, modern", [
    ("hoà", "hòa"),
    ("Hoà Bình", "Hòa Bình"),
    ("thuỳ", "thùy"),
    ("Thuỳ Linh", "Thùy Linh"),
    ("Uỷ ban", "Ủy ban"),
    ("uỷ ban", "ủy ban"),
    ("khoẻ", "khỏe"),
    ("văn hoá", "văn hóa"),
    ("thuý", "thúy"),
    ("tuỳ", "tùy"),
    ("HOÀ", "HÒA"),
    ("hoà hợp, hoà bình.", "hòa hợp, hòa bình."),
])
def test_old_tone_placement_becomes_modern(old, modern):
    assert normalize(old).text == modern
    assert normalize(nfd(old)).text == modern
    assert modern_tones(old) == modern


@pytest.mark.parametrize("word", [
    "quý", "Quý", "quỷ", "Huỳnh", "Quỳnh", "ngoài", "ngoại", "toàn", "hoàng",
    "quà", "hòa", "thùy", "ủy", "khuya", "Nguyễn", "tuyển",
])
def test_words_already_modern_or_closed_are_unchanged(word):
    assert normalize(word).text == word
    assert normalize(nfd(word)).text == word


def test_modern_tones_keeps_length():
    text = "Uỷ ban nhân dân tỉnh Hoà Bình, Thuỳ Linh"
    out = modern_tones(text)
    assert out == "Ủy ban nhân dân tỉnh Hòa Bình, Thùy Linh"
    assert len(out) == len(text)


# --- spaces and invisible characters -------------------------------------------

def test_nbsp_and_thin_spaces_become_plain_spaces():
    raw = "Hà\u00a0Nội\u2009và\u202fHuế"
    norm = normalize(raw)
    assert norm.text == "Hà Nội và Huế"
    assert len(norm.text) == len(raw)
    assert norm.to_raw(0, 6) == (0, 6)


def test_zero_width_and_soft_hyphen_are_dropped_with_offsets_kept():
    raw = "\ufeffBộ\u200b Ngoại\u00ad giao"
    norm = normalize(raw)
    assert norm.text == "Bộ Ngoại giao"
    s, e = norm.to_raw(0, len(norm.text))
    assert (s, e) == (1, len(raw))
    assert raw[s:e] == "Bộ\u200b Ngoại\u00ad giao"
    # "Ngoại" is norm[3:8], raw[5:10]
    assert norm.to_raw(3, 8) == (5, 10)
    assert raw[5:10] == "Ngoại"


def test_ascii_text_is_identity():
    raw = "Covid-19, 63/63, USD."
    norm = normalize(raw)
    assert norm.text == raw
    assert list(norm.starts) == list(range(len(raw)))
    assert list(norm.ends) == list(range(1, len(raw) + 1))


def test_empty_text():
    norm = normalize("")
    assert norm.text == ""
    assert norm.to_raw(0, 0) == (0, 0)


# --- the offset map ------------------------------------------------------------

def test_nfd_offsets_map_back_to_the_raw_characters():
    raw = nfd("Ông Nguyễn Hoà gặp Thuỳ Linh")
    norm = normalize(raw)
    assert norm.text == "Ông Nguyễn Hòa gặp Thùy Linh"
    assert len(raw) > len(norm.text)
    for word in ("Ông", "Nguyễn", "Hòa", "gặp", "Thùy", "Linh"):
        i = norm.text.index(word)
        s, e = norm.to_raw(i, i + len(word))
        # the raw slice is the same word, in NFD and possibly old tone placement
        assert modern_tones(unicodedata.normalize("NFC", raw[s:e])) == word
        assert norm.to_norm(s, e) == (i, i + len(word))
    # hand-computed: "Ông" is 4 raw characters (O + circumflex + n g), so "Nguyễn"
    # (N g u y e + circumflex + tilde + n) is raw[5:13]
    assert norm.to_raw(4, 10) == (5, 13)


def test_to_raw_and_to_norm_on_precomposed_text_are_identity():
    raw = "Bộ trưởng Bùi Thanh Sơn"
    norm = normalize(raw)
    assert norm.to_raw(10, 23) == (10, 23)
    assert norm.to_norm(10, 23) == (10, 23)


def test_to_raw_of_an_empty_span():
    norm = normalize(nfd("Hà Nội"))
    assert norm.to_raw(3, 3) == (4, 4)  # "Hà " is 4 raw characters
    assert norm.to_raw(6, 6) == (len(norm.raw), len(norm.raw))


def test_to_norm_covers_a_raw_span_that_cuts_a_combined_letter():
    raw = nfd("Hà Nội")  # H a ̀ ␠ N ô ̣ i
    norm = normalize(raw)
    # raw[1:2] is the bare "a" of "à": the covering normalised span is "à"
    assert norm.to_norm(1, 2) == (1, 2)


def test_starts_and_ends_are_monotone_on_a_real_text(root):
    raw = nfd((root / "corpora/seeds/004_e095eb2054989487.txt").read_text(encoding="utf-8"))
    norm = normalize(raw)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    assert list(norm.starts) == sorted(norm.starts)
    assert all(s < e for s, e in zip(norm.starts, norm.ends))


def test_nfd_and_nfc_files_give_the_same_view(root):
    for path in sorted((root / "corpora/seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert normalize(nfd(text)).text == normalize(text).text, path.name


# --- fold and strip_diacritics -------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Hoà", "hòa"),
    ("THUỲ LINH", "thùy linh"),
    (nfd("Uỷ ban"), "ủy ban"),
    ("Đà Nẵng", "đà nẵng"),
])
def test_fold_equates_case_form_and_tone_placement(a, b):
    assert fold(a) == fold(b) == b


def test_fold_keeps_diacritics_apart():
    assert fold("Lê Văn Hưng") != fold("Lê Văn Hùng")


def test_fold_keeps_length_of_a_normalised_text():
    text = normalize("Ủy ban nhân dân TP. Hồ Chí Minh, ĐÀ NẴNG").text
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text, skeleton", [
    ("Đà Nẵng", "Da Nang"),
    ("Thừa Thiên Huế", "Thua Thien Hue"),
    ("Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau"),
    ("đồng", "dong"),
    ("Covid-19", "Covid-19"),
])
def test_strip_diacritics(text, skeleton):
    out = strip_diacritics(text)
    assert out == skeleton
    assert len(out) == len(text)
