"""`factdb sql`: run one read-only query and print its rows as a table, CSV or JSONL."""

from __future__ import annotations

import sys

import click

from factdb.cli.context import AppContext, pass_app
from factdb.errors import InputError
from factdb.vocab import QUERY_FORMATS as FORMATS
from factdb.vocab import QUERY_TIMEOUT_S


@click.command("sql")
@click.argument("query")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output format; table cells are cut at 80 characters, CSV and JSONL keep whole values.",
)
@click.option(
    "--timeout",
    metavar="SECONDS",
    type=click.FloatRange(min=0, min_open=True),
    default=QUERY_TIMEOUT_S,
    show_default=True,
    help="Stop the query after this many seconds.",
)
@pass_app
def sql(app: AppContext, query: str, fmt: str, timeout: float) -> None:
    """Run a read-only SQL QUERY ("-" reads it from stdin) and print its rows.

    The database itself refuses any change: writes, ATTACH, writing PRAGMAs and several
    statements in one QUERY are errors, and on PostgreSQL the query runs as a role that can
    read factdb's tables and nothing else. Ctrl-C or --timeout stops it. docs/sql.md
    describes the tables and views.
    """
    from factdb.services.query import open_query, write_result

    text = _stdin_query() if query == "-" else query
    with open_query(app.database(), text, timeout=timeout) as result:
        count = write_result(result, fmt, sys.stdout)
    if fmt == "table":
        click.echo(f"({count} row{'' if count == 1 else 's'})", err=True)


def _stdin_query() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            "<stdin>", f"the query is not UTF-8 text (byte 0x{data[exc.start]:02x} at {exc.start})"
        ) from exc
