"""RESOLUTION recognition: codes, numbers, congresses, laws, attributes, exclusions."""
from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.ner import resolutions


def found(text: str):
    ents = resolutions.find(Document("t", text))
    resolutions.propagate(ents)
    return ents


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in found(text)]


@pytest.mark.parametrize("text,expected", [
    ("thực hiện Nghị quyết số 18-NQ/TƯ của Bộ Chính trị", [("Nghị quyết số 18-NQ/TƯ", "Nghị quyết 18-NQ/TW")]),
    ("theo quyết định số 4521/QĐ-BNG ngày 5/10/2022", [("quyết định số 4521/QĐ-BNG", "Quyết định 4521/QĐ-BNG")]),
    ("Thông tư 03/2019/TT-BTC hướng dẫn", [("Thông tư 03/2019/TT-BTC", "Thông tư 03/2019/TT-BTC")]),
    ("Kết luận số 57-KL/TW và Chỉ thị 41", [("Kết luận số 57-KL/TW", "Kết luận 57-KL/TW"), ("Chỉ thị 41", "Chỉ thị 41")]),
    ("quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI của Đảng",
     [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI", "Nghị quyết Đại hội XI")]),
    ("Nghị quyết Trung ương 6 khóa X", [("Nghị quyết Trung ương 6 khóa X", "Nghị quyết Trung ương 6 khóa X")]),
    ("Luật Ngoại thương đã có hiệu lực; Luật Hộ tịch năm 2014",
     [("Luật Ngoại thương", "Luật Ngoại thương"), ("Luật Hộ tịch", "Luật Hộ tịch")]),
])
def test_forms(text, expected):
    assert spans(text) == expected


def test_attributes():
    (e,) = found("Nghị định 152/2020/NĐ-CP quy định")
    assert e.attrs == {"source": "rules", "kind": "Nghị định", "code": "152/2020/NĐ-CP", "number": 152,
                       "year": 2020, "issuer": "Chính phủ"}
    (e,) = found("Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về khoa học")
    assert e.attrs["year"] == 2024 and e.attrs["issuer"] == "Bộ Chính trị"
    assert e.to_json()["issuer"] == "Bộ Chính trị"
    (e,) = found("Nghị quyết 57-NQ/TW về khoa học")
    assert "issuer" not in e.attrs  # NQ/TW alone does not tell the organ


def test_short_form_takes_full_canonical():
    ents = found("Nghị quyết số 57-NQ/TW mở đường. Nghị quyết 57 đặt mục tiêu; Chỉ thị 57 khác.")
    assert [(e.text, e.canonical) for e in ents] == [
        ("Nghị quyết số 57-NQ/TW", "Nghị quyết 57-NQ/TW"), ("Nghị quyết 57", "Nghị quyết 57-NQ/TW"),
        ("Chỉ thị 57", "Chỉ thị 57")]


@pytest.mark.parametrize("text", [
    "ký Nghị định thư về hợp tác",
    "các Nghị quyết của Quốc hội và nghị quyết đại hội",
    "Luật Giảm lạm phát của Mỹ",
    "theo Kế hoạch số 12 và Chiến lược, Đề án 06",
    "quy định về xuất nhập cảnh; luật pháp quốc tế; Luật sư Trần Văn Minh",
    "Kết luận hội nghị, Thứ trưởng nêu rõ",
])
def test_not_resolution(text):
    assert spans(text) == []


def test_law_as_a_field_of_study_is_not_a_law():
    assert spans("Ông tốt nghiệp cử nhân Luật tại Trường Đại học Luật Hà Nội.") == []
    assert spans("Khoa Luật Quốc tế tổ chức hội thảo về Luật Biên giới quốc gia.") == [
        ("Luật Biên giới quốc gia", "Luật Biên giới quốc gia")]


def test_code_of_law_keeps_bo():
    assert spans("Bộ luật Lao động năm 2019 có hiệu lực.") == [("Bộ luật Lao động", "Bộ luật Lao động")]


def test_law_as_the_subject_of_a_treaty_is_not_a_law():
    assert spans("Công ước Liên hợp quốc về Luật Biển năm 1982 và Luật Biển Việt Nam.") == [
        ("Luật Biển Việt Nam", "Luật Biển Việt Nam")]
    assert spans("Hiệp định đã ký. Hội nghị bàn về Luật Đầu tư.") == [("Luật Đầu tư", "Luật Đầu tư")]


def test_resolution_of_an_international_body_is_not_one():
    assert spans("hoạt động theo Nghị quyết 2625 của Hội đồng Bảo an Liên hợp quốc.") == []


def test_long_law_name():
    assert spans("hoàn thiện dự án Luật Tham gia lực lượng gìn giữ hòa bình Liên hợp quốc, trình Quốc hội.") == [
        ("Luật Tham gia lực lượng gìn giữ hòa bình Liên hợp quốc", "Luật Tham gia lực lượng gìn giữ hòa bình Liên hợp quốc")]


def test_plenum_keeps_hoi_nghi_and_provincial_congress_keeps_its_wording():
    assert spans("thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XIII về Chiến lược") == [
        ("Nghị quyết Hội nghị Trung ương 8 khóa XIII", "Nghị quyết Hội nghị Trung ương 8 khóa XIII")]
    assert spans("Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ") == [
        ("Nghị quyết Đại hội XIV", "Nghị quyết Đại hội XIV"),
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX")]


def test_law_names_with_coordinated_adjectives_and_general_law_is_no_law():
    assert spans("theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa, bảo đảm doanh nghiệp tư nhân được hỗ trợ.") == [
        ("Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa")]
    assert spans("Vụ Các vấn đề chung về xây dựng pháp luật Hứa Minh Tuệ cho biết.") == []
