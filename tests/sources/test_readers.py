"""Reading articles from every supported input, and refusing every bad one with its reason."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from factdb.errors import InputError
from factdb.sources import ArticleInput, read_paths, readers
from tests.conftest import EXAMPLES, seed_paths

PAGE = """<html><head><title>Port strike ends | Test Post</title>
<meta property="og:site_name" content="Test Post"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike ends</h1>
<p>Dockworkers at the port voted on Friday to end their four-day strike after accepting a
5.5% pay rise, the union said in a statement released in the afternoon.</p>
<p>"This is a fair deal for every family on the quay," said Lena Okafor, a union spokeswoman,
adding that ships would be unloaded again from Saturday morning onwards.</p>
<p>The terminal operator said it expected the backlog of vessels to clear within a week.</p>
</article><footer>Copyright Test Post</footer></body></html>"""


def read_one(path: Path) -> ArticleInput | InputError:
    (item,) = list(read_paths([str(path)]))
    return item


def test_plain_text_title_date_outlet_and_byline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Headline here\n\nBy Ann Writer\n\nPORTO VELHA, March 4, 2026 (Meridian Wire) – Body.\n",
        encoding="utf-8",
    )
    item = read_one(path)
    assert isinstance(item, ArticleInput)
    assert item.title == "Headline here"
    assert item.published == date(2026, 3, 4)
    assert item.outlet == "Meridian Wire"
    assert item.byline == "Ann Writer"
    assert item.text == path.read_text(encoding="utf-8")


def test_year_less_dateline_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Title\n\nWASHINGTON, Jan. 13 (Reuters) – Body text.\n", encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, ArticleInput)
    assert item.published is None
    assert item.title == "Title"


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, ArticleInput)
    assert "fair deal for every family" in item.text
    assert "Home" not in item.text and "Copyright" not in item.text
    assert item.outlet == "Test Post"


def test_jsonl_lines_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        {
            "text": "First article text.",
            "title": "One",
            "outlet": "Wire",
            "id": "w-1",
            "published": "2026-03-06",
            "url": "https://example.org/1",
            "byline": "A B",
        },
        {"text": "Second article text.", "id": 7},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    first, second = list(read_paths([str(path)]))
    assert isinstance(first, ArticleInput) and isinstance(second, ArticleInput)
    assert (first.external_id, first.outlet, first.published) == ("w-1", "Wire", date(2026, 3, 6))
    assert first.source.endswith("a.jsonl:1")
    assert second.external_id == "7" and second.title == "Second article text."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"{not json", "invalid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"title": "no text"}', "'text'"),
        (b'{"text": "   "}', "'text'"),
        (b'{"text": "ok", "published": "not a date at all"}', "'published'"),
        (b'{"text": "ok", "title": {"nested": 1}}', "'title'"),
    ],
)
def test_malformed_jsonl_line_names_the_line(tmp_path: Path, line: bytes, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "A good article."}\n' + line + b"\n")
    good, bad = list(read_paths([str(path)]))
    assert isinstance(good, ArticleInput)
    assert isinstance(bad, InputError)
    assert bad.source.endswith("bad.jsonl:2")
    assert reason in bad.reason


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\u00e9 owners said prices rose.".encode("latin-1"), "UTF-8"),
        ("empty.html", b"", "empty file"),
        ("nomain.html", b"<html><head><title>x</title></head><body></body></html>", "no main text"),
        ("broken.html", b"<html><body><div><p", "no main text"),
        ("empty.jsonl", b"\n\n", "empty file"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_yield_their_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    item = read_one(path)
    assert isinstance(item, InputError)
    assert reason in str(item)
    assert name in str(item)


def test_missing_path(tmp_path: Path) -> None:
    item = read_one(tmp_path / "nowhere.txt")
    assert isinstance(item, InputError)
    assert "no such file" in str(item)


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, InputError)
    assert "limit" in str(item)


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\n\nBody two.", encoding="utf-8")
    (tmp_path / "one.md").write_text("One\n\nBody one.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Git", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00")
    items = list(read_paths([str(tmp_path)]))
    titles = [i.title for i in items if isinstance(i, ArticleInput)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert titles == ["One", "Two"]
    assert len(errors) == 1 and "broken.txt" in str(errors[0])


def test_stdin_is_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"From stdin\n\nBody."), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    (item,) = list(read_paths(["-"]))
    assert isinstance(item, ArticleInput)
    assert item.source == "<stdin>" and item.title == "From stdin"


def test_seed_articles_read_whole() -> None:
    items = list(read_paths(seed_paths()))
    assert all(isinstance(i, ArticleInput) for i in items)
    assert len(items) == 2


def test_sample_corpus_has_fourteen_articles_with_outlets_and_dates() -> None:
    items = list(read_paths([str(EXAMPLES)]))
    articles = [i for i in items if isinstance(i, ArticleInput)]
    assert len(articles) == len(items) == 14
    assert all(a.outlet and a.published for a in articles)
