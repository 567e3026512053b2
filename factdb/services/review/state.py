"""The statements a review decision is made of: a link's state, its new status, audit, clusters.

They run as Core statements on `session.connection()`: no row is loaded as an object, and the
ORM's bookkeeping around a statement costs more CPU than the statement's round trip.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import (
    Integer,
    ScalarSelect,
    String,
    Update,
    bindparam,
    func,
    insert,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from factdb.errors import ConflictError, NotFoundError
from factdb.models import ClusterMember, Link, Review
from factdb.models.base import UTCDateTime, utcnow
from factdb.services import clusters
from factdb.services.review.queue import lease_free, owner_name
from factdb.vocab import JOINING, LinkKind, LinkStatus, ReviewAction

__all__ = [
    "CLUSTER_SIZE",
    "ITEMS",
    "Expected",
    "audit",
    "check_state",
    "is_expected",
    "lock_state",
    "recluster",
    "refuse",
    "set_status",
    "when",
]


def when(at: datetime | None) -> str:
    """AT for a message."""
    return at.strftime("%Y-%m-%d %H:%M UTC") if at else "an unknown time"


def _cluster_size() -> ScalarSelect[int]:
    mine, others = aliased(ClusterMember), aliased(ClusterMember)
    first_item = or_(mine.quote_id == Link.a_quote_id, mine.claim_id == Link.a_claim_id)
    return (
        select(func.count())
        .select_from(mine)
        .join(others, others.cluster_id == mine.cluster_id)
        .where(first_item)
        .correlate(Link)
        .scalar_subquery()
    )


CLUSTER_SIZE = _cluster_size()
"""The size of the cluster of the link's first item (0: in none), correlated to `links`; built
once, as building statements is a fair part of a decision's CPU time."""

LINK_ID_MAX = 2**31 - 1
"""The largest link id: `links.id` is a 32-bit integer on PostgreSQL (SQLite ids stay below)."""
ITEMS = (Link.kind, Link.a_quote_id, Link.b_quote_id, Link.a_claim_id, Link.b_claim_id)
"""A link's kind and items, as `recluster` reads them (followed by its cluster size)."""


def check_link_id(link_id: int) -> None:
    """NotFoundError for an id no link can have (the database would refuse to compare it)."""
    if not 0 < link_id <= LINK_ID_MAX:
        raise NotFoundError(f"link {link_id} does not exist")


def lock_state(session: Session, link_id: int) -> Sequence[Any]:
    """Lock the link; its status, reviewer, decided_at, lease owner and expiry, then ITEMS."""
    check_link_id(link_id)
    state = (Link.status, Link.reviewer, Link.decided_at, Link.lease_owner, Link.lease_expires_at)
    row = (
        session.connection()
        .execute(
            select(*state, *ITEMS, CLUSTER_SIZE).where(Link.id == link_id).with_for_update(of=Link)
        )
        .first()
    )
    if row is None:
        raise NotFoundError(f"link {link_id} does not exist")
    return row


Expected = LinkStatus | tuple[LinkStatus, ...] | None
"""The status (or one of the statuses) a link must still be in to be decided; None: any."""


def is_expected(status: LinkStatus, expected: Expected) -> bool:
    """Whether STATUS is what EXPECTED asks for."""
    if expected is None:
        return True
    return status in expected if isinstance(expected, tuple) else status == expected


def check_state(link_id: int, state: Sequence[Any], expected: Expected, owner: str | None) -> None:
    """ConflictError unless the link (a `lock_state` row) is in EXPECTED and free for OWNER."""
    status, reviewer, decided_at, lease_owner, expires = state[:5]
    if not is_expected(status, expected):
        raise ConflictError(
            f"link {link_id} was {status} by {reviewer or 'someone'} at"
            f" {when(decided_at)} meanwhile; nothing was changed"
        )
    if lease_owner not in (None, owner) and expires is not None and expires > utcnow():
        raise ConflictError(
            f"link {link_id} is being reviewed by {owner_name(lease_owner)} until"
            f" {when(expires)}; nothing was changed"
        )


