"""Clusters follow confirmed links transitively, through confirms, rejects and undos."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from factdb.models import Cluster
from factdb.services import review
from factdb.services.clusters import iter_clusters
from factdb.services.database import Database
from factdb.vocab import LinkKind
from tests.tui.seed import seed_queue


def _clusters(database: Database) -> list[tuple[LinkKind, list[int]]]:
    return [(c.kind, [m.id for m in c.members]) for c in iter_clusters(database)]


def test_confirmations_join_items_transitively(database: Database) -> None:
    s = seed_queue(database)
    q1, q2, q3, _ = s.quotes
    first = review.decide(database, s.links["q12"], "confirm", "alice")
    assert first.cluster_size == 2
    review.decide(database, s.links["q23"], "confirm", "alice")
    review.decide(database, s.links["q34"], "reject", "alice")
    assert _clusters(database) == [(LinkKind.QUOTE, [q1, q2, q3])]
    view = review.link_view(database, s.links["q13"])
    assert view.a.cluster_id == view.b.cluster_id and view.b.cluster_size == 3
    assert review.link_view(database, s.links["q34"]).b.cluster_size == 1


def test_undo_splits_a_cluster_and_keeps_the_old_id(database: Database) -> None:
    s = seed_queue(database)
    q1, _, q3, _ = s.quotes
    review.decide(database, s.links["q12"], "confirm", "alice")
    review.decide(database, s.links["q13"], "confirm", "alice")
    (before,) = list(iter_clusters(database))
    review.undo(database, s.links["q12"], "alice")
    (after,) = list(iter_clusters(database))
    assert after.id == before.id and [m.id for m in after.members] == [q1, q3]
    review.undo(database, s.links["q13"], "alice")
    assert _clusters(database) == []
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Cluster)) == 0


def test_cluster_records(database: Database) -> None:
    s = seed_queue(database)
    review.decide(database, s.links["c13"], "confirm", "alice")
    review.decide(database, s.links["c12"], "confirm", "alice")
    review.decide(database, s.links["q34"], "confirm", "alice")
    records = list(iter_clusters(database, batch=1))
    assert [r.kind for r in records] == [LinkKind.CLAIM, LinkKind.QUOTE]
    claims = records[0]
    assert claims.size == 3 and claims.outlets == ("AP", "BBC", "Reuters")
    assert claims.first_appearance is not None
    assert claims.first_appearance.published == date(2024, 3, 1)
    assert claims.members[0].text == "The plan costs $3.2 billion, officials said."
    assert records[1].speakers == ("Jane Minister", "Sam Rival")
    data = records[1].as_dict()
    assert data["first_appearance"]["published"] == "2024-03-03"
    assert data["size"] == 2 and data["kind"] == "quote"
