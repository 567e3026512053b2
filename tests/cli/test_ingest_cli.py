"""`factdb ingest` and `factdb extract`: formats, idempotency, bad input and exit codes."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from factdb.models import Article, Claim, Quote
from factdb.services.database import Database
from tests.cli.helpers import run_cli, run_process
from tests.conftest import EXAMPLES, seed_paths
from tests.sources.test_files import refuse_listing


def article_count(url: str) -> tuple[int, int, int]:
    """Articles, quotes and claims stored at URL."""
    database = Database.open(url)
    try:
        with database.read() as s:
            return tuple(  # type: ignore[return-value]
                s.scalar(select(func.count()).select_from(m)) or 0 for m in (Article, Quote, Claim)
            )
    finally:
        database.close()


def test_ingest_seeds_twice(db_url: str) -> None:
    seeds = seed_paths()
    first = run_cli(db_url, "ingest", *seeds)
    assert first.code == 0, first.err
    assert "Ingested 2 new articles" in first.err and first.out == ""
    stored = article_count(db_url)
    assert stored[0] == 2
    second = run_cli(db_url, "ingest", *seeds)
    assert second.code == 0
    assert "Ingested 0 new articles" in second.err and "2 already stored" in second.err
    assert article_count(db_url) == stored


def test_ingest_stdin_with_flags(db_url: str) -> None:
    result = run_cli(
        db_url,
        "ingest",
        "--outlet",
        "Wire",
        "--published",
        "2026-03-05",
        "--url",
        "https://example.org/x",
        "-",
        stdin="Headline\n\nThe minister said the plan would cost $2bn.\n",
    )
    assert result.code == 0, result.err
    database = Database.open(db_url)
    with database.read() as s:
        article = s.scalars(select(Article)).one()
        assert article.outlet is not None and article.outlet.name == "Wire"
        assert str(article.published) == "2026-03-05"
        assert article.url == "https://example.org/x"
        assert article.title == "Headline"
    database.close()


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02\x03PK\x03\x04",
    "latin1.txt": "Le ministre a d\xe9clar\xe9".encode("latin-1"),
    "nomain.html": b"<html><body><script>var x=1;</script></body></html>",
    "lines.jsonl": b'{"text": "A fine article."}\n{"text": broken\n',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_error_line_and_no_rows(db_url: str, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    before = article_count(db_url)
    result = run_cli(db_url, "ingest", str(path))
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and name in errors[0]
    stored_good = 1 if name == "lines.jsonl" else 0
    assert article_count(db_url)[0] == before[0] + stored_good
    if name == "lines.jsonl":
        assert f"{name}:2" in errors[0]


def test_missing_path_and_mixed_directory(db_url: str, tmp_path: Path) -> None:
    tmp_path = tmp_path / "inputs"
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text("Good\n\nA story.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.htm").write_bytes(b"\x00\x00binary")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = run_cli(db_url, "ingest", str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 3
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert article_count(db_url)[0] == 1


def test_usage_errors_exit_2(db_url: str) -> None:
    assert run_cli(db_url, "ingest").code == 2
    assert run_cli(db_url, "ingest", "--published", "not-a-date", "x.txt").code == 2
    assert run_cli(db_url, "no-such-command").code == 2


def test_extract_prints_contract_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    text = 'Headline\n\n"We will double it," said Ana Souza, adding costs rose 5% to $2bn.'
    path.write_text(json.dumps({"text": text, "id": "x1"}) + "\n", encoding="utf-8")
    result = run_process("extract", str(path))
    assert result.code == 0, result.err
    records = [json.loads(line) for line in result.out.splitlines()]
    for record in records:
        assert record["file"] == str(path) and record["line"] == 1 and record["id"] == "x1"
        assert text[record["start"] : record["end"]] == record["text"]
        assert record["type"] in {"quote", "claim"}


def test_extract_bad_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run_process("extract", str(path))
    assert result.code == 1
    assert result.err.startswith("Error:") and "empty.txt" in result.err


def test_examples_ingest_through_a_real_process(db_url: str) -> None:
    result = run_process("--db", db_url, "ingest", str(EXAMPLES))
    assert result.code == 0, result.err
    assert article_count(db_url)[0] == 14


def test_a_copy_with_a_bom_is_the_same_article(db_url: str, tmp_path: Path) -> None:
    """A UTF-8 BOM stayed in title and text and made a copy of a stored article new."""
    text = (EXAMPLES / "2026-03-05_meridian-wire_communique.txt").read_bytes()
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_bytes(text)
    marked.write_bytes(codecs.BOM_UTF8 + text)
    assert run_cli(db_url, "ingest", str(plain)).code == 0
    again = run_cli(db_url, "ingest", str(marked))
    assert again.code == 0 and "1 already stored" in again.err
    titles = run_cli(db_url, "sql", "--format", "jsonl", "SELECT title FROM articles")
    assert titles.out.count("\n") == 1 and "\\ufeff" not in titles.out


def test_extract_offsets_of_a_bom_file_point_into_the_text_without_it(tmp_path: Path) -> None:
    text = '"We will double it," said Ana Souza, adding that costs rose 5% to $2bn.\n'
    path = tmp_path / "marked.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    result = run_process("extract", str(path))
    assert result.code == 0, result.err
    records = [json.loads(line) for line in result.out.splitlines()]
    assert records
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]


def test_an_unreadable_subfolder_fails_the_ingest(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable subfolder was skipped silently ("0 failed", exit 0)."""
    tmp_path = tmp_path / "inputs"  # beside the test's database
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text("Good\n\nA story.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    refuse_listing(monkeypatch, locked)
    result = run_cli(db_url, "ingest", str(tmp_path))
    assert result.code == 1
    assert f"Error: {locked}: permission denied" in result.err.splitlines()
    assert "1 failed" in result.err and article_count(db_url)[0] == 1


def test_a_lone_surrogate_fails_its_line_and_the_others_are_stored(
    db_url: str, tmp_path: Path
) -> None:
    """A lone surrogate in a JSONL field was a traceback instead of an error line."""
    path = tmp_path / "wire.jsonl"
    path.write_text(
        '{"text": "First story.\\n\\nBody."}\n'
        '{"text": "Broken \\ud800 story."}\n'
        '{"text": "Third story.\\n\\nBody."}\n',
        encoding="utf-8",
    )
    result = run_cli(db_url, "ingest", str(path))
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and f"{path}:2" in errors[0] and "surrogate" in errors[0]
    assert article_count(db_url)[0] == 2
    extracted = run_process("extract", str(path))
    assert extracted.code == 1 and f"{path}:2" in extracted.err
