"""PROVINCE recognition: variants, exclusions, eras, data file vs packages."""
from __future__ import annotations

import json

import pytest

from pipeline.document import Document
from pipeline.ner import provinces


def spans(text: str, **meta) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in provinces.find(Document("t", text, meta=meta))]


def test_data_file_agrees_with_packages():
    from pipeline.data.provinces.build import build

    stored = json.loads((provinces.DIR / "provinces.json").read_text(encoding="utf-8"))
    assert stored == json.loads(json.dumps(build(), ensure_ascii=False))
    assert len(stored["pre2025"]) == 63 and len(stored["post2025"]) == 34


def test_merger_attributes():
    (e,) = provinces.find(Document("t", "Đoàn công tác làm việc tại tỉnh Bình Phước."))
    assert (e.text, e.canonical) == ("Bình Phước", "Bình Phước")
    assert e.attrs["code"] == "70" and e.attrs["era"] == "pre2025" and e.attrs["merged_into"] == "Đồng Nai"
    (e,) = provinces.find(Document("t", "Lãnh đạo tỉnh Lào Cai tiếp đoàn."))
    assert e.attrs["era"] == "both" and e.attrs["code"] == "10"


@pytest.mark.parametrize("text,expected", [
    ("Sáng nay, tại TP.HCM, Sở Ngoại vụ TPHCM họp.", [("TP.HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh")]),
    ("UBND TP HCM và thành phố Hồ Chí Minh", [("TP HCM", "Hồ Chí Minh"), ("thành phố Hồ Chí Minh", "Hồ Chí Minh")]),
    ("Đoàn đến TP. Hồ Chí Minh ngày 3/5.", [("TP. Hồ Chí Minh", "Hồ Chí Minh")]),
    ("VINH LONG - Sáng 4/6, tỉnh Vĩnh Long", [("VINH LONG", "Vĩnh Long"), ("Vĩnh Long", "Vĩnh Long")]),
    ("Các tỉnh Bà Rịa-Vũng Tàu, Thừa Thiên - Huế, Đắc Lắk và Hoà Bình",
     [("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
      ("Đắc Lắk", "Đắk Lắk"), ("Hoà Bình", "Hòa Bình")]),
    ("Sở Ngoại vụ Bạc Liêu phối hợp với Công an Ninh Thuận", [("Bạc Liêu", "Bạc Liêu"), ("Ninh Thuận", "Ninh Thuận")]),
])
def test_variants(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "Việt Nam và tỉnh Vân Nam (Trung Quốc) thúc đẩy hợp tác.",
    "Vì hòa bình, ổn định ở khu vực Thái Bình Dương.",
    "Học tập và làm theo tư tưởng Hồ Chí Minh, Chủ tịch Hồ Chí Minh.",
    "Sinh viên Đại học Quốc gia Hà Nội tham dự.",
    "Đồng chí Nguyễn Thái Bình và chị Hà Giang phát biểu.",
    "Đại diện 63 tỉnh/thành và vùng Đồng bằng sông Cửu Long, miền Trung, Tây Nguyên.",
    "Nhã nhạc cung đình Huế được biểu diễn.",
    "Đoàn thăm thành phố Tuy Hòa và thành phố Quy Nhơn, thành phố Phủ Lý.",
])
def test_not_province(text):
    assert spans(text) == []


def test_provincial_city_is_not_the_province():
    assert spans("Hội nghị tại thành phố Thái Nguyên, tỉnh Thái Nguyên.") == [("Thái Nguyên", "Thái Nguyên")]


def test_hue_by_era():
    assert spans("Các tỉnh Quảng Trị, Huế") == [("Quảng Trị", "Quảng Trị"), ("Huế", "Thừa Thiên Huế")]
    after = provinces.find(Document("t", "thành phố Huế và Đà Nẵng", meta={"date": "2025-09-02"}))
    assert [(e.text, e.canonical, e.attrs["era"]) for e in after] == [
        ("Huế", "Huế", "post2025"), ("Đà Nẵng", "Đà Nẵng", "both")]


def test_offsets_map_to_raw_text():
    raw = "Tỉnh Khánh Hoà và tỉnh Hoà Bình"
    for e in provinces.find(Document("t", raw)):
        assert raw[e.start:e.end] == e.text
    assert spans(raw) == [("Khánh Hoà", "Khánh Hòa"), ("Hoà Bình", "Hòa Bình")]


def test_hcmc_inside_a_body_name_and_list_with_remark():
    assert spans("Đại học Quốc gia TP.HCM hợp tác với TP.HCM.") == [("TP.HCM", "Hồ Chí Minh")]
    got = spans("Hội thảo tại Lâm Đồng (mới) và Huế thu hút đông đảo.")
    assert [s for s, _ in got] == ["Lâm Đồng", "Huế"]


def test_ward_or_district_named_like_a_province():
    assert spans("Ngày 14/3/2026, tại phường Yên Bái, Ủy ban nhân dân tỉnh Lào Cai tổ chức hội nghị.") == [
        ("Lào Cai", "Lào Cai")]
    assert [s for s, _ in spans("thị xã Quảng Trị thuộc tỉnh Quảng Trị")] == ["Quảng Trị"]
