"""Export rows read from the database a batch at a time, through a cursor that streams them.

A named, server-side cursor on PostgreSQL, read a batch ahead in a thread so that the server
works while this process formats; a stepping cursor on SQLite.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Generator, Iterator, Sequence
from queue import Empty, Queue
from typing import Any, Protocol

from sqlalchemy import Select

from factdb.errors import DatabaseError
from factdb.services.database import Database

BATCH = 5000
"""Rows fetched from the database at a time."""

Row = Sequence[Any]
Batch = list[tuple[Any, ...]]


class TextSink(Protocol):
    """Where an export is written: an open text file, sys.stdout, io.StringIO."""

    def write(self, text: str, /) -> int:
        """Write TEXT."""
        ...


def batches(database: Database, query: Select[Any]) -> Generator[Batch, None, None]:
    """QUERY's rows, BATCH at a time, from a raw DB-API cursor that streams them."""
    with database.read() as session:
        connection = session.connection()
        dialect = connection.dialect
        # No user input reaches these queries: literal binds keep the SQL driver-neutral.
        sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        raw = connection.connection.driver_connection
        assert raw is not None
        # psycopg streams only through a named (server-side) cursor; SQLite's cursor steps.
        named = dialect.driver in ("psycopg", "psycopg2")
        cursor = raw.cursor(name="factdb_export") if named else raw.cursor()
        try:
            cursor.execute(sql)
            while rows := cursor.fetchmany(BATCH):
                yield rows
        except dialect.loaded_dbapi.Error as exc:
            lines = str(exc).strip().splitlines()
            raise DatabaseError(f"export failed: {lines[0] if lines else exc!r}") from exc
        finally:
            cursor.close()


def stream(database: Database, query: Select[Any]) -> Iterator[Batch]:
    """QUERY's rows a batch at a time; on PostgreSQL, fetched a batch ahead in a thread."""
    rows = batches(database, query)
    # The server works on the next batch while this thread formats the last one. SQLite works
    # in this process and mostly holds the GIL: a thread there costs more than it saves.
    return _read_ahead(rows) if is_postgres(database) else rows


def is_postgres(database: Database) -> bool:
    """Whether DATABASE is PostgreSQL (else SQLite)."""
    return database.engine.dialect.name == "postgresql"


@dataclasses.dataclass(frozen=True, slots=True)
class _Failed:
    """An exception raised while reading ahead, to be raised again in the caller's thread."""

    error: BaseException


_DONE = object()


def _read_ahead(batches: Generator[Batch, None, None]) -> Iterator[Batch]:
    """BATCHES read one ahead in a thread, handed over as the caller asks for them."""
    queue: Queue[Any] = Queue(maxsize=1)
    stop = threading.Event()

    def read() -> None:
        """Put each batch, then _DONE, on the queue; an error is put for the caller to raise."""
        try:
            for batch in batches:
                queue.put(batch)
                if stop.is_set():
                    break
        except BaseException as error:  # raised again in the caller's thread
            queue.put(_Failed(error))
        finally:
            # The cursor and its session are closed in the thread that opened them.
            batches.close()
            queue.put(_DONE)

    reader = threading.Thread(target=read, name="factdb-export-read", daemon=True)
    reader.start()
    try:
        while (item := queue.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        while reader.is_alive():  # a reader blocked on a full queue needs room to finish
            with contextlib.suppress(Empty):
                queue.get(timeout=0.05)
        reader.join()
