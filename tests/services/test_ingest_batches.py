"""Ingesting in batches stores what article-by-article ingesting stores, on both backends."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from factdb.extract import Extraction, QuoteKind, QuoteRecord, SpeakerRef, extract_article
from factdb.models import Article, Claim, Outlet, Quote, Speaker, SpeakerAlias
from factdb.services import ingest as ingest_module
from factdb.services.database import Database
from factdb.services.ingest import Outcome, ingest_article, ingest_many
from factdb.services.registry_cache import RegistryCache
from factdb.services.speakers import merge, resolve_speaker
from factdb.sources import ArticleInput, read_paths
from tests.conftest import EXAMPLES

Snapshot = dict[str, list[tuple[object, ...]]]


@cache
def corpus() -> tuple[ArticleInput, ...]:
    return tuple(a for a in read_paths([str(EXAMPLES)]) if isinstance(a, ArticleInput))


@cache
def _extract(text: str) -> Extraction:
    return extract_article(text)


@pytest.fixture
def cached_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "_extract", lambda article: _extract(article.text))


def snapshot(database: Database) -> Snapshot:
    """Every stored row as content (no ids): articles, quotes and claims with their speakers."""
    quote = aliased(Quote)
    with database.read() as session:
        return {
            "articles": sorted(
                session.execute(
                    select(
                        Article.content_hash, Article.title, Article.source, Outlet.name
                    ).outerjoin(Outlet, Outlet.id == Article.outlet_id)
                ).all()
            ),
            "quotes": sorted(
                session.execute(
                    select(Article.content_hash, Quote.start_offset, Quote.text, Speaker.key)
                    .join(Article, Article.id == Quote.article_id)
                    .outerjoin(Speaker, Speaker.id == Quote.speaker_id)
                ).all(),
                key=repr,
            ),
            "claims": sorted(
                session.execute(
                    select(Article.content_hash, Claim.start_offset, Claim.text, Claim.value)
                    .add_columns(Speaker.key, quote.start_offset)
                    .join(Article, Article.id == Claim.article_id)
                    .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
                    .outerjoin(quote, quote.id == Claim.quote_id)
                ).all(),
                key=repr,
            ),
            "speakers": sorted(
                session.execute(select(Speaker.key, Speaker.name, Speaker.description)).all(),
                key=repr,
            ),
            "aliases": sorted(
                session.execute(
                    select(Speaker.key, SpeakerAlias.alias, SpeakerAlias.alias_key).join(Speaker)
                ).all()
            ),
        }


def _one_by_one(database: Database) -> Snapshot:
    for article in corpus():
        ingest_article(database, article)
    return snapshot(database)


@pytest.mark.usefixtures("cached_extraction")
@pytest.mark.parametrize("batch", [1, 3, 200])
def test_batches_store_what_one_article_at_a_time_stores(
    database: Database, tmp_path_factory: pytest.TempPathFactory, batch: int
) -> None:
    report = ingest_many(database, corpus(), batch=batch)
    assert report.failures == [] and report.stored == len(corpus())
    expected_db = Database.open(f"sqlite:///{tmp_path_factory.mktemp('one')}/one.db")
    try:
        expected = _one_by_one(expected_db)
    finally:
        expected_db.close()
    got = snapshot(database)
    assert got["quotes"] and got["claims"] and got["speakers"]
    assert got == expected


def test_worker_processes_store_what_one_process_stores(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "_POOL_MIN", 1)  # processes even for a few articles
    articles = corpus()[:6]
    ingest_many(database, articles, workers=2, batch=4)
    got = snapshot(database)
    with database.write() as session:
        for model in (Claim, Quote, Article, SpeakerAlias, Speaker, Outlet):
            session.execute(model.__table__.delete())
    ingest_many(database, articles, workers=1)
    assert snapshot(database) == got
    assert len(got["articles"]) == 6


def test_the_same_text_twice_in_a_batch_is_stored_once(database: Database) -> None:
    first = ArticleInput(text="The mayor said the bridge cost 5 million euros.", source="a")
    again = ArticleInput(text="The mayor said the bridge cost 5 million euros.\n", source="b")
    results: list[object] = []
    ingest_many(database, [first, again], on_result=results.append)
    stored, duplicate = results
    assert getattr(stored, "outcome", None) is Outcome.STORED
    assert getattr(duplicate, "outcome", None) is Outcome.DUPLICATE
    assert getattr(duplicate, "article_id", None) == getattr(stored, "article_id", None)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1


def test_a_refused_batch_is_stored_article_by_article(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row the database refuses (a reversed span) rolls back its batch; only it fails."""
    who = SpeakerRef(name="Lena Okafor", text="Okafor", start=0, end=6)

    def fake_extract(text: str) -> Extraction:
        start, end = (5, 1) if "BROKEN" in text else (0, 1)
        return Extraction(
            quotes=(QuoteRecord(QuoteKind.DIRECT, "x", start, end, who, "said", "x", 0),)
        )

    monkeypatch.setattr(ingest_module, "extract_article", fake_extract)
    items = [
        ArticleInput(text=f"{word} article", source=word, outlet=f"Outlet {word}")
        for word in ("one", "two", "BROKEN", "four", "five")
    ]
    report = ingest_many(database, items, batch=10)
    assert [f.source for f in report.failures] == ["BROKEN"]
    assert "cannot be stored" in str(report.failures[0])
    with database.read() as session:
        assert sorted(session.scalars(select(Article.source))) == ["five", "four", "one", "two"]
        assert "Outlet BROKEN" not in set(session.scalars(select(Outlet.name)))
        assert session.scalar(select(func.count()).select_from(Speaker)) == 1
    # The cache was read again after the rollback: a later batch still finds the speaker.
    ingest_many(database, [ArticleInput(text="six article", source="six")])
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Speaker)) == 1
        assert session.scalar(select(func.count(func.distinct(Quote.speaker_id)))) == 1


