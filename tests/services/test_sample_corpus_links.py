"""The sample corpus's planted contradictions are proposed as conflicts, its look-alikes not.

docs/sample-corpus.md lists them: C1 reservoir capacity (4.2 against 4.8 billion cubic metres),
C2 strike turnout (about 3,000 against some 5,000), C3 pipeline length (1,000 against 1,200 km),
C4 the speaker of Q5 (Halloran against Reyna); and pairs that look alike but do not contradict:
ships waiting on successive days, successive pay offers, a filling period of five to seven
years against no fewer than seven, and a daily cost against a total.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from factdb.models import Claim, Link, Quote, Speaker
from factdb.services.database import Database
from factdb.services.ingest import ingest_many
from factdb.services.linking import run_linking
from factdb.sources.readers import read_paths
from factdb.vocab import Relation
from tests.conftest import EXAMPLES


@dataclass(frozen=True)
class ClaimSide:
    """One side of a claim link: its normalised value and unit and its quantity as written."""

    value: float
    unit: str | None
    text: str


ClaimLinks = list[tuple[Relation, ClaimSide, ClaimSide]]


@pytest.fixture
def linked(database: Database) -> Iterator[Database]:
    """The sample corpus ingested and linked."""
    ingest_many(database, read_paths([str(EXAMPLES)]))
    run_linking(database)
    yield database


def _claim_links(database: Database) -> ClaimLinks:
    a, b = aliased(Claim), aliased(Claim)
    query = (
        select(Link.relation, a.normalized_value, a.normalized_unit, a.text)
        .add_columns(b.normalized_value, b.normalized_unit, b.text)
        .join(a, Link.a_claim_id == a.id)
        .join(b, Link.b_claim_id == b.id)
    )
    with database.read() as session:
        rows = [tuple(row) for row in session.execute(query).all()]
    return [(r[0], ClaimSide(*r[1:4]), ClaimSide(*r[4:7])) for r in rows]


def _between(links: ClaimLinks, low: float, high: float, unit: str | None) -> set[Relation]:
    found = set()
    for relation, x, y in links:
        values = sorted((x.value, y.value))
        if x.unit == y.unit == unit and values == [pytest.approx(low), pytest.approx(high)]:
            found.add(relation)
    return found


def test_planted_claim_contradictions_are_conflicts(linked: Database) -> None:
    links = _claim_links(linked)
    assert Relation.CONFLICT in _between(links, 4.2e9, 4.8e9, "m3")  # C1
    assert Relation.CONFLICT in _between(links, 3000, 5000, "count")  # C2
    assert Relation.CONFLICT in _between(links, 1e6, 1.2e6, "m")  # C3


def test_look_alikes_are_not_conflicts(linked: Database) -> None:
    links = _claim_links(linked)
    conflicts = [(x, y) for relation, x, y in links if relation is Relation.CONFLICT]
    for x, y in conflicts:
        values = {x.value, y.value}
        assert not values <= {14, 20, 25}, (x, y)  # ships waiting on different days
        assert not values <= {3.5, 4.5, 5.5}, (x, y)  # successive pay offers
        assert not values <= {5 * 365.25, 7 * 365.25}, (x, y)  # filling period
        assert not values <= {15e6, 60e6}, (x, y)  # a daily cost and a total


def test_planted_attribution_conflict(linked: Database) -> None:
    a_speaker, b_speaker = aliased(Speaker), aliased(Speaker)
    qa, qb = aliased(Quote), aliased(Quote)
    query = (
        select(a_speaker.name, b_speaker.name)
        .select_from(Link)
        .join(qa, Link.a_quote_id == qa.id)
        .join(qb, Link.b_quote_id == qb.id)
        .join(a_speaker, qa.speaker_id == a_speaker.id)
        .join(b_speaker, qb.speaker_id == b_speaker.id)
        .where(Link.relation == Relation.CONFLICT)
    )
    with linked.read() as session:
        pairs = {frozenset(row) for row in session.execute(query).all()}
    assert frozenset({"Petra Halloran", "Tomas Reyna"}) in pairs  # C4
