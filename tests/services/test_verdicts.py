"""Verdicts: set and changed with history, validated, and kept with their statement when
clusters merge and split."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from factdb.errors import InputError, NotFoundError
from factdb.models import VerdictChange
from factdb.services import review
from factdb.services.clusters import cluster_of
from factdb.services.database import Database
from factdb.services.verdicts import VerdictInput, cluster_verdict, item_states, set_verdict
from factdb.vocab import LinkKind
from tests.tui.seed import Seeded, seed_queue

FALSE = VerdictInput("False", 1, 5, 1, "https://checks.example/1", "no such plan")


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed_queue(database)


def _confirm(database: Database, link_id: int) -> None:
    review.decide(database, link_id, "confirm", "ana")


def _cluster(database: Database, quote_id: int) -> int:
    with database.read() as session:
        cluster_id, _ = cluster_of(session, LinkKind.QUOTE, quote_id)
    assert cluster_id is not None
    return cluster_id


def _history(database: Database, verdict_id: int) -> list[tuple[str, str, str]]:
    with database.read() as session:
        rows = session.execute(
            select(VerdictChange.action, VerdictChange.rating, VerdictChange.reviewer)
            .where(VerdictChange.verdict_id == verdict_id)
            .order_by(VerdictChange.id)
        )
        return [(str(a), r, who) for a, r, who in rows]


def _view(database: Database) -> list[tuple[Any, ...]]:
    with database.read() as session:
        rows = session.execute(
            text(
                "SELECT verdict_id, item_id, cluster_id, is_current, rating, changes"
                " FROM verdicts_v ORDER BY verdict_id"
            )
        )
        return [tuple(row) for row in rows]


def test_a_verdict_is_set_then_changed_with_history(database: Database, seeded: Seeded) -> None:
    _confirm(database, seeded.links["q12"])
    cluster = _cluster(database, seeded.quotes[0])
    first = set_verdict(database, cluster, FALSE, "ana")
    assert (first.rating, first.rating_value, first.best_rating, first.worst_rating) == (
        "False",
        1,
        5,
        1,
    )
    assert first.item_id == seeded.quotes[0]  # the first appearance is the anchor
    assert first.cluster_id == cluster and first.publisher is None
    changed = set_verdict(database, cluster, VerdictInput("Misleading"), "ben")
    assert changed.id == first.id and changed.rating_value is None and changed.url is None
    assert cluster_verdict(database, cluster) == changed
    assert _history(database, first.id) == [
        ("set", "False", "ana"),
        ("change", "Misleading", "ben"),
    ]
    assert _view(database) == [(first.id, seeded.quotes[0], cluster, 1, "Misleading", 2)]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (VerdictInput("  "), "needs a rating"),
        (VerdictInput("False", value=2), "together"),
        (VerdictInput("False", 7, 5, 1), "not between"),
        (VerdictInput("False", 1, 1, 1), "must differ"),
        (VerdictInput("x" * 300), "at most"),
    ],
)
def test_bad_verdicts_are_refused_and_nothing_is_stored(
    database: Database, seeded: Seeded, given: VerdictInput, message: str
) -> None:
    _confirm(database, seeded.links["q12"])
    with pytest.raises(InputError, match=message):
        set_verdict(database, _cluster(database, seeded.quotes[0]), given, "ana")
    assert _view(database) == []


def test_an_unknown_cluster_is_not_found(database: Database, seeded: Seeded) -> None:
    with pytest.raises(NotFoundError, match="cluster 99"):
        set_verdict(database, 99, FALSE, "ana")
    with pytest.raises(NotFoundError):
        cluster_verdict(database, 99)


def test_verdicts_follow_their_statements_through_a_merge_and_a_split(
    database: Database, seeded: Seeded
) -> None:
    q = seeded.quotes
    _confirm(database, seeded.links["q12"])
    _confirm(database, seeded.links["q34"])
    older = set_verdict(database, _cluster(database, q[0]), FALSE, "ana")
    newer = set_verdict(database, _cluster(database, q[3]), VerdictInput("True"), "ben")
    assert newer.item_id == q[2]
    _confirm(database, seeded.links["q13"])  # merges {q0, q1} and {q2, q3}
    merged = _cluster(database, q[3])
    assert _cluster(database, q[0]) == merged
    current = cluster_verdict(database, merged)
    assert current is not None and current.id == newer.id  # the latest is current
    assert [row[2:4] for row in _view(database)] == [(merged, 0), (merged, 1)]
    # A verdict given on the merged cluster changes its latest own verdict.
    assert set_verdict(database, merged, VerdictInput("Half true"), "carl").id == newer.id
    review.undo(database, seeded.links["q13"], "ana")  # splits them again
    left, right = _cluster(database, q[0]), _cluster(database, q[3])
    assert left != right
    assert cluster_verdict(database, left).id == older.id  # type: ignore[union-attr]
    assert cluster_verdict(database, right).rating == "Half true"  # type: ignore[union-attr]
    assert [row[2:5] for row in _view(database)] == [
        (left, 1, "False"),
        (right, 1, "Half true"),
    ]


def test_a_statement_that_leaves_every_cluster_keeps_its_verdict(
    database: Database, seeded: Seeded
) -> None:
    q = seeded.quotes
    _confirm(database, seeded.links["q12"])
    given = set_verdict(database, _cluster(database, q[0]), FALSE, "ana")
    review.undo(database, seeded.links["q12"], "ana")
    with database.read() as session:
        states = item_states(session, LinkKind.QUOTE, [q[0], q[1]])
    assert states[q[0]].cluster_id is None and states[q[0]].verdict is not None
    assert states[q[0]].verdict.id == given.id
    assert states[q[1]].verdict is None
    assert _view(database) == [(given.id, q[0], None, 1, "False", 1)]


def test_item_states_give_clusters_sizes_and_verdicts(database: Database, seeded: Seeded) -> None:
    q = seeded.quotes
    _confirm(database, seeded.links["q12"])
    _confirm(database, seeded.links["q13"])
    given = set_verdict(database, _cluster(database, q[1]), FALSE, "ana")
    with database.read() as session:
        states = item_states(session, LinkKind.QUOTE, q)
    assert [states[i].cluster_size for i in q] == [3, 3, 3, 1]
    assert [s.verdict.id if s.verdict else None for s in states.values()] == [
        given.id,
        given.id,
        given.id,
        None,
    ]
