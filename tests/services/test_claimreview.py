"""ClaimReview: published objects carry what schema.org and Google ask for; other publishers'
checks are read from JSON, JSON Lines, feeds and pages; and a round trip between two databases
proposes the imported checks as links to the same statements."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from factdb.models import Article, Check, Claim, Link, Quote, Verdict
from factdb.services import review
from factdb.services.claimreview import Organization, import_claimreviews, iter_claimreviews
from factdb.services.database import Database
from factdb.services.ingest import ingest_many
from factdb.services.linking import run_linking
from factdb.services.verdicts import VerdictInput, set_verdict
from factdb.sources import read_paths
from tests.conftest import EXAMPLES, PostgresFactory

# From Google's fact-check (ClaimReview) structured data guidelines and schema.org's ClaimReview,
# Rating and Claim types: what every published object must carry, and what it should.
CLAIMREVIEW_REQUIRED = {"@context", "@type", "claimReviewed", "reviewRating", "url"}
CLAIMREVIEW_RECOMMENDED = {"author", "datePublished", "itemReviewed"}
RATING_REQUIRED = {"@type", "alternateName"}
RATING_RECOMMENDED = {"bestRating", "name", "ratingValue", "worstRating"}
CLAIM_RECOMMENDED = {"appearance", "author", "datePublished", "firstAppearance"}
AUTHOR_RECOMMENDED = {"name", "url"}
WORK_PROPERTIES = {"@type", "url", "headline", "datePublished", "publisher"}
ORG = Organization("Harbour Checks", "https://checks.example")


def _ingest(database: Database) -> None:
    report = ingest_many(database, (r for r in read_paths([str(EXAMPLES)])))
    assert not report.failures
    with database.write() as session:
        # Every appearance then has a URL, as published articles do.
        session.execute(text("UPDATE articles SET url = 'https://news.example/' || content_hash"
                             " WHERE url IS NULL"))  # fmt: skip


def _checked_clusters(database: Database) -> list[int]:
    """Confirm the first three pending quote links and give each cluster a verdict."""
    run_linking(database)
    with database.read() as session:
        links = session.scalars(
            select(Link.id)
            .where(Link.kind == "quote", Link.status == "pending")
            .order_by(Link.score.desc(), Link.id)
        ).all()
    for link_id in links[:3]:
        review.decide(database, link_id, "confirm", "ana")
    with database.read() as session:
        clusters = session.scalars(text("SELECT id FROM clusters ORDER BY id")).all()
    for n, cluster in enumerate(clusters):
        url = f"https://checks.example/{n}"
        set_verdict(database, cluster, VerdictInput("False", 1, 5, 1, url), "ana")
    return list(clusters)


@pytest.fixture
def checked(database: Database) -> Database:
    _ingest(database)
    _checked_clusters(database)
    return database


def test_every_object_has_the_required_and_recommended_properties(checked: Database) -> None:
    documents = list(iter_claimreviews(checked, ORG))
    assert documents
    for doc in documents:
        assert doc.keys() >= CLAIMREVIEW_REQUIRED | CLAIMREVIEW_RECOMMENDED
        assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
        assert doc["reviewRating"].keys() >= RATING_REQUIRED | RATING_RECOMMENDED
        assert doc["reviewRating"]["alternateName"] == "False"
        assert doc["author"] == {"@type": "Organization", "name": ORG.name, "url": ORG.url}
        assert doc["author"].keys() >= AUTHOR_RECOMMENDED
        claim = doc["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert claim.keys() >= CLAIM_RECOMMENDED - {"appearance"}
        assert claim["author"]["@type"] in ("Person", "Organization") and claim["author"]["name"]
        works = [claim["firstAppearance"], *claim.get("appearance", [])]
        for work in works:
            assert work.keys() == WORK_PROPERTIES and work["@type"] == "NewsArticle"
        dates = [w["datePublished"] for w in works]
        assert dates[0] == min(dates) == claim["datePublished"]
        assert json.loads(json.dumps(doc)) == doc


def test_the_statement_and_its_appearances_are_the_clusters(checked: Database) -> None:
    rows = checked.engine.connect().execute(
        text("SELECT cluster_id, text, article_id FROM clusters_v ORDER BY cluster_id, member_id")
    )
    members: dict[int, list[tuple[str, int]]] = {}
    for cluster, body, article in rows:
        members.setdefault(cluster, []).append((body, article))
    documents = list(iter_claimreviews(checked, ORG))
    assert len(documents) == len(members)
    for doc, cluster in zip(documents, sorted(members), strict=True):
        claim = doc["itemReviewed"]
        assert doc["url"] == f"https://checks.example/{sorted(members).index(cluster)}"
        assert doc["claimReviewed"] in {body for body, _ in members[cluster]}
        assert 1 + len(claim.get("appearance", [])) == len({a for _, a in members[cluster]})


def test_a_verdict_without_a_url_is_reported_not_published(database: Database) -> None:
    _ingest(database)
    run_linking(database)  # copies of one statement form clusters without review
    with database.read() as session:
        cluster = session.scalars(text("SELECT MIN(id) FROM clusters")).one()
    set_verdict(database, cluster, VerdictInput("False"), "ana")
    why: list[str] = []
    assert list(iter_claimreviews(database, ORG, skipped=lambda v, r: why.append(r))) == []
    assert why == ["it has no URL (ClaimReview requires one)"]


GOOD = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://other.example/checks/1",
    "claimReviewed": "The harbour handles ten million containers a year.",
    "author": {"@type": "Organization", "name": "Other Checkers", "url": "https://other.example"},
    "datePublished": "2026-03-09",
    "reviewRating": {"@type": "Rating", "ratingValue": "2", "alternateName": "Exaggerated"},
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Rafael Quintal"},
        "firstAppearance": {"@type": "NewsArticle", "url": "https://news.example/a"},
        "appearance": ["https://news.example/b"],
    },
}


def _page(*blocks: Any) -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks
    )
    return f"<html><head><title>Checks</title>{scripts}</head><body>text</body></html>"


def test_a_page_with_several_blocks_is_read_and_bad_objects_reported(database: Database) -> None:
    second = GOOD | {"url": "https://other.example/checks/2", "claimReviewed": "Tolls doubled."}
    bad = GOOD | {"claimReviewed": " "}
    no_rating = GOOD | {"reviewRating": {"ratingValue": 3}}
    page = _page({"@graph": [{"@type": "WebPage"}, GOOD]}, [bad, second, no_rating])
    report = import_claimreviews(database, page, "checks.html")
    assert (report.stored, report.duplicates) == (2, 0)
    assert [str(f) for f in report.failures] == [
        "checks.html: ClaimReview 2: no claimReviewed",
        "checks.html: ClaimReview 4: reviewRating has no alternateName",
    ]
    again = import_claimreviews(database, page, "checks.html")
    assert (again.stored, again.duplicates, len(again.failures)) == (0, 2, 2)
    with database.read() as session:
        check = session.scalars(select(Check).order_by(Check.id)).first()
        assert check is not None and check.publisher == "Other Checkers"
        assert check.appearances == ["https://news.example/a", "https://news.example/b"]
        quote = session.get(Quote, check.quote_id)
        assert quote is not None and quote.text == GOOD["claimReviewed"]
        assert quote.kind == "indirect" and quote.speaker is not None
        assert quote.speaker.name == "Rafael Quintal"
        article = session.get(Article, check.article_id)
        assert article is not None and article.outlet is not None
        assert (article.outlet.name, str(article.published)) == ("Other Checkers", "2026-03-09")
        claim = session.scalars(select(Claim).where(Claim.article_id == article.id)).one()
        assert (claim.quote_id, claim.normalized_value) == (quote.id, 10_000_000)
        verdict = session.scalars(select(Verdict).where(Verdict.quote_id == quote.id)).one()
        assert (verdict.rating, verdict.rating_value, verdict.best_rating) == ("Exaggerated", 2, 5)
        assert (verdict.worst_rating, verdict.publisher) == (1, "Other Checkers")


@pytest.mark.parametrize(
    "document",
    [
        json.dumps([GOOD]),
        json.dumps({"@context": "https://schema.org", "@graph": [GOOD]}),
        json.dumps({"@type": "DataFeed", "dataFeedElement": [{"item": [GOOD]}]}),
        json.dumps(GOOD) + "\n" + json.dumps({"@type": "WebPage"}) + "\n",
        "\ufeff" + json.dumps(GOOD | {"@type": ["ClaimReview"]}),
    ],
    ids=["list", "graph", "feed", "lines", "bom"],
)
def test_every_shape_of_json_ld_is_read(database: Database, document: str) -> None:
    report = import_claimreviews(database, document, "in.json")
    assert (report.stored, report.failures) == (1, [])


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ("{not json", "not JSON"),
        ('{"@type": "WebPage"}', "no ClaimReview object found"),
        ("<html><body>nothing</body></html>", "no application/ld+json block"),
    ],
)
def test_unreadable_files_are_one_failure(database: Database, document: str, reason: str) -> None:
    report = import_claimreviews(database, document, "in.json")
    assert report.stored == 0 and len(report.failures) == 1
    assert reason in str(report.failures[0])


def _second_database(
    backend: str, tmp_path: Path, sqlite_template: Path, pg_factory: PostgresFactory | None
) -> str:
    if backend == "sqlite":
        shutil.copy(sqlite_template, tmp_path / "other.sqlite")
        return f"sqlite:///{tmp_path / 'other.sqlite'}"
    assert pg_factory is not None
    return pg_factory.new()


@pytest.fixture
def other(
    backend: str, tmp_path: Path, sqlite_template: Path, pg_factory: PostgresFactory | None
) -> Iterator[Database]:
    """A second database on the backend under test."""
    opened = Database.open(_second_database(backend, tmp_path, sqlite_template, pg_factory))
    yield opened
    opened.close()


def _statements(database: Database, quote_ids: set[int]) -> set[tuple[str, int, int]]:
    """Quotes as both databases know them: (article hash, start, end)."""
    with database.read() as session:
        rows = session.execute(
            select(Article.content_hash, Quote.start_offset, Quote.end_offset)
            .join(Article, Article.id == Quote.article_id)
            .where(Quote.id.in_(quote_ids))
        )
        return {tuple(row) for row in rows}  # type: ignore[misc]


def test_a_round_trip_proposes_the_checks_as_links_to_the_same_statements(
    checked: Database, other: Database
) -> None:
    published = "".join(json.dumps(d) + "\n" for d in iter_claimreviews(checked, ORG))
    with checked.read() as session:
        members: dict[int, set[int]] = {}
        for cluster, member in session.execute(
            text("SELECT cluster_id, member_id FROM clusters_v")
        ):
            members.setdefault(cluster, set()).add(member)
    _ingest(other)
    run_linking(other)
    report = import_claimreviews(other, published, "published.jsonl")
    assert report.stored == len(published.splitlines()) == len(members) and not report.failures
    run_linking(other)
    expected = sorted(sorted(_statements(checked, ids)) for ids in members.values())
    with other.read() as session:
        checks = session.scalars(select(Check.quote_id).order_by(Check.id)).all()
        proposed = []
        for quote_id in checks:
            pairs = session.execute(
                select(Link.a_quote_id, Link.b_quote_id).where(
                    (Link.a_quote_id == quote_id) | (Link.b_quote_id == quote_id)
                )
            ).all()
            linked = {a if b == quote_id else b for a, b in pairs} - set(checks)
            proposed.append(_statements(other, linked))
    # Each checked cluster's statements are proposed for its check: the check is reviewed
    # against the cluster (a member standing for its copies), not against every copy.
    for cluster in expected:
        assert any(set(cluster) & found for found in proposed), cluster


def test_a_changed_verdict_keeps_its_publication_date(checked: Database) -> None:
    before = next(iter_claimreviews(checked, ORG))
    assert "dateModified" not in before
    with checked.read() as session:
        cluster = session.scalars(text("SELECT MIN(id) FROM clusters")).one()
    set_verdict(checked, cluster, VerdictInput("Mostly false", url=before["url"]), "ben")
    after = next(iter_claimreviews(checked, ORG))
    assert after["datePublished"] == before["datePublished"]
    assert after["dateModified"] >= after["datePublished"]
    assert after["reviewRating"]["alternateName"] == "Mostly false"
