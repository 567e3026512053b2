"""`factdb sql` and `grant-analyst` reach factdb's tables and nothing else, however connected.

Guards against: on PostgreSQL `SELECT set_config('role','postgres',true),
query_to_xml('select pg_read_file(...)',...)` read server files through `factdb sql` (and
`pg_ls_dir`, `pg_terminate_backend` worked the same way), `pg_authid` password hashes were
readable, and large objects could be written; `grant-analyst` on the owner role revoked its
writes while printing "write nothing", and on `postgres` claimed the same; on SQLite
`fts3_tokenizer` leaked a memory address and every function was allowed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url

from factdb.errors import QueryError, ReadOnlyError
from factdb.services.database import Database
from factdb.services.query import run_query
from factdb.services.query import sqlite as query_sqlite
from tests.cli.helpers import Run, run_cli

SERVER_ESCAPES = [
    "SELECT set_config('role','postgres',true),"
    " query_to_xml('select pg_read_file(''/etc/hostname'')',false,false,'')",
    "SELECT set_config('session_authorization','postgres',true)",
    "SELECT pg_ls_dir('.')",
    "SELECT pg_read_file('/etc/hostname')",
    "SELECT lo_from_bytea(0, 'stored')",
    "SELECT lo_import('/etc/hostname')",
    "SELECT rolname, rolpassword FROM pg_authid",
    "SELECT usename, passwd FROM pg_shadow",
    "SELECT current_setting('data_directory')",
]
SQLITE_ESCAPES = [
    "SELECT fts3_tokenizer('simple')",
    "SELECT load_extension('/tmp/nothing')",
    "SELECT readfile('/etc/hostname')",
    "SELECT writefile('/tmp/x', 'y')",
    "SELECT zeroblob(1000)",
    "SELECT randomblob(1000)",
    "SELECT sqlite_compileoption_get(0)",
    "SELECT rtreenode(2, x'00')",
    "SELECT * FROM dbstat",
    "SELECT * FROM sqlite_dbpage",
]


def _refused(run: Run) -> None:
    assert run.code == 1 and run.out == ""
    assert run.err.count("\n") == 1 and run.err.startswith("Error: ")


def _postgres_only(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("PostgreSQL's server functions and roles")


@pytest.mark.parametrize("sql", SERVER_ESCAPES)
def test_server_functions_and_role_changes_fail(database: Database, db_url: str, sql: str) -> None:
    _postgres_only(database)
    run = run_cli(db_url, "sql", sql)
    _refused(run)
    assert "localhost" not in run.out and "SCRAM" not in run.out


def test_the_query_runs_as_a_reader_not_as_the_superuser(database: Database, db_url: str) -> None:
    _postgres_only(database)
    _, rows = run_query(database, "SELECT current_user, session_user, "
                        "current_setting('is_superuser')")  # fmt: skip
    ((current, session, superuser),) = rows
    assert current == session != make_url(db_url).username and superuser == "off"
    _, (member,) = run_query(
        database, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
        " WHERE r.rolname = current_user"
    )  # fmt: skip
    assert member == (0,)


def test_terminating_another_backend_fails(database: Database, db_url: str) -> None:
    _postgres_only(database)
    with database.engine.connect() as other:
        pid = other.scalar(text("SELECT pg_backend_pid()"))
        _refused(run_cli(db_url, "sql", f"SELECT pg_terminate_backend({pid})"))
        assert other.scalar(text("SELECT 1")) == 1


@pytest.fixture
def plain_role(database: Database) -> Iterator[str]:
    """A login role that is a member of no other role (trust authentication), dropped after."""
    _postgres_only(database)
    name = f"{_prefix()}plain_{uuid.uuid4().hex[:8]}"
    with database.engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{name}"'))
    yield name
    with database.engine.begin() as conn:
        conn.execute(text(f'DROP OWNED BY "{name}"'))
        conn.execute(text(f'DROP ROLE "{name}"'))


def _prefix() -> str:
    import os

    return os.environ.get("FACTDB_TEST_ROLE_PREFIX", "factdb_test_")


def _as(db_url: str, role: str) -> str:
    return make_url(db_url).set(username=role, password=None).render_as_string(False)


def test_a_role_that_can_become_no_one_runs_as_itself(db_url: str, plain_role: str) -> None:
    run = run_cli(_as(db_url, plain_role), "sql", "--format", "csv", "SELECT current_user")
    assert run.code == 0 and run.out.splitlines() == ["current_user", plain_role]


def test_a_member_of_a_powerful_role_is_refused(
    database: Database, db_url: str, plain_role: str
) -> None:
    with database.engine.begin() as conn:
        conn.execute(text(f'GRANT pg_read_server_files TO "{plain_role}"'))
    run = run_cli(_as(db_url, plain_role), "sql", "SELECT pg_read_file('/etc/hostname')")
    _refused(run)
    assert f"will not run queries as role {plain_role}" in run.err


def test_a_reader_role_given_powers_is_refused(database: Database, db_url: str) -> None:
    _postgres_only(database)
    assert run_cli(db_url, "sql", "SELECT 1").code == 0  # makes the reader role
    _, ((reader,),) = run_query(database, "SELECT current_user")
    with database.engine.begin() as conn:
        conn.execute(text(f'GRANT pg_read_server_files TO "{reader}"'))
    try:
        run = run_cli(db_url, "sql", "SELECT pg_read_file('/etc/hostname')")
        _refused(run)
        assert f"the reader role {reader} is a member of pg_read_server_files" in run.err
    finally:
        with database.engine.begin() as conn:
            conn.execute(text(f'REVOKE pg_read_server_files FROM "{reader}"'))


@pytest.mark.parametrize("sql", SQLITE_ESCAPES)
def test_sqlite_allows_listed_functions_and_tables_only(database: Database, sql: str) -> None:
    if not database.is_sqlite:
        pytest.skip("SQLite's functions")
    with pytest.raises((ReadOnlyError, QueryError)):
        run_query(database, sql)


def test_sqlite_caps_the_size_of_a_value(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not database.is_sqlite:
        pytest.skip("SQLite's limits")
    monkeypatch.setattr(query_sqlite, "VALUE_LIMIT", 1_000_000)
    with pytest.raises(QueryError, match="too big"):
        run_query(database, "SELECT length(replace(printf('%.*c', 600000, 'x'), 'x', 'xx'))")
    assert run_query(database, "SELECT upper('ok'), json_extract('{\"a\": 2}', '$.a')")[1] == [
        ("OK", 2)
    ]


@pytest.fixture
def owner_url(database: Database, db_url: str) -> Iterator[str]:
    """A non-superuser role that owns the database's tables, as a deployment might use."""
    _postgres_only(database)
    name = f"{_prefix()}owner_{uuid.uuid4().hex[:8]}"
    with database.engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        _give_tables(conn, f'"{name}"')
    yield _as(db_url, name)
    with database.engine.begin() as conn:
        _give_tables(conn, "CURRENT_USER")
        conn.execute(text(f'DROP OWNED BY "{name}"'))
        conn.execute(text(f'DROP ROLE "{name}"'))


