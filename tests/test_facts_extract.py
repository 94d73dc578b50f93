"""Tests of numeric-fact extraction (pipeline.facts): every kind on
sentences in the style of the corpus, and hard negatives for every exclusion
of the annotation guide."""
from __future__ import annotations

import pytest

from pipeline.document import Document, Entity, Furniture
from pipeline.facts import component, extract


def facts(text: str) -> list[tuple]:
    out = []
    for f in extract(text):
        assert 0 <= f.start < f.end <= len(text)
        out.append((text[f.start:f.end], f.kind, f.value, f.unit, f.approx, f.change, f.total))
    return out


def find(text: str, kind: str) -> list[tuple]:
    return [f for f in facts(text) if f[1] == kind]


# ------------------------------------------------------------------ count
def test_count_with_qualifier_cut():
    text = "Hội nghị có sự tham gia của 500 đại biểu là lãnh đạo các ban, bộ, ngành."
    assert facts(text) == [("500 đại biểu", "count", 500, "đại biểu", "=", None, None)]


def test_count_ratio_and_coordinated_unit():
    text = "Đại diện lãnh đạo 63/63 tỉnh, thành phố trong cả nước đã tham dự."
    assert facts(text) == [("63/63 tỉnh, thành phố", "count", 63, "tỉnh, thành phố", "=", None, 63)]


def test_count_words_and_approx():
    text = "Năm nay có trên 350 đại biểu tham dự và thực hiện ba đột phá chiến lược."
    assert facts(text) == [
        ("trên 350 đại biểu", "count", 350, "đại biểu", ">", None, None),
        ("ba đột phá chiến lược", "count", 3, "đột phá chiến lược", "=", None, None),
    ]


def test_count_hang_tram_and_measure():
    text = "Tuyến biên giới dài hơn 1.400 km, thu hút hàng trăm doanh nghiệp."
    assert facts(text) == [
        ("hơn 1.400 km", "count", 1400, "km", ">", None, None),
        ("hàng trăm doanh nghiệp", "count", 100, "doanh nghiệp", "~", None, None),
    ]


def test_count_stops_at_proper_name_and_verb():
    text = "Tiếp nhận 86 công dân Việt Nam được giải cứu; 14.260 lao động sang Hàn Quốc."
    got = find(text, "count")
    assert [(f[0], f[3]) for f in got] == [("86 công dân", "công dân"), ("14.260 lao động", "lao động")]


def test_count_nam_as_five_before_count_noun():
    text = "Hai bên hợp tác trong năm lĩnh vực: giáo dục, y tế."
    assert facts(text) == [("năm lĩnh vực", "count", 5, "lĩnh vực", "=", None, None)]


def test_range_first_number_shares_unit():
    text = "Phần lớn là thanh niên từ 18 đến 25 tuổi."
    assert facts(text) == [
        ("18", "count", 18, "tuổi", "=", None, None),
        ("25 tuổi", "count", 25, "tuổi", "=", None, None),
    ]


# ------------------------------------------------------------------ money
@pytest.mark.parametrize("text, surface, value, unit, approx", [
    ("Kim ngạch đạt 48,2 tỷ USD.", "48,2 tỷ USD", 48_200_000_000, "USD", "="),
    ("với tổng vốn khoảng 2.500 tỷ đồng.", "khoảng 2.500 tỷ đồng", 2_500_000_000_000, "VND", "~"),
    ("mức lương khoảng 1.000 USD mỗi tháng", "khoảng 1.000 USD", 1000, "USD", "~"),
    ("viện trợ 3 triệu euro cho dự án", "3 triệu euro", 3_000_000, "EUR", "="),
    ("vốn vay 20 tỷ yên từ JICA", "20 tỷ yên", 20_000_000_000, "JPY", "="),
    ("tổng giá trị 1 tỷ 200 triệu đồng", "1 tỷ 200 triệu đồng", 1_200_000_000, "VND", "="),
])
def test_money(text, surface, value, unit, approx):
    got = find(text, "money")
    assert got == [(surface, "money", value, unit, approx, None, None)]
    assert isinstance(got[0][2], int)


