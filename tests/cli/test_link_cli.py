"""`factdb link`: stores links, prints a summary on stderr, nothing on stdout."""

from __future__ import annotations

import json
from pathlib import Path

from factdb.services.database import Database
from tests.cli.helpers import run_cli
from tests.services.test_linking import RANGE_A, RANGE_B, REWORDED, SPEECH, add_article


def test_link_then_incremental_then_full(db_url: str) -> None:
    database = Database.open(db_url)
    add_article(database, [(SPEECH, "Joe Biden")], [RANGE_A])
    add_article(database, [(REWORDED, "Biden")], [RANGE_B])
    database.close()
    first = run_cli(db_url, "link")
    assert first.code == 0 and first.out == ""
    assert first.err.startswith("Linked: ") and "2 new links (1 conflicts)" in first.err
    again = run_cli(db_url, "link")
    assert again.code == 0 and "0 new links" in again.err
    full = run_cli(db_url, "link", "--full", "--workers", "2")
    assert full.code == 0 and "0 new links" in full.err and "2 re-scored" in full.err
    rows = run_cli(db_url, "sql", "--format", "jsonl", "SELECT relation, evidence FROM links")
    relations = sorted(json.loads(line)["relation"] for line in rows.out.splitlines())
    assert relations == ["conflict", "same"]


def test_link_usage_errors(db_url: str) -> None:
    assert run_cli(db_url, "link", "--workers", "0").code == 2
    assert run_cli(db_url, "link", "--threshold", "101").code == 2


def test_link_engine_usage_errors(db_url: str) -> None:
    assert run_cli(db_url, "link", "--engine", "dask").code == 2
    assert run_cli(db_url, "link", "--scheduler", "tcp://127.0.0.1:8786").code == 2
    assert run_cli(db_url, "link", "--engine", "spark").code == 2


def test_link_on_dask_refuses_sqlite_in_one_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.sqlite'}"
    missing = run_cli(url, "link", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1")
    assert missing.code == 1 and missing.err.startswith("Error: no database at ")
    assert not (tmp_path / "f.sqlite").exists()
    Database.open(url).close()
    found = run_cli(url, "link", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1")
    assert found.code == 1 and found.out == ""
    assert (
        found.err == "Error: the dask engine needs PostgreSQL: workers on other machines "
        "cannot share a SQLite file\n"
    )
