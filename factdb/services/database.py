"""An open factdb database: its engine, schema check and transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from factdb import db
from factdb.config import resolve_url
from factdb.errors import DatabaseError


class Database:
    """A factdb database: every service takes one and opens its transactions through it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = db.is_sqlite(engine)
        writer_bind = engine.execution_options(sqlite_immediate=True) if self.is_sqlite else engine
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=writer_bind, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        migrate: bool = True,
        create: bool = True,
        upgrade: bool = False,
    ) -> Database:
        """Open the database at URL (or the configured one); an empty one gets the newest schema.

        With UPGRADE an older factdb schema is migrated too (`factdb upgrade`); without MIGRATE
        the schema is left as it is. Without CREATE a SQLite file that does not exist is
        refused and nothing is created. A SQLite file this call created is removed again when
        opening or migrating it fails, so a failed command leaves no empty database behind.
        """
        resolved = resolve_url(url)
        file = db.sqlite_file(resolved)
        fresh = file is not None and not file.exists()
        if file is not None and fresh and not create:
            raise DatabaseError(f"no database at {file.absolute()}: `factdb ingest` creates it")
        if migrate or upgrade:
            db.head_revision()  # fails before anything is created when the migrations are missing
        engine = db.make_engine(resolved)
        try:
            if upgrade:
                db.upgrade_schema(engine)
            elif migrate:
                db.ensure_schema(engine)
        except BaseException:
            engine.dispose()
            if fresh and file is not None:
                db.remove_sqlite_file(file)
            raise
        return cls(engine)

    @property
    def url(self) -> str:
        """The database URL with any password hidden."""
        return db.describe_url(self.engine)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        with self._guard(), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._guard(), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            raise db.connection_error(self.engine, exc) from exc
        except IntegrityError:
            # Left to the service, which knows what a duplicate or a race means for its rows.
            raise
        except SADatabaseError as exc:
            raise DatabaseError(str(exc.orig).strip().splitlines()[0]) from exc

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
