"""`factdb sql`: table, CSV and JSONL output, refusals and bad queries as one `Error:` line."""

from __future__ import annotations

import json

import pytest

from factdb.models import Outlet
from factdb.services.database import Database
from tests.cli.helpers import run_cli

QUERY = "SELECT id, name FROM outlets ORDER BY id"


@pytest.fixture
def url(database: Database, db_url: str) -> str:
    with database.write() as session:
        session.add_all([Outlet(name="Meridian Wire"), Outlet(name="Harbour Ledger, Porto Velha")])
    return db_url


def test_table_is_the_default(url: str) -> None:
    result = run_cli(url, "sql", QUERY)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "id  name",
        "--  ---------------------------",
        " 1  Meridian Wire",
        " 2  Harbour Ledger, Porto Velha",
    ]
    assert result.err.strip() == "(2 rows)"


def test_csv_quotes_what_needs_quoting(url: str) -> None:
    result = run_cli(url, "sql", "--format", "csv", QUERY)
    assert result.code == 0, result.err
    assert result.out == 'id,name\n1,Meridian Wire\n2,"Harbour Ledger, Porto Velha"\n'


def test_jsonl_is_one_object_a_row(url: str) -> None:
    result = run_cli(url, "sql", QUERY, "--format", "jsonl")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert rows == [
        {"id": 1, "name": "Meridian Wire"},
        {"id": 2, "name": "Harbour Ledger, Porto Velha"},
    ]


def test_query_from_stdin(url: str) -> None:
    result = run_cli(url, "sql", "--format", "csv", "-", stdin="SELECT COUNT(*) AS n FROM outlets")
    assert result.code == 0, result.err
    assert result.out == "n\n2\n"


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM outlets",
        "UPDATE outlets SET name = 'x'",
        "INSERT INTO outlets (name, created_at) VALUES ('x', '2026-01-01')",
        "DROP TABLE outlets",
        "SELECT 1; DELETE FROM outlets",
        "COMMIT; DELETE FROM outlets",
    ],
)
def test_a_write_is_refused_with_one_error_line(url: str, sql: str) -> None:
    result = run_cli(url, "sql", sql)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("Error: query refused") and result.err.count("\n") == 1
    assert run_cli(url, "sql", "--format", "csv", "SELECT COUNT(*) FROM outlets").out.endswith(
        "2\n"
    )


def test_a_bad_query_is_one_error_line(url: str) -> None:
    result = run_cli(url, "sql", "SELECT nope FROM outlets")
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("Error: bad query") and result.err.count("\n") == 1


def test_an_unknown_format_is_a_usage_error(url: str) -> None:
    assert run_cli(url, "sql", "--format", "xml", QUERY).code == 2
