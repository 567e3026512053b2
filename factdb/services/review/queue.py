"""The review queue: leasing the next link, releasing leases, listing and counting the queue.

A reviewing session is identified by a lease owner (`new_owner("alice")` gives
"alice/3f9a..."), so two windows of one reviewer never get the same link either. A lease
expires after `LEASE_TTL`; a link whose lease is live is skipped by everyone else's queue.
The queue is read with keyset pagination on (score, id), which the index
`ix_links_status_score` (status, score, id) serves, so nothing is loaded but the page or link
asked for.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    Update,
    bindparam,
    func,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from factdb.models import Claim, Link, Quote
from factdb.models.base import UTCDateTime, utcnow
from factdb.services.database import Database
from factdb.services.review.names import reviewer_name
from factdb.services.review.views import (
    LINK_COLUMNS,
    Cursor,
    LinkView,
    QueueFilter,
    QueueSort,
    filter_clauses,
    load_view,
    pair_of,
    view_of_row,
)
from factdb.vocab import LinkKind, LinkStatus, Relation

__all__ = [
    "LEASE_TTL",
    "QueueCounts",
    "QueueRow",
    "claim_in",
    "claim_next",
    "lease_free",
    "list_queue",
    "new_owner",
    "open_link",
    "ordered",
    "owner_name",
    "queue_counts",
    "queue_rows",
    "release",
    "release_in",
    "skip",
]

LEASE_TTL = timedelta(minutes=15)
# Statements on the hot path run on `session.connection()`: no row is loaded as an object, and
# the ORM's bookkeeping around a statement costs more CPU than the statement's round trip.


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """How many links matching a filter are still pending, decided, and grouped as copies."""

    remaining: int
    done: int
    auto: int = 0
    """Links of status `auto`: copies joined by the linker, counted apart from decisions."""


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One line of the queue listing."""

    id: int
    kind: LinkKind
    relation: Relation
    score: float
    lease_owner: str | None
    a_text: str
    b_text: str
    status: LinkStatus = LinkStatus.PENDING
    reviewer: str | None = None


def new_owner(reviewer: str) -> str:
    """A lease owner unique to one reviewing session of REVIEWER (checked by `reviewer_name`)."""
    return f"{reviewer_name(reviewer)}/{uuid.uuid4().hex[:8]}"


def owner_name(owner: str | None) -> str:
    """The reviewer's name in a lease owner."""
    # The suffix follows the last slash: a name may hold one.
    return (owner or "").rsplit("/", 1)[0] or "someone"


def lease_free(
    owner: str | BindParameter[Any] | None, now: datetime | BindParameter[Any]
) -> ColumnElement[bool]:
    """The link is leased by nobody, by OWNER, or by someone whose lease has lapsed."""
    return or_(
        Link.lease_owner.is_(None),
        Link.lease_owner == owner,
        Link.lease_expires_at.is_(None),
        Link.lease_expires_at <= now,
    )


def ordered(stmt: Select[Any], sort: QueueSort, cursor: tuple[Any, Any] | None) -> Select[Any]:
    """STMT on `links` in the queue order SORT, after CURSOR ((score, id) values) if given.

    Each order is a keyset on (score, id) or id alone, which `ix_links_status_score` or the
    primary key serves.
    """
    key: Any
    order: tuple[Any, ...]
    if sort in (QueueSort.BEST, QueueSort.WEAKEST):
        key, order = tuple_(Link.score, Link.id), (Link.score, Link.id)
        point: Any = tuple_(*cursor) if cursor is not None else None
    else:
        key, order = Link.id, (Link.id,)
        point = cursor[1] if cursor is not None else None
    forward = sort in (QueueSort.WEAKEST, QueueSort.OLDEST)
    if point is not None:
        stmt = stmt.where(key > point if forward else key < point)
    return stmt.order_by(*(c.asc() if forward else c.desc() for c in order))


def _queue(
    flt: QueueFilter, after: Cursor | None, status: LinkStatus | None = LinkStatus.PENDING
) -> Select[int]:
    stmt = select(Link.id).where(*filter_clauses(flt))
    if status is not None:
        stmt = stmt.where(Link.status == status)
    cursor = (after.score, after.id) if after is not None else None
    return ordered(stmt, flt.sort, cursor)


def release_in(session: Session, link_id: int, owner: str) -> None:
    """Give up OWNER's lease on a link inside SESSION's transaction."""
    session.connection().execute(
        update(Link)
        .where(Link.id == link_id, Link.lease_owner == owner)
        .values(lease_owner=None, lease_expires_at=None)
    )


@functools.lru_cache(maxsize=64)
def _claim_statement(flt: QueueFilter, keyset: bool, sqlite: bool) -> Update:
    """The claim for FLT, built once: statement construction costs more CPU than its run.

    Parameters: p_owner, p_now, p_expires and, with KEYSET, p_score and p_id (the cursor).
    """
    owner, now = bindparam("p_owner", type_=String()), bindparam("p_now", type_=UTCDateTime())
    pick = select(Link.id).where(Link.status == LinkStatus.PENDING, *filter_clauses(flt))
    cursor = None
    if keyset:
        cursor = (bindparam("p_score", type_=Float()), bindparam("p_id", type_=Integer()))
    pick = ordered(pick.where(lease_free(owner, now)), flt.sort, cursor).limit(1)
    if not sqlite:
        pick = pick.with_for_update(skip_locked=True)
    # correlate(None): the subquery reads its own `links`, not the row being updated.
    return (
        update(Link)
        .where(Link.id == pick.correlate(None).scalar_subquery())
        .where(Link.status == LinkStatus.PENDING, lease_free(owner, now))
        .values(lease_owner=owner, lease_expires_at=bindparam("p_expires", type_=UTCDateTime()))
        .returning(*LINK_COLUMNS)
    )


