"""The review service: queue order and filters, leases, decisions, undo, notes and counts."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from factdb.errors import ConflictError, InputError, NotFoundError
from factdb.models import Link, Review
from factdb.models.base import utcnow
from factdb.services import review
from factdb.services.database import Database
from factdb.services.review import QueueFilter
from factdb.vocab import LinkKind, LinkStatus, Relation, ReviewAction
from tests.tui.seed import Seeded, seed_queue

BY_SCORE = ["c13", "q12", "c12", "q13", "q23", "q34"]


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed_queue(database)


def _drain(database: Database, owner: str, flt: QueueFilter | None = None) -> list[int]:
    """Claim links one after another (without deciding) until the queue is exhausted."""
    ids, view = [], review.claim_next(database, owner, flt)
    while view is not None:
        ids.append(view.id)
        view = review.claim_next(database, owner, flt, after=view.cursor)
    return ids


def test_queue_is_best_first_and_shows_both_sides(database: Database, seeded: Seeded) -> None:
    ids = _drain(database, review.new_owner("alice"))
    assert ids == [seeded.links[k] for k in BY_SCORE]
    view = review.link_view(database, seeded.links["c12"])
    assert (view.a.outlet, view.b.outlet) == ("Reuters", "AP")
    assert view.a.sentence[slice(*view.a.span)] == "$3.2 billion"
    assert view.b.speaker == "Jane Minister" and view.b.title == "Minister promises tax cuts"
    assert view.evidence == {"value": "differs by 9.4%"}


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (QueueFilter(kind=LinkKind.CLAIM), ["c13", "c12"]),
        (QueueFilter(relation=Relation.CONFLICT), ["c12"]),
        (QueueFilter(outlet="guard"), ["q34"]),
        (QueueFilter(speaker="rival"), ["q34"]),
        (QueueFilter(text="ALL FAMILIES"), ["q12", "q23"]),
        (QueueFilter(min_score=80, max_score=90), ["c12", "q13"]),
        (QueueFilter(kind=LinkKind.QUOTE, outlet="bbc"), ["q13", "q23", "q34"]),
        (QueueFilter(text="50%_"), []),
    ],
)
def test_filters(database: Database, seeded: Seeded, flt: QueueFilter, expected: list[str]) -> None:
    assert _drain(database, review.new_owner("alice"), flt) == [seeded.links[k] for k in expected]
    assert review.queue_counts(database, flt).remaining == len(expected)
    assert [r.id for r in review.list_queue(database, flt)] == [seeded.links[k] for k in expected]


def test_two_reviewers_never_share_a_link(database: Database, seeded: Seeded) -> None:
    alice, bob = review.new_owner("alice"), review.new_owner("bob")
    first = review.claim_next(database, alice)
    second = review.claim_next(database, bob)
    assert first is not None and second is not None and first.id != second.id
    assert second.id not in _drain(database, review.new_owner("carol"))[:1]


def test_claims_from_many_threads_are_disjoint(database: Database, seeded: Seeded) -> None:
    got: list[int] = []
    lock = threading.Lock()

    def claim() -> None:
        view = review.claim_next(database, review.new_owner("t"))
        if view is not None:
            with lock:
                got.append(view.id)

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == sorted(seeded.links.values())


def test_expired_lease_is_claimable(database: Database, seeded: Seeded) -> None:
    first = review.claim_next(database, review.new_owner("alice"))
    assert first is not None
    with database.write() as session:
        session.execute(update(Link).values(lease_expires_at=utcnow() - timedelta(seconds=1)))
    again = review.claim_next(database, review.new_owner("bob"))
    assert again is not None and again.id == first.id


def test_decide_writes_status_and_audit(database: Database, seeded: Seeded) -> None:
    owner = review.new_owner("alice")
    view = review.claim_next(database, owner)
    assert view is not None
    decision = review.decide(database, view.id, "reject", "alice", owner=owner, note="units")
    assert decision.status_after is LinkStatus.REJECTED
    with database.read() as session:
        link = session.get(Link, view.id)
        assert link is not None
        assert (link.status, link.reviewer, link.note) == (LinkStatus.REJECTED, "alice", "units")
        assert link.decided_at is not None and link.lease_owner is None
        rows = session.scalars(select(Review).where(Review.link_id == view.id)).all()
        assert [(r.action, r.status_before, r.status_after) for r in rows] == [
            (ReviewAction.REJECT, LinkStatus.PENDING, LinkStatus.REJECTED)
        ]
    # A rejected pair never comes back.
    assert view.id not in _drain(database, review.new_owner("bob"))


def test_decision_meanwhile_is_a_conflict_naming_who(database: Database, seeded: Seeded) -> None:
    link_id = seeded.links["q12"]
    review.decide(database, link_id, ReviewAction.CONFIRM, "bob")
    with pytest.raises(ConflictError, match="confirmed by bob"):
        review.decide(database, link_id, ReviewAction.REJECT, "alice")
    assert review.link_view(database, link_id).status is LinkStatus.CONFIRMED


def test_live_lease_of_someone_else_blocks_a_decision(database: Database, seeded: Seeded) -> None:
    view = review.claim_next(database, review.new_owner("bob"))
    assert view is not None
    with pytest.raises(ConflictError, match="being reviewed by bob"):
        review.decide(database, view.id, "confirm", "alice", owner=review.new_owner("alice"))


def test_bad_decisions(database: Database, seeded: Seeded) -> None:
    with pytest.raises(NotFoundError):
        review.decide(database, 999, "confirm", "alice")
    with pytest.raises(InputError):
        review.decide(database, seeded.links["q12"], ReviewAction.NOTE, "alice")
    with pytest.raises(ValueError):
        review.decide(database, seeded.links["q12"], "maybe", "alice")


def test_undo_many_steps_in_reverse(database: Database, seeded: Seeded) -> None:
    owner = review.new_owner("alice")
    done = []
    for action in ("confirm", "reject", "confirm"):
        view = review.claim_next(database, owner)
        assert view is not None
        review.decide(database, view.id, action, "alice", owner=owner)
        done.append(view.id)
    assert review.queue_counts(database) == review.QueueCounts(remaining=3, done=3)
    for link_id in reversed(done):
        restored = review.undo(database, link_id, "alice", owner=owner)
        assert restored.status is LinkStatus.PENDING and restored.lease_owner == owner
    assert review.queue_counts(database) == review.QueueCounts(remaining=6, done=0)
    with database.read() as session:
        actions = session.scalars(select(Review.action).order_by(Review.id)).all()
    assert actions[3:] == [ReviewAction.UNDO] * 3
    with pytest.raises(ConflictError, match="no decision"):
        review.undo(database, done[0], "alice")


def test_undo_of_someone_elses_decision_is_refused(database: Database, seeded: Seeded) -> None:
    review.decide(database, seeded.links["q12"], "confirm", "bob")
    with pytest.raises(ConflictError, match="by bob"):
        review.undo(database, seeded.links["q12"], "alice")


def test_note_and_skip(database: Database, seeded: Seeded) -> None:
    owner = review.new_owner("alice")
    first = review.claim_next(database, owner)
    assert first is not None
    review.add_note(database, first.id, "alice", "  check the date ")
    with pytest.raises(InputError):
        review.add_note(database, first.id, "alice", " ")
    noted = review.link_view(database, first.id)
    assert noted.note == "check the date" and noted.status is LinkStatus.PENDING
    second = review.skip(database, first, owner)
    assert second is not None and second.id == seeded.links["q12"]
    assert review.link_view(database, first.id).lease_owner is None
    last = review.claim_next(
        database, owner, after=review.link_view(database, seeded.links["q34"]).cursor
    )
    assert last is None
    wrapped = review.skip(database, review.link_view(database, seeded.links["q34"]), owner)
    assert wrapped is not None and wrapped.id == first.id


def test_release_only_frees_own_lease(database: Database, seeded: Seeded) -> None:
    bob = review.new_owner("bob")
    view = review.claim_next(database, bob)
    assert view is not None
    review.release(database, view.id, review.new_owner("alice"))
    assert review.link_view(database, view.id).lease_owner == bob
    review.release(database, view.id, bob)
    assert review.link_view(database, view.id).lease_owner is None
    assert review.owner_name(bob) == "bob"


def test_decide_and_claim_commits_the_decision_and_leases_the_next(
    database: Database, seeded: Seeded
) -> None:
    owner = review.new_owner("alice")
    first = review.claim_next(database, owner)
    assert first is not None
    step = review.decide_and_claim(
        database, first.id, "confirm", "alice", owner=owner, after=first.cursor
    )
    assert step.conflict is None and step.decision is not None
    assert step.decision.status_after is LinkStatus.CONFIRMED and step.decision.cluster_size == 2
    assert step.next is not None and step.next.id == seeded.links[BY_SCORE[1]]
    assert step.next.lease_owner == owner
    assert review.link_view(database, first.id).status is LinkStatus.CONFIRMED
    # The last link wraps to the top of the queue, where nothing is left but leased links.
    last = review.link_view(database, seeded.links[BY_SCORE[-1]])
    review.release(database, step.next.id, owner)
    wrapped = review.decide_and_claim(
        database, last.id, "reject", "alice", owner=owner, after=last.cursor
    )
    assert wrapped.next is not None and wrapped.next.id == seeded.links[BY_SCORE[1]]


def test_decide_and_claim_reports_a_conflict_and_still_leases(
    database: Database, seeded: Seeded
) -> None:
    owner = review.new_owner("alice")
    first = review.claim_next(database, owner)
    assert first is not None
    with database.write() as session:
        session.execute(update(Link).values(lease_expires_at=utcnow() - timedelta(seconds=1)))
    review.decide(database, first.id, "reject", "bob")
    step = review.decide_and_claim(
        database, first.id, "confirm", "alice", owner=owner, after=first.cursor
    )
    assert step.decision is None and step.conflict is not None
    assert "rejected by bob" in step.conflict
    assert step.next is not None and step.next.id == seeded.links[BY_SCORE[1]]
    assert review.link_view(database, first.id).reviewer == "bob"
    with database.read() as session:
        actions = session.scalars(select(Review.action).where(Review.link_id == first.id)).all()
    assert actions == [ReviewAction.REJECT]