def test_dong_chi_is_not_money():
    assert find("Có 3 đồng chí được khen thưởng.", "money") == []


# ---------------------------------------------------------------- percent
def test_percent_change_and_baseline_count():
    text = "Số đoàn đạt 298 đoàn, tăng 60% so với 186 đoàn của giai đoạn trước."
    assert facts(text) == [
        ("298 đoàn", "count", 298, "đoàn", "=", None, None),
        ("tăng 60%", "percent", 60, "%", "=", "increase", None),
        ("186 đoàn", "count", 186, "đoàn", "=", None, None),
    ]


@pytest.mark.parametrize("text, surface, value, approx, change", [
    ("xuất khẩu đạt 39,6 tỷ USD, tăng 7,2% so với năm trước", "tăng 7,2%", 7.2, "=", "increase"),
    ("số vụ xuất nhập cảnh trái phép giảm 3%.", "giảm 3%", 3, "=", "decrease"),
    ("mới chiếm chưa đến 30% giá trị xuất khẩu", "chưa đến 30%", 30, "<", None),
    ("tăng khoảng 25% so với cùng kỳ", "tăng khoảng 25%", 25, "~", "increase"),
    ("chiếm 18 phần trăm vốn đầu tư", "18 phần trăm", 18, "=", None),
])
def test_percent(text, surface, value, approx, change):
    assert find(text, "percent") == [(surface, "percent", value, "%", approx, change, None)]


# ------------------------------------------------------------------- date
@pytest.mark.parametrize("text, surface, value", [
    ("Ngày 15/12/2023, tại Hà Nội", "Ngày 15/12/2023", "2023-12-15"),
    ("Sáng 12/8, tại trụ sở", "12/8", "--08-12"),
    ("phiên rà soát dự kiến vào ngày 20/9.", "ngày 20/9", "--09-20"),
    ("biên bản ghi nhớ ký tháng 8/2018.", "tháng 8/2018", "2018-08"),
    ("bối cảnh năm 2018 là năm bản lề", "năm 2018", "2018"),
    ("diễn ra vào tháng 11 tới", "tháng 11", "--11"),
    ("dự kiến vào tháng Chín", "tháng Chín", "--09"),
    ("ngày 15 tháng 12 năm 2023", "ngày 15 tháng 12 năm 2023", "2023-12-15"),
    ("Chiều 6/12/2023, tại Đà Nẵng", "6/12/2023", "2023-12-06"),
    ("phấn đấu đến năm 2030 trở thành", "năm 2030", "2030"),
    ("mở nhà máy từ 2015 tới nay", "2015", "2015"),
])
def test_date(text, surface, value):
    assert find(text, "date") == [(surface, "date", value, None, "=", None, None)]


def test_timestamp_gives_date_not_clock():
    text = "18:09 09/01/2020\nHà Nội tổ chức hội nghị"
    assert facts(text) == [("09/01/2020", "date", "2020-01-09", None, "=", None, None)]


def test_weekday_is_not_ordinal():
    assert facts("Thứ Hai, ngày 15/1/2024") == [("ngày 15/1/2024", "date", "2024-01-15", None, "=", None, None)]


# ----------------------------------------------------------------- period
@pytest.mark.parametrize("text, surface, value", [
    ("kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020.", "2016 - 2020", ["2016", "2020"]),
    ("trong giai đoạn 2021-2023 các địa phương", "2021-2023", ["2021", "2023"]),
    ("diễn ra từ ngày 22 - 26/7 tại Hà Nội", "ngày 22 - 26/7", ["--07-22", "--07-26"]),
    ("từ ngày 12 đến 18/9/2023", "ngày 12 đến 18/9/2023", ["2023-09-12", "2023-09-18"]),
    ("từ tháng 3 đến tháng 5/2024", "tháng 3 đến tháng 5/2024", ["2024-03", "2024-05"]),
    ("từ năm 2015 đến năm 2020", "năm 2015 đến năm 2020", ["2015", "2020"]),
])
def test_period(text, surface, value):
    assert find(text, "period") == [(surface, "period", value, None, "=", None, None)]


