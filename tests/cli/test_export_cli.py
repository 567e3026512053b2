"""`factdb export`: stdout or a file, JSONL or CSV, and errors that leave no partial file."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from factdb.models import Article, Outlet
from factdb.services import export
from factdb.services.database import Database
from tests.cli.helpers import run_cli


@pytest.fixture
def url(database: Database, db_url: str) -> str:
    with database.write() as session:
        outlet = Outlet(name="Northgate Post")
        for i in range(1, 6):
            external_id = None if i % 2 else f"np-{i}"
            session.add(
                Article(outlet=outlet, title=f"Title {i}", text=f"Text «{i}».",
                        published=date(2026, 3, i), content_hash=f"{i:064d}",
                        external_id=external_id)
            )  # fmt: skip
    return db_url


def test_jsonl_to_stdout_by_default(url: str) -> None:
    result = run_cli(url, "export", "articles")
    assert result.code == 0, result.err
    records = [json.loads(line) for line in result.out.splitlines()]
    assert [r["id"] for r in records] == [1, 2, 3, 4, 5]
    assert records[1]["external_id"] == "np-2" and records[1]["text"] == "Text «2»."
    assert records[0]["outlet"] == "Northgate Post" and records[0]["published"] == "2026-03-01"


def test_csv_to_a_file(url: str, tmp_path: Path) -> None:
    target = tmp_path / "articles.csv"
    result = run_cli(url, "export", "articles", "--format", "csv", "-o", str(target))
    assert result.code == 0, result.err
    assert result.out == "" and "Exported 5 articles" in result.err
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["title"] for r in rows] == [f"Title {i}" for i in range(1, 6)]
    assert rows[0]["external_id"] == ""


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_output_is_what_the_records_give(url: str, database: Database, fmt: str) -> None:
    result = run_cli(url, "export", "articles", "--format", fmt)
    expected = io.StringIO()
    export.write_records(export.iter_records(database, "articles"), fmt, expected)
    assert result.code == 0 and result.out == expected.getvalue()


@pytest.mark.parametrize("entity", ["quotes", "claims", "links"])
def test_empty_tables_export_nothing(url: str, entity: str) -> None:
    for fmt in ("jsonl", "csv"):
        result = run_cli(url, "export", entity, "--format", fmt)
        assert result.code == 0, result.err
        assert result.out == ""


def test_unavailable_clusters_leave_no_file(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "factdb.services.clusters", None)
    target = tmp_path / "clusters.jsonl"
    result = run_cli(url, "export", "clusters", "-o", str(target))
    assert result.code == 1
    assert result.err == "Error: clusters arrive with the review issue\n"
    assert not target.exists()


def test_an_unknown_entity_is_a_usage_error(url: str) -> None:
    result = run_cli(url, "export", "speakers")
    assert result.code == 2 and "speakers" in result.err
