"""The PostgreSQL role analysts' SQL runs as: it reads factdb's tables and reaches nothing else.

A role that SET ROLE, `set_config('role', ...)` or `set_config('session_authorization', ...)`
could turn into another is only safe if the role the server authenticated can become no one:
a superuser can always switch back, whatever role its session took on. So `factdb sql` runs
the query on a connection of its own, authenticated as:

- the configured role itself, when it is safe: no superuser, a member of no other role, and
  without the server's file functions;
- otherwise the reader role (`reader_role`, `factdb_reader_<database>` unless
  $FACTDB_READER_ROLE names another), which the configured role creates on first use and
  keeps to its shape on every use: LOGIN, NOINHERIT, no superuser or other attribute, a
  member of no role, SELECT on every table and view of factdb's schema and nothing more.
  Each use gives it a new random password (sent to the server as a SCRAM verifier, never in
  clear) and logs in with it, holding an advisory lock so that two uses do not cross.

As a superuser, factdb also revokes from PUBLIC, in its own database, the functions that
write large objects (`LARGE_OBJECT_WRITERS`): every role may call them otherwise, and a
large object outlives a read-only transaction.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from factdb import db
from factdb.errors import DatabaseError

READER_ENV = "FACTDB_READER_ROLE"
READER_PREFIX = "factdb_reader_"
READER_LOCK = 0x66616374_0003
"""Advisory lock key held while the reader role is set up and logged in."""
LARGE_OBJECT_WRITERS = (
    "lo_create(oid)",
    "lo_creat(integer)",
    "lo_from_bytea(oid, bytea)",
    "lo_import(text)",
    "lo_import(text, oid)",
    "lo_put(oid, bigint, bytea)",
    "lowrite(integer, bytea)",
    "lo_unlink(oid)",
    "lo_truncate(integer, integer)",
    "lo_truncate64(integer, bigint)",
)
SERVER_FUNCTIONS = (
    "pg_read_file(text)",
    "pg_read_binary_file(text)",
    "pg_ls_dir(text)",
    "pg_stat_file(text)",
    "lo_import(text)",
    "lo_export(oid, text)",
)
"""Functions that reach the server's files; a safe role may call none of them."""
_NAME_MAX = 63

_SESSION = text(
    """
    SELECT r.rolname, r.rolsuper, r.rolcreaterole,
           EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid) AS member,
           (SELECT bool_or(has_function_privilege(r.oid, f::regprocedure, 'EXECUTE'))
              FROM unnest(CAST(:functions AS text[])) AS f) AS server_files,
           current_database() AS database, current_schema() AS schema
    FROM pg_roles r WHERE r.rolname = session_user
    """
)
_ROLE = text(
    """
    SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
               OR r.rolinherit OR NOT r.rolcanlogin AS reshaped,
           (SELECT string_agg(g.rolname, ', ') FROM pg_auth_members m
              JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid) AS member_of
    FROM pg_roles r WHERE r.rolname = :role
    """
)
_SHAPE = "LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"


def reader_role(database: str) -> str:
    """The reader role's name for DATABASE: $FACTDB_READER_ROLE, else factdb_reader_<name>."""
    configured = os.environ.get(READER_ENV)
    if configured:
        return configured
    plain = re.sub(r"[^a-z0-9_]", "_", database.lower())
    name = READER_PREFIX + plain
    if len(name) > _NAME_MAX or plain != database:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        name = f"{READER_PREFIX}{plain[: _NAME_MAX - len(READER_PREFIX) - 9]}_{digest}"
    return name


def reader_connection(engine: Engine) -> Any:
    """A new psycopg connection for analysts' SQL, as the role the module docstring says."""
    with engine.connect() as conn:
        session = conn.execute(_SESSION, {"functions": list(SERVER_FUNCTIONS)}).one()
        if not (session.rolsuper or session.member or session.server_files):
            return _connect(_libpq_url(engine, None, None), session.rolname)
        if not (session.rolsuper or session.rolcreaterole):
            raise DatabaseError(
                f"factdb sql will not run queries as role {session.rolname}, which is a member "
                "of other roles or may read server files, and it cannot create a reader role: "
                "connect as a role that is a member of no other role, or as one that may "
                "create roles"
            )
        role = reader_role(session.database)
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": READER_LOCK})
        conn.commit()
        try:
            password = _prepare_reader(conn, role, session)
            conn.commit()
            return _connect(_libpq_url(engine, role, password), role)
        finally:
            conn.rollback()
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": READER_LOCK})
            conn.commit()


def _prepare_reader(conn: Connection, role: str, session: Any) -> str:
    """Create or check the reader ROLE, grant it reading, and give it a new password."""
    quote = conn.dialect.identifier_preparer.quote_identifier
    ident = quote(role)
    found = conn.execute(_ROLE, {"role": role}).first()
    if found is None:
        conn.execute(text(f"CREATE ROLE {ident} {_SHAPE}"))
    elif found.reshaped or found.member_of:
        reason = f"is a member of {found.member_of}" if found.member_of else "has other powers"
        raise DatabaseError(
            f"the reader role {role} {reason}; factdb sql will not run queries as it "
            f"(set {READER_ENV} to another role name, or give it back its shape: {_SHAPE})"
        )
    for statement in (
        f"GRANT CONNECT ON DATABASE {quote(session.database)} TO {ident}",
        f"GRANT USAGE ON SCHEMA {quote(session.schema)} TO {ident}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {quote(session.schema)} TO {ident}",
    ):
        conn.execute(text(statement))
    if session.rolsuper:
        revoke_large_object_writers(conn)
    password = secrets.token_urlsafe(32)
    raw: Any = conn.connection.driver_connection
    verifier = raw.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    # A SCRAM verifier is base64 and "$:": no quote to escape, no colon a bind parameter.
    conn.exec_driver_sql(f"ALTER ROLE {ident} PASSWORD '{verifier.decode('ascii')}'")
    return password


def revoke_large_object_writers(conn: Connection) -> None:
    """Let no role but superusers write large objects in this database (superusers only)."""
    for function in LARGE_OBJECT_WRITERS:
        conn.execute(text(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC"))


def _libpq_url(engine: Engine, user: str | None, password: str | None) -> str:
    url = engine.url.set(drivername="postgresql")
    if user is not None:
        url = url.set(username=user, password=password)
    return url.render_as_string(hide_password=False)


def _connect(url: str, role: str) -> Any:
    """Log in as ROLE; a refusal (by pg_hba.conf, say) is reported clearly."""
    import psycopg

    try:
        return psycopg.connect(url, connect_timeout=db.CONNECT_TIMEOUT_S)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else "refused"
        raise DatabaseError(
            f"cannot log in as role {role} to run the query ({reason}): let it log in with a "
            "password in pg_hba.conf, or connect factdb as a role that is a member of no other "
            "role"
        ) from exc
