"""Bulk decisions: exactly the chosen links change, audited one by one, clusters recomputed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from factdb.errors import ConflictError, NotFoundError
from factdb.models import Link, Review
from factdb.models.base import utcnow
from factdb.services import bulk, review
from factdb.services.clusters import iter_clusters
from factdb.services.database import Database
from factdb.services.review.views import QueueFilter
from factdb.vocab import LinkKind, LinkStatus, ReviewAction
from tests.tui.seed import Seeded, seed_queue


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed_queue(database)


def _state(database: Database) -> dict[int, tuple[str, str | None]]:
    with database.read() as session:
        return {
            link.id: (link.status.value, link.reviewer) for link in session.scalars(select(Link))
        }


def _audit(database: Database) -> list[tuple[int, str, str, str, str]]:
    with database.read() as session:
        return [
            (r.link_id, r.action.value, r.status_before.value, r.status_after.value, r.reviewer)
            for r in session.scalars(select(Review).order_by(Review.id))
        ]


def _clusters(database: Database) -> list[tuple[LinkKind, list[int]]]:
    return [(c.kind, [m.id for m in c.members]) for c in iter_clusters(database)]


def test_a_filter_decides_exactly_its_links(database: Database, seeded: Seeded) -> None:
    before = _state(database)
    flt = QueueFilter(kind=LinkKind.QUOTE, min_score=77)
    result = bulk.decide_many(database, bulk.Selection(flt=flt), "confirm", "ann", note="same")
    chosen = {seeded.links[k] for k in ("q12", "q13", "q23")}
    assert result.decided == 3 and result.before == {LinkStatus.PENDING: 3}
    after = _state(database)
    assert {i for i in after if after[i] != before[i]} == chosen
    assert all(after[i] == ("confirmed", "ann") for i in chosen)
    assert sorted(_audit(database)) == sorted(
        (i, "confirm", "pending", "confirmed", "ann") for i in chosen
    )
    q = seeded.quotes
    assert _clusters(database) == [(LinkKind.QUOTE, [q[0], q[1], q[2]])]
    assert review.link_view(database, seeded.links["q12"]).note == "same"


def test_a_dry_run_counts_and_changes_nothing(database: Database, seeded: Seeded) -> None:
    before = _state(database)
    result = bulk.decide_many(
        database, bulk.Selection(flt=QueueFilter(outlet="reuters")), "reject", "ann", dry_run=True
    )
    assert result.decided == 4 and result.dry_run
    assert _state(database) == before and _audit(database) == []


def test_ids_are_all_or_nothing(database: Database, seeded: Seeded) -> None:
    review.decide(database, seeded.links["c12"], "reject", "bob")
    ids = (seeded.links["q12"], seeded.links["c12"], seeded.links["q34"])
    before = _state(database)
    with pytest.raises(ConflictError, match="was rejected by bob"):
        bulk.decide_many(database, bulk.Selection(ids=ids), "confirm", "ann")
    with pytest.raises(NotFoundError, match="link 999999 does not exist"):
        bulk.decide_many(database, bulk.Selection(ids=(*ids[:1], 999999)), "confirm", "ann")
    assert _state(database) == before
    forced = bulk.decide_many(database, bulk.Selection(ids=ids), "confirm", "ann", force=True)
    assert forced.before == {LinkStatus.PENDING: 2, LinkStatus.REJECTED: 1}
    assert ("reject", "rejected", "confirmed") not in [a[1:4] for a in _audit(database)]
    assert (seeded.links["c12"], "confirm", "rejected", "confirmed", "ann") in _audit(database)


def test_links_held_by_others_are_left_out(database: Database, seeded: Seeded) -> None:
    held = review.claim_next(database, review.new_owner("bob"))
    assert held is not None and held.id == seeded.links["c13"]
    result = bulk.decide_many(database, bulk.Selection(flt=QueueFilter()), "reject", "ann")
    assert result.held == 1 and result.decided == 5
    assert _state(database)[held.id] == ("pending", None)
    with pytest.raises(ConflictError, match="being reviewed by bob"):
        bulk.decide_many(database, bulk.Selection(ids=(held.id, 1 + held.id)), "reject", "ann")
    # A lapsed lease holds nothing.
    with database.write() as session:
        past = utcnow() - timedelta(minutes=1)
        session.execute(update(Link).values(lease_expires_at=past))
    rest = bulk.decide_many(database, bulk.Selection(flt=QueueFilter()), "reject", "ann")
    assert (rest.held, rest.decided) == (0, 1)


def test_a_cluster_is_confirmed_or_rejected_whole(database: Database, seeded: Seeded) -> None:
    q = seeded.quotes
    review.decide(database, seeded.links["q12"], "confirm", "ann")
    ((_, members),) = _clusters(database)
    cluster = next(iter_clusters(database)).id
    assert members == [q[0], q[1]]
    # Its pending links: q13 and q23 (an item in it); q34 and the claim links are not.
    assert bulk.cluster_pending(database, cluster) == 2
    before = _state(database)
    result = bulk.decide_many(database, bulk.Selection(cluster=cluster), "confirm", "bob")
    after = _state(database)
    changed = {i for i in after if after[i] != before[i]}
    assert result.decided == 2 and changed == {seeded.links["q13"], seeded.links["q23"]}
    assert [a for a in _audit(database) if a[4] == "bob"] == [
        (seeded.links["q13"], "confirm", "pending", "confirmed", "bob"),
        (seeded.links["q23"], "confirm", "pending", "confirmed", "bob"),
    ]
    assert _clusters(database) == [(LinkKind.QUOTE, [q[0], q[1], q[2]])]
    # Rejecting the grown cluster's pending links takes q34 only, and splits nothing.
    rejected = bulk.decide_many(database, bulk.Selection(cluster=cluster), "reject", "bob")
    assert rejected.decided == 1 and _state(database)[seeded.links["q34"]] == ("rejected", "bob")
    assert _clusters(database) == [(LinkKind.QUOTE, [q[0], q[1], q[2]])]


def test_automatic_groupings_are_undone_in_bulk(database: Database, seeded: Seeded) -> None:
    with database.write() as session:
        session.execute(
            update(Link)
            .where(Link.id.in_([seeded.links["q12"], seeded.links["q23"]]))
            .values(status=LinkStatus.AUTO)
        )
    assert review.queue_counts(database) == review.QueueCounts(remaining=4, done=0, auto=2)
    q = seeded.quotes
    # Confirming q12 recomputes its cluster, which q23 (auto) joins too.
    bulk.decide_many(database, bulk.Selection(ids=(seeded.links["q12"],)), "confirm", "ann")
    assert _clusters(database) == [(LinkKind.QUOTE, [q[0], q[1], q[2]])]
    result = bulk.decide_many(database, bulk.Selection(), "undo", "ann")
    assert result.decided == 1 and result.before == {LinkStatus.AUTO: 1}
    assert _state(database)[seeded.links["q23"]] == ("pending", None)
    assert _clusters(database) == [(LinkKind.QUOTE, [q[0], q[1]])]
    assert _audit(database)[-1] == (seeded.links["q23"], "undo", "auto", "pending", "ann")
    with pytest.raises(ConflictError, match="only links grouped automatically"):
        bulk.decide_many(database, bulk.Selection(ids=(seeded.links["q34"], 1)), "undo", "ann")
    assert bulk.parse_action("undo") is ReviewAction.UNDO
