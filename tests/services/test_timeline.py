"""A cluster's timeline: members in order of appearance, how each joined, how its words drifted."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from factdb.errors import NotFoundError
from factdb.models import Link
from factdb.services import review
from factdb.services.clusters import iter_clusters
from factdb.services.database import Database
from factdb.services.timeline import timeline
from factdb.vocab import LinkStatus
from tests.tui.seed import seed_queue


def test_timeline_order_joins_and_drift(database: Database) -> None:
    s = seed_queue(database)
    with database.write() as session:
        session.execute(update(Link).where(Link.id == s.links["q23"]).values(status="auto"))
    review.decide(database, s.links["q12"], "confirm", "ann")
    (cluster,) = iter_clusters(database)
    story = timeline(database, cluster.id)
    assert [a.member_id for a in story.appearances] == s.quotes[:3]
    assert [a.outlet for a in story.appearances] == ["Reuters", "AP", "BBC"]
    assert story.outlets == ("Reuters", "AP", "BBC") and story.speakers == ("Jane Minister",)
    joined = [a.joined for a in story.appearances]
    assert joined == [LinkStatus.CONFIRMED, LinkStatus.CONFIRMED, LinkStatus.AUTO]
    first, second, third = story.appearances
    assert first.drift is None
    assert second.drift is not None and second.drift.marked() == (
        "we will cut taxes for [-every family-] {+all families+} this year"
    )
    assert third.drift is not None and third.drift.marked() == (
        "We will cut taxes for every family [-this-] {+next+} year"
    )
    # q13 and q34 are still pending and touch the cluster.
    assert story.pending == 2
    assert first.title == "Budget talks stall" and first.published is not None


def test_an_unknown_cluster(database: Database) -> None:
    with pytest.raises(NotFoundError, match="cluster 7 does not exist"):
        timeline(database, 7)
