"""`factdb grant-analyst`: a PostgreSQL role that reads every table and view and writes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from factdb.errors import NotFoundError, UnavailableError
from factdb.services.database import Database
from factdb.services.roles import grant_analyst
from tests.cli.helpers import run_cli

WRITES = [
    "INSERT INTO outlets (name, created_at) VALUES ('Intruder', now())",
    "UPDATE outlets SET name = 'Renamed'",
    "DELETE FROM outlets",
    "TRUNCATE outlets CASCADE",
    "CREATE TABLE scratch (x integer)",
    "CREATE VIEW scratch_v AS SELECT 1 AS x",
    "DROP VIEW quotes_v",
    "SELECT nextval('outlets_id_seq')",
]


@pytest.fixture
def role(database: Database) -> Iterator[str]:
    """A fresh login role without a password (trust authentication), dropped afterwards."""
    if database.is_sqlite:
        pytest.skip("roles are PostgreSQL's")
    name = f"analyst_{uuid.uuid4().hex[:8]}"
    with database.engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    yield name
    with database.engine.begin() as conn:
        conn.execute(text(f'DROP OWNED BY "{name}"'))
        conn.execute(text(f'DROP ROLE "{name}"'))


def _as(db_url: str, role: str) -> str:
    return make_url(db_url).set(username=role, password=None).render_as_string(False)


def test_the_role_reads_everything_and_writes_nothing(
    database: Database, db_url: str, role: str
) -> None:
    result = run_cli(db_url, "grant-analyst", role)
    assert result.code == 0, result.err
    assert f"Role {role} can read" in result.err
    # A table made after the grant, as later migrations would, is readable too.
    with database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE later_table (x integer)"))
    analyst = create_engine(_as(db_url, role))
    try:
        with analyst.connect() as conn:
            names = inspect(conn).get_table_names() + inspect(conn).get_view_names()
            assert {"links", "quotes_v", "conflicts_v", "later_table"} <= set(names)
            for name in names:
                conn.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
        for sql in WRITES:
            with analyst.connect() as conn, pytest.raises(ProgrammingError) as refused:
                conn.execute(text(sql))
            # 42501: insufficient privilege.
            assert getattr(refused.value.orig, "sqlstate", None) == "42501", sql
    finally:
        analyst.dispose()


def test_granting_twice_is_harmless(database: Database, role: str) -> None:
    first = grant_analyst(database, role)
    again = grant_analyst(database, role)
    assert first == again
    assert first.relations >= 16 and not first.can_create


def test_an_unknown_role_is_an_error(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("roles are PostgreSQL's")
    with pytest.raises(NotFoundError, match="no PostgreSQL role"):
        grant_analyst(database, "nobody_here")


def test_sqlite_has_no_roles(database: Database, db_url: str) -> None:
    if not database.is_sqlite:
        pytest.skip("this is about SQLite")
    with pytest.raises(UnavailableError):
        grant_analyst(database, "analyst")
    result = run_cli(db_url, "grant-analyst", "analyst")
    assert result.code == 1 and result.out == ""
    assert result.err == "Error: roles are a PostgreSQL feature; this database is SQLite\n"