# --------------------------------------------------------------- duration
@pytest.mark.parametrize("text, surface, value, unit, approx", [
    ("Hội nghị Ngoại vụ được tổ chức hai năm một lần.", "hai năm một lần", 2, "năm", "="),
    ("Trong 3 năm qua, các địa phương đã ký", "3 năm qua", 3, "năm", "="),
    ("kỷ niệm 40 năm thiết lập quan hệ ngoại giao", "40 năm", 40, "năm", "="),
    ("sau gần hai năm thực hiện Chỉ thị", "gần hai năm", 2, "năm", "~"),
    ("thời gian thông quan dưới 48 giờ", "dưới 48 giờ", 48, "giờ", "<"),
    ("trong một năm qua", "một năm qua", 1, "năm", "="),
])
def test_duration(text, surface, value, unit, approx):
    assert find(text, "duration") == [(surface, "duration", value, unit, approx, None, None)]


def test_duration_and_date_together():
    assert facts("trong 6 tháng cuối năm 2023") == [
        ("6 tháng", "duration", 6, "tháng", "=", None, None),
        ("năm 2023", "date", "2023", None, "=", None, None),
    ]


def test_clock_time_is_not_duration():
    assert find("Hội nghị khai mạc lúc 9 giờ sáng.", "duration") == []


# ---------------------------------------------------------------- ordinal
@pytest.mark.parametrize("text, surface, value", [
    ("Hội nghị Ngoại vụ toàn quốc lần thứ 19 do Bộ Ngoại giao tổ chức", "lần thứ 19", 19),
    ("tại kỳ họp thứ 6, Quốc hội khóa XV", "kỳ họp thứ 6", 6),
    ("kể từ Hội nghị Ngoại vụ 18 (năm 2016) đến nay", "Hội nghị Ngoại vụ 18", 18),
    ("triển khai đợt 2 của chương trình", "đợt 2", 2),
    ("góp ý dự thảo lần 2", "lần 2", 2),
    ("Việt Nam đứng thứ hai về xuất khẩu", "đứng thứ hai", 2),
    ("trở thành nền kinh tế lớn thứ 4 thế giới", "lớn thứ 4", 4),
    ("đây là kỳ Hội nghị thứ tư được tổ chức", "thứ tư", 4),
    ("giai đoạn hai của dự án", "giai đoạn hai", 2),
])
def test_ordinal(text, surface, value):
    assert find(text, "ordinal") == [(surface, "ordinal", value, None, "=", None, None)]


def test_ordinal_list():
    got = find("Hội nghị Cấp cao ASEAN lần thứ 44 và 45", "ordinal")
    assert [(f[0], f[2]) for f in got] == [("lần thứ 44", 44), ("45", 45)]


def test_first_is_not_ordinal():
    assert facts("phiên rà soát đầu tiên dự kiến vào cuối năm") == []


