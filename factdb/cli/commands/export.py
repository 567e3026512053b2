"""`factdb export`: stream articles, quotes, claims, links or clusters as JSONL, CSV or Parquet,
and verdicts as schema.org ClaimReview."""

from __future__ import annotations

import sys

import click

from factdb.cli.context import AppContext, pass_app
from factdb.vocab import EXPORT_DOCUMENTS as DOCUMENTS
from factdb.vocab import EXPORT_ENTITIES as ENTITIES
from factdb.vocab import EXPORT_FORMATS as FORMATS


@click.command("export")
@click.argument("entity", type=click.Choice(ENTITIES + DOCUMENTS))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    default="-",
    metavar="FILE",
    help="Write to FILE, a new path or a regular file that is not the database, instead of"
    " stdout; it is replaced only once the export is complete. Required for Parquet.",
)
@click.option(
    "--org-name",
    envvar="FACTDB_ORG_NAME",
    metavar="NAME",
    help="claimreview: the publishing organisation, author of every check [env FACTDB_ORG_NAME].",
)
@click.option(
    "--org-url",
    envvar="FACTDB_ORG_URL",
    metavar="URL",
    help="claimreview: the organisation's web site [env FACTDB_ORG_URL].",
)
@pass_app
def export(
    app: AppContext,
    entity: str,
    fmt: str,
    output: str,
    org_name: str | None,
    org_url: str | None,
) -> None:
    """Write every stored ENTITY as JSONL, CSV or Parquet, one record per line, in id order.

    Rows are streamed: memory stays flat however many there are. CSV and Parquet flatten a
    link's sides (a.id becomes a_id); CSV writes lists as JSON. Parquet needs -o FILE and
    pyarrow (pip install 'factdb[parquet]'). `claimreview` writes one schema.org ClaimReview
    JSON-LD object a line for every cluster with a verdict, authored by --org-name.
    """
    if fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet writes a file: give -o FILE")
    if entity in DOCUMENTS:
        _claimreview(app, fmt, output, org_name, org_url)
        return
    if fmt == "parquet":
        _parquet(app, entity, output)
        return
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


def _parquet(app: AppContext, entity: str, output: str) -> None:
    """Write ENTITY to the Parquet file OUTPUT."""
    from factdb.services.export.parquet import arrow, write_parquet

    arrow()  # refused before the database is opened when pyarrow is missing
    count = write_parquet(app.database(), entity, output)
    click.echo(f"Exported {count} {entity} to {output}.", err=True)


def _claimreview(
    app: AppContext, fmt: str, output: str, org_name: str | None, org_url: str | None
) -> None:
    """Write every cluster's verdict as a ClaimReview JSON-LD object a line."""
    from factdb.errors import InputError
    from factdb.services.claimreview import Organization, write_claimreviews
    from factdb.services.verdicts import VerdictRecord

    if fmt != "jsonl":
        raise InputError(fmt, "claimreview is written as JSON-LD: --format jsonl")
    if not org_name or not org_name.strip():
        raise InputError(
            "claimreview", "name the publishing organisation: --org-name NAME or FACTDB_ORG_NAME"
        )
    database = app.database()

    def skipped(verdict: VerdictRecord, why: str) -> None:
        where = (
            f"cluster {verdict.cluster_id}"
            if verdict.cluster_id
            else f"{verdict.kind} {verdict.item_id}"
        )
        click.echo(f"Warning: verdict #{verdict.id} of {where} is not exported: {why}.", err=True)

    org = Organization(org_name.strip(), org_url)
    if output == "-":
        write_claimreviews(database, org, sys.stdout, skipped=skipped)
        return
    from factdb.services.export.output import replaced_whole

    with replaced_whole(output, database) as out:
        count = write_claimreviews(database, org, out, skipped=skipped)
    click.echo(f"Exported {count} ClaimReviews to {output}.", err=True)
