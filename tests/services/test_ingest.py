"""Ingesting stores each article whole with its extraction, once, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from factdb.errors import InputError
from factdb.extract import Extraction, QuoteKind, QuoteRecord, SpeakerKind, SpeakerRef
from factdb.models import Article, Claim, Outlet, Quote, Speaker, SpeakerAlias
from factdb.services import ingest as ingest_module
from factdb.services.database import Database
from factdb.services.ingest import Outcome, ingest_article, ingest_many
from factdb.sources import ArticleInput, read_paths
from tests.conftest import EXAMPLES, seed_paths


def counts(database: Database) -> dict[str, int]:
    """Row counts of the tables ingestion writes."""
    with database.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Article, Outlet, Quote, Claim, Speaker, SpeakerAlias)
        }


def test_seeds_store_two_articles_once(database: Database) -> None:
    paths = seed_paths()
    first = ingest_many(database, read_paths(paths))
    assert (first.stored, first.duplicates, first.failures) == (2, 0, [])
    before = counts(database)
    second = ingest_many(database, read_paths(paths))
    assert (second.stored, second.duplicates) == (0, 2)
    assert counts(database) == before
    with database.read() as session:
        texts = session.scalars(select(Article.text).order_by(Article.id)).all()
    assert texts == [Path(p).read_text(encoding="utf-8") for p in paths]


def test_whitespace_only_differences_are_duplicates(database: Database) -> None:
    a = ArticleInput(text="Title\n\nSame  words here.", source="a")
    b = ArticleInput(text="Title\n\nSame words here.\n", source="b")
    assert ingest_article(database, a).outcome is Outcome.STORED
    assert ingest_article(database, b).outcome is Outcome.DUPLICATE


def test_link_text_is_left_out_of_the_stored_article_and_its_quotes(database: Database) -> None:
    raw = (
        "Trump shut down the claim that Joe Biden Joe BidenBiden vows to fight back against "
        "foreign interference efforts if elected Biden pledges to overturn Trump's travel ban "
        "MORE is in favor of defunding the police, Wallace said.\n\n"
        "“We will win,” said Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' "
        "to Romney's plan Graham says Schiff should be a witness MORE (R-Wis.)."
    )
    result = ingest_article(database, ArticleInput(text=raw, source="hill"))
    assert result.outcome is Outcome.STORED
    with database.read() as session:
        text = session.scalars(select(Article.text)).one()
        quotes = session.execute(select(Quote.text, Quote.start_offset, Quote.end_offset)).all()
    assert "MORE" not in text and "BidenBiden" not in text
    assert text.startswith("Trump shut down the claim that Joe Biden is in favor")
    assert quotes and all(text[start:end] == quote for quote, start, end in quotes)
    assert not any("MORE" in quote or "vows" in quote for quote, _, _ in quotes)
    again = ingest_many(database, [ArticleInput(text=raw, source="again")])
    assert (again.stored, again.duplicates) == (0, 1)


def test_sample_corpus_is_stored_with_outlets(database: Database) -> None:
    report = ingest_many(database, read_paths([str(EXAMPLES)]))
    assert report.failures == [] and report.stored == 14
    with database.read() as session:
        outlets = set(session.scalars(select(Outlet.name)))
    assert outlets == {
        "Meridian Wire",
        "Delsenia Herald",
        "Northgate Post",
        "Harbour Ledger",
        "Dornholt Courier",
    }


def test_failing_article_leaves_no_rows_and_others_are_stored(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    speaker = SpeakerRef(name="Lena Okafor", text="Okafor", start=0, end=6)
    quote = QuoteRecord(QuoteKind.DIRECT, "x", 0, 1, speaker, "said", "x", 0)
    # A quote whose span is reversed breaks a CHECK constraint after rows were added.
    broken = QuoteRecord(QuoteKind.DIRECT, "y", 5, 1, speaker, "said", "y", 0)

    def fake_extract(text: str) -> Extraction:
        return Extraction(quotes=(quote, broken) if "BROKEN" in text else (quote,))

    monkeypatch.setattr(ingest_module, "extract_article", fake_extract)
    items = [
        ArticleInput(text="Good one", source="good", outlet="New Outlet"),
        ArticleInput(text="BROKEN article", source="bad", outlet="Other Outlet"),
        InputError("missing.txt", "no such file or directory"),
    ]
    report = ingest_many(database, items)
    assert [f.source for f in report.failures] == ["bad", "missing.txt"]
    assert "cannot be stored" in str(report.failures[0])
    assert counts(database)["articles"] == 1
    assert counts(database)["outlets"] == 1
    assert counts(database)["quotes"] == 1


def test_extractor_crash_fails_only_that_article(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exploding(text: str) -> Extraction:
        if "boom" in text:
            raise ValueError("boom")
        return Extraction()

    monkeypatch.setattr(ingest_module, "extract_article", exploding)
    report = ingest_many(
        database,
        [ArticleInput(text="boom", source="b.txt"), ArticleInput(text="fine", source="f.txt")],
    )
    assert report.stored == 1
    assert [f.source for f in report.failures] == ["b.txt"]
    assert "extraction failed" in str(report.failures[0])


def test_speakers_merge_across_articles_and_anonymous_sources_are_no_speakers(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    biden = SpeakerRef(name="Joe Biden", text="Biden", aliases=("Biden", "US President Joe Biden"))
    anon = SpeakerRef(name="senior US official", kind=SpeakerKind.ANONYMOUS, text="official")

    def fake_extract(text: str) -> Extraction:
        q1 = QuoteRecord(QuoteKind.INDIRECT, "a", 0, 1, biden, "said", "a", 0)
        q2 = QuoteRecord(QuoteKind.INDIRECT, "b", 1, 2, anon, "said", "b", 1)
        return Extraction(quotes=(q1, q2))

    monkeypatch.setattr(ingest_module, "extract_article", fake_extract)
    ingest_many(database, [ArticleInput(text=t, source=t) for t in ("one", "two")])
    with database.read() as session:
        names = sorted(session.scalars(select(Speaker.name)))
        biden_ids = set(session.scalars(select(Quote.speaker_id).where(Quote.text == "a")))
        unnamed = session.execute(
            select(Quote.speaker_id, Quote.anonymous).where(Quote.text == "b")
        )
        assert sorted(unnamed) == [(None, "official"), (None, "official")]
    # The unnamed source is no speaker: its quotes keep its description.
    assert names == ["Joe Biden"]
    assert len(biden_ids) == 1
