"""Analysts' SQL on SQLite: a read-only connection that allows only listed tables and functions.

The connection is opened read-only (URI `mode=ro`) with `PRAGMA query_only`, and an authorizer
allows reading factdb's own tables and views (and the schema, JSON and schema-listing
table-valued functions), calling the functions of `FUNCTIONS` and nothing else: not
`fts3_tokenizer` (which hands out and takes memory addresses), `load_extension`, `readfile`
or any function SQLite or an extension adds later. Values longer than `VALUE_LIMIT` bytes are
refused. A progress handler stops the query at its deadline or on Ctrl-C.
"""

from __future__ import annotations

import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import Engine

from factdb import db
from factdb.errors import QueryError, ReadOnlyError

_FUNCTION_NAMES = """
    -> ->> abs acos acosh asin asinh atan atan2 atanh avg ceil ceiling char coalesce concat
    concat_ws cos cosh count cume_dist date datetime degrees dense_rank exp first_value floor
    format glob group_concat hex ifnull iif instr json json_array json_array_length
    json_extract json_group_array json_group_object json_insert json_object json_patch
    json_quote json_remove json_replace json_set json_type json_valid julianday lag
    last_value lead length like likelihood likely ln log log10 log2 lower ltrim max min mod
    nth_value ntile nullif octet_length percent_rank pi pow power printf quote radians random
    rank replace round row_number rtrim sign sin sinh soundex sqlite_version sqrt strftime
    string_agg substr substring sum tan tanh time timediff total trim trunc typeof unhex
    unicode unistr unixepoch unlikely upper
    """
FUNCTIONS = frozenset(_FUNCTION_NAMES.split())
"""Functions a query may call: SQL's own, dates, JSON, maths and window functions."""
_SAFE_PRAGMA_NAMES = """
    table_info table_xinfo table_list index_list index_info index_xinfo foreign_key_list
    database_list collation_list
    """
SAFE_PRAGMAS = frozenset(_SAFE_PRAGMA_NAMES.split())
"""PRAGMAs that only describe the schema; any other one (or one given a value) is refused."""
_DESCRIBE_PRAGMAS_WITH_ARGUMENT = SAFE_PRAGMAS - {"database_list", "collation_list"}
_SYSTEM_TABLE_NAMES = """
    sqlite_master sqlite_schema sqlite_temp_master sqlite_temp_schema sqlite_sequence
    json_each json_tree
    """
_SYSTEM_TABLES = frozenset(_SYSTEM_TABLE_NAMES.split())
VALUE_LIMIT = 256 * 1024 * 1024
"""The longest string or blob a query may make, in bytes (SQLite's default is a gigabyte)."""
PROGRESS_STEPS = 10_000
"""SQLite virtual machine steps between two checks of the deadline and of Ctrl-C."""
_READ_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_RECURSIVE})


class Authorizer:
    """The authorizer callback: reading listed tables, calling listed functions, nothing else."""

    def __init__(self, tables: frozenset[str]) -> None:
        self.tables = tables | _SYSTEM_TABLES | {f"pragma_{p}" for p in SAFE_PRAGMAS}

    def __call__(self, action: int, arg1: str | None, arg2: str | None, *_: str | None) -> int:
        """SQLITE_OK for what a reading query needs, SQLITE_DENY for anything else."""
        if action in _READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_READ:
            return sqlite3.SQLITE_OK if (arg1 or "").lower() in self.tables else sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_FUNCTION:
            return sqlite3.SQLITE_OK if (arg2 or "").lower() in FUNCTIONS else sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
            # SQLite asks this while setting up a table-valued function such as
            # pragma_table_info(); the read-only file and query_only refuse any real change.
            return sqlite3.SQLITE_OK
        if action != sqlite3.SQLITE_PRAGMA or arg1 is None:
            return sqlite3.SQLITE_DENY
        pragma = arg1.lower()
        # `PRAGMA table_info(links)` passes its table as arg2; a value given to any other pragma
        # would be an assignment.
        if pragma in SAFE_PRAGMAS and (arg2 is None or pragma in _DESCRIBE_PRAGMAS_WITH_ARGUMENT):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY


