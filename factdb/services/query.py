"""Analysts' SQL: one query at a time on a connection where the database itself refuses writes.

SQLite: a separate connection opened read-only (URI ``mode=ro``), with ``PRAGMA query_only``
and an authorizer that allows only reading. PostgreSQL: a ``READ ONLY`` transaction, a
superuser's powers dropped (``SET LOCAL ROLE pg_read_all_data``), the query sent through the
extended protocol (which refuses several statements in one string), rolled back afterwards, and
the connection discarded so that nothing the query set can outlive it.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from factdb import db
from factdb.errors import QueryError, ReadOnlyError
from factdb.services.database import Database
from factdb.services.export.values import csv_value, json_value
from factdb.vocab import QUERY_FORMATS

FORMATS = QUERY_FORMATS
TABLE_CELL_MAX = 80
"""Table cells longer than this are cut; CSV and JSONL always carry whole values."""

# Reading a table or view, calling a function, a SELECT and a recursive CTE: nothing else.
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
# PRAGMAs that only describe the schema; any other one (or one given a value) is refused.
SAFE_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "database_list",
        "collation_list",
    }
)
_DESCRIBE_PRAGMAS_WITH_ARGUMENT = SAFE_PRAGMAS - {"database_list", "collation_list"}


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The columns of a query's result and its rows, streamed while the query is open."""

    columns: tuple[str, ...]
    rows: Iterator[tuple[Any, ...]]


@contextmanager
def open_query(database: Database, sql: str) -> Iterator[QueryResult]:
    """Run SQL read-only on DATABASE; its rows can be read until the block ends."""
    if not sql.strip():
        raise QueryError("empty query")
    runner = _sqlite_query if database.is_sqlite else _postgres_query
    with runner(database.engine, sql) as result:
        yield result


