"""Alembic environment: factdb's URL and engine settings, batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection, Engine

from factdb.config import resolve_url
from factdb.db import make_engine
from factdb.models import Base

config = context.config
target_metadata = Base.metadata


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate on the connection factdb passes in, or on one made from its settings."""
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):
        # pytest-alembic hands over an engine rather than a connection.
        with connection.begin() as conn:
            _migrate(conn)
        return
    if connection is not None:
        _migrate(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("db") or resolve_url()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _migrate(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=resolve_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
