"""Streaming exports: the record shapes CLI.md promises, CSV flattening, batches, clusters, and
the same bytes from the fast path as from the records, and from SQLite as from PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import literal_column, text
from sqlalchemy.engine import make_url

from factdb.errors import DatabaseError, UnavailableError
from factdb.extract.records import Qualifier, QuoteKind, SpeakerKind
from factdb.models import Article, Claim, Cluster, ClusterMember, Link, Outlet, Quote, Speaker
from factdb.services import export
from factdb.services.database import Database
from factdb.services.export import cursor as export_stream
from factdb.vocab import LinkKind, LinkStatus, Relation
from tests.conftest import PostgresFactory

EXTRACT_QUOTE_FIELDS = {"kind", "text", "start", "end", "speaker", "speaker_text"}
EXTRACT_QUOTE_FIELDS |= {"speaker_start", "speaker_end", "cue"}
EXTRACT_CLAIM_FIELDS = {"text", "start", "end", "value", "value_max", "unit", "normalized_value"}
EXTRACT_CLAIM_FIELDS |= {"normalized_unit", "qualifier", "measures", "sentence", "speaker"}
DECIDED = datetime(2026, 3, 7, 9, 30, tzinfo=UTC)
CREATED = datetime(2026, 3, 6, 18, 5, 1, 250000, tzinfo=UTC)


def _article(aid: int, outlet: int, text: str) -> Article:
    return Article(
        id=aid,
        outlet_id=outlet,
        external_id=f"ext-{aid}",
        title=f"Title {aid}",
        url=f"https://example.org/{aid}",
        published=date(2026, 3, 1) + timedelta(days=aid + 1),
        text=text,
        content_hash=f"{aid:064d}",
    )


def _quote(qid: int, article: int) -> Quote:
    return Quote(
        id=qid,
        article_id=article,
        speaker_id=1,
        kind=QuoteKind.DIRECT,
        text="We will not move",
        start_offset=1,
        end_offset=17,
        speaker_text="she",
        speaker_start=20,
        speaker_end=23,
        cue="said",
        sentence="“We will not move,” she said.",
        sentence_start=0,
    )


def _claim(cid: int, article: int, value: float) -> Claim:
    return Claim(
        id=cid,
        article_id=article,
        quote_id=cid,
        speaker_id=1,
        text=f"{value:g} percent",
        start_offset=10,
        end_offset=20,
        value=value,
        unit="percent",
        normalized_value=value,
        normalized_unit="percent",
        qualifier=Qualifier.APPROX,
        measures="pay offer",
        sentence=f"They offered about {value:g} percent.",
        sentence_start=0,
    )


@pytest.fixture
def filled(database: Database) -> Database:
    """Two articles, a quote and a claim in each, a quote link, a claim link and a cluster."""
    with database.write() as s:
        s.add_all([Outlet(id=1, name="Harbour Ledger"), Outlet(id=2, name="Meridian Wire")])
        s.add(Speaker(id=1, name="Lena Okafor", kind=SpeakerKind.PERSON))
        s.flush()
        s.add_all([_article(1, 1, "First text."), _article(2, 2, "Second text.")])
        s.flush()
        s.add_all([_quote(1, 1), _quote(2, 2)])
        s.flush()
        s.add_all([_claim(1, 1, 5.5), _claim(2, 2, 6.0)])
        s.flush()
        s.add_all(
            [
                Link(id=1, kind=LinkKind.QUOTE, relation=Relation.SAME, a_quote_id=1,
                     b_quote_id=2, score=99.5, status=LinkStatus.CONFIRMED, reviewer="ana",
                     decided_at=DECIDED, evidence={"token_set": 100}, created_at=CREATED),
                Link(id=2, kind=LinkKind.CLAIM, relation=Relation.CONFLICT, a_claim_id=1,
                     b_claim_id=2, score=80.0, evidence={}, created_at=CREATED),
            ]
        )  # fmt: skip
        s.add(
            Cluster(id=1, kind=LinkKind.QUOTE, members=[ClusterMember(quote_id=q) for q in (1, 2)])
        )
    return database


def _records(database: Database, entity: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    export.write_records(export.iter_records(database, entity), "jsonl", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_article_records(filled: Database) -> None:
    first = _records(filled, "articles")[0]
    assert first | {"ingested_at": None} == {
        "id": 1,
        "external_id": "ext-1",
        "outlet": "Harbour Ledger",
        "title": "Title 1",
        "url": "https://example.org/1",
        "byline": None,
        "published": "2026-03-03",
        "text": "First text.",
        "ingested_at": None,
    }


def test_quote_records_have_the_fields_of_extract(filled: Database) -> None:
    quotes = _records(filled, "quotes")
    assert [q["id"] for q in quotes] == [1, 2] and [q["article_id"] for q in quotes] == [1, 2]
    assert set(quotes[0]) >= EXTRACT_QUOTE_FIELDS
    assert quotes[0]["type"] == "quote" and quotes[0]["kind"] == "direct"
    assert (quotes[0]["start"], quotes[0]["end"], quotes[0]["speaker"]) == (1, 17, "Lena Okafor")
    assert (quotes[0]["speaker_start"], quotes[0]["speaker_end"], quotes[0]["cue"]) == (
        20,
        23,
        "said",
    )


def test_claim_records_have_the_fields_of_extract(filled: Database) -> None:
    claim = _records(filled, "claims")[0]
    assert set(claim) >= EXTRACT_CLAIM_FIELDS
    assert claim["value"] == 5.5 and claim["value_max"] is None
    assert claim["qualifier"] == "approx" and claim["normalized_unit"] == "percent"
    assert (claim["id"], claim["article_id"], claim["quote_id"]) == (1, 1, 1)


@pytest.mark.parametrize("entity", ["quotes", "claims"])
def test_statements_carry_date_outlet_speaker_and_cluster(filled: Database, entity: str) -> None:
    first, second = _records(filled, entity)
    where = ("published", "outlet", "speaker_id", "cluster_id")
    cluster = 1 if entity == "quotes" else None  # the fixture's one cluster holds the quotes
    assert [first[k] for k in where] == ["2026-03-03", "Harbour Ledger", 1, cluster]
    assert [second[k] for k in where] == ["2026-03-04", "Meridian Wire", 1, cluster]


def test_link_records_nest_both_sides(filled: Database) -> None:
    quote_link, claim_link = _records(filled, "links")
    assert quote_link["kind"] == "quote" and quote_link["relation"] == "same"
    assert quote_link["a"] == {"id": 1, "article_id": 1, "text": "We will not move"}
    assert quote_link["status"] == "confirmed" and quote_link["reviewer"] == "ana"
    assert quote_link["decided_at"] == "2026-03-07T09:30:00+00:00"
    assert quote_link["score"] == 99.5 and quote_link["evidence"] == {"token_set": 100}
    # A claim's text is its sentence.
    assert claim_link["b"] == {"id": 2, "article_id": 2, "text": "They offered about 6 percent."}
    assert claim_link["status"] == "pending" and claim_link["decided_at"] is None


def test_csv_flattens_nested_fields(filled: Database) -> None:
    out = io.StringIO()
    count = export.write_records(export.iter_records(filled, "links"), "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == 2 and len(rows) == 2
    assert {"a_id", "a_article_id", "a_text", "b_id", "b_article_id", "b_text"} <= set(rows[0])
    assert rows[0]["a_text"] == "We will not move" and rows[1]["reviewer"] == ""
    assert json.loads(rows[0]["evidence"]) == {"token_set": 100}


def test_rows_are_read_in_batches_in_id_order(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with filled.write() as s:
        s.add_all(_article(aid, 1, f"Text {aid}.") for aid in range(3, 40))
    monkeypatch.setattr(export_stream, "BATCH", 4)
    assert [a["id"] for a in _records(filled, "articles")] == list(range(1, 40))


def test_clusters_come_from_the_cluster_service(filled: Database) -> None:
    (cluster,) = _records(filled, "clusters")
    assert cluster["id"] == 1 and cluster["kind"] == "quote"
    assert [m["id"] for m in cluster["members"]] == [1, 2]
    assert cluster["outlets"] == ["Harbour Ledger", "Meridian Wire"]


def test_clusters_unavailable_without_the_cluster_service(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "factdb.services.clusters", None)
    with pytest.raises(UnavailableError, match="clusters arrive with the review issue"):
        export.iter_records(database, "clusters")


def test_values_for_json_and_csv() -> None:
    assert export.json_value(date(2026, 3, 5)) == "2026-03-05"
    assert export.csv_value(None) == "" and export.csv_value(True) == "true"
    assert export.csv_value(["a", 1]) == '["a", 1]'
    assert export.flatten({"a": {"id": 1, "b": {"c": 2}}, "evidence": {"x": 1}}) == {
        "a_id": 1,
        "a_b_c": 2,
        "evidence": {"x": 1},
    }


# What the exports of `filled` looked like before the fast path: the format is kept byte for byte.
FILLED_LINKS_JSONL = (
    '{"id": 1, "kind": "quote", "relation": "same", '
    '"a": {"id": 1, "article_id": 1, "text": "We will not move"}, '
    '"b": {"id": 2, "article_id": 2, "text": "We will not move"}, "score": 99.5, '
    '"status": "confirmed", "reviewer": "ana", "decided_at": "2026-03-07T09:30:00+00:00", '
    '"note": null, "evidence": {"token_set": 100}, '
    '"created_at": "2026-03-06T18:05:01.250000+00:00"}\n'
    '{"id": 2, "kind": "claim", "relation": "conflict", '
    '"a": {"id": 1, "article_id": 1, "text": "They offered about 5.5 percent."}, '
    '"b": {"id": 2, "article_id": 2, "text": "They offered about 6 percent."}, "score": 80.0, '
    '"status": "pending", "reviewer": null, "decided_at": null, "note": null, "evidence": {}, '
    '"created_at": "2026-03-06T18:05:01.250000+00:00"}\n'
)
FILLED_LINKS_CSV = (
    "id,kind,relation,a_id,a_article_id,a_text,b_id,b_article_id,b_text,score,status,reviewer,"
    "decided_at,note,evidence,created_at\n"
    "1,quote,same,1,1,We will not move,2,2,We will not move,99.5,confirmed,ana,"
    '2026-03-07T09:30:00+00:00,,"{""token_set"": 100}",2026-03-06T18:05:01.250000+00:00\n'
    "2,claim,conflict,1,1,They offered about 5.5 percent.,2,2,They offered about 6 percent.,"
    "80.0,pending,,,,{},2026-03-06T18:05:01.250000+00:00\n"
)
FILLED_QUOTES_CSV_FIRST = (
    "quote,1,1,direct,We will not move,1,17,Lena Okafor,she,20,23,said,"
    '"\u201cWe will not move,\u201d she said.",Harbour Ledger,https://example.org/1,,,,'
    ",2026-03-03,1,1"
)


def _export(database: Database, entity: str, fmt: str) -> str:
    out = io.StringIO()
    count = export.write_export(database, entity, fmt, out)
    assert count == len(list(export.iter_records(database, entity)))
    return out.getvalue()


def _from_records(database: Database, entity: str, fmt: str) -> str:
    out = io.StringIO()
    export.write_records(export.iter_records(database, entity), fmt, out)
    return out.getvalue()


def test_the_fast_path_keeps_the_format(filled: Database) -> None:
    assert _export(filled, "links", "jsonl") == FILLED_LINKS_JSONL
    assert _export(filled, "links", "csv") == FILLED_LINKS_CSV
    assert _export(filled, "quotes", "csv").splitlines()[1] == FILLED_QUOTES_CSV_FIRST


@pytest.mark.parametrize("fmt", export.FORMATS)
@pytest.mark.parametrize("entity", export.ENTITIES)
def test_the_fast_path_writes_the_records(filled: Database, entity: str, fmt: str) -> None:
    assert _export(filled, entity, fmt) == _from_records(filled, entity, fmt)


@pytest.mark.parametrize("entity", export.ENTITIES)
def test_batch_boundaries_change_nothing(
    filled: Database, monkeypatch: pytest.MonkeyPatch, entity: str
) -> None:
    whole = {fmt: _export(filled, entity, fmt) for fmt in export.FORMATS}
    monkeypatch.setattr(export_stream, "BATCH", 1)
    assert {fmt: _export(filled, entity, fmt) for fmt in export.FORMATS} == whole


class _FullDisk:
    """A sink that fails on every write."""

    def write(self, text: str) -> int:
        """Fail."""
        raise OSError("no space left on device")


@pytest.mark.parametrize("entity", ["links", "clusters"])
def test_a_failed_write_stops_the_export_and_frees_the_database(
    filled: Database, monkeypatch: pytest.MonkeyPatch, entity: str
) -> None:
    monkeypatch.setattr(export_stream, "BATCH", 1)
    with pytest.raises(OSError, match="no space left"):
        export.write_export(filled, entity, "jsonl", _FullDisk())
    assert _export(filled, entity, "jsonl") == _from_records(filled, entity, "jsonl")


def test_a_failing_query_is_a_database_error(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    column = export.Field("id", literal_column("no_such_column"), "int")
    broken = export.Table((column,), lambda query: query.select_from(Article))
    monkeypatch.setitem(export.TABLES, "articles", lambda: broken)
    with pytest.raises(DatabaseError, match=r"export failed: .*no_such_column"):
        export.write_export(database, "articles", "jsonl", io.StringIO())


def test_an_empty_table_exports_nothing(database: Database) -> None:
    for entity in export.ENTITIES:
        for fmt in export.FORMATS:
            assert _export(database, entity, fmt) == ""


# Values that formatting gets wrong first: quotes, commas and line breaks for CSV, non-ASCII and
# control characters for JSON, nulls, large and non-finite floats, microseconds, time zones.
AWKWARD = 'She said: "Prices, “rose”,\nby 5%" — \\ done\t\x01'
EVIDENCE_ESCAPED: dict[str, Any] = {
    "reason": "même texte",
    "values": [1.5, None, "x"],
    "scorers": {"r": 87.5},
}
EVIDENCE_PLAIN: dict[str, Any] = {
    "scorers": {"ratio": 18.6, "token_set_ratio": 100.0},
    "values": [],
    "gap": None,
}
PLUS_TWO = timezone(timedelta(hours=2))


def _fill_awkward(database: Database) -> None:
    with database.write() as s:
        s.add_all([Outlet(id=1, name="Harbour Ledger"), Outlet(id=2, name="Ñandú, Times")])
        s.add(Speaker(id=1, name="Lena Okafor", kind=SpeakerKind.PERSON))
        s.flush()
        for aid, outlet, published in (
            (1, 1, date(2026, 3, 2)),
            (2, 2, None),
            (3, None, date(25, 12, 31)),
        ):
            s.add(
                Article(
                    id=aid,
                    outlet_id=outlet,
                    external_id=None if aid == 2 else f"e{aid}",
                    title=AWKWARD if aid == 1 else None,
                    url=None,
                    byline="A, B",
                    published=published,
                    text=AWKWARD,
                    content_hash=f"{aid:064d}",
                    ingested_at=datetime(2026, 3, 7, 10, 30, 0, 123456, tzinfo=PLUS_TWO),
                )
            )
        s.flush()
        for qid in (1, 2, 3):
            quote = _quote(qid, qid)
            quote.text = AWKWARD if qid == 1 else quote.text
            quote.speaker_id = 1 if qid == 1 else None
            quote.speaker_start = None if qid == 2 else 20
            quote.cue = None if qid == 3 else "said"
            s.add(quote)
        s.flush()
        for cid, value, value_max in ((1, 0.1, 1e20), (2, -3.5, float("inf")), (3, 1e-7, None)):
            claim = _claim(cid, cid, value)
            claim.value_max = value_max
            claim.normalized_value = 123456789.123 if cid == 1 else value
            claim.quote_id = None if cid == 2 else cid
            claim.speaker_id = None if cid == 3 else 1
            claim.unit = "€" if cid == 1 else None
            claim.change = "rise" if cid == 2 else None
            claim.sentence = AWKWARD if cid == 2 else claim.sentence
            s.add(claim)
        s.flush()
        s.add_all(
            [
                Link(id=1, kind=LinkKind.QUOTE, relation=Relation.SAME, a_quote_id=1,
                     b_quote_id=2, score=99.5, status=LinkStatus.CONFIRMED, reviewer="ana",
                     decided_at=datetime(2026, 3, 7, 9, 30, 0, 500, tzinfo=PLUS_TWO),
                     note='a "note", with a comma', evidence=EVIDENCE_ESCAPED,
                     created_at=datetime(2026, 3, 6, tzinfo=UTC)),
                Link(id=2, kind=LinkKind.CLAIM, relation=Relation.CONFLICT, a_claim_id=1,
                     b_claim_id=3, score=0.0, evidence={},
                     created_at=datetime(2026, 3, 6, 23, 59, 59, tzinfo=UTC)),
                Link(id=3, kind=LinkKind.QUOTE, relation=Relation.SAME, a_quote_id=2,
                     b_quote_id=3, score=33.333333333333336, status=LinkStatus.REJECTED,
                     reviewer="bo", decided_at=DECIDED, evidence={"tab": "a\tb"},
                     created_at=CREATED),
                Link(id=4, kind=LinkKind.CLAIM, relation=Relation.SAME, a_claim_id=2,
                     b_claim_id=3, score=100.0, evidence=EVIDENCE_PLAIN, created_at=CREATED),
            ]
        )  # fmt: skip
        s.flush()
        # A quote cluster, a mixed one (quotes come first) with a tie for first appearance, and
        # one left without members.
        s.add(
            Cluster(id=1, kind=LinkKind.QUOTE, members=[ClusterMember(quote_id=q) for q in (2, 1)])
        )
        s.add(Cluster(id=2, kind=LinkKind.CLAIM, members=[
            ClusterMember(claim_id=3), ClusterMember(claim_id=1), ClusterMember(quote_id=3),
            ClusterMember(claim_id=2)]))  # fmt: skip
        s.add(Cluster(id=3, kind=LinkKind.CLAIM))


@pytest.fixture
def twins(
    tmp_path: Path, sqlite_template: Path, pg_factory: PostgresFactory | None
) -> Iterator[tuple[Database, Database]]:
    """The same awkward data in a SQLite and a PostgreSQL database."""
    if pg_factory is None:
        pytest.skip("PostgreSQL not available: set FACTDB_TEST_PG_URL to a server URL")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite")
    pg_url = pg_factory.new()
    # A session time zone other than UTC: timestamps must still be written in UTC.
    with pg_factory.admin.connect() as conn:
        name = make_url(pg_url).database
        conn.execute(text(f"ALTER DATABASE \"{name}\" SET timezone TO 'America/St_Johns'"))
    pair = (Database.open(f"sqlite:///{tmp_path / 'twin.sqlite'}"), Database.open(pg_url))
    try:
        for database in pair:
            _fill_awkward(database)
        yield pair
    finally:
        for database in pair:
            database.close()


@pytest.mark.postgres
@pytest.mark.parametrize("fmt", export.FORMATS)
@pytest.mark.parametrize("entity", export.ENTITIES)
def test_sqlite_and_postgres_give_the_same_bytes(
    twins: tuple[Database, Database], entity: str, fmt: str
) -> None:
    sqlite, postgres = twins
    written = _export(sqlite, entity, fmt)
    assert written == _export(postgres, entity, fmt)
    assert written == _from_records(sqlite, entity, fmt) == _from_records(postgres, entity, fmt)


@pytest.mark.postgres
def test_awkward_values_are_written_faithfully(twins: tuple[Database, Database]) -> None:
    _, postgres = twins
    links = [json.loads(line) for line in _export(postgres, "links", "jsonl").splitlines()]
    assert links[0]["evidence"] == EVIDENCE_ESCAPED and links[3]["evidence"] == EVIDENCE_PLAIN
    assert "même" in _export(postgres, "links", "jsonl")  # not \u-escaped
    assert links[0]["decided_at"] == "2026-03-07T07:30:00.000500+00:00"
    assert links[1]["created_at"] == "2026-03-06T23:59:59+00:00"
    assert links[0]["note"] == 'a "note", with a comma'
    claims = list(csv.DictReader(io.StringIO(_export(postgres, "claims", "csv"))))
    # an infinity (stored before claims were checked) is written as no value, as JSON must
    assert [c["value_max"] for c in claims] == ["1e+20", "", ""]
    assert claims[1]["sentence"] == AWKWARD
    (article, *_) = _records(postgres, "articles")
    assert article["ingested_at"] == "2026-03-07T08:30:00.123456+00:00"
    assert article["title"] == AWKWARD and article["published"] == "2026-03-02"
    assert _records(postgres, "claims")[1]["value_max"] is None
    clusters = _records(postgres, "clusters")
    assert [[m["id"] for m in c["members"]] for c in clusters] == [[1, 2], [3, 1, 2, 3], []]
    # Quote 3 and claim 3 tie (same article, same id): the earlier member wins, as in the service.
    assert clusters[1]["first_appearance"]["text"] == "We will not move"
    assert clusters[1]["first_appearance"]["published"] == "0025-12-31"
    assert clusters[2]["first_appearance"] is None
