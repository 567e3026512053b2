"""`factdb export`: stream articles, quotes, claims, links or clusters as JSONL or CSV."""

from __future__ import annotations

import sys

import click

from factdb.cli.context import AppContext, pass_app
from factdb.vocab import EXPORT_ENTITIES as ENTITIES
from factdb.vocab import EXPORT_FORMATS as FORMATS


@click.command("export")
@click.argument("entity", type=click.Choice(ENTITIES))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    default="-",
    metavar="FILE",
    help="Write to FILE, a new path or a regular file that is not the database, instead of"
    " stdout; it is replaced only once the export is complete.",
)
@pass_app
def export(app: AppContext, entity: str, fmt: str, output: str) -> None:
    """Write every stored ENTITY as JSONL or CSV, one record per line, in id order.

    Rows are streamed: memory stays flat however many there are. CSV flattens nested fields
    (a link's a.id becomes a_id) and writes lists as JSON.
    """
    from factdb.services.export import check_export, write_export
    from factdb.services.export.output import replaced_whole

    database = app.database()
    # Refused before FILE is opened, so that it is left as it was.
    check_export(entity, fmt)
    if output == "-":
        write_export(database, entity, fmt, sys.stdout)
        return
    with replaced_whole(output, database) as out:
        count = write_export(database, entity, fmt, out)
    click.echo(f"Exported {count} {entity} to {output}.", err=True)
