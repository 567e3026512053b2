"""Analysts' SQL on PostgreSQL: read-only, one statement, streamed, stopped at its deadline.

The query runs on a connection of its own (`reader.reader_connection`) in a READ ONLY
transaction that is rolled back, sent through the extended protocol (which takes exactly one
statement), with its rows streamed in chunks rather than held in memory. It stops at the
deadline three ways: the server's `statement_timeout`, a cancel request this process sends
a moment later (should the query have turned the first off), and, when the process is killed,
the server's `client_connection_check_interval` noticing the connection is gone. Ctrl-C
cancels it (psycopg sends the cancel request).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine

from factdb.errors import QueryError, ReadOnlyError
from factdb.services.query.reader import reader_connection

STREAM_ROWS = 1000
"""Rows the server sends per chunk."""
CANCEL_GRACE_S = 2.0
"""Seconds past the deadline after which this process cancels the query itself."""
CHECK_CLIENT_MS = 1000
"""How often the server checks, while the query runs, that this process is still there."""
_CHECK_CLIENT_SINCE = 140000  # PostgreSQL 14


@contextmanager
def postgres_rows(
    engine: Engine, sql: str, timeout: float
) -> Iterator[tuple[tuple[str, ...], Iterator[tuple[Any, ...]]]]:
    """Run SQL read-only; its columns and rows, readable until the block ends."""
    import psycopg

    conn = reader_connection(engine)
    watchdog = threading.Timer(timeout + CANCEL_GRACE_S, conn.cancel_safe)
    watchdog.daemon = True
    try:
        with conn.cursor() as cursor:
            try:
                cursor.execute("SET TRANSACTION READ ONLY")
                _limit(cursor, conn, timeout)
                columns = _describe(conn, sql)
                watchdog.start()
                if not columns:  # a statement that returns no rows (SET, ...)
                    cursor.execute(sql, prepare=True)
                rows = cursor.stream(sql, size=STREAM_ROWS) if columns else iter(())
                first = next(rows, None)
            except psycopg.Error as exc:
                raise postgres_error(exc, timeout) from exc
            yield columns, _rows(first, rows, timeout)
    finally:
        watchdog.cancel()
        # The connection is closed, not pooled: a setting the query made must not reach anyone.
        conn.close()


def _limit(cursor: Any, conn: Any, timeout: float) -> None:
    """Set the query's deadline, and let the server notice a client that went away."""
    cursor.execute(
        "SELECT set_config('statement_timeout', %s, true)", (f"{int(timeout * 1000)}ms",)
    )
    if conn.info.server_version >= _CHECK_CLIENT_SINCE:
        cursor.execute(
            "SELECT set_config('client_connection_check_interval', %s, true)",
            (f"{CHECK_CLIENT_MS}ms",),
        )


def _describe(conn: Any, sql: str) -> tuple[str, ...]:
    """The column names of SQL, from the server's description of it (none are read)."""
    from psycopg import errors, pq

    encoding = conn.info.encoding
    prepared = conn.pgconn.prepare(b"", sql.encode(encoding))
    if prepared.status != pq.ExecStatus.COMMAND_OK:
        raise errors.error_from_result(prepared, encoding=encoding)
    described = conn.pgconn.describe_prepared(b"")
    if described.status != pq.ExecStatus.COMMAND_OK:
        raise errors.error_from_result(described, encoding=encoding)
    return tuple((described.fname(i) or b"").decode(encoding) for i in range(described.nfields))


def _rows(
    first: tuple[Any, ...] | None, rows: Iterator[tuple[Any, ...]], timeout: float
) -> Iterator[tuple[Any, ...]]:
    import psycopg

    if first is None:
        return
    yield first
    try:
        for row in rows:  # noqa: UP028 - a plain loop, so that errors can be mapped here
            yield row
    except psycopg.Error as exc:
        raise postgres_error(exc, timeout) from exc


def postgres_error(exc: Exception, timeout: float) -> Exception:
    """One factdb error for what the server (or psycopg) said about a query."""
    sqlstate = getattr(exc, "sqlstate", None)
    lines = str(exc).strip().splitlines()
    message = lines[0] if lines else type(exc).__name__
    if sqlstate == "57014":  # query_canceled: the deadline, ours or the server's
        return QueryError(f"query stopped after {timeout:g} s (--timeout)")
    if "multiple commands" in message:
        return ReadOnlyError("query refused: only one statement can be run at a time")
    # 25006: read-only transaction; 42501: no privilege; 25001/25P01: transaction control.
    if sqlstate in {"25006", "42501", "25001", "25P01"}:
        return ReadOnlyError(f"query refused: only reading is allowed ({message})")
    return QueryError(f"bad query: {message}")
