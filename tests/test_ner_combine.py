"""Entity stage: overlap resolution, ordering, canonicalize dispatch."""
from __future__ import annotations

from pipeline.document import Document, Entity
from pipeline.ner import canonicalize, component
from pipeline.ner.combine import resolve_overlaps


def test_longer_span_wins_and_sorted():
    a = Entity(0, 35, "RESOLUTION", "x", "x")
    b = Entity(5, 35, "MINISTRY", "y", "y")
    c = Entity(40, 46, "PROVINCE", "z", "z")
    d = Entity(40, 46, "PERSON", "w", "w")
    assert resolve_overlaps([[c, b], [a, d]]) == [a, c]


def test_component_sets_non_overlapping_entities():
    text = ("HÀ NỘI - Cục Ngoại vụ (Bộ Ngoại giao) phối hợp với Sở Ngoại vụ Hà Nội triển khai "
            "Luật Ngân hàng Nhà nước Việt Nam và Nghị quyết số 22-NQ/TW; Nghị quyết 22 nêu rõ.")
    doc = component(Document("t", text))
    ents = [(e.type, e.text, e.canonical) for e in doc.entities if e.type != "PERSON"]
    assert ents == [
        ("PROVINCE", "HÀ NỘI", "Hà Nội"), ("MINISTRY", "Cục Ngoại vụ", "Cục Ngoại vụ"),
        ("MINISTRY", "Bộ Ngoại giao", "Bộ Ngoại giao"), ("PROVINCE", "Hà Nội", "Hà Nội"),
        ("RESOLUTION", "Luật Ngân hàng Nhà nước Việt Nam", "Luật Ngân hàng Nhà nước Việt Nam"),
        ("RESOLUTION", "Nghị quyết số 22-NQ/TW", "Nghị quyết 22-NQ/TW"),
        ("RESOLUTION", "Nghị quyết 22", "Nghị quyết 22-NQ/TW")]
    starts = [(e.start, e.end) for e in doc.entities]
    assert starts == sorted(starts)
    assert all(a[1] <= b[0] for a, b in zip(starts, starts[1:]))


def test_canonicalize_dispatch():
    assert canonicalize("PROVINCE", "TP.HCM") == "Hồ Chí Minh"
    assert canonicalize("PROVINCE", "Thừa Thiên - Huế") == "Thừa Thiên Huế"
    assert canonicalize("MINISTRY", "Bộ Ngoại giao Việt Nam") == "Bộ Ngoại giao"
    assert canonicalize("RESOLUTION", "nghị quyết số 36-NQ/TƯ") == "Nghị quyết 36-NQ/TW"
