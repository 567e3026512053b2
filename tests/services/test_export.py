"""Streaming exports: the record shapes CLI.md promises, CSV flattening, batches, clusters."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from factdb.errors import UnavailableError
from factdb.extract.records import Qualifier, QuoteKind, SpeakerKind
from factdb.models import Article, Claim, Cluster, ClusterMember, Link, Outlet, Quote, Speaker
from factdb.services import export
from factdb.services.database import Database
from factdb.vocab import LinkKind, LinkStatus, Relation

EXTRACT_QUOTE_FIELDS = {"kind", "text", "start", "end", "speaker", "speaker_text"}
EXTRACT_QUOTE_FIELDS |= {"speaker_start", "speaker_end", "cue"}
EXTRACT_CLAIM_FIELDS = {"text", "start", "end", "value", "value_max", "unit", "normalized_value"}
EXTRACT_CLAIM_FIELDS |= {"normalized_unit", "qualifier", "measures", "sentence", "speaker"}
DECIDED = datetime(2026, 3, 7, 9, 30, tzinfo=UTC)


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
                     decided_at=DECIDED, evidence={"token_set": 100}),
                Link(id=2, kind=LinkKind.CLAIM, relation=Relation.CONFLICT, a_claim_id=1,
                     b_claim_id=2, score=80.0, evidence={}),
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
    monkeypatch.setattr(export, "BATCH", 4)
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