def _claim_one(
    session: Session, owner: str, flt: QueueFilter, after: Cursor | None, *, sqlite: bool
) -> LinkView | None:
    """Lease the first free pending link after AFTER with one UPDATE ... RETURNING."""
    now = utcnow()
    params: dict[str, Any] = {"p_owner": owner, "p_now": now, "p_expires": now + LEASE_TTL}
    if after is not None:
        params.update(p_score=after.score, p_id=after.id)
    stmt = _claim_statement(flt, after is not None, sqlite)
    row = session.connection().execute(stmt, params).first()
    return None if row is None else view_of_row(session, row)


def claim_in(
    session: Session,
    owner: str,
    flt: QueueFilter,
    after: Cursor | None,
    *,
    sqlite: bool,
    wrap: bool = False,
) -> LinkView | None:
    """Lease the next link after AFTER inside SESSION's transaction (see `claim_next`)."""
    view = _claim_one(session, owner, flt, after, sqlite=sqlite)
    if view is None and wrap and after is not None:
        view = _claim_one(session, owner, flt, None, sqlite=sqlite)
    return view


def claim_next(
    database: Database,
    owner: str,
    flt: QueueFilter | None = None,
    *,
    after: Cursor | None = None,
    release_id: int | None = None,
    wrap: bool = False,
) -> LinkView | None:
    """Lease the best pending link after AFTER that nobody else holds, or None when none is left.

    WRAP: at the end of the queue start again from the top, where skipped links wait.
    PostgreSQL: the link is picked with `FOR UPDATE SKIP LOCKED` so concurrent claims pass each
    other by. SQLite: the write transaction is BEGIN IMMEDIATE, so claims are serial. On both the
    UPDATE is still conditional on the lease being free, which is what makes the claim safe.
    """
    with database.write() as session:
        if release_id is not None:
            release_in(session, release_id, owner)
        return claim_in(
            session, owner, flt or QueueFilter(), after, sqlite=database.is_sqlite, wrap=wrap
        )


def skip(
    database: Database, current: LinkView, owner: str, flt: QueueFilter | None = None
) -> LinkView | None:
    """Release CURRENT and lease the next link after it, wrapping to the top at the end."""
    return claim_next(database, owner, flt, after=current.cursor, release_id=current.id, wrap=True)


def release(database: Database, link_id: int, owner: str) -> None:
    """Give up OWNER's lease on a link (nothing happens if OWNER does not hold it)."""
    with database.write() as session:
        release_in(session, link_id, owner)


def queue_counts(database: Database, flt: QueueFilter | None = None) -> QueueCounts:
    """How many links matching FLT are pending and how many are decided."""
    with database.read() as session:
        if not database.is_sqlite:
            # A figure for the counter, read while the reviewer works: on one core. PostgreSQL
            # would spread the scan of a large queue over every core (240 ms of three processes
            # at 1M links), slowing the decisions made meanwhile; alone it takes about 300 ms.
            session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
        rows = session.execute(
            select(Link.status, func.count())
            .where(*filter_clauses(flt or QueueFilter()))
            .group_by(Link.status)
        )
        by_status: dict[Any, int] = dict(rows.all())
    remaining = by_status.pop(LinkStatus.PENDING, 0)
    auto = by_status.pop(LinkStatus.AUTO, 0)
    return QueueCounts(remaining=remaining, done=sum(by_status.values()), auto=auto)


def queue_rows(session: Session, ids: list[int]) -> list[QueueRow]:
    """The QueueRows of IDS, in that order."""
    links = {row[0]: row for row in session.execute(select(*LINK_COLUMNS).where(Link.id.in_(ids)))}
    texts: dict[tuple[LinkKind, int], str] = {}
    for kind in LinkKind:
        model: type[Quote] | type[Claim] = Quote if kind is LinkKind.QUOTE else Claim
        wanted = {x for row in links.values() if row[1] is kind for x in pair_of(kind, row)}
        if wanted:
            for iid, text in session.execute(
                select(model.id, model.text).where(model.id.in_(wanted))
            ):
                texts[kind, iid] = text
    rows = []
    for link_id in ids:
        row = links[link_id]
        kind = row[1]
        a, b = pair_of(kind, row)
        a_text, b_text = texts.get((kind, a), ""), texts.get((kind, b), "")
        rows.append(QueueRow(link_id, kind, row[2], row[4], row[9], a_text, b_text, row[3], row[6]))
    return rows


def list_queue(
    database: Database,
    flt: QueueFilter | None = None,
    *,
    after: Cursor | None = None,
    limit: int = 50,
    status: LinkStatus | None = LinkStatus.PENDING,
) -> list[QueueRow]:
    """One page of links in STATUS (None: any) matching FLT after AFTER, in FLT's order.

    Leased links are listed too.
    """
    with database.read() as session:
        ids = list(session.scalars(_queue(flt or QueueFilter(), after, status).limit(limit)))
        return queue_rows(session, ids)


def open_link(database: Database, owner: str, link_id: int, release_id: int | None) -> LinkView:
    """A link picked from a listing: leased to OWNER if it is pending and free, else as it is.

    RELEASE_ID is the link the reviewer leaves, whose lease goes back to the queue.
    """
    now = utcnow()
    with database.write() as session:
        if release_id is not None and release_id != link_id:
            release_in(session, release_id, owner)
        session.connection().execute(
            update(Link)
            .where(Link.id == link_id, Link.status == LinkStatus.PENDING, lease_free(owner, now))
            .values(lease_owner=owner, lease_expires_at=now + LEASE_TTL)
        )
        return load_view(session, link_id)
