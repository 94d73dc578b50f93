"""pipeline.sent_tokenize: sentence spans of raw text, the hard cases."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.document import Document
from pipeline.sent_tokenize import component, split


def sentences(text: str) -> list[str]:
    spans = split(text)
    for start, end in spans:
        piece = text[start:end]
        assert piece == piece.strip() and piece, (start, end)
    return [text[s:e] for s, e in spans]


def test_newline_is_a_boundary_on_a_real_text(root):
    text = (root / "corpora/seeds/002_272007ad87cd7ca6.txt").read_text(encoding="utf-8")
    first_line = text.split("\n", 1)[0]
    got = sentences(text)
    # the first line ends with "..." and the next line starts with a capital:
    # underthesea alone keeps them together, the newline must split them
    assert got[0] == first_line
    assert got[1].startswith("Phát biểu khai mạc hội nghị, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn")
    assert all("\n" not in s for s in got)


def test_headlines_without_final_period():
    text = "Đà Nẵng và Osaka ký thỏa thuận kết nghĩa\n\nChiều 6/12/2023, hai bên đã ký. Lễ ký diễn ra tại Đà Nẵng."
    assert sentences(text) == [
        "Đà Nẵng và Osaka ký thỏa thuận kết nghĩa",
        "Chiều 6/12/2023, hai bên đã ký.",
        "Lễ ký diễn ra tại Đà Nẵng.",
    ]


@pytest.mark.parametrize("text, expected", [
    ("Ông gặp PGS.TS. Nguyễn Văn An tại TP. Hồ Chí Minh. Sau đó ông về.",
     ["Ông gặp PGS.TS. Nguyễn Văn An tại TP. Hồ Chí Minh.", "Sau đó ông về."]),
    ("Hội thảo có ThS. Lê Văn Bình và TS. Trần Cường tham dự. Các bên thống nhất.",
     ["Hội thảo có ThS. Lê Văn Bình và TS. Trần Cường tham dự.", "Các bên thống nhất."]),
    ("Các lĩnh vực như giáo dục, y tế, v.v. đều được bàn. Hội nghị kết thúc.",
     ["Các lĩnh vực như giáo dục, y tế, v.v. đều được bàn.", "Hội nghị kết thúc."]),
    ("Phó Chủ tịch UBND TP. Đà Nẵng cho biết. Hết.",
     ["Phó Chủ tịch UBND TP. Đà Nẵng cho biết.", "Hết."]),
])
def test_abbreviations_do_not_end_a_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Có 3.000 đại biểu tham dự. Hội nghị diễn ra ngày 12/8. Sau đó các đoàn về nước.",
     ["Có 3.000 đại biểu tham dự.", "Hội nghị diễn ra ngày 12/8.", "Sau đó các đoàn về nước."]),
    ("Giá trị đạt 1.250.000 USD. Tiếp theo là phần hỏi đáp.",
     ["Giá trị đạt 1.250.000 USD.", "Tiếp theo là phần hỏi đáp."]),
    ("Tổng vốn đạt 48,2 tỷ USD. Tăng 22%.", ["Tổng vốn đạt 48,2 tỷ USD.", "Tăng 22%."]),
    ("Họp ngày 12/8. 15 đoàn tham dự.", ["Họp ngày 12/8.", "15 đoàn tham dự."]),
])
def test_numbers_and_dates(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Ông nói: "Chúng ta phải làm." Sau đó ông rời đi.',
     ['Ông nói: "Chúng ta phải làm."', "Sau đó ông rời đi."]),
    ("Ông nói: “Chúng ta phải làm.” Sau đó ông rời đi.",
     ["Ông nói: “Chúng ta phải làm.”", "Sau đó ông rời đi."]),
    ("Bà cho biết: “Việc này rất quan trọng!” Các đại biểu đồng tình.",
     ["Bà cho biết: “Việc này rất quan trọng!”", "Các đại biểu đồng tình."]),
    ("Ông A nói: “Tốt.” Ông B nói: “Đồng ý.” Hết.",
     ["Ông A nói: “Tốt.”", "Ông B nói: “Đồng ý.”", "Hết."]),
    ('Ông nói: "Xong."\nDòng mới.', ['Ông nói: "Xong."', "Dòng mới."]),
    ("Hội nghị kết thúc (TTXVN). Tin khác.", ["Hội nghị kết thúc (TTXVN).", "Tin khác."]),
])
def test_closing_quotes_stay_with_their_sentence(text, expected):
    assert sentences(text) == expected


def test_ascii_ellipsis_before_a_capital_ends_a_sentence():
    assert sentences("Còn nhiều việc phải làm... Nhưng chúng ta sẽ cố gắng.") == [
        "Còn nhiều việc phải làm...", "Nhưng chúng ta sẽ cố gắng."]


def test_ellipsis_inside_a_sentence_does_not_split():
    text = "Các tỉnh Quảng Ngãi… và Lào Cai tham dự."
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    # a file name is not two sentences
    ("chiase.jpg", ["chiase.jpg"]),
    ("Xem ảnh chiase.jpg nhé.", ["Xem ảnh chiase.jpg nhé."]),
    # the end-of-article mark "./." stays with the last sentence
    ("Các đại biểu đã về./.", ["Các đại biểu đã về./."]),
    # a missing space before a capital is still a boundary
    ("Hội nghị kết thúc.Theo đó các bên về.", ["Hội nghị kết thúc.", "Theo đó các bên về."]),
])
def test_pieces_glued_without_space(text, expected):
    assert sentences(text) == expected


def test_leading_trailing_and_blank_lines():
    text = "  Thụt lề đầu dòng.   Câu hai.  \n\n\n\tCâu ba."
    assert split(text) == [(2, 19), (22, 30), (36, 43)]
    assert split("") == []
    assert split("\n \n") == []
    # CRLF: the CR stays out of the sentence
    assert split("Ông nói: “Xong.”\r\nHai.") == [(0, 16), (18, 22)]


def test_real_texts_no_tiny_fragments(root):
    """On the seeds, no sentence is a stray fragment such as "jpg" or "/."."""
    for path in sorted((root / "corpora/seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = split(text)
        assert spans == sorted(spans)
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
        pieces = [text[s:e] for s, e in spans]
        assert not [p for p in pieces if len(p) < 5], path.name


def test_component_gives_raw_offsets_on_nfd_old_tone_input():
    raw = unicodedata.normalize("NFD", "Hoà bình là mục tiêu. Thuỳ Linh nói “Đúng.” Hết.")
    doc = component(Document(id="x", text=raw))
    assert [s.text for s in doc.sentences] == [
        unicodedata.normalize("NFD", "Hoà bình là mục tiêu."),
        unicodedata.normalize("NFD", "Thuỳ Linh nói “Đúng.”"),
        unicodedata.normalize("NFD", "Hết."),
    ]
    for s in doc.sentences:
        assert raw[s.start:s.end] == s.text
    assert doc.sentences[-1].end == len(raw)


def test_single_character_ellipsis_before_a_capital_ends_a_sentence():
    text = "Các công tác khác… Hội nghị kết thúc."
    assert [text[s:e] for s, e in split(text)] == ["Các công tác khác…", "Hội nghị kết thúc."]