def _read_only_uri(engine: Engine) -> str:
    path = engine.url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        raise QueryError("read-only queries need an SQLite database file")
    return f"{Path(path).resolve().as_uri()}?mode=ro"


class _Stop:
    """When the query must stop: its deadline passed, or Ctrl-C was pressed."""

    def __init__(self, timeout: float) -> None:
        self.deadline = time.monotonic() + timeout
        self.timeout = timeout
        self.interrupted = False

    def __call__(self) -> int:
        """The progress handler: non-zero stops the query."""
        return int(self.interrupted or time.monotonic() > self.deadline)

    def error(self) -> BaseException:
        """What to raise once SQLite reports the query interrupted."""
        if self.interrupted:
            return KeyboardInterrupt()
        return QueryError(f"query stopped after {self.timeout:g} s (--timeout)")


@contextmanager
def _catching_ctrl_c(stop: _Stop) -> Iterator[None]:
    """While the query runs, Ctrl-C asks it to stop instead of raising where SQLite calls back.

    Python runs a signal handler only between bytecodes, here inside the progress handler;
    raised there, KeyboardInterrupt would be swallowed by SQLite's callback.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def ask(_signum: int, _frame: FrameType | None) -> None:
        stop.interrupted = True

    previous: Callable[[int, FrameType | None], Any] | int | None = signal.signal(
        signal.SIGINT, ask
    )
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)


def _tables(conn: sqlite3.Connection) -> frozenset[str]:
    rows = conn.execute("SELECT lower(name) FROM sqlite_master WHERE type IN ('table', 'view')")
    return frozenset(name for (name,) in rows)


@contextmanager
def sqlite_rows(
    engine: Engine, sql: str, timeout: float
) -> Iterator[tuple[tuple[str, ...], Iterator[tuple[Any, ...]]]]:
    """Run SQL on a read-only connection; its columns and rows, readable until the block ends."""
    conn = sqlite3.connect(
        _read_only_uri(engine), uri=True, timeout=db.SQLITE_BUSY_TIMEOUT_MS / 1000
    )
    stop = _Stop(timeout)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA query_only = ON")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, VALUE_LIMIT)
        conn.set_authorizer(Authorizer(_tables(conn)))
        conn.set_progress_handler(stop, PROGRESS_STEPS)
        with _catching_ctrl_c(stop):
            try:
                cursor = conn.execute(sql)
            except (sqlite3.Error, sqlite3.Warning) as exc:
                raise _error(exc, stop) from exc
            columns = tuple(d[0] for d in cursor.description or ())
            yield columns, _rows(cursor, stop)
    finally:
        conn.close()


def _rows(cursor: sqlite3.Cursor, stop: _Stop) -> Iterator[tuple[Any, ...]]:
    # A plain loop, not `yield from`: closing this generator early must not close the cursor
    # of a connection that may already be closed.
    try:
        for row in cursor:  # noqa: UP028 - see above
            yield row
    except sqlite3.Error as exc:
        raise _error(exc, stop) from exc


def _error(exc: sqlite3.Error | sqlite3.Warning, stop: _Stop) -> BaseException:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if message == "interrupted" and stop():
        return stop.error()
    if "one statement at a time" in message:
        return ReadOnlyError("query refused: only one statement can be run at a time")
    if any(word in message for word in ("not authorized", "authorization denied", "readonly")):
        return ReadOnlyError(f"query refused: only reading is allowed ({message})")
    if "prohibited" in message:  # a function the authorizer refused: "... prohibited"
        return ReadOnlyError(f"query refused: {message}")
    return QueryError(f"bad query: {message}")
