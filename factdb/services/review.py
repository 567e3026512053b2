"""The review queue: leased links, decisions, multi-step undo and notes, one transaction each.

A reviewing session is identified by a lease owner (`new_owner("alice")` gives
"alice/3f9a..."), so two windows of one reviewer never get the same link either. A lease
expires after `LEASE_TTL`; a link whose lease is live is skipped by everyone else's queue.
The queue is read with keyset pagination on (score, id), which the index
`ix_links_status_score` serves, so nothing is loaded but the page or link asked for.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select, tuple_, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from factdb.errors import ConflictError, InputError, NotFoundError
from factdb.models import Article, Claim, Link, Outlet, Quote, Review, Speaker
from factdb.models.base import utcnow
from factdb.services import clusters
from factdb.services.database import Database
from factdb.vocab import LinkKind, LinkStatus, Relation, ReviewAction

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
    "add_note",
    "article_text",
    "claim_next",
    "decide",
    "link_view",
    "list_queue",
    "new_owner",
    "owner_name",
    "queue_counts",
    "release",
    "skip",
    "undo",
]

LEASE_TTL = timedelta(minutes=15)
_DECISIONS = {ReviewAction.CONFIRM: LinkStatus.CONFIRMED, ReviewAction.REJECT: LinkStatus.REJECTED}


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which pending links a reviewer works on; empty fields match everything.

    OUTLET, SPEAKER and TEXT match a substring (any case) on either side of a link.
    """

    kind: LinkKind | None = None
    relation: Relation | None = None
    outlet: str | None = None
    speaker: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    text: str | None = None

    def describe(self) -> str:
        """The active conditions as one short line ("all" when none)."""
        parts = [f"{f.name}={getattr(self, f.name)}" for f in fields(self)]
        return ", ".join(p for p in parts if not p.endswith(("=None", "="))) or "all"


@dataclass(frozen=True, slots=True, order=True)
class Cursor:
    """A position in the queue, which is ordered by score then id, both descending."""

    score: float
    id: int


@dataclass(frozen=True, slots=True)
class ItemView:
    """One side of a link as the reviewer sees it."""

    id: int
    article_id: int
    title: str | None
    outlet: str | None
    published: date | None
    speaker: str | None
    text: str
    sentence: str
    span: tuple[int, int]
    """Where TEXT sits in SENTENCE (clamped to it)."""
    article_span: tuple[int, int]
    """Where TEXT sits in the article's text."""
    cluster_id: int | None
    cluster_size: int


@dataclass(frozen=True, slots=True)
class LinkView:
    """A link with both its items, its score and evidence, and its review state."""

    id: int
    kind: LinkKind
    relation: Relation
    status: LinkStatus
    score: float
    evidence: dict[str, Any]
    reviewer: str | None
    decided_at: datetime | None
    note: str | None
    lease_owner: str | None
    a: ItemView
    b: ItemView

    @property
    def cursor(self) -> Cursor:
        """The link's position in the queue."""
        return Cursor(self.score, self.id)


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


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article's whole text and heading, for reading an item in context."""

    id: int
    title: str | None
    outlet: str | None
    published: date | None
    text: str


def _item_match(
    condition: Callable[[type[Quote] | type[Claim]], ColumnElement[bool]], kind: LinkKind | None
) -> ColumnElement[bool]:
    """Either item of the link satisfies CONDITION (a correlated EXISTS per item table)."""
    tests = []
    if kind in (None, LinkKind.QUOTE):
        sides = Quote.id.in_((Link.a_quote_id, Link.b_quote_id))
        tests.append(exists().where(sides, condition(Quote)))
    if kind in (None, LinkKind.CLAIM):
        sides = Claim.id.in_((Link.a_claim_id, Link.b_claim_id))
        tests.append(exists().where(sides, condition(Claim)))
    return or_(*tests)


