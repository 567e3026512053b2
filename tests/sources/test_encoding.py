"""Byte-order marks, UTF-16 and lone surrogates: decoded or refused, never a traceback.

Guards against: a UTF-8 BOM kept in title and text (so a copy saved with a BOM was a new
article); UTF-16 files called "binary"; a lone surrogate ("\\ud800") in a JSONL field crashing
the whole run.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from factdb.errors import InputError
from factdb.sources import ArticleInput, content_hash, read_paths
from factdb.sources.encoding import check_unicode, decode_text

TEXT = "Port strike ends\n\n“A fair deal,” said Lena Okafor. Pay rose 5.5%.\n"


def read_all(path: Path) -> list[ArticleInput | InputError]:
    return list(read_paths([str(path)]))


@pytest.mark.parametrize(
    ("mark", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_a_marked_text_file_reads_as_the_same_article(
    tmp_path: Path, mark: bytes, codec: str
) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(TEXT, encoding="utf-8")
    marked = tmp_path / "marked.txt"
    marked.write_bytes(mark + TEXT.encode(codec))
    (a,), (b,) = read_all(plain), read_all(marked)
    assert isinstance(a, ArticleInput) and isinstance(b, ArticleInput), b
    assert b.text == a.text == TEXT
    assert b.title == a.title == "Port strike ends"
    assert content_hash(b.text) == content_hash(a.text)


def test_a_utf16_page_is_decoded_not_called_binary(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Port strike ends</title></head><body><article>"
        "<p>Dockworkers at the port voted on Friday to end their four-day strike after a pay "
        "rise, the union said in a statement released in the afternoon.</p>"
        "<p>“This is a fair deal for every family on the quay,” said Lena Okafor, a union "
        "spokeswoman, adding that ships would be unloaded again from Saturday morning.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    (item,) = read_all(path)
    assert isinstance(item, ArticleInput), item
    assert "fair deal for every family" in item.text
    assert not item.text.startswith("\ufeff")


def test_a_utf8_bom_page_has_no_mark_in_title_or_text(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Port strike ends</title></head><body><article><p>"
        + "Dockworkers voted on Friday to end their strike, the union said today. " * 4
        + "</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(codecs.BOM_UTF8 + page.encode("utf-8"))
    (item,) = read_all(path)
    assert isinstance(item, ArticleInput), item
    assert item.title == "Port strike ends"
    assert not item.text.startswith("\ufeff")


def test_jsonl_with_a_bom_and_marked_fields(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    line = json.dumps({"text": "\ufeff" + TEXT, "title": "\ufeffStrike", "id": "w1"})
    path.write_bytes(codecs.BOM_UTF8 + line.encode("utf-8") + b"\n")
    (item,) = read_all(path)
    assert isinstance(item, ArticleInput), item
    assert (item.text, item.title, item.external_id) == (TEXT, "Strike", "w1")


def test_utf16_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"text": f"Story {n}.\n\nBody {n}.", "id": n}) for n in (1, 2)]
    path.write_bytes(codecs.BOM_UTF16_LE + "\n".join(lines).encode("utf-16-le"))
    items = read_all(path)
    assert [i.external_id for i in items if isinstance(i, ArticleInput)] == ["1", "2"]
    assert all(i.source.endswith(f"wire.jsonl:{n}") for n, i in enumerate(items, 1))


@pytest.mark.parametrize("field", ["text", "title", "outlet", "id"])
def test_a_lone_surrogate_fails_its_line_alone(tmp_path: Path, field: str) -> None:
    path = tmp_path / "wire.jsonl"
    bad = json.dumps({"text": "A story.", field: "Broken \ud800 value"})
    good = json.dumps({"text": "Another story."})
    path.write_text(f"{good}\n{bad}\n{good.replace('Another', 'Third')}\n", encoding="utf-8")
    first, second, third = read_all(path)
    assert isinstance(first, ArticleInput) and isinstance(third, ArticleInput)
    assert isinstance(second, InputError)
    assert second.source.endswith("wire.jsonl:2")
    assert f"'{field}'" in second.reason and "surrogate" in second.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),  # a lone high surrogate
        (codecs.BOM_UTF16_LE + b"A", "not valid UTF-16"),  # an odd number of bytes
        (codecs.BOM_UTF16_LE, "empty"),
        (codecs.BOM_UTF16_LE + "A\x00B".encode("utf-16-le"), "binary"),
        (b"text\x00more", "binary"),
    ],
)
def test_bad_encodings_are_refused_with_their_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        text = decode_text(data, "x.txt")
        if not text.strip():
            raise InputError("x.txt", "empty file")


def test_check_unicode_names_the_character() -> None:
    with pytest.raises(InputError, match=r"\\ud800 at character 2"):
        check_unicode("ab\ud800", "title", "f.jsonl:3")
    assert check_unicode("plain é", "title", "f.jsonl:3") == "plain é"
