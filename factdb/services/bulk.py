"""Many decisions at once: links chosen by id, by a filter or by cluster, in one transaction.

A bulk decision writes what single decisions write, row for row: each link's new status,
reviewer, time and lease, and one `reviews` row with its status before and after. It does it
with one set-based statement each (the ids bound as one value, `idsets`), and recomputes the
clusters once at the end, so
100,000 links take seconds (`bench/bench_decide.py`). Every link is checked first: with ids,
one that is missing, already decided or held by another reviewer stops the whole decision
before anything is written; with a filter, links held by another reviewer are left out and
counted.

Decisions: `confirm` and `reject` (pending links, or `auto` ones, which a reviewer may
overrule), and `undo` for links of status `auto`, which go back to pending for review.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from factdb.errors import ConflictError, InputError, NotFoundError
from factdb.models import ClusterMember, Link, Review
from factdb.models.base import utcnow
from factdb.services import clusters
from factdb.services.database import Database
from factdb.services.idsets import id_in
from factdb.services.review.queue import owner_name
from factdb.services.review.state import when
from factdb.services.review.views import QueueFilter, filter_clauses
from factdb.vocab import JOINING, LinkKind, LinkStatus, ReviewAction

__all__ = ["BulkResult", "Selection", "cluster_pending", "decide_many", "parse_action"]

SQLITE_CACHE_KIB = 65_536
"""SQLite's page cache during a bulk decision, in KiB (see `_sqlite_cache`)."""
MAX_ID = 2**31 - 1
"""The largest id an INTEGER key holds on both backends."""
DECISIONS = {
    ReviewAction.CONFIRM: LinkStatus.CONFIRMED,
    ReviewAction.REJECT: LinkStatus.REJECTED,
    ReviewAction.UNDO: LinkStatus.PENDING,
}
OPEN = (LinkStatus.PENDING, LinkStatus.AUTO)
"""What confirm and reject change unless forced: links no reviewer has decided."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which links a bulk decision takes: IDS, or every link matching the other fields.

    STATUS defaults to pending (auto for undo); CLUSTER takes the links with an item in that
    cluster, ITEM those of one item.
    """

    ids: tuple[int, ...] = ()
    flt: QueueFilter = field(default_factory=QueueFilter)
    status: LinkStatus | None = None
    cluster: int | None = None
    item: tuple[LinkKind, int] | None = None
    """Only the links of this quote or claim."""


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk decision did (or, on a dry run, would do)."""

    action: ReviewAction
    status_after: LinkStatus
    decided: int
    before: dict[LinkStatus, int]
    """How many of the links decided were in each status before."""
    held: int
    """Links the filter matched that other reviewers hold, left out."""
    clusters: int
    """Clusters of two or more items that the decided links' items are in afterwards."""
    seconds: float
    dry_run: bool


@dataclass(frozen=True, slots=True)
class _Row:
    """A selected link: id, kind, status, lease and its two items."""

    id: int
    kind: LinkKind
    status: LinkStatus
    reviewer: str | None
    decided_at: datetime | None
    lease_owner: str | None
    lease_expires_at: datetime | None
    a: int
    b: int


_COLUMNS = (
    Link.id,
    Link.kind,
    Link.status,
    Link.reviewer,
    Link.decided_at,
    Link.lease_owner,
    Link.lease_expires_at,
    Link.a_quote_id,
    Link.b_quote_id,
    Link.a_claim_id,
    Link.b_claim_id,
)


def _row(values: Sequence[Any]) -> _Row:
    lid, kind, status, reviewer, decided_at, lease, expires, aq, bq, ac, bc = values
    a, b = (aq, bq) if kind is LinkKind.QUOTE else (ac, bc)
    return _Row(lid, kind, status, reviewer, decided_at, lease, expires, a, b)


def parse_action(action: ReviewAction | str) -> ReviewAction:
    """ACTION as a bulk decision; InputError unless it is confirm, reject or undo."""
    try:
        parsed = ReviewAction(action)
    except ValueError:
        parsed = None
    if parsed not in DECISIONS:
        raise InputError("decision", f"{action} is not confirm, reject or undo")
    assert parsed is not None
    return parsed


def _default_status(action: ReviewAction) -> LinkStatus:
    return LinkStatus.AUTO if action is ReviewAction.UNDO else LinkStatus.PENDING


def _in_cluster(cluster_id: int) -> ColumnElement[bool]:
    """The link has an item in cluster CLUSTER_ID."""
    quotes = select(ClusterMember.quote_id).where(ClusterMember.cluster_id == cluster_id)
    claims = select(ClusterMember.claim_id).where(ClusterMember.cluster_id == cluster_id)
    return or_(
        Link.a_quote_id.in_(quotes),
        Link.b_quote_id.in_(quotes),
        Link.a_claim_id.in_(claims),
        Link.b_claim_id.in_(claims),
    )


