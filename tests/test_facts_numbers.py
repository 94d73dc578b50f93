"""Tests of the Vietnamese number parser (pipeline.facts.numbers)."""
from __future__ import annotations

import pytest

from pipeline.facts.numbers import (
    Number, is_roman, parse_digits, parse_number, parse_roman, parse_value, parse_words,
)


@pytest.mark.parametrize("text, value", [
    ("48,2", 48.2),
    ("1.045", 1045),
    ("2 500", 2500),
    ("3.000", 3000),
    ("190.000", 190000),
    ("0,5", 0.5),
    ("14", 14),
])
def test_digits(text, value):
    got = parse_digits(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize("text", ["4.0", "024.3799", "1.04", "abc"])
def test_malformed_digits_rejected(text):
    with pytest.raises(ValueError):
        parse_digits(text)
    assert parse_value(text) is None


@pytest.mark.parametrize("text, value", [
    ("48,2 tỷ", 48_200_000_000),
    ("2.500 tỷ", 2_500_000_000_000),
    ("1 tỷ 200 triệu", 1_200_000_000),
    ("1 tỷ hai trăm triệu", 1_200_000_000),
    ("1,25 tỷ", 1_250_000_000),
    ("6 triệu", 6_000_000),
    ("350 triệu", 350_000_000),
    ("5 nghìn", 5000),
    ("5 ngàn", 5000),
    ("3 tỉ", 3_000_000_000),
])
def test_scales_give_int(text, value):
    got = parse_value(text)
    assert got == value
    assert isinstance(got, int)


@pytest.mark.parametrize("text, value", [
    ("ba", 3),
    ("Ba", 3),
    ("mười", 10),
    ("mười lăm", 15),
    ("hai mươi mốt", 21),
    ("hai mươi tư", 24),
    ("một trăm linh năm", 105),
    ("một trăm lẻ năm", 105),
    ("ba trăm năm mươi", 350),
    ("bẩy", 7),
    ("hai mươi nghìn", 20_000),
])
def test_words(text, value):
    assert parse_words(text) == value
    assert parse_value(text) == value


def test_non_number_words():
    assert parse_words("xin chào") is None
    assert parse_value("hai mươi năm") is None  # 25 is "hai mươi lăm"; "năm" here is "years"


@pytest.mark.parametrize("text, expected", [
    ("hàng trăm", Number(100, "~")),
    ("hàng chục nghìn", Number(10_000, "~")),
    ("hơn 450", Number(450, ">")),
    ("trên 350", Number(350, ">")),
    ("dưới 48", Number(48, "<")),
    ("chưa đến 30", Number(30, "<")),
    ("khoảng 39,6 tỷ", Number(39_600_000_000, "~")),
    ("gần hai", Number(2, "~")),
    ("63/63", Number(63, "=", 63)),
    ("93/95", Number(93, "=", 95)),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


def test_parse_number_rejects():
    assert parse_number("4.0") is None
    assert parse_number("Covid") is None


@pytest.mark.parametrize("text, value", [("XII", 12), ("XIII", 13), ("IV", 4), ("XI", 11), ("MCMXC", 1990)])
def test_roman(text, value):
    assert parse_roman(text) == value
    assert is_roman(text)


@pytest.mark.parametrize("text", ["", "VIET", "IIII", "xii", "ASEAN"])
def test_not_roman(text):
    assert not is_roman(text)
