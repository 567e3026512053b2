"""`factdb match`: texts, --file and stdin, as a table or JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdb.services.database import Database
from tests.cli.helpers import run_cli
from tests.conftest import EXAMPLES

WATER = "Water that crosses a border cannot be owned by one side of it"


@pytest.fixture
def url(db_url: str, database: Database) -> str:
    assert run_cli(db_url, "ingest", str(EXAMPLES)).code == 0
    return db_url


def test_texts_as_json_lines(url: str) -> None:
    result = run_cli(url, "match", "--format", "jsonl", WATER, "cheese on toast")
    assert result.code == 0, result.err
    first, second = (json.loads(line) for line in result.out.splitlines())
    assert first["query"] == WATER and first["matches"]
    best = first["matches"][0]
    assert best["score"] >= 90 and "water" in best["text"].lower()
    assert {"cluster_id", "verdict", "evidence", "outlet", "published"} <= best.keys()
    assert second == second | {"query": "cheese on toast", "matches": []}
    assert "Indexed" in result.err


def test_queries_from_a_file_and_from_stdin(url: str, tmp_path: Path) -> None:
    queries = tmp_path / "queries.txt"
    queries.write_text(f"{WATER}\n\n{WATER.upper()}\n", encoding="utf-8")
    from_file = run_cli(url, "match", "--file", str(queries), "--format", "jsonl")
    from_stdin = run_cli(url, "match", "--format", "jsonl", stdin=queries.read_text("utf-8"))
    assert from_file.code == from_stdin.code == 0
    assert len(from_file.out.splitlines()) == 2
    strip = [{**json.loads(line), "seconds": 0} for line in from_file.out.splitlines()]
    assert strip == [{**json.loads(line), "seconds": 0} for line in from_stdin.out.splitlines()]


def test_a_readable_table(url: str) -> None:
    result = run_cli(url, "match", "--limit", "2", WATER)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith(f"Query 1: {WATER}")
    assert sum("verdict:" in line for line in lines) == 2
    assert any(line.strip().startswith("why: text") for line in lines)