# ------------------------------------------------------------- exclusions
@pytest.mark.parametrize("text", [
    "Thực hiện Nghị quyết số 22-NQ/TW của Bộ Chính trị về hội nhập quốc tế.",
    "theo quyết định số 3088/QĐ-BNG của Bộ Ngoại giao",
    "Nghị định 80/2020/NĐ-CP quy định về viện trợ",
    "góp phần kiểm soát hiệu quả dịch Covid-19 và COVID-19",
    "cuộc Cách mạng công nghiệp 4.0 đang diễn ra",
    "Hội nghị thượng đỉnh G20 tại Ấn Độ",
    "tuần lễ cấp cao APEC 2017 tại Đà Nẵng",
    "tinh thần Nghị quyết TW4 khóa XII",
    "tiếp tục triển khai Nghị quyết 38 của Chính phủ",
    "bám sát đường lối Đại hội XII của Đảng",
    "Ban Chấp hành Trung ương khóa XIII",
    "Thứ nhất, cần tiếp tục phát huy vai trò tiên phong.",
    "Một là, nâng cao chất lượng thông tin thị trường.",
    "Hai là, tổ chức xúc tiến theo chuỗi liên kết vùng.",
    "một số địa phương khác",
    "Đà Nẵng là một trong những đối tác ưu tiên",
    "triển khai một cách hiệu quả",
    "quan hệ giữa hai nước ngày càng phát triển",
    "hai bên nhất trí tăng cường hợp tác",
    "hai Đảng và hai Nhà nước",
    "thúc đẩy hợp tác giữa hai tỉnh",
    "hai Bộ trưởng đã hội đàm",
    "hai địa phương đã ký thỏa thuận",
    "nền kinh tế tăng trưởng hai con số",
    "Liên hệ: 024.3799.3000 hoặc 0912 345 678",
    "chiase.jpg",
    "anh-1.jpg",
    "Năm hữu nghị Việt Nam - Lào 2022",
    "tham dự chương trình Xuân Quê hương 2021",
    "cập nhật lúc 18:09",
    "hợp tác với Ba Lan và Hungary",
    "hàng năm tổ chức gặp mặt",
    "năm nay là năm bản lề",
    "nông sản quá cảnh sang nước thứ ba",
    "tuyến Vành đai 3 kết nối Đồng Nai",
    "xem tại https://baoquocte.vn/bai-viet-123.html",
])
def test_not_a_fact(text):
    assert facts(text) == []


def test_year_governed_by_time_word_is_date_but_label_is_not():
    text = "Năm hữu nghị Việt Nam - Lào 2022 kéo dài đến năm 2023."
    assert facts(text) == [("năm 2023", "date", "2023", None, "=", None, None)]


# -------------------------------------------------------------- component
def test_component_offsets_entities_furniture_baseline_completion():
    raw = ("Hà Nội, 12/8/2024 - Ngày 10/8, Bộ Ngoại giao đón 298 đoàn, tăng 60% so với 186 đoàn. "
           "Nghị quyết 22 được triển khai.\nanh-1.jpg 300 ảnh\n")
    doc = Document(id="t", text=raw, meta={})
    ent = raw.index("Nghị quyết 22")
    doc.entities = [Entity(ent, ent + len("Nghị quyết 22"), "RESOLUTION", "Nghị quyết 22", "Nghị quyết 22")]
    img = raw.index("anh-1.jpg")
    doc.furniture = [Furniture(img, len(raw) - 1, raw[img:-1], "image")]
    doc = component(doc)
    got = [(f.text, f.kind, f.value) for f in doc.facts]
    assert got == [
        ("12/8/2024", "date", "2024-08-12"),
        ("Ngày 10/8", "date", "--08-10"),
        ("298 đoàn", "count", 298),
        ("tăng 60%", "percent", 60),
        ("186 đoàn", "count", 186),
    ]
    for f in doc.facts:
        assert raw[f.start:f.end] == f.text
    assert doc.facts[3].attrs["baseline"] == 4
    assert doc.facts[1].attrs["completed"] == "2024-08-10"
    assert doc.facts[1].value == "--08-10"


def test_component_meta_date_and_raw_offsets_with_old_tones():
    raw = "Ngày 5/11, Uỷ ban đón hơn 300 đại biểu."  # old-style "Uỷ"
    doc = component(Document(id="t", text=raw, meta={"date": "2023-11-06"}))
    assert [(f.text, f.value, f.unit, f.approx) for f in doc.facts] == [
        ("Ngày 5/11", "--11-05", None, "="),
        ("hơn 300 đại biểu", 300, "đại biểu", ">"),
    ]
    assert doc.facts[0].attrs["completed"] == "2023-11-05"
    assert doc.facts[1].to_json()["approx"] == ">"


def test_long_text_every_repeat_found():
    text = ("Ngày 14/3/2024, hơn 250 đại biểu dự hội nghị; xuất khẩu đạt khoảng 39,6 tỷ USD, "
            "tăng 7,2% so với năm 2023, giai đoạn 2024 - 2025, lần thứ 19. ") * 400
    got = extract(text)
    assert len(got) == 400 * 7
    assert [f.kind for f in got[:7]] == [f.kind for f in got[-7:]]


