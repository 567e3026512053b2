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
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Database:
        """Open the database at URL (or the configured one); an empty one gets the newest schema."""
        engine = db.make_engine(resolve_url(url))
        if migrate:
            try:
                db.ensure_schema(engine)
            except BaseException:
                engine.dispose()
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