_STATE = ("status", "reviewer", "decided_at", "updated_at", "lease_owner", "lease_expires_at")
"""The columns `set_status` always writes."""


@functools.lru_cache(maxsize=16)
def _status_statement(guarded: bool, more: tuple[str, ...], sized: bool) -> Update:
    """The UPDATE of `set_status` for one shape of call, built once.

    Parameters: p_id, p_<column> for each column written and, if GUARDED, p_before, p_owner
    and p_now (the link must still be in status p_before and free for p_owner at p_now).
    """
    columns = Link.__table__.c
    where = [Link.id == bindparam("p_id", type_=Integer())]
    if guarded:
        owner, now = bindparam("p_owner", type_=String()), bindparam("p_now", type_=UTCDateTime())
        before = bindparam("p_before", type_=columns.status.type)
        where += [Link.status == before, lease_free(owner, now)]
    values = {name: bindparam(f"p_{name}", type_=columns[name].type) for name in _STATE + more}
    return (
        update(Link)
        .where(*where)
        .values(values)
        .returning(*ITEMS, CLUSTER_SIZE if sized else null())
    )


def set_status(
    session: Session,
    link_id: int,
    status: LinkStatus,
    reviewer: str,
    now: datetime,
    *,
    before: LinkStatus | None = None,
    owner: str | None = None,
    **more: Any,
) -> Sequence[Any] | None:
    """Give the link STATUS (a decision by REVIEWER, or pending again) and drop its lease.

    With BEFORE, only if the link is still in status BEFORE and its lease is free for OWNER.
    MORE sets other columns (or the lease). Returns the link's ITEMS and cluster size, or None
    if no link was changed.
    """
    check_link_id(link_id)
    decided = status is not LinkStatus.PENDING
    values = {
        "status": status,
        "reviewer": reviewer if decided else None,
        "decided_at": now if decided else None,
        "updated_at": now,
        "lease_owner": None,
        "lease_expires_at": None,
        **more,
    }
    params = {f"p_{name}": value for name, value in values.items()}
    params.update(p_id=link_id, p_before=before, p_owner=owner, p_now=now)
    # SQLAlchemy renders SQLite's RETURNING columns unqualified, subqueries included, which
    # makes the cluster self-join ambiguous there; `recluster` then reads the size itself.
    sized = session.get_bind().dialect.name != "sqlite"
    extra = tuple(sorted(name for name in more if name not in _STATE))
    stmt = _status_statement(before is not None, extra, sized)
    return session.connection().execute(stmt, params).first()


_AUDIT = insert(Review)
"""The INSERT of `audit`, built once; its values come as parameters."""


def audit(session: Session, link_id: int, action: ReviewAction, **values: Any) -> None:
    """Write a `reviews` row."""
    session.connection().execute(_AUDIT, {"link_id": link_id, "action": action, **values})


def recluster(
    session: Session, link_id: int, items: Sequence[Any], before: LinkStatus, after: LinkStatus
) -> int:
    """Update the clusters if the link joined or joins its items; the size of its first item's.

    ITEMS: the values of the ITEMS columns, then the cluster size (None when not read yet).
    """
    kind: LinkKind = items[0]
    a, b = (items[1], items[2]) if kind is LinkKind.QUOTE else (items[3], items[4])
    if before in JOINING or after in JOINING:
        return clusters.update_for_items(session, kind, a, b)
    # Clusters follow joining links only: a change between pending and rejected moves none.
    size = items[5]
    if size is None:
        size = session.scalar(select(CLUSTER_SIZE).where(Link.id == link_id))
    return max(int(size or 0), 1)


def refuse(session: Session, link_id: int, expected: Expected, owner: str | None) -> NoReturn:
    """Say why a guarded UPDATE changed nothing: no such link, decided or held meanwhile."""
    check_state(link_id, lock_state(session, link_id), expected, owner)
    raise ConflictError(f"link {link_id} changed meanwhile; nothing was changed")
