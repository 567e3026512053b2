"""Engines for SQLite and PostgreSQL, and keeping the schema at the newest migration."""

from __future__ import annotations

import sqlite3
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from factdb.config import ALEMBIC_INI, MIGRATIONS_DIR
from factdb.errors import DatabaseError, SchemaOutdatedError

SQLITE_BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5


def is_sqlite(engine_or_url: Engine | str) -> bool:
    """Whether the engine or URL is for SQLite."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling is switched off so that BEGIN is ours to emit.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    # Writers take the write lock up front, so two writers queue on busy_timeout instead of
    # failing when a deferred read lock cannot be upgraded.
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for URL with factdb's connection settings (SQLite: FKs, WAL, busy timeout)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, **kwargs)
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            return engine
        connect_args = (
            {"connect_timeout": CONNECT_TIMEOUT_S} if "postgres" in parsed.drivername else {}
        )
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(f"unsupported database URL {parsed.drivername!r}: {exc}") from exc


def describe_url(engine: Engine) -> str:
    """The engine's URL with any password hidden."""
    return engine.url.render_as_string(hide_password=True)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for factdb's migrations, optionally bound to a connection."""
    cfg = Config(str(ALEMBIC_INI)) if ALEMBIC_INI.exists() else Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest migration revision this version of factdb knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "factdb ships at least one migration"
    return head


def connection_error(engine: Engine, exc: BaseException) -> DatabaseError:
    """A one-line error for a database that cannot be reached or read."""
    detail = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    reason = detail[0] if detail else type(exc).__name__
    return DatabaseError(f"cannot use database {describe_url(engine)}: {reason}")


def current_revision(engine: Engine) -> tuple[str | None, bool]:
    """The database's migration revision and whether it holds any table at all."""
    try:
        with engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
    except (OperationalError, SADatabaseError) as exc:
        raise connection_error(engine, exc) from exc
    return revision, bool(tables)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to REVISION (the newest by default)."""
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    except (OperationalError, SADatabaseError) as exc:
        raise connection_error(engine, exc) from exc


def ensure_schema(engine: Engine) -> None:
    """Migrate an empty database to the newest schema; refuse one at another revision."""
    revision, has_tables = current_revision(engine)
    head = head_revision()
    if revision == head:
        return
    if revision is None and not has_tables:
        upgrade(engine)
        return
    if revision is None:
        raise SchemaOutdatedError(
            f"database {describe_url(engine)} has tables but no factdb schema revision"
        )
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision in known:
        raise SchemaOutdatedError(
            f"database schema is at revision {revision}, older than {head}: run `factdb upgrade`"
        )
    raise SchemaOutdatedError(
        f"database schema revision {revision} is newer than this factdb knows ({head})"
    )
