"""Streaming exports of articles, quotes, claims, links and clusters as JSONL or CSV records.

Rows are read through a server-side cursor (PostgreSQL) or a stepping SQLite cursor a batch at a
time and written as they arrive, so memory stays flat however many rows there are.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

from sqlalchemy import Select, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import aliased

from factdb.errors import InputError, UnavailableError
from factdb.models import Article, Claim, Link, Outlet, Quote, Speaker
from factdb.services.database import Database

ENTITIES = ("articles", "quotes", "claims", "links", "clusters")
FORMATS = ("jsonl", "csv")
BATCH = 2000
"""Rows fetched from the database at a time."""

Record = dict[str, Any]


def json_value(value: Any) -> Any:
    """VALUE as something json.dumps can write: dates as ISO strings, decimals as numbers."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def csv_value(value: Any) -> Any:
    """VALUE as one CSV cell: empty for null, JSON for lists and objects, ISO for dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=json_value)
    return json_value(value)


def _stream(database: Database, stmt: Select[Any]) -> Iterator[Row[Any]]:
    with database.read() as session:
        # Core execution (no ORM row processing) with yield_per: a server-side cursor on
        # PostgreSQL, batches of fetchmany on SQLite.
        result = session.connection().execute(stmt, execution_options={"yield_per": BATCH})
        yield from result


def iter_articles(database: Database) -> Iterator[Record]:
    """Every article with its outlet, in id order."""
    stmt = (
        select(Article, Outlet.name)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .order_by(Article.id)
    )
    stmt = select(
        Article.id, Article.external_id, Outlet.name, Article.title, Article.url,
        Article.byline, Article.published, Article.text, Article.ingested_at,
    ).outerjoin(Outlet, Outlet.id == Article.outlet_id).order_by(Article.id)  # fmt: skip
    for r in _stream(database, stmt):
        yield {
            "id": r[0], "external_id": r[1], "outlet": r[2], "title": r[3], "url": r[4],
            "byline": r[5], "published": r[6], "text": r[7], "ingested_at": r[8],
        }  # fmt: skip


def iter_quotes(database: Database) -> Iterator[Record]:
    """Every quote as `extract` prints it, plus its id, article, sentence, outlet and URL."""
    q = Quote
    stmt = (
        select(
            q.id, q.article_id, q.kind, q.text, q.start_offset, q.end_offset, Speaker.name,
            q.speaker_text, q.speaker_start, q.speaker_end, q.cue, q.sentence, Outlet.name,
            Article.url,
        )  # fmt: skip
        .join(Article, Article.id == q.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == q.speaker_id)
        .order_by(q.id)
    )
    for r in _stream(database, stmt):
        yield {
            "type": "quote", "id": r[0], "article_id": r[1], "kind": r[2], "text": r[3],
            "start": r[4], "end": r[5], "speaker": r[6], "speaker_text": r[7],
            "speaker_start": r[8], "speaker_end": r[9], "cue": r[10], "sentence": r[11],
            "outlet": r[12], "url": r[13],
        }  # fmt: skip


def iter_claims(database: Database) -> Iterator[Record]:
    """Every claim as `extract` prints it, plus its id, article, quote, outlet and URL."""
    c = Claim
    stmt = (
        select(
            c.id, c.article_id, c.text, c.start_offset, c.end_offset, c.value, c.value_max,
            c.unit, c.normalized_value, c.normalized_value_max, c.normalized_unit, c.qualifier,
            c.change, c.measures, c.sentence, Speaker.name, c.quote_id, Outlet.name, Article.url,
        )  # fmt: skip
        .join(Article, Article.id == c.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == c.speaker_id)
        .order_by(c.id)
    )
    for r in _stream(database, stmt):
        yield {
            "type": "claim", "id": r[0], "article_id": r[1], "text": r[2], "start": r[3],
            "end": r[4], "value": r[5], "value_max": r[6], "unit": r[7],
            "normalized_value": r[8], "normalized_value_max": r[9], "normalized_unit": r[10],
            "qualifier": r[11], "change": r[12], "measures": r[13], "sentence": r[14],
            "speaker": r[15], "quote_id": r[16], "outlet": r[17], "url": r[18],
        }  # fmt: skip


def _links_select() -> Select[Any]:
    qa, qb, ca, cb = aliased(Quote), aliased(Quote), aliased(Claim), aliased(Claim)
    return (
        select(
            Link.id, Link.kind, Link.relation, Link.score, Link.status, Link.reviewer,
            Link.decided_at, Link.note, Link.evidence, Link.created_at,
            func.coalesce(Link.a_quote_id, Link.a_claim_id),
            func.coalesce(qa.article_id, ca.article_id),
            func.coalesce(qa.text, ca.sentence),
            func.coalesce(Link.b_quote_id, Link.b_claim_id),
            func.coalesce(qb.article_id, cb.article_id),
            func.coalesce(qb.text, cb.sentence),
        )  # fmt: skip
        .outerjoin(qa, qa.id == Link.a_quote_id)
        .outerjoin(ca, ca.id == Link.a_claim_id)
        .outerjoin(qb, qb.id == Link.b_quote_id)
        .outerjoin(cb, cb.id == Link.b_claim_id)
        .order_by(Link.id)
    )


def iter_links(database: Database) -> Iterator[Record]:
    """Every link with both sides (a claim's text is its sentence) and its review state."""
    for r in _stream(database, _links_select()):
        yield {
            "id": r[0], "kind": r[1], "relation": r[2],
            "a": {"id": r[10], "article_id": r[11], "text": r[12]},
            "b": {"id": r[13], "article_id": r[14], "text": r[15]},
            "score": r[3], "status": r[4], "reviewer": r[5], "decided_at": r[6],
            "note": r[7], "evidence": r[8], "created_at": r[9],
        }  # fmt: skip


def iter_clusters(database: Database) -> Iterator[Record]:
    """Every cluster with its members, first appearance, outlets and speakers."""
    # The cluster service arrives with the review work; import it only when asked for.
    try:
        from factdb.services.clusters import iter_clusters as cluster_records
    except ImportError as exc:
        raise UnavailableError("clusters arrive with the review issue") from exc
    return (_as_record(c) for c in cluster_records(database))


def _as_record(item: Any) -> Record:
    if hasattr(item, "as_dict"):
        return dict(item.as_dict())
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    if isinstance(item, Mapping):
        return dict(item)
    raise TypeError(f"cannot export a {type(item).__name__} as a record")


EXPORTERS: dict[str, Callable[[Database], Iterator[Record]]] = {
    "articles": iter_articles,
    "quotes": iter_quotes,
    "claims": iter_claims,
    "links": iter_links,
    "clusters": iter_clusters,
}


def iter_records(database: Database, entity: str) -> Iterator[Record]:
    """The records of ENTITY (one of ENTITIES), streamed from DATABASE."""
    try:
        exporter = EXPORTERS[entity]
    except KeyError:
        raise InputError(entity, f"cannot export; choose one of {', '.join(ENTITIES)}") from None
    return exporter(database)


def flatten(record: Mapping[str, Any], prefix: str = "") -> Record:
    """A nested record as one level: {"a": {"id": 1}} becomes {"a_id": 1}; lists stay whole."""
    flat: Record = {}
    for key, value in record.items():
        if isinstance(value, Mapping) and key != "evidence":
            flat.update(flatten(value, f"{prefix}{key}_"))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one JSON object per line; return how many."""
    count = 0
    dumps = json.dumps
    for count, record in enumerate(records, start=1):  # noqa: B007 - count is the result
        out.write(dumps(record, ensure_ascii=False, default=json_value) + "\n")
    return count


def write_csv(
    records: Iterable[Mapping[str, Any]], out: TextIO, columns: Sequence[str] | None = None
) -> int:
    """Write flattened records as CSV with a header (COLUMNS, or the first record's keys)."""
    writer: csv.writer | None = None  # type: ignore[valid-type]
    count = 0
    for count, record in enumerate(records, start=1):  # noqa: B007 - count is the result
        flat = flatten(record)
        if writer is None:
            writer = csv.writer(out, lineterminator="\n")
            header = list(columns or flat)
            writer.writerow(header)
        writer.writerow([csv_value(flat.get(name)) for name in header])
    if writer is None and columns:
        csv.writer(out, lineterminator="\n").writerow(columns)
    return count


def write_records(records: Iterable[Mapping[str, Any]], fmt: str, out: TextIO) -> int:
    """Write RECORDS to OUT in FMT ("jsonl" or "csv"); return how many were written."""
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return write_csv(records, out)
    raise InputError(fmt, f"unknown format; choose one of {', '.join(FORMATS)}")
