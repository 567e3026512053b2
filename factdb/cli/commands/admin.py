"""`factdb upgrade` and `factdb stats`."""

from __future__ import annotations

import click

from factdb.cli.context import AppContext, pass_app


@click.command()
@pass_app
def upgrade(app: AppContext) -> None:
    """Run the schema migrations up to the newest revision.

    An empty database gets the whole schema. A database that is not factdb's (tables but no
    factdb revision) or at a revision this factdb does not know is refused and left unchanged.
    """
    from factdb import db

    database = app.database(upgrade=True, create=True)
    revision, _ = db.current_revision(database.engine)
    click.echo(f"Database {database.url} is at revision {revision}.", err=True)


@click.command()
@pass_app
def stats(app: AppContext) -> None:
    """Print how many outlets, articles, speakers, quotes, claims and links are stored.

    Then reviews, clusters, verdicts, and checks imported from other publishers.
    """
    from factdb.services.stats import collect_stats

    s = collect_stats(app.database())
    rows = [
        ("outlets", s.outlets),
        ("articles", s.articles),
        ("speakers", s.speakers),
        ("quotes", s.quotes),
        ("claims", s.claims),
        ("links", s.links),
        *((f"  {status}", n) for status, n in s.links_by_status.items()),
        ("reviews", s.reviews),
        ("clusters", s.clusters),
        ("verdicts", s.verdicts),
        ("checks", s.checks),
    ]
    width = max(len(name) for name, _ in rows)
    for name, n in rows:
        click.echo(f"{name:<{width}}  {n}")