def _filtered(selection: Selection, action: ReviewAction) -> Select[*tuple[Any, ...]]:
    status = selection.status or _default_status(action)
    stmt = select(*_COLUMNS).where(Link.status == status, *filter_clauses(selection.flt))
    if selection.cluster is not None:
        stmt = stmt.where(_in_cluster(selection.cluster))
    if selection.item is not None:
        kind, item_id = selection.item
        a, b, _ = clusters.item_columns(kind)
        stmt = stmt.where(or_(a == item_id, b == item_id))
    return stmt.order_by(Link.id)


def _select(
    session: Session, selection: Selection, action: ReviewAction, *, lock: bool
) -> list[_Row]:
    """The selected links, locked on PostgreSQL when LOCK (SQLite: the write lock is held)."""
    run = session.connection().execute
    if not selection.ids:
        stmt = _filtered(selection, action)
        return [_row(r) for r in run(stmt.with_for_update() if lock else stmt)]
    bad = [i for i in selection.ids if not 0 < i <= MAX_ID]
    if bad:
        raise NotFoundError(f"link {bad[0]} does not exist")
    ids = sorted(set(selection.ids))
    stmt = select(*_COLUMNS).where(id_in(session, Link.id, ids)).order_by(Link.id)
    rows = [_row(r) for r in run(stmt.with_for_update() if lock else stmt)]
    if len(rows) != len(ids):
        missing = sorted(set(ids) - {r.id for r in rows})
        raise NotFoundError(f"link {missing[0]} does not exist")
    return rows


def _held(row: _Row, owner: str | None, now: datetime) -> bool:
    """Whether another reviewer holds a live lease on the link."""
    return (
        row.lease_owner not in (None, owner)
        and row.lease_expires_at is not None
        and row.lease_expires_at > now
    )


def _check(rows: list[_Row], action: ReviewAction, force: bool, owner: str | None) -> None:
    """ConflictError for the first chosen link that may not be decided: nothing is written."""
    now = utcnow()
    allowed = (LinkStatus.AUTO,) if action is ReviewAction.UNDO else OPEN
    for row in rows:
        if action is ReviewAction.UNDO and row.status not in allowed:
            raise ConflictError(
                f"link {row.id} is {row.status}: only links grouped automatically (auto) are"
                " undone in bulk; nothing was changed"
            )
        if row.status not in allowed and not force:
            raise ConflictError(
                f"link {row.id} was {row.status} by {row.reviewer or 'someone'} at"
                f" {when(row.decided_at)}; nothing was changed (--force changes it)"
            )
        if _held(row, owner, now):
            raise ConflictError(
                f"link {row.id} is being reviewed by {owner_name(row.lease_owner)} until"
                f" {when(row.lease_expires_at)}; nothing was changed"
            )


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


def _write(
    session: Session,
    rows: list[_Row],
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


def _recluster(session: Session, rows: list[_Row], after: LinkStatus) -> int:
    """Recompute, once, the clusters of the links that joined or join their items."""
    touched: dict[LinkKind, set[int]] = {}
    for row in rows:
        if row.status in JOINING or after in JOINING:
            touched.setdefault(row.kind, set()).update((row.a, row.b))
    return sum(clusters.recompute(session, kind, items) for kind, items in touched.items())


@contextmanager
def _sqlite_cache(session: Session) -> Iterator[None]:
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


def decide_many(
    database: Database,
    selection: Selection,
    action: ReviewAction | str,
    reviewer: str,
    *,
    note: str | None = None,
    force: bool = False,
    dry_run: bool = False,
    owner: str | None = None,
) -> BulkResult:
    """Decide every link of SELECTION as ACTION by REVIEWER, in one transaction.

    FORCE lets confirm and reject change decided links too (chosen by id). DRY_RUN checks
    and counts without writing. OWNER is the caller's lease owner, whose leases do not count
    as held.
    """
    started = time.perf_counter()
    action = parse_action(action)
    after = DECISIONS[action]
    session_of = database.read if dry_run else database.write
    with session_of() as session, _sqlite_cache(session):
        rows = _select(session, selection, action, lock=not dry_run)
        held = 0
        if selection.ids:
            _check(rows, action, force, owner)
        else:
            now = utcnow()
            free = [r for r in rows if not _held(r, owner, now)]
            held, rows = len(rows) - len(free), free
        clustered = 0
        if rows and not dry_run:
            _write(session, rows, action, reviewer, note)
            clustered = _recluster(session, rows, after)
    return BulkResult(
        action=action,
        status_after=after,
        decided=len(rows),
        before=dict(Counter(r.status for r in rows)),
        held=held,
        clusters=clustered,
        seconds=time.perf_counter() - started,
        dry_run=dry_run,
    )


def cluster_pending(database: Database, cluster_id: int) -> int:
    """How many pending links have an item in cluster CLUSTER_ID."""
    chosen = _filtered(Selection(cluster=cluster_id), ReviewAction.CONFIRM).subquery()
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(chosen)) or 0)
