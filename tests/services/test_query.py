"""Read-only SQL: reads work, and the database refuses every write, however it is dressed up."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from factdb.errors import QueryError, ReadOnlyError
from factdb.models import Outlet
from factdb.services.database import Database
from factdb.services.query import (
    QueryResult,
    format_table,
    open_query,
    run_query,
    write_result,
)

WRITES = [
    "INSERT INTO outlets (name, created_at) VALUES ('Intruder', '2026-01-01')",
    "UPDATE outlets SET name = 'Renamed'",
    "DELETE FROM outlets",
    "DROP TABLE outlets",
    "DROP VIEW quotes_v",
    "CREATE TABLE scratch (x INTEGER)",
    "CREATE VIEW scratch_v AS SELECT 1 AS x",
    "ALTER TABLE outlets ADD COLUMN extra INTEGER",
    "SELECT 1; DELETE FROM outlets",
    "COMMIT; DELETE FROM outlets",
    "SELECT 1; INSERT INTO outlets (name, created_at) VALUES ('Intruder', '2026-01-01')",
    "CREATE TEMP TABLE scratch (x INTEGER)",
]
# Writes that only one of the two dialects can even express.
SQLITE_ONLY = [
    "ATTACH DATABASE '{tmp}/attached.sqlite' AS other",
    "PRAGMA query_only = OFF",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 7",
    "PRAGMA writable_schema = ON",
    "VACUUM INTO '{tmp}/copy.sqlite'",
    "VACUUM",
    "BEGIN",
    "SAVEPOINT inside",
    "REINDEX",
    "ANALYZE",
]
POSTGRES_ONLY = [
    "COPY (SELECT 1) TO '{tmp}/copy.txt'",
    "SELECT nextval('outlets_id_seq')",
    "WITH gone AS (DELETE FROM outlets RETURNING id) SELECT count(*) FROM gone",
    "DO $$ BEGIN DELETE FROM outlets; END $$",
    "TRUNCATE outlets CASCADE",
    "SELECT lo_export(1, '{tmp}/lo.bin')",
]


@pytest.fixture
def seeded(database: Database) -> Database:
    with database.write() as session:
        session.add(Outlet(name="Meridian Wire"))
    return database


def _outlets(database: Database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(Outlet.name).order_by(Outlet.id)))


@pytest.mark.parametrize("sql", WRITES)
def test_writes_are_refused_and_change_nothing(seeded: Database, sql: str) -> None:
    with pytest.raises(ReadOnlyError, match=r"^query refused"):
        run_query(seeded, sql)
    assert _outlets(seeded) == ["Meridian Wire"]
    with seeded.read() as session:
        assert session.scalar(select(func.count()).select_from(Outlet)) == 1


@pytest.mark.parametrize("template", SQLITE_ONLY + POSTGRES_ONLY)
def test_dialect_specific_writes_are_refused(
    seeded: Database, template: str, tmp_path: Path
) -> None:
    if template not in (SQLITE_ONLY if seeded.is_sqlite else POSTGRES_ONLY):
        pytest.skip("a statement of the other dialect")
    files = tmp_path / "files"
    files.mkdir()
    with pytest.raises(ReadOnlyError):
        run_query(seeded, template.format(tmp=files))
    assert _outlets(seeded) == ["Meridian Wire"]
    assert list(files.iterdir()) == []


def test_reads_tables_views_and_recursive_ctes(seeded: Database) -> None:
    columns, rows = run_query(seeded, "SELECT id, name FROM outlets")
    assert columns == ("id", "name") and [r[1] for r in rows] == ["Meridian Wire"]
    assert run_query(seeded, "SELECT COUNT(*) AS n FROM links_v") == (("n",), [(0,)])
    counted = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4)"
    assert run_query(seeded, counted + " SELECT SUM(x) AS total FROM c")[1] == [(10,)]


def test_a_trailing_semicolon_and_percent_signs_are_fine(seeded: Database) -> None:
    sql = "SELECT name FROM outlets WHERE name LIKE 'Meridian%';"
    assert run_query(seeded, sql)[1] == [("Meridian Wire",)]


def test_schema_pragmas_are_allowed_on_sqlite(seeded: Database) -> None:
    if not seeded.is_sqlite:
        pytest.skip("PRAGMA is SQLite's")
    names = [row[1] for row in run_query(seeded, "PRAGMA table_info(outlets)")[1]]
    assert names == ["id", "name", "created_at"]
    listed = run_query(seeded, "SELECT name FROM pragma_table_info('links') WHERE pk = 1")
    assert listed[1] == [("id",)]


@pytest.mark.parametrize(
    ("sql", "message"),
    [("SELEC 1", "bad query"), ("SELECT * FROM nowhere", "bad query"), ("  ", "empty query")],
)
def test_bad_queries_are_query_errors(database: Database, sql: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(database, sql)


def test_rows_stream_while_the_query_is_open(seeded: Database) -> None:
    with open_query(seeded, "SELECT name FROM outlets") as result:
        assert result.columns == ("name",)
        assert next(result.rows) == ("Meridian Wire",)


def test_settings_a_query_changes_do_not_outlive_it(seeded: Database) -> None:
    if seeded.is_sqlite:
        pytest.skip("each SQLite query has a connection of its own")
    run_query(seeded, "SELECT set_config('default_transaction_read_only', 'off', false)")
    run_query(seeded, "RESET ROLE")
    with pytest.raises(ReadOnlyError):
        run_query(seeded, "DELETE FROM outlets")
    assert _outlets(seeded) == ["Meridian Wire"]


def _write(fmt: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    out = io.StringIO()
    write_result(QueryResult(columns, iter(rows)), fmt, out)
    return out.getvalue()


def test_csv_and_jsonl_keep_whole_values() -> None:
    rows: list[tuple[object, ...]] = [(1, 'a, "b"\nc', None), (2, "x" * 200, 1.5)]
    csv_text = _write("csv", ("id", "text", "score"), rows)
    assert csv_text.startswith('id,text,score\n1,"a, ""b""\nc",\n2,' + "x" * 200)
    jsonl = _write("jsonl", ("id", "text", "score"), rows).splitlines()
    assert jsonl[0] == '{"id": 1, "text": "a, \\"b\\"\\nc", "score": null}'


def test_table_aligns_numbers_right_and_cuts_long_cells() -> None:
    lines = format_table(("id", "text"), [(1, "short"), (100, "y" * 200)])
    assert lines[0] == " id  text"
    assert lines[2] == "  1  short"
    assert lines[3].endswith("…") and len(lines[3]) == 5 + 80
    assert format_table((), []) == []