def filter_clauses(flt: QueueFilter) -> list[ColumnElement[bool]]:
    """WHERE clauses on `links` for FLT."""
    out: list[ColumnElement[bool]] = []
    if flt.kind is not None:
        out.append(Link.kind == flt.kind)
    if flt.relation is not None:
        out.append(Link.relation == flt.relation)
    if flt.min_score is not None:
        out.append(Link.score >= flt.min_score)
    if flt.max_score is not None:
        out.append(Link.score <= flt.max_score)
    if flt.outlet:
        name = flt.outlet
        out.append(
            _item_match(
                lambda m: m.article_id.in_(
                    select(Article.id)
                    .join(Outlet, Article.outlet_id == Outlet.id)
                    .where(Outlet.name.icontains(name, autoescape=True))
                ),
                flt.kind,
            )
        )
    if flt.speaker:
        who = flt.speaker
        out.append(
            _item_match(
                lambda m: m.speaker_id.in_(
                    select(Speaker.id).where(Speaker.name.icontains(who, autoescape=True))
                ),
                flt.kind,
            )
        )
    if flt.text:
        words = flt.text
        out.append(
            _item_match(
                lambda m: or_(
                    m.text.icontains(words, autoescape=True),
                    m.sentence.icontains(words, autoescape=True),
                ),
                flt.kind,
            )
        )
    return out


def _items(session: Session, kind: LinkKind, ids: Collection[int]) -> dict[int, ItemView]:
    model: type[Quote] | type[Claim] = Quote if kind is LinkKind.QUOTE else Claim
    rows = session.execute(
        select(
            model.id,
            model.article_id,
            Article.title,
            Outlet.name,
            Article.published,
            Speaker.name,
            model.text,
            model.sentence,
            model.sentence_start,
            model.start_offset,
            model.end_offset,
        )
        .join(Article, model.article_id == Article.id)
        .outerjoin(Outlet, Article.outlet_id == Outlet.id)
        .outerjoin(Speaker, model.speaker_id == Speaker.id)
        .where(model.id.in_(ids))
    )
    out = {}
    for iid, aid, title, outlet, published, speaker, text, sent, sent_start, start, end in rows:
        lo = min(max(start - sent_start, 0), len(sent))
        hi = min(max(end - sent_start, lo), len(sent))
        cluster_id, size = clusters.cluster_of(session, kind, iid)
        out[iid] = ItemView(
            iid,
            aid,
            title,
            outlet,
            published,
            speaker,
            text,
            sent,
            (lo, hi),
            (start, end),
            cluster_id,
            size,
        )
    return out


def load_view(session: Session, link_id: int) -> LinkView:
    """The LinkView of one link, read in SESSION."""
    link = session.get(Link, link_id, populate_existing=True)
    if link is None:
        raise NotFoundError(f"link {link_id} does not exist")
    a, b = _pair(link)
    items = _items(session, link.kind, (a, b))
    return LinkView(
        link.id,
        link.kind,
        link.relation,
        link.status,
        link.score,
        dict(link.evidence or {}),
        link.reviewer,
        link.decided_at,
        link.note,
        link.lease_owner,
        items[a],
        items[b],
    )


def _pair(link: Link) -> tuple[int, int]:
    if link.kind is LinkKind.QUOTE:
        a, b = link.a_quote_id, link.b_quote_id
    else:
        a, b = link.a_claim_id, link.b_claim_id
    assert a is not None and b is not None, "the pair_shape constraint guarantees both items"
    return a, b


def queue_rows(session: Session, ids: list[int]) -> list[QueueRow]:
    """The QueueRows of IDS, in that order."""
    links = {link.id: link for link in session.scalars(select(Link).where(Link.id.in_(ids)))}
    texts: dict[tuple[LinkKind, int], str] = {}
    for kind in LinkKind:
        model: type[Quote] | type[Claim] = Quote if kind is LinkKind.QUOTE else Claim
        wanted = {x for link in links.values() if link.kind is kind for x in _pair(link)}
        if wanted:
            for iid, text in session.execute(
                select(model.id, model.text).where(model.id.in_(wanted))
            ):
                texts[kind, iid] = text
    rows = []
    for link_id in ids:
        link = links[link_id]
        a, b = _pair(link)
        rows.append(
            QueueRow(
                link.id,
                link.kind,
                link.relation,
                link.score,
                link.lease_owner,
                texts.get((link.kind, a), ""),
                texts.get((link.kind, b), ""),
            )
        )
    return rows


def article_text(database: Database, article_id: int) -> ArticleText:
    """An article's text and heading, to show an item in its context."""
    with database.read() as session:
        row = session.execute(
            select(Article.id, Article.title, Outlet.name, Article.published, Article.text)
            .outerjoin(Outlet, Article.outlet_id == Outlet.id)
            .where(Article.id == article_id)
        ).first()
    if row is None:
        raise NotFoundError(f"article {article_id} does not exist")
    return ArticleText(*row)


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """How many links matching a filter are still pending and how many are decided."""

    remaining: int
    done: int


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


def new_owner(reviewer: str) -> str:
    """A lease owner unique to one reviewing session of REVIEWER."""
    return f"{reviewer}/{uuid.uuid4().hex[:8]}"


