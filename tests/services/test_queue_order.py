"""The queue in other orders than best first, and filtered by the articles' dates."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.services import review
from factdb.services.database import Database
from factdb.services.review.views import QueueFilter, QueueSort
from tests.tui.seed import Seeded, seed_queue


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed_queue(database)


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        (QueueSort.BEST, ["c13", "q12", "c12", "q13", "q23", "q34"]),
        (QueueSort.WEAKEST, ["q34", "q23", "q13", "c12", "q12", "c13"]),
        (QueueSort.NEWEST, ["q34", "q23", "q13", "c12", "q12", "c13"]),
        (QueueSort.OLDEST, ["c13", "q12", "c12", "q13", "q23", "q34"]),
    ],
)
def test_sorted_queue_lists_and_claims_in_order(
    database: Database, seeded: Seeded, sort: QueueSort, order: list[str]
) -> None:
    flt = QueueFilter(sort=sort)
    ids = [seeded.links[k] for k in order]
    assert [row.id for row in review.list_queue(database, flt)] == ids
    page = review.list_queue(database, flt, limit=2)
    rest = review.list_queue(database, flt, after=review.link_view(database, page[-1].id).cursor)
    assert [row.id for row in page + rest] == ids
    owner = review.new_owner("ann")
    claimed, after = [], None
    for _ in ids:
        view = review.claim_next(database, owner, flt, after=after)
        assert view is not None
        claimed.append(view.id)
        after = view.cursor
    assert claimed == ids


def test_filter_by_date(database: Database, seeded: Seeded) -> None:
    # Articles appeared on 1, 2, 3 and 4 March 2024, one each; a link matches by either side.
    flt = QueueFilter(published_from=date(2024, 3, 3))
    assert {row.id for row in review.list_queue(database, flt)} == {
        seeded.links[k] for k in ("c13", "q13", "q23", "q34")
    }
    flt = QueueFilter(published_from=date(2024, 3, 2), published_to=date(2024, 3, 2))
    assert {row.id for row in review.list_queue(database, flt)} == {
        seeded.links[k] for k in ("q12", "c12", "q23")
    }
    assert "published_from=2024-03-02" in flt.describe() and "sort" not in flt.describe()
