"""`factdb sql`: run one read-only query and print its rows as a table, CSV or JSONL."""

from __future__ import annotations

import sys

import click

from factdb.cli.context import AppContext, pass_app
from factdb.vocab import QUERY_FORMATS as FORMATS


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
@pass_app
def sql(app: AppContext, query: str, fmt: str) -> None:
    """Run a read-only SQL QUERY ("-" reads it from stdin) and print its rows.

    The database itself refuses any change: writes, ATTACH, writing PRAGMAs and several
    statements in one QUERY are errors. docs/sql.md describes the tables and views.
    """
    from factdb.services.query import open_query, write_result

    text = sys.stdin.read() if query == "-" else query
    with open_query(app.database(), text) as result:
        count = write_result(result, fmt, sys.stdout)
    if fmt == "table":
        click.echo(f"({count} row{'' if count == 1 else 's'})", err=True)