def owner_name(owner: str | None) -> str:
    """The reviewer's name in a lease owner."""
    return (owner or "").split("/", 1)[0] or "someone"


def _when(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC") if at else "an unknown time"


def _lease_free(owner: str, now: datetime) -> ColumnElement[bool]:
    return or_(Link.lease_owner.is_(None), Link.lease_owner == owner, Link.lease_expires_at < now)


def _queue(flt: QueueFilter, after: Cursor | None) -> Select[int]:
    stmt = select(Link.id).where(Link.status == LinkStatus.PENDING, *filter_clauses(flt))
    if after is not None:
        stmt = stmt.where(tuple_(Link.score, Link.id) < tuple_(after.score, after.id))
    return stmt.order_by(Link.score.desc(), Link.id.desc())


def _release(session: Session, link_id: int, owner: str) -> None:
    session.execute(
        update(Link)
        .where(Link.id == link_id, Link.lease_owner == owner)
        .values(lease_owner=None, lease_expires_at=None)
    )


def claim_next(
    database: Database,
    owner: str,
    flt: QueueFilter | None = None,
    *,
    after: Cursor | None = None,
    release_id: int | None = None,
) -> LinkView | None:
    """Lease the best pending link after AFTER that nobody else holds, or None when none is left.

    PostgreSQL: `SELECT ... FOR UPDATE SKIP LOCKED` so concurrent claims pass each other by.
    SQLite: the write transaction is BEGIN IMMEDIATE, so claims are serial; the UPDATE is still
    conditional on the lease being free, which is what makes the claim safe on both.
    """
    now = utcnow()
    with database.write() as session:
        if release_id is not None:
            _release(session, release_id, owner)
        stmt = _queue(flt or QueueFilter(), after).where(_lease_free(owner, now))
        if database.is_sqlite:
            candidates = list(session.scalars(stmt.limit(4)))
        else:
            candidates = list(session.scalars(stmt.limit(1).with_for_update(skip_locked=True)))
        for link_id in candidates:
            claimed: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                update(Link)
                .where(Link.id == link_id, Link.status == LinkStatus.PENDING)
                .where(_lease_free(owner, now))
                .values(lease_owner=owner, lease_expires_at=now + LEASE_TTL)
            )
            if claimed.rowcount == 1:
                return load_view(session, link_id)
    return None


def skip(
    database: Database, current: LinkView, owner: str, flt: QueueFilter | None = None
) -> LinkView | None:
    """Release CURRENT and lease the next link after it, wrapping to the top at the end."""
    found = claim_next(database, owner, flt, after=current.cursor, release_id=current.id)
    return found or claim_next(database, owner, flt)


def release(database: Database, link_id: int, owner: str) -> None:
    """Give up OWNER's lease on a link (nothing happens if OWNER does not hold it)."""
    with database.write() as session:
        _release(session, link_id, owner)


def link_view(database: Database, link_id: int) -> LinkView:
    """Everything the review screen shows about one link."""
    with database.read() as session:
        return load_view(session, link_id)


def _locked(session: Session, link_id: int) -> Link:
    link = session.get(Link, link_id, with_for_update=True)
    if link is None:
        raise NotFoundError(f"link {link_id} does not exist")
    return link


def _check(link: Link, expected: LinkStatus | None, owner: str | None, now: datetime) -> None:
    if expected is not None and link.status != expected:
        raise ConflictError(
            f"link {link.id} was {link.status} by {link.reviewer or 'someone'} at"
            f" {_when(link.decided_at)} meanwhile; nothing was changed"
        )
    expires = link.lease_expires_at
    if link.lease_owner not in (None, owner) and expires is not None and expires > now:
        raise ConflictError(
            f"link {link.id} is being reviewed by {owner_name(link.lease_owner)} until"
            f" {_when(expires)}; nothing was changed"
        )