# ------------------------------------------------- counted phrase by word class
@pytest.mark.parametrize("text, surface, unit", [
    # a person or institution noun: a verb with an object after it is the predicate
    ("Tỉnh có 300 kỹ sư làm việc tại khu công nghiệp.", "300 kỹ sư", "kỹ sư"),
    ("Có 35 tình nguyện viên hỗ trợ phục vụ hội nghị.", "35 tình nguyện viên", "tình nguyện viên"),
    # ... but a verb that closes the phrase modifies it
    ("Sở tuyển 20 cán bộ quản lý.", "20 cán bộ quản lý", "cán bộ quản lý"),
    # a thing or event noun: a verb and its object name a type
    ("Trường tổ chức 12 lớp tập huấn nghiệp vụ cho cán bộ.", "12 lớp tập huấn nghiệp vụ",
     "lớp tập huấn nghiệp vụ"),
    ("Năm qua có 4 đợt xúc tiến thương mại được triển khai.", "4 đợt xúc tiến thương mại",
     "đợt xúc tiến thương mại"),
    # a multi-syllable word holding a verb syllable is one noun
    ("Hai bên ký 5 biên bản ghi nhớ về hợp tác.", "5 biên bản ghi nhớ", "biên bản ghi nhớ"),
    # a clause after "trường hợp" says what the cases are; it stays outside
    ("Đã rà soát 2.000 trường hợp kết hôn, sinh con không đăng ký.", "2.000 trường hợp", "trường hợp"),
    # a name after a count noun ends it
    ("Chương trình đã hỗ trợ 150 người Việt Nam tại Lào.", "150 người", "người"),
])
def test_counted_phrase_by_word_class(text, surface, unit):
    got = find(text, "count")
    assert [(g[0], g[3]) for g in got] == [(surface, unit)]


def test_verb_after_a_name_is_not_part_of_it():
    assert find("Australia ký 7 thỏa thuận với Việt Nam.", "count")[0][:4] == ("7 thỏa thuận", "count", 7, "thỏa thuận")


def test_one_is_a_count_when_set_against_an_earlier_count():
    text = "Tỉnh A nhận hai dự án, tỉnh B nhận một dự án."
    assert [(g[0], g[2]) for g in find(text, "count")] == [("hai dự án", 2), ("một dự án", 1)]
    # without a contrast in the same sentence it is the article
    assert find("Tỉnh A nhận hai dự án. Tỉnh B nhận một dự án mới.", "count") == \
        [("hai dự án", "count", 2, "dự án", "=", None, None)]


def test_within_n_days_is_a_duration_not_a_rank():
    assert find("Hồ sơ được giải quyết trong vòng 15 ngày làm việc.", "duration")[0][:4] == \
        ("15 ngày", "duration", 15, "ngày")
    assert find("Hồ sơ được giải quyết trong vòng 15 ngày làm việc.", "ordinal") == []


def test_tiers_of_government_are_not_counts():
    assert facts("Chính quyền hai cấp vận hành ổn định.") == []


def test_word_classes_data():
    from pipeline.facts import lexicon
    classes = lexicon.mapping("word_classes.tsv")
    assert len(classes) > 10000
    assert set(classes.values()) <= {"V", "A", "E", "C", "N"}
    assert classes["làm việc"] == "V" and classes["tại"] == "E" and classes["biên bản"] == "N"
    assert classes["phụ"] == "A"  # an override of the build module ("cửa khẩu phụ")


@pytest.mark.parametrize("text, expected", [
    # the bare first number shares the scale word of the second when not larger
    ("thu hút từ 2 đến 2,5 tỷ USD vốn FDI.", [("2", 2_000_000_000), ("2,5 tỷ USD", 2_500_000_000)]),
    ("từ 3 đến 5 nghìn người", [("3", 3000), ("5 nghìn người", 5000)]),
    ("từ 500 đến 1 triệu USD", [("500", 500), ("1 triệu USD", 1_000_000)]),
    # a dash range gives both ends
    ("mức thu nhập 1.500-2.000 USD mỗi tháng.", [("1.500", 1500), ("2.000 USD", 2000)]),
    ("trong 3-5 ngày", [("3", 3), ("5 ngày", 5)]),
])
def test_ranges(text, expected):
    assert [(f[0], f[2]) for f in facts(text)] == expected


