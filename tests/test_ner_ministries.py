"""MINISTRY recognition: gazetteer, departments by pattern, foreign ministries, exclusions."""
from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.ner import ministries


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in ministries.find(Document("t", text))]


@pytest.mark.parametrize("text,expected", [
    ("Cục trưởng Cục Lãnh sự Bộ Ngoại giao Việt Nam cho biết",
     [("Cục Lãnh sự", "Cục Lãnh sự"), ("Bộ Ngoại giao Việt Nam", "Bộ Ngoại giao")]),
    ("Trưởng ban Đối ngoại Trung ương Đảng tiếp đoàn", [("ban Đối ngoại Trung ương Đảng", "Ban Đối ngoại Trung ương")]),
    ("Văn phòng Bộ Tư pháp và Thanh tra Chính phủ", [("Văn phòng Bộ Tư pháp", "Văn phòng Bộ Tư pháp"),
                                                     ("Thanh tra Chính phủ", "Thanh tra Chính phủ")]),
    ("đại diện Bộ KH&ĐT, Bộ TN&MT và NHNN", [("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
                                              ("Bộ TN&MT", "Bộ Tài nguyên và Môi trường"),
                                              ("NHNN", "Ngân hàng Nhà nước Việt Nam")]),
    ("Bộ Ngoại giao Ấn Độ và Bộ Thương mại Hoa Kỳ", [("Bộ Ngoại giao Ấn Độ", "Bộ Ngoại giao Ấn Độ"),
                                                    ("Bộ Thương mại Hoa Kỳ", "Bộ Thương mại Hoa Kỳ")]),
    ("Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản (METI)",
     [("Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản", "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản"),
      ("METI", "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản")]),
])
def test_known_and_foreign(text, expected):
    assert spans(text) == expected


def test_unseen_departments_by_pattern():
    got = spans("Vụ Thị trường châu Âu - châu Mỹ (Bộ Công Thương) và Cục Kinh tế hợp tác tổ chức hội thảo.")
    assert got == [("Vụ Thị trường châu Âu - châu Mỹ", "Vụ Thị trường châu Âu - châu Mỹ"),
                   ("Bộ Công Thương", "Bộ Công Thương"), ("Cục Kinh tế hợp tác", "Cục Kinh tế hợp tác")]
    got = spans("Vụ trưởng Vụ Đông Bắc Á Trần Văn Nam; Viện Chiến lược phát triển thuộc Bộ Tài chính")
    assert got == [("Vụ Đông Bắc Á", "Vụ Đông Bắc Á"), ("Viện Chiến lược phát triển", "Viện Chiến lược phát triển"),
                   ("Bộ Tài chính", "Bộ Tài chính")]


def test_successor_attribute():
    (e,) = ministries.find(Document("t", "Bộ Thông tin và Truyền thông ban hành"))
    assert e.attrs["successor"] == "Bộ Khoa học và Công nghệ"
    (e,) = ministries.find(Document("t", "Ủy ban Dân tộc chủ trì"))
    assert e.attrs["successor"] == "Bộ Dân tộc và Tôn giáo"


@pytest.mark.parametrize("text", [
    "Bộ Chính trị, Ban Bí thư và Ban Chấp hành Trung ương Đảng",
    "Bộ trưởng Ngoại giao Trần Văn Sơn hội đàm.",
    "Sở Ngoại vụ và Ủy ban nhân dân tỉnh Lào Cai",
    "các bộ, ngành Trung ương và bộ, ngành địa phương",
    "Theo Quyết định 123/QĐ-BNG, Bộ sẽ triển khai.",
    "Bộ đội Biên phòng và Bộ Tư lệnh Cảnh sát biển",
    "Đại sứ quán Nhật Bản và Liên hiệp các tổ chức hữu nghị Việt Nam",
])
def test_not_ministry(text):
    assert spans(text) == []


def test_canonicalize():
    assert ministries.canonicalize("Ban Tuyên giáo Trung ương Đảng") == "Ban Tuyên giáo Trung ương"
    assert ministries.canonicalize("Bộ KHĐT") == "Bộ Kế hoạch và Đầu tư"


@pytest.mark.parametrize("text,expected", [
    # a lower-case enumeration after a comma continues a department's name
    ("Cục Quản lý khám, chữa bệnh tổ chức hội thảo.", ["Cục Quản lý khám, chữa bệnh"]),
    ("Cục Hộ tịch, quốc tịch, chứng thực và Vụ Pháp chế.", ["Cục Hộ tịch, quốc tịch, chứng thực", "Vụ Pháp chế"]),
    # ... but not a predicate or an apposition
    ("Cục Xúc tiến thương mại, tổ chức hội nghị.", ["Cục Xúc tiến thương mại"]),
    ("Vụ Pháp chế, đồng thời là đầu mối.", ["Vụ Pháp chế"]),
    # a stop word inside a lexicalised compound does not end the name
    ("Cục Đổi mới sáng tạo và Cục Bảo vệ thực vật phối hợp thực hiện.",
     ["Cục Đổi mới sáng tạo", "Cục Bảo vệ thực vật"]),
    # a family name starting a full name ends it
    ("Cục trưởng Cục Bảo vệ thực vật Kiều Văn Lâm cho biết.", ["Cục Bảo vệ thực vật"]),
])
def test_department_name_ends(text, expected):
    assert [s for s, _ in spans(text)] == expected


def test_academy_named_for_a_ministry_sector_takes_it_as_parent():
    (e,) = ministries.find(Document("t", "Học viện Tư pháp tổ chức lễ khai giảng."))
    assert (e.text, e.attrs["parent"]) == ("Học viện Tư pháp", "Bộ Tư pháp")
    (e,) = ministries.find(Document("t", "Học viện Tài chính hợp tác với Nhật Bản."))
    assert (e.text, e.attrs["parent"]) == ("Học viện Tài chính", "Bộ Tài chính")
    # other Vietnamese academies belong to a ministry too; a foreign one does not
    assert [e.text for e in ministries.find(Document("t", "Bệnh viện Quân y 103 và Học viện Quân y."))] == [
        "Học viện Quân y"]
    assert [e.text for e in ministries.find(Document("t", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"))] == [
        "Học viện Chính trị quốc gia Hồ Chí Minh"]
    assert ministries.find(Document("t", "Học viện Khoa học Xã hội Nga hợp tác.")) == []


def test_bracketed_acronym_and_its_later_uses():
    text = ("Bộ Y tế phối hợp với Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Hoa Kỳ (CDC). "
            "Giám đốc CDC Hoa Kỳ phát biểu; văn bản 12/QĐ-CDC không tính.")
    got = spans(text)
    canon = "Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Hoa Kỳ"
    assert got == [("Bộ Y tế", "Bộ Y tế"), (canon, canon), ("CDC", canon), ("CDC Hoa Kỳ", canon)]


def test_foreign_party_commissions():
    assert spans("Trưởng Ban Quan hệ quốc tế Trung ương Đảng Cộng sản Cuba phát biểu.") == [
        ("Ban Quan hệ quốc tế Trung ương Đảng Cộng sản Cuba", "Ban Quan hệ quốc tế Trung ương Đảng Cộng sản Cuba")]
    assert spans("Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào và Ban Đối ngoại Trung ương Đảng.") == [
        ("Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào", "Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào"),
        ("Ban Đối ngoại Trung ương Đảng", "Ban Đối ngoại Trung ương")]


def test_and_before_another_body_ends_a_ministry():
    got = spans("phối hợp với Bộ Kế hoạch và Đầu tư và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức lễ hội.")
    assert got == [("Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư")]
    assert [s for s, _ in spans("Bộ Y tế và Dịch vụ Nhân sinh Hoa Kỳ tài trợ.")] == ["Bộ Y tế và Dịch vụ Nhân sinh Hoa Kỳ"]


def test_stop_word_inside_a_lexicalised_compound():
    assert [s for s, _ in spans("Theo báo cáo của Cục Y tế dự phòng (Bộ Y tế), số ca mắc giảm.")] == [
        "Cục Y tế dự phòng", "Bộ Y tế"]


def test_department_named_for_a_continent_and_and_before_a_delegation():
    assert [s for s, _ in spans("Vụ trưởng Vụ châu Âu (Bộ Ngoại giao) trao quà.")] == ["Vụ châu Âu", "Bộ Ngoại giao"]
    assert [s for s, _ in spans("Bộ Công Thương và Phái đoàn EU thống nhất.")] == ["Bộ Công Thương"]


def test_department_names_with_capitalised_enumeration_compounds_and_countries():
    assert [s for s, _ in spans("Theo Cục trưởng Cục Chất lượng, Chế biến và Phát triển thị trường Ngụy Thị Thu Hường")] \
        == ["Cục Chất lượng, Chế biến và Phát triển thị trường"]
    assert [s for s, _ in spans("Cục Lãnh sự, Bộ Ngoại giao và Sở Ngoại vụ phối hợp.")] == ["Cục Lãnh sự", "Bộ Ngoại giao"]
    assert [s for s, _ in spans("Phó Cục trưởng Cục Hàng không Việt Nam cho biết.")] == ["Cục Hàng không Việt Nam"]
    # a foreign agency no ministry is named for is not one; with its parent ministry it is
    assert spans("và Cục Xuất nhập cảnh Thái Lan sẵn sàng thiết lập đường dây nóng.") == []
    assert [s for s, _ in spans("Tổng cục Cảnh sát quốc gia thuộc Bộ Nội vụ Campuchia")] == [
        "Tổng cục Cảnh sát quốc gia", "Bộ Nội vụ Campuchia"]
    assert spans("Tổng cục Du lịch Hàn Quốc và các doanh nghiệp lữ hành") == []


def test_department_named_for_the_americas():
    assert [s for s, _ in spans("cùng đại diện Vụ châu Mỹ, Vụ Tây Á - châu Phi và Vụ châu Âu.")] == [
        "Vụ châu Mỹ", "Vụ Tây Á - châu Phi", "Vụ châu Âu"]


@pytest.mark.parametrize("text, expected", [
    ("Cục trưởng Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính Khúc Văn Doanh thông tin",
     ["Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"]),
    ("Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý sẽ tổ chức 6 lớp tập huấn.",
     ["Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"]),
])
def test_long_department_names(text, expected):
    assert [s for s, _ in spans(text)] == expected


def test_continent_department_before_a_name_and_more_countries():
    assert [s for s, _ in spans("Tham dự có Vụ trưởng Vụ châu Âu Đinh Thị Ngọc Bích.")] == ["Vụ châu Âu"]
    assert [s for s, _ in spans("ký kế hoạch hợp tác với Bộ Công nghiệp và Thương mại Maroc")] == [
        "Bộ Công nghiệp và Thương mại Maroc"]


def test_country_word_opening_a_compound_is_no_country():
    assert [s for s, _ in spans("Quốc vụ khanh Bộ Văn hóa và Mỹ thuật Campuchia Sok Chanthou phát biểu.")] == [
        "Bộ Văn hóa và Mỹ thuật Campuchia"]
    assert [s for s, _ in spans("Bộ Ngoại giao Mỹ cho biết")] == ["Bộ Ngoại giao Mỹ"]


def test_pacific_in_a_department_name():
    assert [s for s, _ in spans("Vụ trưởng Vụ châu Á - Thái Bình Dương, Bộ Ngoại giao Ba Lan phát biểu.")] == [
        "Vụ châu Á - Thái Bình Dương", "Bộ Ngoại giao Ba Lan"]


def test_plural_ministries_are_generic():
    assert spans("Thứ trưởng cho biết hai Bộ Ngoại giao đang tích cực chuẩn bị.") == []
    assert [s for s, _ in spans("Đây là lần thứ ba Bộ Tài chính công bố số liệu.")] == ["Bộ Tài chính"]


def test_foreign_ministry_later_without_its_country():
    text = "Quốc vụ khanh Bộ Văn hóa và Mỹ thuật Campuchia dự. Ông cho biết, Bộ Văn hóa và Mỹ thuật sẵn sàng hợp tác."
    canon = "Bộ Văn hóa và Mỹ thuật Campuchia"
    assert spans(text) == [(canon, canon), ("Bộ Văn hóa và Mỹ thuật", canon)]
    # a name that is also a Vietnamese ministry stays that ministry
    assert spans("Bộ Ngoại giao Lào và Bộ Ngoại giao phối hợp") == [
        ("Bộ Ngoại giao Lào", "Bộ Ngoại giao Lào"), ("Bộ Ngoại giao", "Bộ Ngoại giao")]


@pytest.mark.parametrize("text, expected", [
    ("Bộ Ngoại giao Thái Lan do Phó Vụ trưởng Vụ Đông Á Sirilak Chantharangsi dẫn đầu.",
     ["Bộ Ngoại giao Thái Lan", "Vụ Đông Á"]),                                # a foreign name ends it
    ("giao Cục Di sản văn hóa phối hợp với Vụ Pháp chế hoàn thiện hướng dẫn.",
     ["Cục Di sản văn hóa", "Vụ Pháp chế"]),                                  # a predicate verb ends it
    ("Vụ trưởng Vụ Văn hóa, Giáo dục (Ủy ban Nhà nước về người Việt Nam ở nước ngoài) cho biết",
     ["Vụ Văn hóa, Giáo dục", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"]),
])
def test_department_name_ends_before_names_and_predicates(text, expected):
    assert [s for s, _ in spans(text)] == expected
