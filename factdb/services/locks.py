"""Locks that keep linking runs apart from each other and from articles being stored.

Linking reads every item and remembers the largest ids it compared (its watermarks); the next
run takes what lies above them. That is sound only if no item below a watermark can appear
later, and if two runs do not store the same links at once.

SQLite has one writer at a time and gives each new row an id above every committed one, so
an article still being written always lands above what a reader saw; two linking runs may
overlap, and their identical inserts are skipped as conflicts. PostgreSQL hands out ids as
rows are inserted and commits them in any order, so there:

- every write of an article holds a shared advisory lock until it commits (`guard_article`);
- a linking run reads its items holding the same lock exclusively (`guard_snapshot`): it waits
  for articles being written, and articles wait for the read, so every id below what it saw
  is committed and every later one is above;
- a linking run holds a session advisory lock from start to end (`one_link_run`), so a second
  run waits for the first and then links what is new after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from factdb.services.database import Database

ITEMS_LOCK = 0x66616374_0001
"""Advisory lock key (as bigint) guarding the ids of stored quotes and claims."""
LINK_RUN_LOCK = 0x66616374_0002
"""Advisory lock key held by the linking run in progress."""


def guard_article(session: Session) -> None:
    """Within an article's write transaction: hold off a linking run's read until commit."""
    if not _is_sqlite(session):
        session.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": ITEMS_LOCK})


def guard_snapshot(session: Session) -> None:
    """Before a linking run reads its items: wait for articles being written, and hold new ones."""
    if not _is_sqlite(session):
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ITEMS_LOCK})


@contextmanager
def one_link_run(database: Database, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the linking lock for the block; wait for another run first (telling ON_WAIT)."""
    if database.is_sqlite:
        yield
        return
    with database.engine.connect() as conn:
        got = conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": LINK_RUN_LOCK})
        if not got:
            if on_wait is not None:
                on_wait()
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": LINK_RUN_LOCK})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LINK_RUN_LOCK})
            conn.commit()


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"
