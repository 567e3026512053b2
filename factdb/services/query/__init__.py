"""Analysts' SQL: one query at a time, as a role and on a connection that can only read.

SQLite (`query.sqlite`): a read-only connection whose authorizer allows listed tables and
functions only. PostgreSQL (`query.postgres`, `query.reader`): a connection authenticated as a
role that reads factdb's tables and can become no other, in a READ ONLY transaction that is
rolled back. Both stop a query at its deadline (`timeout`, 60 s unless told) and on Ctrl-C,
and stream its rows; the table format sizes its columns from the first rows
(`TABLE_SAMPLE_ROWS`), so that memory stays flat however many rows follow.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from typing import IO, Any

from factdb.errors import QueryError
from factdb.services.database import Database
from factdb.services.export.values import csv_value, json_value
from factdb.services.query.postgres import postgres_rows
from factdb.services.query.sqlite import sqlite_rows
from factdb.vocab import QUERY_FORMATS, QUERY_TIMEOUT_S

FORMATS = QUERY_FORMATS
DEFAULT_TIMEOUT_S = QUERY_TIMEOUT_S
TABLE_CELL_MAX = 80
"""Table cells longer than this are cut; CSV and JSONL always carry whole values."""
TABLE_SAMPLE_ROWS = 1000
"""Rows read before a table is printed, to size its columns; later rows keep those widths."""
_UNSENDABLE = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The columns of a query's result and its rows, streamed while the query is open."""

    columns: tuple[str, ...]
    rows: Iterator[tuple[Any, ...]]


@contextmanager
def open_query(
    database: Database, sql: str, *, timeout: float = DEFAULT_TIMEOUT_S
) -> Iterator[QueryResult]:
    """Run SQL read-only on DATABASE; its rows can be read until the block ends.

    The query is stopped after TIMEOUT seconds (QueryError) or on Ctrl-C (KeyboardInterrupt).
    """
    if not sql.strip():
        raise QueryError("empty query")
    found = _UNSENDABLE.search(sql)
    if found is not None:
        raise QueryError(
            f"the query holds a character no database accepts (U+{ord(found[0]):04X} at "
            f"character {found.start()})"
        )
    if timeout <= 0:
        raise QueryError("the timeout must be a positive number of seconds")
    runner = sqlite_rows if database.is_sqlite else postgres_rows
    with runner(database.engine, sql, timeout) as (columns, rows):
        yield QueryResult(columns, rows)


def run_query(
    database: Database, sql: str, *, timeout: float = DEFAULT_TIMEOUT_S
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Run SQL read-only and return its columns and all of its rows."""
    with open_query(database, sql, timeout=timeout) as result:
        return result.columns, list(result.rows)


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
        return write_table(result.columns, result.rows, out)
    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _cell(value: Any) -> str:
    text = "" if value is None else str(csv_value(value))
    text = " ".join(text.split()) if ("\n" in text or "\t" in text) else text
    return text if len(text) <= TABLE_CELL_MAX else text[: TABLE_CELL_MAX - 1] + "…"


def write_table(columns: Sequence[str], rows: Iterator[Sequence[Any]], out: IO[str]) -> int:
    """Write an aligned table of ROWS to OUT as they come; return how many rows it had.

    Column widths and alignment come from the first `TABLE_SAMPLE_ROWS` rows; a later cell
    that is wider pushes its line out of line rather than being cut further.
    """
    if not columns:
        return sum(1 for _ in rows)
    sample = list(islice(rows, TABLE_SAMPLE_ROWS))
    layout = _Layout.of(columns, sample)
    out.write(layout.line(list(columns)) + "\n")
    out.write("  ".join("-" * w for w in layout.widths) + "\n")
    count = 0
    for count, row in enumerate(chain(sample, rows), start=1):  # noqa: B007 - count is the result
        out.write(layout.line([_cell(v) for v in row]) + "\n")
    return count


@dataclass(frozen=True, slots=True)
class _Layout:
    """Each column's width and whether it is right-aligned (numbers)."""

    widths: list[int]
    numeric: list[bool]

    @classmethod
    def of(cls, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> _Layout:
        widths = [len(c) for c in columns]
        for row in rows:
            widths = [max(w, len(_cell(v))) for w, v in zip(widths, row, strict=True)]
        numeric = [
            bool(rows) and all(isinstance(r[i], int | float) or r[i] is None for r in rows)
            for i in range(len(columns))
        ]
        return cls(widths, numeric)

    def line(self, values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, self.widths, self.numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """The lines of an aligned text table: a header, a rule, then one line per row."""
    if not columns:
        return []
    layout = _Layout.of(columns, rows)
    return [
        layout.line(list(columns)),
        "  ".join("-" * w for w in layout.widths),
        *(layout.line([_cell(v) for v in row]) for row in rows),
    ]
