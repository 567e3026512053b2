"""Which links a bulk decision takes, read and checked before anything is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from factdb.errors import ConflictError, InputError, NotFoundError
from factdb.models import ClusterMember, Link
from factdb.models.base import utcnow
from factdb.services import clusters
from factdb.services.idsets import id_in
from factdb.services.review.queue import owner_name
from factdb.services.review.state import when
from factdb.services.review.views import QueueFilter, filter_clauses
from factdb.vocab import LinkKind, LinkStatus, ReviewAction

MAX_ID = 2**31 - 1
"""The largest id an INTEGER key holds on both backends."""
DECISIONS = {
    ReviewAction.CONFIRM: LinkStatus.CONFIRMED,
    ReviewAction.REJECT: LinkStatus.REJECTED,
    ReviewAction.UNDO: LinkStatus.PENDING,
}
"""The status each bulk decision gives."""
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
class Row:
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


def row_of(values: Sequence[Any]) -> Row:
    lid, kind, status, reviewer, decided_at, lease, expires, aq, bq, ac, bc = values
    a, b = (aq, bq) if kind is LinkKind.QUOTE else (ac, bc)
    return Row(lid, kind, status, reviewer, decided_at, lease, expires, a, b)


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


def filtered(selection: Selection, action: ReviewAction) -> Select[*tuple[Any, ...]]:
    status = selection.status or _default_status(action)
    stmt = select(*_COLUMNS).where(Link.status == status, *filter_clauses(selection.flt))
    if selection.cluster is not None:
        stmt = stmt.where(_in_cluster(selection.cluster))
    if selection.item is not None:
        kind, item_id = selection.item
        a, b, _ = clusters.item_columns(kind)
        stmt = stmt.where(or_(a == item_id, b == item_id))
    return stmt.order_by(Link.id)


def select_rows(
    session: Session, selection: Selection, action: ReviewAction, *, lock: bool
) -> list[Row]:
    """The selected links, locked on PostgreSQL when LOCK (SQLite: the write lock is held)."""
    run = session.connection().execute
    if not selection.ids:
        stmt = filtered(selection, action)
        return [row_of(r) for r in run(stmt.with_for_update() if lock else stmt)]
    bad = [i for i in selection.ids if not 0 < i <= MAX_ID]
    if bad:
        raise NotFoundError(f"link {bad[0]} does not exist")
    ids = sorted(set(selection.ids))
    stmt = select(*_COLUMNS).where(id_in(session, Link.id, ids)).order_by(Link.id)
    rows = [row_of(r) for r in run(stmt.with_for_update() if lock else stmt)]
    if len(rows) != len(ids):
        missing = sorted(set(ids) - {r.id for r in rows})
        raise NotFoundError(f"link {missing[0]} does not exist")
    return rows


def held(row: Row, owner: str | None, now: datetime) -> bool:
    """Whether another reviewer holds a live lease on the link."""
    return (
        row.lease_owner not in (None, owner)
        and row.lease_expires_at is not None
        and row.lease_expires_at > now
    )


def check(rows: list[Row], action: ReviewAction, force: bool, owner: str | None) -> None:
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
        if held(row, owner, now):
            raise ConflictError(
                f"link {row.id} is being reviewed by {owner_name(row.lease_owner)} until"
                f" {when(row.lease_expires_at)}; nothing was changed"
            )
