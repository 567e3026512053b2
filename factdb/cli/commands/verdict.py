"""`factdb verdict`: give a cluster a fact-check verdict, or change it."""

from __future__ import annotations

import click

from factdb.cli.commands.review import reviewer_option
from factdb.cli.context import AppContext, pass_app


@click.command()
@click.argument("cluster_id", type=int)
@click.option("--rating", required=True, metavar="TEXT", help='The rating as published ("False").')
@click.option("--value", type=float, metavar="N", help="The rating as a number on a scale...")
@click.option("--best", type=float, metavar="N", help="...whose best value is N...")
@click.option("--worst", type=float, metavar="N", help="...and whose worst value is N.")
@click.option("--url", metavar="URL", help="Where the fact-check is published.")
@click.option("--note", metavar="TEXT", help="A note stored with the verdict.")
@reviewer_option
@pass_app
def verdict(
    app: AppContext,
    cluster_id: int,
    rating: str,
    value: float | None,
    best: float | None,
    worst: float | None,
    url: str | None,
    note: str | None,
    reviewer: str,
) -> None:
    """Give cluster CLUSTER_ID a fact-check verdict, or change the one it has.

    The verdict stays with the cluster's statements when decisions later merge or split
    clusters; every change is kept in the verdict's history.
    """
    from factdb.services.verdicts import VerdictInput, set_verdict

    given = VerdictInput(rating, value, best, worst, url, note)
    record = set_verdict(app.database(), cluster_id, given, reviewer)
    scale = (
        f" ({record.rating_value:g} on {record.worst_rating:g}..{record.best_rating:g})"
        if record.rating_value is not None
        and record.best_rating is not None
        and record.worst_rating is not None
        else ""
    )
    click.echo(
        f"Cluster {cluster_id}: verdict #{record.id} {record.rating!r}{scale} by {reviewer}.",
        err=True,
    )
