"""The one way link rows are inserted: a pair already stored (by another run) is skipped."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

from factdb.models import Link
from factdb.services.database import Database


def insert_links(database: Database) -> sqlite.Insert | postgresql.Insert:
    """An INSERT into links that skips a pair another run stored meanwhile (ON CONFLICT)."""
    if database.is_sqlite:
        return sqlite.insert(Link).on_conflict_do_nothing()
    return postgresql.insert(Link).on_conflict_do_nothing()
