"""`factdb decide`: record a decision on a link without the review application."""

from __future__ import annotations

import click

from factdb.cli.commands.review import reviewer_option
from factdb.cli.context import AppContext, pass_app
from factdb.vocab import LinkStatus


@click.command()
@click.argument("link_id", type=int)
@click.argument("decision", type=click.Choice(["confirm", "reject"]))
@reviewer_option
@click.option("--note", metavar="TEXT", help="A note stored with the decision.")
@click.option("--force", is_flag=True, help="Change a link that is already decided.")
@pass_app
def decide(
    app: AppContext, link_id: int, decision: str, reviewer: str, note: str | None, force: bool
) -> None:
    """Confirm or reject link LINK_ID, exactly as the review application does."""
    from factdb.services.review import decide as decide_link

    result = decide_link(
        app.database(),
        link_id,
        decision,
        reviewer,
        expected=None if force else LinkStatus.PENDING,
        note=note,
    )
    cluster = (
        f"; its items are in a cluster of {result.cluster_size}" if result.cluster_size > 1 else ""
    )
    click.echo(
        f"Link {link_id}: {result.status_before} -> {result.status_after} by {reviewer}{cluster}.",
        err=True,
    )
