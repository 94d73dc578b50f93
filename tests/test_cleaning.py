"""pipeline.text.cleaning: page furniture on real and synthetic articles."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.document import Document
from pipeline.text.cleaning import component, find_furniture


def furniture_of(root, name: str, form: str | None = None) -> tuple[str, list]:
    text = (root / name).read_text(encoding="utf-8")
    if form:
        text = unicodedata.normalize(form, text)
    doc = component(Document(id="t", text=text))
    for f in doc.furniture:
        assert doc.text[f.start:f.end] == f.text
    return text, doc.furniture


def labelled(furniture) -> set[tuple[str, str]]:
    return {(f.label, f.text) for f in furniture}


def test_seed_003_caption_credit_agency_related(root):
    text, furniture = furniture_of(root, "corpora/seeds/003_d208fd180de330c1.txt")
    caption = ("Các sở, cơ quan ngoại vụ đóng góp tích cực cho hội nhập ảnh 1Phó Thủ tướng, "
               "Bộ trưởng Bộ Ngoại giao Phạm Bình Minh đến dự và phát biểu khai mạc Hội nghị. "
               "(Ảnh: An Đăng/TTXVN)")
    assert labelled(furniture) == {
        ("caption", caption),
        ("caption", "ảnh 1"),
        ("credit", "(Ảnh: An Đăng/TTXVN)"),
        ("agency", "(TTXVN)"),
        ("related", "Tin cùng chuyên mục"),
    }
    # the agency tag is the one on its own line at the end, not the one in the credit
    agency = next(f for f in furniture if f.label == "agency")
    assert text[agency.start - 2:agency.start] == "\n\n"


def test_seed_004_image_file_name(root):
    text, furniture = furniture_of(root, "corpora/seeds/004_e095eb2054989487.txt")
    caption = ("caption", "Đại sứ Việt Nam tại Anh Nguyễn Hoàng Long chia sẻ với các hiệp hội doanh "
               "nghiệp về hợp tác kinh tế với Vương quốc Anh trong khuôn khổ Hội nghị Ngoại giao lần thứ 32")
    assert labelled(furniture) == {("image", "chiase.jpg"), caption}
    image = next(f for f in furniture if f.label == "image")
    assert (image.start, image.end) == (348, 358)


def test_seed_004_line_after_the_image_is_a_caption(root):
    _, furniture = furniture_of(root, "corpora/seeds/004_e095eb2054989487.txt")
    assert any(f.label == "caption" and f.text.startswith("Đại sứ Việt Nam tại Anh") for f in furniture)


def test_seed_002_plain_article_has_no_furniture(root):
    _, furniture = furniture_of(root, "corpora/seeds/002_272007ad87cd7ca6.txt")
    assert furniture == []


def test_dev_s01_agency_dateline_and_photo_caption(root):
    text, furniture = furniture_of(root, "corpora/dev/s01.txt")
    assert labelled(furniture) == {
        ("agency", "(TTXVN)"),
        ("caption", "Thứ trưởng Trần Quốc Hưng phát biểu tại hội nghị. (Ảnh: Thanh Tùng/TTXVN)"),
        ("credit", "(Ảnh: Thanh Tùng/TTXVN)"),
    }
    agency = next(f for f in furniture if f.label == "agency")
    assert text[agency.start - len("Cần Thơ "):agency.start] == "Cần Thơ "


def test_dev_s02_image_and_byline_keep_raw_tone_placement(root):
    _, furniture = furniture_of(root, "corpora/dev/s02.txt")
    assert labelled(furniture) == {("image", "da-nang-osaka-ky-ket.jpg"), ("byline", "Thuỳ Dung")}


def test_dev_s20_agency_byline_and_related_block(root):
    _, furniture = furniture_of(root, "corpora/dev/s20.txt")
    assert labelled(furniture) == {
        ("agency", "(Báo Quốc tế)"),
        ("byline", "Thanh Phong"),
        ("related", "Tin liên quan: Bình Phước đẩy mạnh xuất khẩu hạt điều qua cửa khẩu Hoa Lư"),
    }


def test_nfd_input_gives_raw_offsets(root):
    text, furniture = furniture_of(root, "corpora/dev/s02.txt", form="NFD")
    byline = next(f for f in furniture if f.label == "byline")
    assert byline.text == unicodedata.normalize("NFD", "Thuỳ Dung")
    assert text[byline.start:byline.end] == byline.text
    assert byline.end == len(text.rstrip())


@pytest.mark.parametrize("text, expected", [
    ("Bài viết có nội dung.\nMinh Anh - Quốc Bảo", [("byline", "Minh Anh - Quốc Bảo")]),
    ("Bài viết có nội dung.\nLê Hiếu (từ Tokyo)", [("byline", "Lê Hiếu (từ Tokyo)")]),
    ("Mở đầu bài.\nToàn cảnh hội nghị.\nNội dung chính của bài viết.", [("caption", "Toàn cảnh hội nghị.")]),
    ("Đoàn gửi ảnh.PNG và x.jpeg cho báo", [("image", "ảnh.PNG"), ("image", "x.jpeg")]),
    ("Nội dung.\n\nXem thêm: Hội nghị ngoại vụ 2024", [("related", "Xem thêm: Hội nghị ngoại vụ 2024")]),
    # the related-news header is one line, even without a colon
    # a related-news header alone on its line opens a block to the end (no bylines in it)
    ("Nội dung.\nTin cùng chuyên mục\nBài A về hội nghị ngoại vụ\nBài B",
     [("related", "Tin cùng chuyên mục"), ("related", "Tin cùng chuyên mục\nBài A về hội nghị ngoại vụ\nBài B")]),
    # a header word inside a sentence is not a header
    ("Nội dung.\nXem thêm ảnh tại đây và bình luận", []),
    # a credit alone on its line is a credit, not also a caption
    ("Nội dung.\nẢnh: Quang Hòa\nNội dung tiếp theo của bài.", [("credit", "Ảnh: Quang Hòa")]),
    # a one-line text is a headline, never a byline
    ("Thanh Phong", []),
    # an ordinary last sentence is not a byline
    ("Mở đầu.\nHội nghị kết thúc tốt đẹp.", []),
])
def test_find_furniture_on_short_texts(text, expected):
    found = [(label, text[s:e]) for s, e, label in find_furniture(text)]
    assert found == expected


def test_crlf_line_ends_stay_out_of_spans(root):
    text = (root / "corpora/dev/s20.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    doc = component(Document(id="crlf", text=text))
    assert labelled(doc.furniture) == {
        ("agency", "(Báo Quốc tế)"),
        ("byline", "Thanh Phong"),
        ("related", "Tin liên quan: Bình Phước đẩy mạnh xuất khẩu hạt điều qua cửa khẩu Hoa Lư"),
    }
    short = "Bài.\r\nẢnh: Quang Hòa\r\nTiếp theo của bài."
    found = [(label, short[s:e]) for s, e, label in find_furniture(short)]
    assert found == [("credit", "Ảnh: Quang Hòa")]


def test_component_replaces_previous_furniture():
    doc = Document(id="x", text="Một câu.\nThanh Phong")
    component(doc)
    component(doc)
    assert [(f.label, f.text) for f in doc.furniture] == [("byline", "Thanh Phong")]


def test_header_with_colon_alone_on_its_line_opens_a_related_block():
    text = ("Bài viết.\nHồ Thu Trang\nTin liên quan:\nĐồng Nai hỗ trợ doanh nghiệp\n"
            "Bộ Công Thương tập huấn cho 500 doanh nghiệp\n")
    spans = find_furniture(text)
    block = text.index("Tin liên quan")
    assert (block, len(text.rstrip()), "related") in spans
    assert (text.index("Hồ Thu Trang"), text.index("Hồ Thu Trang") + 12, "byline") in spans
    # a header with its headline on the same line stays a single line
    inline = "Bài viết.\nTin liên quan: Đồng Nai hỗ trợ doanh nghiệp\nNội dung tiếp theo của bài."
    assert find_furniture(inline) == [(10, inline.index("\nNội"), "related")]
