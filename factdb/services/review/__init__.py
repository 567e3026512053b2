"""Review decisions: confirm or reject, multi-step undo and notes, each in one transaction.

The queue (leases) lives in `queue`, what the screen reads in `views` and the
statements a decision is made of in `state`; the public names of the first two are
re-exported here, so `from factdb.services import review` gives them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from factdb.errors import ConflictError, InputError
from factdb.models import Link, Review
from factdb.models.base import utcnow
from factdb.services.database import Database
from factdb.services.review.names import reviewer_name
from factdb.services.review.queue import (
    LEASE_TTL,
    QueueCounts,
    QueueRow,
    claim_in,
    claim_next,
    list_queue,
    new_owner,
    open_link,
    owner_name,
    queue_counts,
    release,
    skip,
)
from factdb.services.review.state import (
    Expected,
    audit,
    check_state,
    lock_state,
    recluster,
    refuse,
    set_status,
    when,
)
from factdb.services.review.views import (
    ArticleText,
    Cursor,
    ItemView,
    LinkView,
    QueueFilter,
    article_text,
    filter_clauses,
    link_view,
    load_view,
)
from factdb.vocab import LinkStatus, ReviewAction

__all__ = [
    "LEASE_TTL",
    "ArticleText",
    "Cursor",
    "Decision",
    "ItemView",
    "LinkView",
    "QueueCounts",
    "QueueFilter",
    "QueueRow",
    "Step",
    "add_note",
    "article_text",
    "claim_next",
    "decide",
    "decide_and_claim",
    "filter_clauses",
    "link_view",
    "list_queue",
    "load_view",
    "new_owner",
    "open_link",
    "owner_name",
    "queue_counts",
    "release",
    "reviewer_name",
    "skip",
    "undo",
]

_DECISIONS = {ReviewAction.CONFIRM: LinkStatus.CONFIRMED, ReviewAction.REJECT: LinkStatus.REJECTED}


@dataclass(frozen=True, slots=True)
class Decision:
    """A stored decision: the link's status before and after, by whom and when."""

    link_id: int
    action: ReviewAction
    status_before: LinkStatus
    status_after: LinkStatus
    reviewer: str
    at: datetime
    cluster_size: int
    """How many items the cluster of the link's items holds afterwards (1: none)."""


@dataclass(frozen=True, slots=True)
class Step:
    """A decision (or why none was made) and the next link leased, from one transaction."""

    decision: Decision | None
    conflict: str | None
    """Why nothing was decided: someone else decided or holds the link meanwhile."""
    next: LinkView | None


def _decide_in(
    session: Session,
    link_id: int,
    action: ReviewAction,
    reviewer: str,
    owner: str | None,
    expected: Expected,
    note: str | None,
) -> Decision:
    """Decide the link inside SESSION's transaction; ConflictError before anything is written.

    The UPDATE itself checks the status and the lease, so the usual decision is one statement
    plus its audit row; the link is read first only when EXPECTED is not one status.
    """
    now = utcnow()
    if isinstance(expected, LinkStatus):
        before = expected
    else:
        state = lock_state(session, link_id)
        check_state(link_id, state, expected, owner)
        before = state[0]
    after = _DECISIONS[action]
    more = {"note": note} if note else {}
    items = set_status(session, link_id, after, reviewer, now, before=before, owner=owner, **more)
    if items is None:
        refuse(session, link_id, expected, owner)
    audit(
        session,
        link_id,
        action,
        status_before=before,
        status_after=after,
        reviewer=reviewer,
        note=note,
        created_at=now,
    )
    size = recluster(session, link_id, items, before, after)
    return Decision(link_id, action, before, after, reviewer, now, size)


def _action(action: ReviewAction | str) -> ReviewAction:
    action = ReviewAction(action)
    if action not in _DECISIONS:
        raise InputError("decision", f"{action} is not confirm or reject")
    return action


def decide(
    database: Database,
    link_id: int,
    action: ReviewAction | str,
    reviewer: str,
    *,
    owner: str | None = None,
    expected: Expected = LinkStatus.PENDING,
    note: str | None = None,
) -> Decision:
    """Confirm or reject a link and write its audit row, in one committed transaction.

    EXPECTED is the status the reviewer saw (or the statuses a decision may change); if the
    link is no longer in it (someone else decided meanwhile), ConflictError says who and when
    and nothing is written. None skips the check (a deliberate change of a decision).
    """
    action, reviewer = _action(action), reviewer_name(reviewer)
    with database.write() as session:
        return _decide_in(session, link_id, action, reviewer, owner, expected, note)