_BARE_THEN_FULL = (
    ArticleInput(
        text='"We are going to win so much," Trump said at a rally in Ohio on Tuesday.\n\n'
        "The crowd cheered loudly for a long time.",
        source="bare",
    ),
    ArticleInput(
        text='"Markets are calm and the outlook is good," Trump said on Wednesday.\n\nStocks rose.',
        source="bare-again",
    ),
    ArticleInput(
        text='"The economy has never been stronger than it is today," Donald Trump said on '
        "Monday.\n\nMarkets rose.",
        source="full",
    ),
)


def _stored_one_by_one(
    articles: Sequence[ArticleInput], tmp_path_factory: pytest.TempPathFactory
) -> Snapshot:
    """What a new SQLite database holds after storing ARTICLES one at a time."""
    expected_db = Database.open(f"sqlite:///{tmp_path_factory.mktemp('one')}/one.db")
    try:
        for article in articles:
            ingest_article(expected_db, article)
        return snapshot(expected_db)
    finally:
        expected_db.close()


@pytest.mark.parametrize("batch", [1, 3])
def test_a_full_name_takes_over_the_bare_surname_as_the_registry_does(
    database: Database, tmp_path_factory: pytest.TempPathFactory, batch: int
) -> None:
    """A bare surname stored first joins the full name that comes later, in a batch or not."""
    ingest_many(database, _BARE_THEN_FULL, batch=batch)
    got = snapshot(database)
    assert got == _stored_one_by_one(_BARE_THEN_FULL, tmp_path_factory)
    assert [key for key, _, _ in got["speakers"]] == ["donald trump"]
    assert {row[-1] for row in got["quotes"]} == {"donald trump"}
    assert ("donald trump", "Trump", "trump") in got["aliases"]


