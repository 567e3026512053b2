"""Checked before?: the closest stored statements, one per cluster, with their verdicts."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from factdb.models import Claim, Link, Quote
from factdb.services import review
from factdb.services.database import Database
from factdb.services.ingest import ingest_many
from factdb.services.linking import run_linking
from factdb.services.match import MatchIndex, query_items
from factdb.services.verdicts import VerdictInput, set_verdict
from factdb.sources import read_paths
from factdb.vocab import LinkKind
from tests.conftest import EXAMPLES


@pytest.fixture
def archive(database: Database) -> Database:
    """The sample corpus, linked, with its best quote link confirmed and given a verdict."""
    assert not ingest_many(database, read_paths([str(EXAMPLES)])).failures
    run_linking(database)
    with database.read() as session:
        best = session.scalars(
            select(Link.id)
            .where(Link.kind == "quote", Link.status == "pending")
            .order_by(Link.score.desc(), Link.id)
        ).first()
    assert best is not None
    review.decide(database, best, "confirm", "ana")
    with database.read() as session:
        cluster = session.scalars(
            text(
                "SELECT cluster_id FROM cluster_members"
                " WHERE quote_id = (SELECT a_quote_id FROM links WHERE id = :id)"
            ),
            {"id": best},
        ).one()
    set_verdict(database, cluster, VerdictInput("Mostly true", url="https://c.example/1"), "ana")
    return database


def _clustered_quote(database: Database) -> tuple[int, str, int]:
    with database.read() as session:
        row = session.execute(
            text(
                "SELECT member_id, text, cluster_id FROM clusters_v WHERE cluster_id IN"
                " (SELECT cluster_id FROM verdicts_v) ORDER BY member_id"
            )
        ).first()
    assert row is not None
    return row[0], row[1], row[2]


def test_a_stored_statement_is_found_with_its_cluster_and_verdict(archive: Database) -> None:
    _, wording, cluster = _clustered_quote(archive)
    index = MatchIndex.load(archive)
    with archive.read() as session:
        stored = session.scalar(select(Quote.id).order_by(Quote.id.desc()).limit(1))
        claims = session.scalar(select(Claim.id).order_by(Claim.id.desc()).limit(1))
    assert len(index) == (stored or 0) + (claims or 0)
    hits = index.match(wording.lower().rstrip(".,"), limit=5)
    top = hits[0]
    assert top.cluster_id == cluster and top.score >= 90 and top.kind is LinkKind.QUOTE
    assert top.verdict is not None and top.verdict.rating == "Mostly true"
    assert top.evidence["scorers"] and top.evidence["reason"]
    assert top.outlet and top.published and top.speaker
    groups = [(h.kind, h.cluster_id or -h.id) for h in hits]
    assert len(groups) == len(set(groups)), "a cluster is shown once"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_limits_and_least_scores_are_kept(archive: Database) -> None:
    _, wording, _ = _clustered_quote(archive)
    index = MatchIndex.load(archive)
    assert len(index.match(wording, limit=2)) == 2
    assert all(h.score >= 80 for h in index.match(wording, min_score=80))
    assert index.match("Cheese is best eaten at room temperature, said nobody.") == []


def test_a_number_is_also_looked_up_among_claims() -> None:
    items = query_items("The reservoir holds 4.2 billion cubic metres.")
    assert [i.kind for i in items] == [LinkKind.QUOTE, LinkKind.CLAIM, LinkKind.CLAIM]
    assert items[1].value is None  # the sentence alone, for claims whose number differs
    assert items[2].unit == "m3" and items[2].value == pytest.approx(4.2e9)
