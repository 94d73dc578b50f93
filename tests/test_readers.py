"""pipeline.io.readers: expand, read_documents, InputError."""
from __future__ import annotations

from pipeline.document import Document
from pipeline.io.readers import InputError, count_documents, expand, read_documents


def read(*paths) -> list[Document | InputError]:
    return list(read_documents(expand(paths)))


def test_txt_document_id_is_the_file_stem(root):
    path = root / "corpora/dev/s01.txt"
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.id == "s01"
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.meta == {"source": "s01.txt"}


def test_folder_is_expanded_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.txt", "c.jsonl", "notes.md", "x.meta.json"):
        (tmp_path / name).write_text('{"id": "j", "text": "t"}' if name.endswith("jsonl") else "t",
                                     encoding="utf-8")
    items = expand([tmp_path])
    assert items == [tmp_path / "a.txt", tmp_path / "b" / "z.txt", tmp_path / "c.jsonl"]


def test_missing_path_and_empty_folder_and_unsupported_type(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    items = expand([missing, tmp_path / "empty", tmp_path / "notes.md"])
    assert all(isinstance(i, InputError) for i in items)
    assert [str(i) for i in items] == [
        f"{missing}: no such file or directory",
        f"{tmp_path / 'empty'}: folder holds no .txt or .jsonl file",
        f"{tmp_path / 'notes.md'}: unsupported file type '.md'; expected .txt or .jsonl",
    ]
    # read_documents passes errors through in place
    assert read_documents(items).__next__() == items[0]


def test_not_utf8(data_dir):
    [err] = read(data_dir / "cp1258.txt")
    assert isinstance(err, InputError)
    assert err.line is None
    assert str(err) == f"{data_dir / 'cp1258.txt'}: not UTF-8 (byte 0xf4 at offset 1)"


def test_empty_and_blank_files(data_dir, tmp_path):
    empty_jsonl = tmp_path / "empty.jsonl"
    empty_jsonl.write_bytes(b"\n\n")
    errors = read(data_dir / "empty.txt", data_dir / "blank.txt", empty_jsonl)
    assert [(type(e), e.reason) for e in errors] == [(InputError, "empty file")] * 3
    assert errors[0].path == str(data_dir / "empty.txt")


def test_malformed_jsonl_reports_each_bad_line_and_keeps_the_good_ones(data_dir):
    path = data_dir / "malformed.jsonl"
    items = read(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["good-1", "good-2"]
    assert [(e.line, e.reason) for e in errors] == [
        # the line is 42 characters long and ends inside the object
        (2, "malformed JSON (Expecting ',' delimiter at column 43)"),
        (3, "missing or empty string field 'id'"),
        (4, "missing string field 'text'"),
    ]
    assert str(errors[0]).startswith(f"{path}:2: malformed JSON")
    # errors stay in input order between the documents
    assert [getattr(i, "id", None) or i.line for i in items] == ["good-1", 2, 3, 4, "good-2"]
    # meta is kept and the source names the line
    assert docs[1].meta == {"source": "malformed.jsonl:6", "date": "2024-08-12"}
    assert docs[1].text == "Hà Nội, ngày 12/8."


def test_jsonl_line_that_is_not_an_object_or_has_empty_text(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n{"id": "", "text": "x"}\n{"id": "d", "text": "  "}\n{"id": 5, "text": "x"}\n',
                    encoding="utf-8")
    assert [(e.line, e.reason) for e in read(path)] == [
        (1, "a line must be a JSON object"),
        (2, "missing or empty string field 'id'"),
        (3, "document 'd' has empty text"),
        (4, "missing or empty string field 'id'"),
    ]


def test_annotation_jsonl_is_accepted_and_labels_ignored(data_dir):
    [doc] = read(data_dir / "annotated.jsonl")
    assert isinstance(doc, Document)
    assert doc.id == "ann-1"
    assert doc.text == "Thứ trưởng Lê Thị Thu Hằng thăm Đà Nẵng."
    assert doc.entities == [] and doc.facts == []
    # the annotation's own meta.source wins over the reader's default
    assert doc.meta == {"source": "seed.txt"}


def test_jsonl_with_bom_and_crlf(data_dir):
    docs = read(data_dir / "bom_crlf.jsonl")
    assert [(d.id, d.text) for d in docs] == [("bom-1", "Xin chào."), ("bom-2", "Tạm biệt.")]


def test_jsonl_text_with_unicode_line_separators_is_one_line(data_dir):
    [doc] = read(data_dir / "line_separators.jsonl")
    assert isinstance(doc, Document)
    assert doc.text == "Dòng một\u2028dòng hai\x85hết."


def test_txt_keeps_raw_text_exactly(tmp_path):
    raw = "\ufeffHoà\u00a0Bình\r\nThuỳ  Linh\n"
    path = tmp_path / "raw.txt"
    path.write_bytes(raw.encode("utf-8"))
    [doc] = read(path)
    assert doc.text == raw


def test_count_documents(data_dir, root):
    items = expand([data_dir / "malformed.jsonl", root / "corpora/dev/s01.txt", data_dir / "missing.txt"])
    # 5 non-blank JSONL lines + 1 text + 1 error
    assert count_documents(items) == 7


def test_input_error_str():
    assert str(InputError("a/b.jsonl", "bad", 3)) == "a/b.jsonl:3: bad"
    assert str(InputError("a/b.txt", "bad")) == "a/b.txt: bad"
    assert InputError("x", "y") == InputError("x", "y", None)


def test_upper_case_extensions_are_accepted(tmp_path):
    (tmp_path / "A.TXT").write_text("Bộ Ngoại giao họp.", encoding="utf-8")
    docs = list(read_documents(expand([tmp_path])))
    assert [d.id for d in docs] == ["A"]