def decide(
    database: Database,
    link_id: int,
    action: ReviewAction | str,
    reviewer: str,
    *,
    owner: str | None = None,
    expected: LinkStatus | None = LinkStatus.PENDING,
    note: str | None = None,
) -> Decision:
    """Confirm or reject a link and write its audit row, in one committed transaction.

    EXPECTED is the status the reviewer saw; if the link is no longer in it (someone else
    decided meanwhile), ConflictError says who and when and nothing is written. None skips
    the check (a deliberate change of a decision).
    """
    action = ReviewAction(action)
    if action not in _DECISIONS:
        raise InputError("decision", f"{action} is not confirm or reject")
    now = utcnow()
    with database.write() as session:
        link = _locked(session, link_id)
        _check(link, expected, owner, now)
        before, after = link.status, _DECISIONS[action]
        _set_status(link, after, reviewer if after is not LinkStatus.PENDING else None, now)
        if note:
            link.note = note
        session.add(
            Review(
                link_id=link.id,
                action=action,
                status_before=before,
                status_after=after,
                reviewer=reviewer,
                note=note,
                created_at=now,
            )
        )
        session.flush()
        _recluster(session, link, before)
        size = _cluster_size(session, link)
    return Decision(link_id, action, before, after, reviewer, now, size)


def _set_status(link: Link, status: LinkStatus, reviewer: str | None, now: datetime) -> None:
    link.status = status
    link.reviewer = reviewer
    link.decided_at = now if status is not LinkStatus.PENDING else None
    link.updated_at = now
    link.lease_owner = link.lease_expires_at = None


def _recluster(session: Session, link: Link, before: LinkStatus) -> None:
    # Clusters follow confirmed links only: a change between pending and rejected moves none.
    if LinkStatus.CONFIRMED in (before, link.status):
        clusters.update_for_link(session, link)


def _cluster_size(session: Session, link: Link) -> int:
    item = link.a_quote_id if link.a_quote_id is not None else link.a_claim_id
    assert item is not None
    return clusters.cluster_of(session, link.kind, item)[1]


def undo(database: Database, link_id: int, reviewer: str, *, owner: str | None = None) -> LinkView:
    """Undo REVIEWER's last decision on a link with a new `undo` audit row; returns the link.

    The link gets back the status it had before that decision (and, if pending again, a
    lease for OWNER). ConflictError if the last decision was someone else's, was already
    undone, or the link changed since.
    """
    now = utcnow()
    with database.write() as session:
        link = _locked(session, link_id)
        last = session.scalar(
            select(Review)
            .where(Review.link_id == link_id, Review.action != ReviewAction.NOTE)
            .order_by(Review.id.desc())
            .limit(1)
        )
        if last is None or last.action is ReviewAction.UNDO or last.status_after != link.status:
            raise ConflictError(f"link {link_id} has no decision of yours to undo")
        if last.reviewer != reviewer:
            raise ConflictError(
                f"link {link_id} was last {link.status} by {last.reviewer} at"
                f" {_when(last.created_at)}; not undone"
            )
        before, restored = link.status, last.status_before
        _set_status(link, restored, reviewer if restored is not LinkStatus.PENDING else None, now)
        if restored is LinkStatus.PENDING and owner is not None:
            link.lease_owner, link.lease_expires_at = owner, now + LEASE_TTL
        session.add(
            Review(
                link_id=link.id,
                action=ReviewAction.UNDO,
                status_before=before,
                status_after=restored,
                reviewer=reviewer,
                created_at=now,
            )
        )
        session.flush()
        _recluster(session, link, before)
        return load_view(session, link_id)


def add_note(database: Database, link_id: int, reviewer: str, text: str) -> None:
    """Attach a note to a link (it becomes the link's note) with a `note` audit row."""
    text = text.strip()
    if not text:
        raise InputError("note", "a note cannot be empty")
    with database.write() as session:
        link = _locked(session, link_id)
        link.note = text
        link.updated_at = utcnow()
        session.add(
            Review(
                link_id=link.id,
                action=ReviewAction.NOTE,
                status_before=link.status,
                status_after=link.status,
                reviewer=reviewer,
                note=text,
            )
        )


def queue_counts(database: Database, flt: QueueFilter | None = None) -> QueueCounts:
    """How many links matching FLT are pending and how many are decided."""
    with database.read() as session:
        rows = session.execute(
            select(Link.status, func.count())
            .where(*filter_clauses(flt or QueueFilter()))
            .group_by(Link.status)
        )
        by_status: dict[Any, int] = dict(rows.all())
    remaining = by_status.pop(LinkStatus.PENDING, 0)
    return QueueCounts(remaining=remaining, done=sum(by_status.values()))


def list_queue(
    database: Database,
    flt: QueueFilter | None = None,
    *,
    after: Cursor | None = None,
    limit: int = 50,
) -> list[QueueRow]:
    """One page of pending links matching FLT after AFTER, best first (leased ones included)."""
    with database.read() as session:
        ids = list(session.scalars(_queue(flt or QueueFilter(), after).limit(limit)))
        return queue_rows(session, ids)