def run_query(database: Database, sql: str) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Run SQL read-only and return its columns and all of its rows."""
    with open_query(database, sql) as result:
        return result.columns, list(result.rows)


def _authorize(action: int, arg1: str | None, arg2: str | None, *_: str | None) -> int:
    if action in _READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # SQLite asks this while setting up a pragma function such as pragma_table_info(); the
        # read-only file and query_only refuse any real change to the schema table anyway.
        return sqlite3.SQLITE_OK
    if action != sqlite3.SQLITE_PRAGMA or arg1 is None:
        return sqlite3.SQLITE_DENY
    pragma = arg1.lower()
    # `PRAGMA table_info(links)` passes its table as arg2; a value given to any other pragma
    # would be an assignment.
    if pragma in SAFE_PRAGMAS and (arg2 is None or pragma in _DESCRIBE_PRAGMAS_WITH_ARGUMENT):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _sqlite_read_only_uri(engine: Engine) -> str:
    path = engine.url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        raise QueryError("read-only queries need an SQLite database file")
    return f"{Path(path).resolve().as_uri()}?mode=ro"


@contextmanager
def _sqlite_query(engine: Engine, sql: str) -> Iterator[QueryResult]:
    timeout = db.SQLITE_BUSY_TIMEOUT_MS / 1000
    conn = sqlite3.connect(_sqlite_read_only_uri(engine), uri=True, timeout=timeout)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA query_only = ON")
        conn.set_authorizer(_authorize)
        try:
            cursor = conn.execute(sql)
        except (sqlite3.Error, sqlite3.Warning) as exc:
            raise _sqlite_error(exc) from exc
        columns = tuple(d[0] for d in cursor.description or ())
        yield QueryResult(columns, _sqlite_rows(cursor))
    finally:
        conn.close()


def _sqlite_rows(cursor: sqlite3.Cursor) -> Iterator[tuple[Any, ...]]:
    # A plain loop, not `yield from`: closing this generator early must not close the cursor
    # of a connection that may already be closed.
    try:
        for row in cursor:  # noqa: UP028 - see above
            yield row
    except sqlite3.Error as exc:
        raise _sqlite_error(exc) from exc


def _sqlite_error(exc: sqlite3.Error | sqlite3.Warning) -> Exception:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "one statement at a time" in message:
        return ReadOnlyError("query refused: only one statement can be run at a time")
    if any(word in message for word in ("not authorized", "authorization denied", "readonly")):
        return ReadOnlyError(f"query refused: only reading is allowed ({message})")
    return QueryError(f"bad query: {message}")


@contextmanager
def _postgres_query(engine: Engine, sql: str) -> Iterator[QueryResult]:
    import psycopg

    try:
        fairy = engine.raw_connection()
    except DBAPIError as exc:
        raise db.connection_error(engine, exc) from exc
    try:
        raw = fairy.driver_connection
        assert isinstance(raw, psycopg.Connection)
        # A prepared statement goes through the extended protocol, which takes exactly one
        # statement: "SELECT 1; DELETE FROM links" is refused by the server as a whole.
        raw.prepare_threshold = raw.prepare_threshold or 1
        with raw.cursor() as cursor:
            try:
                cursor.execute("SET TRANSACTION READ ONLY")
                _drop_superuser(cursor)
                cursor.execute(sql, prepare=True)
                rows = cursor.fetchall() if cursor.description else []
            except psycopg.Error as exc:
                raise _postgres_error(exc) from exc
            columns = tuple(d.name for d in cursor.description or ())
        yield QueryResult(columns, iter(rows))
    finally:
        # The connection is dropped, not pooled: a SET the query made must not reach anyone.
        fairy.invalidate()
        fairy.close()


def _drop_superuser(cursor: Any) -> None:
    # A superuser may write server files even in a read-only transaction (COPY ... TO 'file'),
    # so a superuser's query runs as the predefined reader role of PostgreSQL 14 and later.
    cursor.execute(
        "SELECT current_setting('is_superuser') = 'on'"
        " AND current_setting('server_version_num')::int >= 140000"
    )
    row = cursor.fetchone()
    if row and row[0]:
        cursor.execute("SET LOCAL ROLE pg_read_all_data")


def _postgres_error(exc: Exception) -> Exception:
    sqlstate = getattr(exc, "sqlstate", None)
    lines = str(exc).strip().splitlines()
    message = lines[0] if lines else type(exc).__name__
    if "multiple commands" in message:
        return ReadOnlyError("query refused: only one statement can be run at a time")
    # 25006: read-only transaction; 42501: no privilege; 25001/25P01: transaction control.
    if sqlstate in {"25006", "42501", "25001", "25P01"}:
        return ReadOnlyError(f"query refused: only reading is allowed ({message})")
    return QueryError(f"bad query: {message}")


def write_result(result: QueryResult, fmt: str, out: IO[str]) -> int:
    """Write RESULT to OUT as an aligned table, CSV or JSONL; return the number of rows."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        count = 0
        for count, row in enumerate(result.rows, start=1):  # noqa: B007 - count is the result
            writer.writerow([csv_value(v) for v in row])
        return count
    if fmt == "jsonl":
        count = 0
        for count, row in enumerate(result.rows, start=1):  # noqa: B007 - count is the result
            record = dict(zip(result.columns, row, strict=True))
            out.write(json.dumps(record, ensure_ascii=False, default=json_value) + "\n")
        return count
    if fmt == "table":
        rows = list(result.rows)
        for line in format_table(result.columns, rows):
            out.write(line + "\n")
        return len(rows)
    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _cell(value: Any) -> str:
    text = "" if value is None else str(csv_value(value))
    text = " ".join(text.split()) if ("\n" in text or "\t" in text) else text
    return text if len(text) <= TABLE_CELL_MAX else text[: TABLE_CELL_MAX - 1] + "…"


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """The lines of an aligned text table: a header, a rule, then one line per row."""
    if not columns:
        return []
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    numeric = [
        bool(rows) and all(isinstance(r[i], int | float) or r[i] is None for r in rows)
        for i in range(len(columns))
    ]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    return [line(columns), "  ".join("-" * w for w in widths), *(line(r) for r in cells)]