def test_the_cache_resolves_as_the_registry_does(database: Database) -> None:
    """Surnames, keys, shared aliases, new people and ambiguity: the same grouping both ways."""
    refs = [
        SpeakerRef(name="Donald Trump", aliases=("Trump",)),
        SpeakerRef(name="Trump"),
        SpeakerRef(name="Joe Biden", aliases=("Biden", "US President Joe Biden")),
        SpeakerRef(name="Joseph R. Biden", aliases=("Biden",)),
        SpeakerRef(name="Biden", description="President"),
        SpeakerRef(name="Ivanka Trump"),
        SpeakerRef(name="Trump"),
        SpeakerRef(name="Mara Quill", description="Mayor of Ostvik"),
        SpeakerRef(name="Mara Quill", aliases=("Quill",)),
        SpeakerRef(name="Donald Trump Jr."),
        SpeakerRef(name="Joon Kim"),
        SpeakerRef(name="Kim"),
        SpeakerRef(name="Kim Jong Un"),
        SpeakerRef(name="Kim"),
    ]
    with database.write() as session:
        expected = [s.id if (s := resolve_speaker(session, r)) else None for r in refs]
        session.rollback()
    with database.write() as session:
        cache = RegistryCache()
        cache.refresh(session)
        got = [cache.speaker(session, r) for r in refs]
        renumbered = cache.flush(session)
        got = [renumbered.get(i, i) if i is not None else None for i in got]

    def grouping(ids: list[int | None]) -> list[int]:
        first: dict[int | None, int] = {}
        return [first.setdefault(i, n) for n, i in enumerate(ids)]

    assert grouping(got) == grouping(expected)
    assert grouping(got)[1] == 0  # "Trump" is Donald Trump while he is the only Trump
    assert grouping(got)[6] != 0  # and no longer once Ivanka Trump is stored
    with database.read() as session:
        descriptions = dict(session.execute(select(Speaker.name, Speaker.description)).all())
    assert descriptions["Mara Quill"] == "Mayor of Ostvik"
    assert descriptions["Joe Biden"] == "President"


def test_a_correction_made_between_batches_is_followed(database: Database) -> None:
    body = "“We will act,” {name} said on Monday, adding that costs rose 5 percent."
    ingest_many(
        database,
        [
            ArticleInput(text=body.format(name=n), source=n)
            for n in ("Dana Whitlock", "Peter Marsh")
        ],
    )
    with database.read() as session:
        ids = dict(session.execute(select(Speaker.name, Speaker.id)).all())
    assert set(ids) == {"Dana Whitlock", "Peter Marsh"}
    merge(database, [str(ids["Peter Marsh"])], str(ids["Dana Whitlock"]))
    ingest_many(
        database, [ArticleInput(text="Later. " + body.format(name="Peter Marsh"), source="x")]
    )
    with database.read() as session:
        speakers = set(session.scalars(select(Quote.speaker_id)))
    assert speakers == {ids["Dana Whitlock"]}


def test_concurrent_batch_ingests_make_one_speaker_and_one_article_per_text(
    database: Database,
) -> None:
    """Runs storing overlapping articles at once: no duplicate speaker, article or failure."""
    workers = 3
    barrier = threading.Barrier(workers)
    texts = [
        f"Report {n}.\n\n“We will act on item {n},” Senator Dana Whitlock said on Monday."
        for n in range(8)
    ]

    def work(worker: int) -> tuple[int, int]:
        barrier.wait()
        mine = texts[worker:] + texts[:worker]
        report = ingest_many(
            database, [ArticleInput(text=t, source=f"{worker}") for t in mine], batch=3
        )
        assert report.failures == []
        return report.stored, report.duplicates

    with ThreadPoolExecutor(workers) as pool:
        outcomes = list(pool.map(work, range(workers)))
    assert sum(stored for stored, _ in outcomes) == len(texts)
    with database.read() as session:
        assert list(session.scalars(select(Speaker.name))) == ["Dana Whitlock"]
        assert session.scalar(select(func.count()).select_from(Article)) == len(texts)
        assert session.scalar(select(func.count(func.distinct(Quote.speaker_id)))) == 1