def decide_and_claim(
    database: Database,
    link_id: int,
    action: ReviewAction | str,
    reviewer: str,
    *,
    owner: str,
    flt: QueueFilter | None = None,
    after: Cursor | None = None,
    expected: LinkStatus = LinkStatus.PENDING,
) -> Step:
    """Decide a link as `decide` does and lease the next pending one, committing once.

    EXPECTED is the status the reviewer saw (pending, or a decided link revisited). The next
    link is the first after AFTER, wrapping to the top at the end of the queue. A conflict
    writes nothing for the decision and is returned, not raised, so that the next link is still
    leased; the decision is durable when this returns.
    """
    action, reviewer = _action(action), reviewer_name(reviewer)
    decision: Decision | None = None
    conflict: str | None = None
    with database.write() as session:
        try:
            decision = _decide_in(session, link_id, action, reviewer, owner, expected, None)
        except ConflictError as exc:
            conflict = str(exc)
        flt = flt or QueueFilter()
        view = claim_in(session, owner, flt, after, sqlite=database.is_sqlite, wrap=True)
    return Step(decision, conflict, view)


def _last_decision(session: Session, link_id: int) -> Review | None:
    return session.scalar(
        select(Review)
        .where(Review.link_id == link_id, Review.action != ReviewAction.NOTE)
        .order_by(Review.id.desc())
        .limit(1)
    )


def _undone_status(session: Session, link_id: int, before: LinkStatus, reviewer: str) -> LinkStatus:
    """The status that undoing the link's last decision gives back; ConflictError if none."""
    if before is LinkStatus.AUTO:
        return LinkStatus.PENDING
    last = _last_decision(session, link_id)
    if last is None or last.action is ReviewAction.UNDO or last.status_after != before:
        raise ConflictError(f"link {link_id} has no decision of yours to undo")
    if last.reviewer != reviewer:
        raise ConflictError(
            f"link {link_id} was last {before} by {last.reviewer} at"
            f" {when(last.created_at)}; not undone"
        )
    return last.status_before


def undo(database: Database, link_id: int, reviewer: str, *, owner: str | None = None) -> LinkView:
    """Undo REVIEWER's last decision on a link with a new `undo` audit row; returns the link.

    The link gets back the status it had before that decision (and, if pending again, a
    lease for OWNER). ConflictError if the last decision was someone else's, was already
    undone, or the link changed since. A link of status `auto` (copies grouped by the linker)
    is anybody's to undo: it becomes pending, so that a reviewer decides it.
    """
    reviewer = reviewer_name(reviewer)
    now = utcnow()
    with database.write() as session:
        state = lock_state(session, link_id)
        before: LinkStatus = state[0]
        restored = _undone_status(session, link_id, before, reviewer)
        lease: dict[str, Any] = {}
        if restored is LinkStatus.PENDING and owner is not None:
            lease = {"lease_owner": owner, "lease_expires_at": now + LEASE_TTL}
        set_status(session, link_id, restored, reviewer, now, **lease)
        audit(
            session,
            link_id,
            ReviewAction.UNDO,
            status_before=before,
            status_after=restored,
            reviewer=reviewer,
            created_at=now,
        )
        recluster(session, link_id, state[5:], before, restored)
        return load_view(session, link_id)


def add_note(database: Database, link_id: int, reviewer: str, text: str) -> None:
    """Attach a note to a link (it becomes the link's note) with a `note` audit row."""
    text, reviewer = text.strip(), reviewer_name(reviewer)
    if not text:
        raise InputError("note", "a note cannot be empty")
    with database.write() as session:
        status = lock_state(session, link_id)[0]
        stmt = update(Link).where(Link.id == link_id).values(note=text, updated_at=utcnow())
        session.connection().execute(stmt)
        audit(
            session,
            link_id,
            ReviewAction.NOTE,
            status_before=status,
            status_after=status,
            reviewer=reviewer,
            note=text,
        )