def _give_tables(conn: Connection, owner: str) -> None:
    relations = conn.scalars(
        text(
            "SELECT quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n"
            " ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v')"
        )
    )
    for relation in list(relations):
        conn.execute(text(f"ALTER TABLE {relation} OWNER TO {owner}"))


def test_grant_analyst_refuses_superusers_and_changes_nothing(
    database: Database, db_url: str
) -> None:
    _postgres_only(database)
    superuser = make_url(db_url).username or "postgres"
    run = run_cli(db_url, "grant-analyst", superuser)
    _refused(run)
    assert "is a superuser" in run.err and "nothing was changed" in run.err


def test_grant_analyst_refuses_the_owner_and_its_writes_stay(
    database: Database, owner_url: str
) -> None:
    owner = make_url(owner_url).username
    assert owner is not None
    run = run_cli(owner_url, "grant-analyst", owner)
    _refused(run)
    assert "is the role factdb connects as" in run.err
    with create_engine(owner_url).begin() as conn:
        assert conn.scalar(text("SELECT has_table_privilege(current_user, 'outlets', 'INSERT')"))


def test_grant_analyst_leaves_no_large_object_writes(
    database: Database, db_url: str, plain_role: str
) -> None:
    run = run_cli(db_url, "grant-analyst", plain_role)
    assert run.code == 0 and "write nothing" in run.err and "large objects" not in run.err
    analyst = create_engine(_as(db_url, plain_role))
    try:
        with analyst.connect() as conn, pytest.raises(Exception, match="permission denied"):
            conn.execute(text("SELECT lo_from_bytea(0, 'stored')"))
    finally:
        analyst.dispose()
