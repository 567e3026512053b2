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
from typing import IO, Any

from sqlalchemy import DateTime, Select, String, func, literal_column, select, type_coerce
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
    # Exact type checks first: this runs for every cell of every row.
    kind = type(value)
    if kind is str or kind is int or kind is float:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=json_value)
    return json_value(value)


def _stream(database: Database, stmt: Select[Any]) -> Iterator[Sequence[Any]]:
    with database.read() as session:
        # Core execution (no ORM row processing) with yield_per: a server-side cursor on
        # PostgreSQL, batches of fetchmany on SQLite.
        result = session.connection().execute(stmt, execution_options={"yield_per": BATCH})
        yield from result


def _plain(column: Any) -> Any:
    # Enum columns read as plain strings: the same text, without converting each value to a
    # StrEnum and back, which costs more than the rest of the row's reading.
    return type_coerce(column, String)


def _utc(column: Any) -> Any:
    # Timestamps read by the plain DateTime type: the model's timezone-restoring decorator costs
    # a Python call per value, and _iso adds the zone that SQLite does not store.
    return type_coerce(column, DateTime(timezone=True))


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if value.tzinfo else value.isoformat() + "+00:00"


def _columns(**columns: Any) -> tuple[tuple[str, ...], Select[Any]]:
    """Record keys and a select of the matching columns, in the same order."""
    return tuple(columns), select(*columns.values())


def _keyed(database: Database, keys: Sequence[str], stmt: Select[Any]) -> Iterator[Record]:
    for row in _stream(database, stmt):
        yield dict(zip(keys, row, strict=True))


def iter_articles(database: Database) -> Iterator[Record]:
    """Every article with its outlet's name, in id order."""
    a = Article
    keys, stmt = _columns(
        id=a.id, external_id=a.external_id, outlet=Outlet.name, title=a.title, url=a.url,
        byline=a.byline, published=a.published, text=a.text, ingested_at=a.ingested_at,
    )  # fmt: skip
    stmt = stmt.outerjoin(Outlet, Outlet.id == a.outlet_id).order_by(a.id)
    return _keyed(database, keys, stmt)


def iter_quotes(database: Database) -> Iterator[Record]:
    """Every quote as `extract` prints it, plus its id, article, sentence, outlet and URL."""
    q = Quote
    keys, stmt = _columns(
        type=literal_column("'quote'"), id=q.id, article_id=q.article_id, kind=_plain(q.kind),
        text=q.text, start=q.start_offset, end=q.end_offset, speaker=Speaker.name,
        speaker_text=q.speaker_text, speaker_start=q.speaker_start, speaker_end=q.speaker_end,
        cue=q.cue, sentence=q.sentence, outlet=Outlet.name, url=Article.url,
    )  # fmt: skip
    stmt = (
        stmt.join(Article, Article.id == q.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == q.speaker_id)
        .order_by(q.id)
    )
    return _keyed(database, keys, stmt)


def iter_claims(database: Database) -> Iterator[Record]:
    """Every claim as `extract` prints it, plus its id, article, quote, outlet and URL."""
    c = Claim
    keys, stmt = _columns(
        type=literal_column("'claim'"), id=c.id, article_id=c.article_id, text=c.text,
        start=c.start_offset, end=c.end_offset, value=c.value, value_max=c.value_max,
        unit=c.unit, normalized_value=c.normalized_value,
        normalized_value_max=c.normalized_value_max, normalized_unit=c.normalized_unit,
        qualifier=_plain(c.qualifier), change=c.change, measures=c.measures,
        sentence=c.sentence, speaker=Speaker.name, quote_id=c.quote_id, outlet=Outlet.name,
        url=Article.url,
    )  # fmt: skip
    stmt = (
        stmt.join(Article, Article.id == c.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == c.speaker_id)
        .order_by(c.id)
    )
    return _keyed(database, keys, stmt)


def _side(quote: Any, claim: Any, link_quote: Any, link_claim: Any) -> dict[str, Any]:
    return {
        "id": func.coalesce(link_quote, link_claim),
        "article_id": func.coalesce(quote.article_id, claim.article_id),
        "text": func.coalesce(quote.text, claim.sentence),
    }


def iter_links(database: Database) -> Iterator[Record]:
    """Every link with both sides (a claim's text is its sentence) and its review state."""
    qa, qb, ca, cb = aliased(Quote), aliased(Quote), aliased(Claim), aliased(Claim)
    sides = {
        "a": _side(qa, ca, Link.a_quote_id, Link.a_claim_id),
        "b": _side(qb, cb, Link.b_quote_id, Link.b_claim_id),
    }
    _, stmt = _columns(
        id=Link.id, kind=_plain(Link.kind), relation=_plain(Link.relation), score=Link.score,
        status=_plain(Link.status), reviewer=Link.reviewer,
        decided_at=_utc(Link.decided_at), note=Link.note, evidence=Link.evidence,
        created_at=_utc(Link.created_at),
        **{f"{side}_{k}": col for side, cols in sides.items() for k, col in cols.items()},
    )  # fmt: skip
    stmt = (
        stmt.outerjoin(qa, qa.id == Link.a_quote_id)
        .outerjoin(ca, ca.id == Link.a_claim_id)
        .outerjoin(qb, qb.id == Link.b_quote_id)
        .outerjoin(cb, cb.id == Link.b_claim_id)
        .order_by(Link.id)
    )
    for r in _stream(database, stmt):
        yield {
            "id": r[0], "kind": r[1], "relation": r[2],
            "a": {"id": r[10], "article_id": r[11], "text": r[12]},
            "b": {"id": r[13], "article_id": r[14], "text": r[15]},
            "score": r[3], "status": r[4], "reviewer": r[5], "decided_at": _iso(r[6]),
            "note": r[7], "evidence": r[8], "created_at": _iso(r[9]),
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
        if type(value) is dict and key != "evidence":
            flat.update(flatten(value, f"{prefix}{key}_"))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def write_jsonl(records: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write one JSON object per line; return how many."""
    # One encoder for all records: json.dumps with options builds a new one per call.
    encode = json.JSONEncoder(ensure_ascii=False, default=json_value).encode
    count = 0
    for count, record in enumerate(records, start=1):  # noqa: B007 - count is the result
        out.write(encode(record) + "\n")
    return count


def write_csv(
    records: Iterable[Mapping[str, Any]], out: IO[str], columns: Sequence[str] | None = None
) -> int:
    """Write flattened records as CSV with a header (COLUMNS, or the first record's keys)."""
    writer = csv.writer(out, lineterminator="\n")
    header: list[str] | None = list(columns) if columns else None
    if header:
        writer.writerow(header)
    count = 0
    for count, record in enumerate(records, start=1):  # noqa: B007 - count is the result
        flat = flatten(record)
        if header is None:
            header = list(flat)
            writer.writerow(header)
        writer.writerow([csv_value(flat.get(name)) for name in header])
    return count


def write_records(records: Iterable[Mapping[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write RECORDS to OUT in FMT ("jsonl" or "csv"); return how many were written."""
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "csv":
        return write_csv(records, out)
    raise InputError(fmt, f"unknown format; choose one of {', '.join(FORMATS)}")
