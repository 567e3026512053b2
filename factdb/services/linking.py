"""Linking stored quotes and claims: load them, run the linker, store new links and the run.

A run compares the items added since the last finished run (ids above its watermarks) with
the items before each of them, in id order, as `factdb.link.blocking` describes: a series of
runs finds the links that one run over everything finds (with copies grouped, the same groups
linked, each by its closest pair so far). A full run treats every item
as new. Pairs that already have a link are never inserted again, whatever its status: a
rejected pair is not proposed again and a confirmed one keeps its status. A full run also
re-scores links still pending, and drops those the linker no longer proposes (at this run's
threshold) between two items it compared: undecided links of an older linker are not left in
the queue at their old score. A pending link with a review in its history (a decision undone)
or a live lease (a reviewer reading it) is kept. Two runs at once are kept apart by
`factdb.services.locks`; an insert that meets a link another run stored meanwhile is skipped.
Copies of one statement are joined without review and the other pairs kept one per two groups
of copies (`grouping`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable, delete, or_, select, update
from sqlalchemy.orm import Session

from factdb.errors import CancelledError
from factdb.link import LinkItem, LinkStats, ScoredPair, find_links
from factdb.link.linker import Progress
from factdb.link.scoring import DEFAULT_THRESHOLD
from factdb.models import Article, Claim, Link, LinkRun, Quote, Review, Speaker
from factdb.models.base import utcnow
from factdb.services import grouping
from factdb.services.database import Database
from factdb.services.link_rows import insert_links
from factdb.services.locks import guard_snapshot, one_link_run
from factdb.vocab import LinkKind, LinkStatus

BATCH = 2000
"""Rows read per fetch and links written per transaction."""
DROP_BATCH = 500
"""Link ids deleted per statement (kept under SQLite's bound-parameter limit)."""
PairKey = tuple[LinkKind, int, int]
Finder = Callable[[list[LinkItem], list[LinkItem], LinkStats], Iterator[ScoredPair]]
"""Finds the pairs of NEW items (after STORED ones) that `find_links` finds, counting in STATS:
another engine (`factdb.services.distributed`) in place of the single-process linker."""


@dataclass(frozen=True, slots=True)
class LinkSummary:
    """What one linking run did."""

    full: bool
    new_items: int
    stored_items: int
    candidates: int
    created: int
    conflicts: int
    rescored: int
    seconds: float
    dropped: int = 0
    """Pending links of a full run that the linker no longer proposes, deleted."""
    grouped: int = 0
    """Links of status `auto` made: copies of a statement joined without a reviewer."""


def run_linking(
    database: Database,
    *,
    full: bool = False,
    threshold: float = DEFAULT_THRESHOLD,
    workers: int = 1,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    on_wait: Callable[[], None] | None = None,
    finder: Finder | None = None,
) -> LinkSummary:
    """Link what is new in DATABASE (everything with FULL) and record the run.

    When another run is in progress, ON_WAIT is called and this one waits for it to end.
    FINDER, if given, finds the pairs in place of `find_links` (and of THRESHOLD, WORKERS
    and PROGRESS, which it is expected to have been given).
    """
    with one_link_run(database, on_wait):
        return _run(database, full, threshold, workers, cancel, progress, finder)


def _run(
    database: Database,
    full: bool,
    threshold: float,
    workers: int,
    cancel: threading.Event | None,
    progress: Progress | None,
    finder: Finder | None = None,
) -> LinkSummary:
    started = time.perf_counter()
    started_at = utcnow()
    with database.read() as session:
        guard_snapshot(session)
        quote_mark, claim_mark = (0, 0) if full else _watermarks(session)
        new, stored = _load_items(session, quote_mark, claim_mark)
        existing = _existing_links(session)
        # Copies of one statement are grouped, not reviewed pair by pair (services.grouping).
        groups = grouping.plan(session, new, stored, existing, full=full)
    stats = LinkStats()
    if finder is not None:
        pairs = finder(groups.new, groups.stored, stats)
    else:
        pairs = find_links(
            groups.new,
            groups.stored,
            threshold=threshold,
            workers=workers,
            cancel=cancel,
            progress=progress,
            stats=stats,
        )
    pairs = groups.sift(pairs)
    grouped = groups.store(database)
    seen: set[PairKey] = set()
    created, conflicts, rescored = _store(database, pairs, existing, full, cancel, seen)
    dropped = _drop_stale(database, existing, seen, groups.new + groups.stored) if full else 0
    items = new + stored
    run = LinkRun(
        started_at=started_at,
        finished_at=utcnow(),
        full=full,
        quote_watermark=max((i.id for i in items if i.kind is LinkKind.QUOTE), default=0),
        claim_watermark=max((i.id for i in items if i.kind is LinkKind.CLAIM), default=0),
        candidates=stats.candidates,
        links_created=created + grouped,
    )
    with database.write() as session:
        session.add(run)
    return LinkSummary(
        full=full,
        new_items=len(new),
        stored_items=len(stored),
        candidates=stats.candidates,
        created=created,
        conflicts=conflicts,
        rescored=rescored,
        seconds=time.perf_counter() - started,
        grouped=grouped,
        dropped=dropped,
    )


def _watermarks(session: Session) -> tuple[int, int]:
    last = session.scalars(
        select(LinkRun).where(LinkRun.finished_at.is_not(None)).order_by(LinkRun.id.desc())
    ).first()
    return (last.quote_watermark, last.claim_watermark) if last else (0, 0)


def _load_items(
    session: Session, quote_mark: int, claim_mark: int
) -> tuple[list[LinkItem], list[LinkItem]]:
    new: list[LinkItem] = []
    stored: list[LinkItem] = []
    for item in _quotes(session):
        (new if item.id > quote_mark else stored).append(item)
    for item in _claims(session):
        (new if item.id > claim_mark else stored).append(item)
    return new, stored


def stored_items(session: Session) -> Iterator[LinkItem]:
    """Every stored quote, then every claim, as the linker sees it, read a batch at a time."""
    yield from _quotes(session)
    yield from _claims(session)


def kind_items(session: Session, kind: LinkKind) -> Iterator[LinkItem]:
    """Every stored quote or every stored claim (KIND) as the linker sees it, by id."""
    return _quotes(session) if kind is LinkKind.QUOTE else _claims(session)


def _rows(session: Session, query: Executable) -> Iterator[Any]:
    yield from session.execute(query.execution_options(yield_per=BATCH))


def _quotes(session: Session) -> Iterator[LinkItem]:
    query = (
        select(
            Quote.id,
            Quote.article_id,
            Quote.text,
            Quote.speaker_id,
            Speaker.name,
            Article.published,
            Quote.confidence,
        )
        .join(Article, Quote.article_id == Article.id)
        .outerjoin(Speaker, Quote.speaker_id == Speaker.id)
        .order_by(Quote.id)
    )
    for row in _rows(session, query):
        yield LinkItem(
            row.id,
            LinkKind.QUOTE,
            row.article_id,
            row.text,
            row.name,
            row.speaker_id,
            published=row.published,
            confidence=row.confidence,
        )


def _claims(session: Session) -> Iterator[LinkItem]:
    query = (
        select(
            Claim.id,
            Claim.article_id,
            Claim.sentence,
            Claim.text,
            Claim.speaker_id,
            Speaker.name,
            Claim.normalized_value,
            Claim.normalized_value_max,
            Claim.normalized_unit,
            Claim.measures,
            Claim.change,
            Article.published,
        )
        .join(Article, Claim.article_id == Article.id)
        .outerjoin(Speaker, Claim.speaker_id == Speaker.id)
        .order_by(Claim.id)
    )
    for row in _rows(session, query):
        yield LinkItem(
            row.id,
            LinkKind.CLAIM,
            row.article_id,
            row.sentence,
            row.name,
            row.speaker_id,
            value=row.normalized_value,
            value_max=row.normalized_value_max,
            unit=row.normalized_unit,
            measures=row.measures,
            published=row.published,
            quantity=row.text,
            change=row.change,
        )


def _existing_links(session: Session) -> dict[PairKey, tuple[int, LinkStatus]]:
    query = select(
        Link.id,
        Link.kind,
        Link.status,
        Link.a_quote_id,
        Link.b_quote_id,
        Link.a_claim_id,
        Link.b_claim_id,
    )
    found: dict[PairKey, tuple[int, LinkStatus]] = {}
    for row in _rows(session, query):
        if row.kind is LinkKind.QUOTE:
            key = (LinkKind.QUOTE, row.a_quote_id, row.b_quote_id)
        else:
            key = (LinkKind.CLAIM, row.a_claim_id, row.b_claim_id)
        found[key] = (row.id, row.status)
    return found


def _store(
    database: Database,
    pairs: Iterator[ScoredPair],
    existing: dict[PairKey, tuple[int, LinkStatus]],
    full: bool,
    cancel: threading.Event | None,
    seen: set[PairKey],
) -> tuple[int, int, int]:
    """Insert the new pairs and (FULL) re-score pending ones; every pair's key goes in SEEN."""
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    created = conflicts = rescored = 0
    for pair in pairs:
        key = (pair.kind, pair.a_id, pair.b_id)
        seen.add(key)
        known = existing.get(key)
        if known is None:
            inserts.append(_new_row(pair))
        elif full and known[1] is LinkStatus.PENDING:
            updates.append(_rescored_row(known[0], pair))
            rescored += 1
        if len(inserts) + len(updates) >= BATCH:
            added, clashing = _flush(database, inserts, updates, cancel)
            created, conflicts = created + added, conflicts + clashing
    added, clashing = _flush(database, inserts, updates, cancel)
    return created + added, conflicts + clashing, rescored


def _drop_stale(
    database: Database,
    existing: dict[PairKey, tuple[int, LinkStatus]],
    seen: set[PairKey],
    compared: list[LinkItem],
) -> int:
    """Delete the pending links of EXISTING not in SEEN whose two items are in COMPARED.

    An item the linker did not compare (a copy grouped with its anchor) says nothing about its
    links, which stay. The statement itself checks the status, the reviews and the lease, so a
    decision or a lease taken meanwhile keeps its link.
    """
    items = {(i.kind, i.id) for i in compared}
    stale = [
        link_id
        for (kind, a, b), (link_id, status) in existing.items()
        if status is LinkStatus.PENDING
        and (kind, a, b) not in seen
        and (kind, a) in items
        and (kind, b) in items
    ]
    dropped = 0
    now = utcnow()
    reviewed = select(Review.id).where(Review.link_id == Link.id).exists()
    for start in range(0, len(stale), DROP_BATCH):
        ids = stale[start : start + DROP_BATCH]
        with database.write() as session:
            statement = (
                delete(Link)
                .where(Link.id.in_(ids), Link.status == LinkStatus.PENDING, ~reviewed)
                .where(or_(Link.lease_expires_at.is_(None), Link.lease_expires_at < now))
                .returning(Link.id)
                .execution_options(synchronize_session=False)
            )
            dropped += len(session.execute(statement).all())
    return dropped


def _flush(
    database: Database,
    inserts: list[dict[str, Any]],
    updates: list[dict[str, Any]],
    cancel: threading.Event | None,
) -> tuple[int, int]:
    """Write a batch; return how many links it added and how many of them are conflicts."""
    if cancel is not None and cancel.is_set():
        raise CancelledError("linking cancelled; links stored so far are kept")
    added: list[Any] = []
    if inserts or updates:
        with database.write() as session:
            if inserts:
                added = list(session.execute(_insert_new(database), inserts))
            if updates:
                session.execute(update(Link), updates)
    inserts.clear()
    updates.clear()
    return len(added), sum(row.relation == "conflict" for row in added)


def _insert_new(database: Database) -> Executable:
    """An insert of links that skips a pair stored meanwhile, returning what it added."""
    return insert_links(database).returning(Link.id, Link.relation)


def _new_row(pair: ScoredPair) -> dict[str, Any]:
    side = "quote" if pair.kind is LinkKind.QUOTE else "claim"
    return {
        "kind": pair.kind,
        "relation": pair.match.relation,
        "status": LinkStatus.PENDING,
        f"a_{side}_id": pair.a_id,
        f"b_{side}_id": pair.b_id,
        "score": pair.match.score,
        "evidence": pair.match.evidence,
    }


def _rescored_row(link_id: int, pair: ScoredPair) -> dict[str, Any]:
    return {
        "id": link_id,
        "relation": pair.match.relation,
        "score": pair.match.score,
        "evidence": pair.match.evidence,
        "updated_at": utcnow(),
    }
