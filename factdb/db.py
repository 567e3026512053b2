"""Engines for SQLite and PostgreSQL, and keeping the schema at the newest migration."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from factdb.config import ALEMBIC_INI, migrations_dir
from factdb.errors import DatabaseError, SchemaOutdatedError
from factdb.revisions import Revisions, read_revisions

if TYPE_CHECKING:
    # Alembic is imported where it is used: most commands only read the revision.
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SQLITE_BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5
VERSION_TABLE = "alembic_version"
"""Where Alembic records the schema revision (read here with plain SQL, as Alembic does)."""
SQLITE_SIDECARS = ("", "-journal", "-wal", "-shm")


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


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for in-memory databases, URI filenames and other backends."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    name = parsed.database
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return None
    if name.startswith("file:") or parsed.query.get("uri"):
        return None
    return Path(name)


def remove_sqlite_file(path: Path) -> None:
    """Delete a SQLite database file and its journal, WAL and shared-memory files."""
    for suffix in SQLITE_SIDECARS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def describe_url(engine: Engine) -> str:
    """The engine's URL with any password hidden."""
    return engine.url.render_as_string(hide_password=True)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for factdb's migrations, optionally bound to a connection."""
    from alembic.config import Config

    cfg = Config(str(ALEMBIC_INI)) if ALEMBIC_INI.exists() else Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    location = migrations_dir()
    try:
        return ScriptDirectory.from_config(alembic_config())
    except CommandError as exc:
        raise DatabaseError(
            f"factdb's schema migrations are missing ({location}): reinstall factdb"
        ) from exc


@functools.cache
def _revisions(location: Path) -> Revisions:
    # Read once a process and folder; Alembic only when the scripts are not a plain chain.
    found = read_revisions(location)
    if found is not None:
        return found
    scripts = _scripts()
    head = scripts.get_current_head()
    if head is None:
        raise DatabaseError(
            f"factdb's schema migrations have no single newest revision ({location})"
        )
    return Revisions(head, frozenset(script.revision for script in scripts.walk_revisions()))


def head_revision() -> str:
    """The newest migration revision this version of factdb knows."""
    return _revisions(migrations_dir()).head


def known_revisions() -> frozenset[str]:
    """Every migration revision this version of factdb knows."""
    return _revisions(migrations_dir()).known


def connection_error(engine: Engine, exc: BaseException) -> DatabaseError:
    """A one-line error for a database that cannot be reached or read."""
    detail = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    reason = detail[0] if detail else type(exc).__name__
    return DatabaseError(f"cannot use database {describe_url(engine)}: {reason}")


def current_revision(engine: Engine) -> tuple[str | None, bool]:
    """The database's migration revision and whether it holds any table at all."""
    try:
        with engine.connect() as conn:
            names = inspect(conn).get_table_names()
            rows = (
                conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
                if VERSION_TABLE in names
                else []
            )
    except (OperationalError, SADatabaseError) as exc:
        raise connection_error(engine, exc) from exc
    if len(rows) > 1:
        raise SchemaOutdatedError(
            f"database {describe_url(engine)} is at several schema revisions ({', '.join(rows)})"
        )
    return (rows[0] if rows else None), any(name != VERSION_TABLE for name in names)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to REVISION (the newest by default)."""
    from alembic import command

    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    except (OperationalError, SADatabaseError) as exc:
        raise connection_error(engine, exc) from exc


def factdb_revision(engine: Engine) -> str | None:
    """The database's factdb revision, None when it is empty; a foreign database is refused.

    A database with tables but no revision, or at a revision this factdb does not know (made by
    a newer factdb or by another application), is not one factdb may migrate or use.
    """
    revision, has_tables = current_revision(engine)
    if revision is None:
        if has_tables:
            raise SchemaOutdatedError(
                f"database {describe_url(engine)} has tables but no factdb schema revision: "
                "it is not a factdb database; use an empty one"
            )
        return None
    if revision not in known_revisions():
        raise SchemaOutdatedError(
            f"database schema revision {revision} is unknown to this factdb (newest known: "
            f"{head_revision()}): it was made by a newer factdb or another application"
        )
    return revision


def upgrade_schema(engine: Engine) -> None:
    """`factdb upgrade`: migrate an empty or older factdb database; refuse any other."""
    factdb_revision(engine)
    upgrade(engine)


def ensure_schema(engine: Engine) -> None:
    """Migrate an empty database to the newest schema; refuse one at another revision."""
    head = head_revision()
    revision = factdb_revision(engine)
    if revision == head:
        return
    if revision is None:
        upgrade(engine)
        return
    raise SchemaOutdatedError(
        f"database schema is at revision {revision}, older than {head}: run `factdb upgrade`"
    )
