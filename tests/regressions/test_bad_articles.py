"""One bad article fails alone, on both backends alike, with its file and line named.

Guards against: on PostgreSQL a NUL in an article's text or in a JSONL field, or a JSONL `id`
over 255 characters, aborted the whole ingest with an error naming no file (the next articles
were never stored), while SQLite stored them: the two backends disagreed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from factdb.errors import InputError
from factdb.models import Article, Speaker
from factdb.services import ingest as ingest_service
from factdb.services.database import Database
from factdb.services.ingest import ingest_article
from factdb.services.validate import check_rows
from factdb.sources import ArticleInput
from tests.cli.helpers import run_cli

GOOD = 'The minister said the plan "will cost 5 million euros" next year.'


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _ids(database: Database) -> list[str | None]:
    with database.read() as session:
        return list(session.scalars(select(Article.external_id).order_by(Article.id)))


def test_nul_and_long_ids_fail_alone_with_file_and_line(db_url: str, tmp_path: Path) -> None:
    feed = _jsonl(
        tmp_path / "feed.jsonl",
        [
            {"id": "first", "text": GOOD},
            {"id": "nul-text", "text": "A NUL \u0000 here. " + GOOD},
            {"id": "nul-title", "title": "Bad\u0000title", "text": "Title. " + GOOD},
            {"id": "x" * 300, "text": "Long id. " + GOOD},
            {"id": "nul-\u0000-id", "text": "NUL in the id. " + GOOD},
            {"id": "surrogate", "text": "Half a pair \ud800. " + GOOD},
            {"id": "last", "text": "The last one. " + GOOD},
        ],
    )
    run = run_cli(db_url, "ingest", str(feed))
    assert run.code == 1
    errors = run.err.splitlines()[:-1]
    assert [line.split(":")[2] for line in errors] == ["2", "3", "4", "5", "6"]
    assert all(line.startswith(f"Error: {feed}:") for line in errors)
    assert "'text' contains a NUL character (U+0000) at character 6" in errors[0]
    assert "'title' contains a NUL character" in errors[1]
    assert "'id' is 300 characters long; at most 255" in errors[2]
    assert "'id' contains a NUL character" in errors[3]
    assert "lone surrogate \\ud800" in errors[4]
    assert "2 new articles" in run.err and "5 failed" in run.err
    database = Database.open(db_url)
    try:
        assert _ids(database) == ["first", "last"]
    finally:
        database.close()


def test_a_refusal_at_write_time_does_not_reach_the_next_article(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the checks, PostgreSQL refuses a NUL while writing; only that article fails."""
    monkeypatch.setattr(ingest_service, "check_article", lambda article: None)
    monkeypatch.setattr(ingest_service, "check_rows", lambda rows, source: None)
    bad = ArticleInput(text="A NUL \u0000 here. " + GOOD, source="feed.jsonl:2")
    good = ArticleInput(text="Fine. " + GOOD, source="feed.jsonl:3", external_id="good")
    if database.is_sqlite:
        ingest_article(database, bad)  # SQLite stores what PostgreSQL refuses
    else:
        with pytest.raises(InputError, match=r"^feed.jsonl:2: the database refused it"):
            ingest_article(database, bad)
    ingest_article(database, good)
    assert "good" in _ids(database)


def test_rows_longer_than_their_columns_are_refused_before_writing() -> None:
    """SQLite would store a 300-character speaker name that PostgreSQL refuses."""
    with pytest.raises(InputError, match=r"speakers.name would be 300 characters long"):
        check_rows([Speaker(name="x" * 300, kind="person")], "a.txt")
    check_rows([Speaker(name="Lena Okafor", kind="person")], "a.txt")
