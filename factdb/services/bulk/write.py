"""The statements of a bulk decision: audit rows, the links' new state, clusters once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from factdb.models import Link, Review
from factdb.models.base import utcnow
from factdb.services import clusters
from factdb.services.bulk.choose import DECISIONS, Row
from factdb.services.idsets import id_in
from factdb.vocab import JOINING, LinkKind, LinkStatus, ReviewAction

SQLITE_CACHE_KIB = 65_536
"""SQLite's page cache during a bulk decision, in KiB (see `sqlite_cache`)."""


_REVIEW_COLUMNS = ["link_id", "action", "status_before", "status_after", "reviewer", "note"]


def _audit(session: Session, ids: list[int], values: dict[str, Any]) -> None:
    """One `reviews` row per link of IDS, its status before read from the link itself."""
    columns = Review.__table__.c
    rows = select(
        Link.id,
        bindparam("p_action", values["action"], type_=columns.action.type),
        Link.status,
        bindparam("p_after", values["status_after"], type_=columns.status_after.type),
        bindparam("p_reviewer", values["reviewer"], type_=columns.reviewer.type),
        bindparam("p_note", values["note"], type_=columns.note.type),
        bindparam("p_at", values["created_at"], type_=columns.created_at.type),
    ).where(id_in(session, Link.id, ids))
    stmt = insert(Review).from_select([*_REVIEW_COLUMNS, "created_at"], rows)
    session.connection().execute(stmt)


def write(
    session: Session,
    rows: list[Row],
    action: ReviewAction,
    reviewer: str,
    note: str | None,
) -> None:
    """Audit and decide ROWS, a chunk at a time."""
    now = utcnow()
    after = DECISIONS[action]
    decided = after is not LinkStatus.PENDING
    link_values: dict[str, Any] = {
        "status": after,
        "reviewer": reviewer if decided else None,
        "decided_at": now if decided else None,
        "updated_at": now,
        "lease_owner": None,
        "lease_expires_at": None,
    }
    if note:
        link_values["note"] = note
    audit = {
        "action": action,
        "status_after": after,
        "reviewer": reviewer,
        "note": note,
        "created_at": now,
    }
    ids = [r.id for r in rows]
    _audit(session, ids, audit)
    chosen = id_in(session, Link.id, ids)
    session.connection().execute(update(Link).where(chosen).values(link_values))


def recluster(session: Session, rows: list[Row], after: LinkStatus) -> int:
    """Recompute, once, the clusters of the links that joined or join their items."""
    touched: dict[LinkKind, set[int]] = {}
    for row in rows:
        if row.status in JOINING or after in JOINING:
            touched.setdefault(row.kind, set()).update((row.a, row.b))
    return sum(clusters.recompute(session, kind, items) for kind, items in touched.items())


@contextmanager
def sqlite_cache(session: Session) -> Iterator[None]:
    """On SQLite, a page cache of SQLITE_CACHE_KIB while SESSION's statements run.

    Changing 100,000 links rewrites their rows and moves their entries in the status index;
    with SQLite's default 2 MiB cache the pages go to and fro, and this halves the time.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or 0)}")
