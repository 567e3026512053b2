"""`factdb grant-analyst`: make a PostgreSQL role a reader of every table and view."""

from __future__ import annotations

import click

from factdb.cli.context import AppContext, pass_app


@click.command("grant-analyst")
@click.argument("role")
@pass_app
def grant_analyst(app: AppContext, role: str) -> None:
    """Let the PostgreSQL ROLE read every table and view, present and future, and write nothing.

    ROLE must exist (CREATE ROLE ... LOGIN). Run this as the role that runs the migrations, so
    that views and tables that later migrations create are readable too. A superuser, the
    owner of factdb's tables and the role factdb connects as are refused: revoking their writes
    would not stop them writing. SQLite has no roles.
    """
    from factdb.services.roles import grant_analyst as grant

    result = grant(app.database(), role)
    click.echo(
        f"Role {result.role} can read {result.relations} tables and views in schema "
        f"{result.schema} of database {result.database}, and write nothing.",
        err=True,
    )
    if result.large_objects:
        click.echo(
            "Warning: every role (PUBLIC) may write large objects in this database; as a "
            "superuser, grant-analyst takes that away.",
            err=True,
        )
    if result.can_create:
        click.echo(
            f"Warning: every role (PUBLIC) may create tables in schema {result.schema}; "
            f"run REVOKE CREATE ON SCHEMA {result.schema} FROM PUBLIC to stop that.",
            err=True,
        )
