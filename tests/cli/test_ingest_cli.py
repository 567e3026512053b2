"""`factdb ingest` and `factdb extract`: formats, idempotency, bad input and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from factdb.models import Article, Claim, Quote
from factdb.services.database import Database
from tests.cli.helpers import run_cli, run_process
from tests.conftest import EXAMPLES, seed_paths


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