def _raw_rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Quote and claim rows as the driver returns them (JSON as text, REAL or INTEGER), no ids."""
    found: dict[str, list[tuple[object, ...]]] = {}
    with database.read() as session:
        connection = session.connection()
        for table in ("quotes", "claims"):
            result = connection.exec_driver_sql(
                f"SELECT a.content_hash, t.* FROM {table} t JOIN articles a ON a.id = t.article_id"
            )
            keep = [i for i, name in enumerate(result.keys()) if not name.endswith("id")]
            found[table] = sorted((tuple(row[i] for i in keep) for row in result), key=repr)
    return found


@pytest.mark.usefixtures("cached_extraction")
def test_bulk_inserts_store_the_values_the_orm_stores(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows written with the driver's executemany hold what the ORM writes, value for value."""

    def refused(*_: object) -> None:
        raise AssertionError("the batch was refused and stored article by article")

    articles = corpus()[:4]
    with monkeypatch.context() as patch:
        patch.setattr(ingest_module._BatchStore, "_one", refused)
        ingest_many(database, articles)
    bulk = _raw_rows(database)
    with database.write() as session:
        for model in (Claim, Quote, Article, SpeakerAlias, Speaker, Outlet):
            session.execute(model.__table__.delete())
    for article in articles:
        ingest_article(database, article)
    assert bulk["quotes"] and bulk["claims"]
    assert _raw_rows(database) == bulk


def _said_by(monkeypatch: pytest.MonkeyPatch, speakers: dict[str, SpeakerRef]) -> None:
    """Extraction replaced by one quote per article, said by the speaker its text names."""

    def fake_extract(text: str) -> Extraction:
        who = speakers[text.split()[0]]
        return Extraction(quotes=(QuoteRecord(QuoteKind.DIRECT, "x", 0, 1, who, "said", "x", 0),))

    monkeypatch.setattr(ingest_module, "extract_article", fake_extract)


@pytest.mark.parametrize("batch", [1, 10])
def test_a_bare_surname_made_again_after_its_takeover_is_stored(
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    batch: int,
) -> None:
    """A bare surname taken over by a full name, then made anew once a second person of that
    surname is stored, in one batch: the old row is gone before the new one is written."""
    _said_by(
        monkeypatch,
        {
            "bare": SpeakerRef(name="Jones"),
            "alex": SpeakerRef(name="Alex Jones"),
            "doug": SpeakerRef(name="Doug Jones", aliases=("Jones",)),
        },
    )
    first = [ArticleInput(text="bare one", source="one")]
    later = [
        ArticleInput(text=f"{word} {n}", source=f"{word}-{n}")
        for n, word in enumerate(("alex", "doug", "bare"))
    ]
    ingest_many(database, first)

    def refused(*_: object) -> None:
        raise AssertionError("the batch was refused")

    monkeypatch.setattr(ingest_module._BatchStore, "_one", refused)
    report = ingest_many(database, later, batch=batch)
    assert report.failures == []
    got = snapshot(database)
    assert got == _stored_one_by_one(first + later, tmp_path_factory)
    assert [key for key, _, _ in got["speakers"]] == ["alex jones", "doug jones", "jones"]
    assert sorted(row[-1] for row in got["quotes"]) == [
        "alex jones",
        "alex jones",
        "doug jones",
        "jones",
    ]


def test_an_article_naming_a_bare_surname_and_its_full_name_is_stored(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One article whose first speaker is a stored bare surname and whose second is a new full
    name that takes it over: the first quote follows the full name (no deleted row is used)."""
    bare = SpeakerRef(name="Jones")
    full = SpeakerRef(name="Alex Jones")

    def fake_extract(text: str) -> Extraction:
        if text.startswith("bare"):
            return Extraction(
                quotes=(QuoteRecord(QuoteKind.DIRECT, "x", 0, 1, bare, "said", "x", 0),)
            )
        return Extraction(
            quotes=(
                QuoteRecord(QuoteKind.DIRECT, "x", 0, 1, bare, "said", "x", 0),
                QuoteRecord(QuoteKind.DIRECT, "y", 2, 3, full, "said", "y", 0),
            )
        )

    monkeypatch.setattr(ingest_module, "extract_article", fake_extract)
    ingest_article(database, ArticleInput(text="bare one", source="one"))
    ingest_article(database, ArticleInput(text="both x y", source="two"))
    with database.read() as session:
        keys = session.execute(
            select(Speaker.key).join(Quote, Quote.speaker_id == Speaker.id)
        ).scalars()
        assert sorted(keys) == ["alex jones", "alex jones", "alex jones"]