def test_approx_word_makes_mot_a_number():
    assert find("Sau hơn một năm triển khai Nghị quyết.", "duration")[0][:5] == \
        ("hơn một năm", "duration", 1, "năm", ">")


def test_verb_led_piece_after_a_comma_is_a_new_clause():
    text = "Sở đặt mục tiêu đón khoảng 250 đoàn khách quốc tế, phấn đấu thu hút thêm vốn."
    assert find(text, "count")[0][3] == "đoàn khách quốc tế"
    assert find("có 40 cán bộ hải quan, kiểm dịch tham gia", "count")[0][3] == "cán bộ hải quan, kiểm dịch"


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("kỷ niệm 50 năm (30/4/1975 - 30/4/2025) và", "30/4/1975 - 30/4/2025", "period",
     ["1975-04-30", "2025-04-30"], None),
    ("lương cơ bản là 27.470 Đài tệ, tăng", "27.470 Đài tệ", "money", 27470, "TWD"),
    ("Hai tỉnh miền núi Yên Bái và Bắc Kạn lần đầu có lao động.", "Hai tỉnh miền núi", "count", 2, "tỉnh miền núi"),
    ("Việt Nam đã trao tặng Cuba 10.000 tấn gạo.", "10.000 tấn", "count", 10000, "tấn"),
    ("hoàn thành kế hoạch trước một năm.", "một năm", "duration", 1, "năm"),
])
def test_new_article_cases(text, surface, kind, value, unit):
    assert [(f[0], f[1], f[2], f[3]) for f in facts(text) if f[1] == kind] == [(surface, kind, value, unit)]


@pytest.mark.parametrize("text", [
    "Hai tỉnh đã ký kết thỏa thuận.",              # the two sides of the relation
    "hai thành phố tổ chức diễn đàn hợp tác",      # idem, before a verb
    "vào một ngày đẹp trời",                        # "một" as the article
])
def test_new_article_negatives(text):
    assert facts(text) == []


def test_listed_percent_shares_the_change():
    text = "xuất khẩu lần lượt tăng 12,4% và 25,1%, trong khi sang Peru giảm 3,5%."
    assert [(f[0], f[5]) for f in facts(text)] == [("tăng 12,4%", "increase"), ("25,1%", "increase"),
                                                  ("giảm 3,5%", "decrease")]
    assert [f[5] for f in facts("tăng 5%. Tỷ lệ 7% còn lại.")] == ["increase", None]


@pytest.mark.parametrize("text, unit", [
    ("Hơn 40 gian hàng giới thiệu sản phẩm của các tỉnh.", "gian hàng"),          # a thing: relative clause
    ("thành phố sẽ tổ chức 2 đoàn xúc tiến sang Osaka.", "đoàn xúc tiến"),        # an activity: its type
    ("tổ chức ít nhất hai hội nghị xúc tiến đầu tư mỗi năm.", "hội nghị xúc tiến đầu tư"),
    ("đối mặt với 27 vụ điều tra phòng vệ thương mại mới, gần gấp đôi.", "vụ điều tra phòng vệ thương mại mới"),
    ("đã ký và thực thi 16 FTA, đồng thời đang đàm phán thêm.", "FTA"),
    ("với sự tham gia của gần 120 doanh nghiệp, hợp tác xã cùng đại diện.", "doanh nghiệp, hợp tác xã"),
    ("Bộ trưởng và 27 Đại sứ, Trưởng cơ quan đại diện của các nước.", "Đại sứ, Trưởng cơ quan đại diện"),
])
def test_counted_phrase_heads(text, unit):
    assert [f[3] for f in facts(text) if f[1] == "count"] == [unit]


def test_designator_numbers_are_not_counts():
    assert facts("Bệnh viện dã chiến cấp 2 số 6 lên đường làm nhiệm vụ.") == []


