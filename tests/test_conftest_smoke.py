"""The shared database fixtures give a migrated database on each backend."""

from sqlalchemy import text

from factdb import db
from factdb.services.database import Database


def test_fixture_database_is_at_head(database: Database) -> None:
    revision, has_tables = db.current_revision(database.engine)
    assert revision == db.head_revision()
    assert has_tables
    with database.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM articles")).scalar() == 0