@pytest.mark.parametrize("text, expected", [
    ("Trong số 108 quốc gia và vùng lãnh thổ có dự án", [("108 quốc gia và vùng lãnh thổ", 108)]),
    ("cả nước giảm từ 63 xuống còn 34 tỉnh, thành phố.", [("63", 63), ("34 tỉnh, thành phố", 34)]),
    ("gồm 28 tỉnh và 6 thành phố trực thuộc Trung ương.", [("28 tỉnh", 28),
                                                          ("6 thành phố trực thuộc Trung ương", 6)]),
    ("nằm trong nhóm 10 địa phương thu hút FDI lớn nhất.", [("10 địa phương", 10)]),
    ("Nhật Bản có 412 dự án mới, tập trung vào chế biến.", [("412 dự án mới", 412)]),
    ("tiêm 2 mũi cách nhau 3 tháng.", [("2 mũi", 2), ("3 tháng", 3)]),
])
def test_count_boundaries_and_change_pairs(text, expected):
    assert [(f[0], f[2]) for f in facts(text)] == expected


def test_hotline_and_document_number_are_not_facts():
    assert facts("liên hệ đường dây nóng 1900 9095.") == []
    assert facts("theo Nghị quyết số 36 của Bộ Chính trị") == []


def test_five_years_and_destinations():
    assert find("Năm năm thực thi EVFTA: xuất khẩu tăng.", "duration")[0][:4] == ("Năm năm", "duration", 5, "năm")
    assert find("là ba điểm đến được ưa chuộng nhất.", "count")[0][3] == "điểm đến"


def test_possessive_closes_a_verb_modifier():
    assert find("cùng bốn trường điều dưỡng của Thái Bình, Nam Định.", "count")[0][3] == "trường điều dưỡng"


@pytest.mark.parametrize("text, unit", [
    ("với sự tham dự của khoảng 90 phóng viên trong nước và quốc tế. Trả lời", "phóng viên trong nước và quốc tế"),
    ("ký 12 thỏa thuận song phương và đa phương.", "thỏa thuận song phương và đa phương"),
    ("có 20 chuyên gia quốc tế và 30 chuyên gia trong nước.", "chuyên gia quốc tế"),
])
def test_paired_adjectives_after_va(text, unit):
    assert find(text, "count")[0][3] == unit


def test_rates_clock_minutes_seconds_and_month_ended_periods():
    assert find("khai thác 412 chuyến bay/tuần, vận chuyển khách.", "count")[0][3] == "chuyến bay"
    assert facts("lúc 9 giờ 30 phút sáng nay") == []
    assert find("thủ tục xuống dưới 30 giây mỗi khách", "duration")[0][:5] == ("dưới 30 giây", "duration", 30, "giây", "<")
    assert find("được cấp từ ngày 1/3/2023 đến hết tháng 10/2024.", "period")[0][:3] == (
        "ngày 1/3/2023 đến hết tháng 10/2024", "period", ["2023-03-01", "2024-10"])
    assert find("triệt phá 9 đường dây mua bán người, giải cứu 63 nạn nhân.", "count")[0][3] == "đường dây mua bán người"


@pytest.mark.parametrize("text, surface, value, unit, total", [
    ("Toàn tuyến có 12/12 xã biên giới của Gia Lai đã có đường.", "12/12 xã biên giới", 12, "xã biên giới", 12),
    ("hỗ trợ đào tạo vài trăm cán bộ y tế thôn bản.", "vài trăm cán bộ y tế thôn bản", 100, "cán bộ y tế thôn bản", None),
    ("An Giang có hơn mười lăm nghìn người Chăm theo đạo Hồi.", "hơn mười lăm nghìn người Chăm", 15000, "người Chăm", None),
    ("Indonesia có hơn 240 triệu tín đồ Hồi giáo và sẵn sàng.", "hơn 240 triệu tín đồ Hồi giáo", 240_000_000,
     "tín đồ Hồi giáo", None),
    ("đào tạo gần 190 học sinh, sinh viên Phông-sa-lỳ mỗi năm.", "gần 190 học sinh, sinh viên", 190,
     "học sinh, sinh viên", None),
])
def test_shares_approximate_words_and_classifying_names(text, surface, value, unit, total):
    got = [f for f in facts(text) if f[1] == "count"]
    assert [(f[0], f[2], f[3], f[6]) for f in got] == [(surface, value, unit, total)]


def test_date_of_day_and_month_stays_a_date_and_duration_after_a_name():
    assert facts("ngày 12/12 khai mạc") == [("ngày 12/12", "date", "--12-12", None, "=", None, None)]
    got = facts("qua Cửa khẩu quốc tế Lệ Thanh 9 tháng đầu năm 2024 đạt 51,6 triệu USD")
    assert got[0][:4] == ("9 tháng", "duration", 9, "tháng")


def test_five_before_a_capitalised_title_and_the_year_before_len():
    assert facts("Chủ tịch nước nhận quốc thư của năm Đại sứ mới\nHà Nội")[0][:4] == (
        "năm Đại sứ mới", "count", 5, "Đại sứ mới")
    assert [f[0] for f in facts("nâng số Đại sứ trình quốc thư từ đầu năm lên 21 người.")] == ["21 người"]


def test_review_of_one_year_and_investment_projects():
    assert find("Tỉnh ủy tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết.", "duration")[0][:3] == (
        "một năm", "duration", 1)
    assert find("Thanh Hóa thu hút 58 dự án đầu tư nước ngoài mới với tổng vốn", "count")[0][3] == \
        "dự án đầu tư nước ngoài mới"
    assert find("hoàn thành ba nhiệm vụ trọng tâm ngay trong quý II/2026", "count")[0][3] == "nhiệm vụ trọng tâm"


@pytest.mark.parametrize("text, surface, code", [
    ("Chính phủ Kazakhstan đã dành khoảng 120 tỷ tenge để phát triển", "khoảng 120 tỷ tenge", "KZT"),
    ("Ai Cập đã dành khoảng 4,5 tỷ bảng Ai Cập (EGP) cho", "khoảng 4,5 tỷ bảng Ai Cập", "EGP"),
])
def test_more_currencies(text, surface, code):
    assert [(f[0], f[3]) for f in facts(text) if f[1] == "money"] == [(surface, code)]


def test_round_the_clock_and_delegation_directions():
    assert facts("đường dây nóng hoạt động 24/7.") == []
    assert find("Ngày 24/7 khai mạc", "date")[0][2] == "--07-24"
    assert [f[3] for f in facts("tổ chức 14 đoàn ra và đón 62 đoàn vào")] == ["đoàn ra", "đoàn vào"]


def test_count_noun_after_a_title_is_a_count():
    assert [f[0] for f in facts("với sự tham dự của Trưởng đoàn 27 thành viên ARF và đại diện")] == ["27 thành viên"]
    assert facts("tổ chức APEC 2017 tại Đà Nẵng") == []


def test_currency_before_a_line_break_and_facility_types():
    assert facts("hướng tới mốc 4 tỷ USD\nThời sự - Thứ Tư")[0][:4] == ("4 tỷ USD", "money", 4_000_000_000, "USD")
    assert find("đề nghị cấp phép cho 12 cơ sở giết mổ bò của Brazil", "count")[0][3] == "cơ sở giết mổ bò"
    assert find("có khoảng 4.600 lao động và thực tập sinh kỹ năng đang làm việc", "count")[0][3] == \
        "lao động và thực tập sinh kỹ năng"


def test_verb_with_object_after_a_comma_and_classified_agents():
    assert find("thu hút gần 1.000 doanh nghiệp, tạo việc làm cho khoảng 320.000 lao động", "count")[0][3] == \
        "doanh nghiệp"
    assert find("Singapore là một trong năm đối tác ưu tiên. Ông", "count")[0][:4] == (
        "năm đối tác ưu tiên", "count", 5, "đối tác ưu tiên")
    assert find("Thương vụ đã hỗ trợ hơn 1.500 lượt doanh nghiệp kết nối với đối tác UAE", "count")[0][3] == \
        "lượt doanh nghiệp"
    assert find("ký biên bản với 7 nội dung, hướng tới kim ngạch", "count")[0][3] == "nội dung"
