"""Streaming exports of articles, quotes, claims, links and clusters as JSONL or CSV records."""

# `write_export` (the CLI's path) reads rows a batch at a time (`cursor`), converts each
# batch a column at a time, by C functions where possible (`values`), formats it through
# one %-template per line and writes it as one string, so memory stays flat and a row costs few
# Python calls. The same data gives the same bytes on both backends: PostgreSQL sends timestamps
# as the UTC text SQLite stores, and all other formatting is Python's. `iter_records` gives the
# same records as dicts and `write_records` writes any records; the tests check that both paths
# give the same bytes.

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from json.encoder import encode_basestring
from typing import IO, Any

from sqlalchemy import Select, Text, cast, func, literal_column, select
from sqlalchemy.orm import aliased

from factdb.errors import InputError, UnavailableError
from factdb.models import Article, Claim, ClusterMember, Link, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.services.export.clusters import write_clusters
from factdb.services.export.cursor import Row, TextSink, batches, is_postgres, stream
from factdb.services.export.values import (
    CSV,
    JSONL,
    PG_TIME,
    RECORD,
    Convert,
    Kind,
    csv_cell,
    csv_value,
    encode_json,
    json_value,
)
from factdb.vocab import EXPORT_ENTITIES, TEXT_EXPORT_FORMATS

__all__ = [
    "ENTITIES",
    "FORMATS",
    "TABLES",
    "Field",
    "Table",
    "TextSink",
    "check_export",
    "csv_value",
    "flatten",
    "iter_records",
    "json_value",
    "write_csv",
    "write_export",
    "write_jsonl",
    "write_records",
]

ENTITIES = EXPORT_ENTITIES
FORMATS = TEXT_EXPORT_FORMATS

Record = dict[str, Any]


@dataclasses.dataclass(frozen=True, slots=True)
class Field:
    """One exported value: its key (inside GROUP's object when nested), column and kind."""

    key: str
    column: Any
    kind: Kind = "text"
    group: str | None = None

    @property
    def name(self) -> str:
        """The CSV column name: nested keys are prefixed with their group ("a_id")."""
        return f"{self.group}_{self.key}" if self.group else self.key

    def selected(self, postgres: bool) -> Any:
        """The column as selected: JSON as its stored text, PostgreSQL's times as UTC text."""
        if self.kind == "json":
            # psycopg would parse it, at a cost greater than the whole row.
            return cast(self.column, Text)
        if postgres and self.kind == "time":
            return func.to_char(func.timezone("UTC", self.column), PG_TIME)
        if postgres and self.kind == "date":
            return func.to_char(self.column, "YYYY-MM-DD")
        return self.column


@dataclasses.dataclass(frozen=True, slots=True)
class Table:
    """An exported entity: its fields in output order, and the joins and order of its query."""

    fields: tuple[Field, ...]
    shape: Callable[[Select[Any]], Select[Any]]

    def __post_init__(self) -> None:
        """Check that a group's fields are contiguous: the JSONL template nests them together."""
        groups = [f.group for f in self.fields]
        for group in set(groups) - {None}:
            first, last = groups.index(group), len(groups) - groups[::-1].index(group)
            assert groups[first:last] == [group] * (last - first), f"{group} is split"

    def query(self, database: Database) -> Select[Any]:
        """The query of the fields' columns, in order, for DATABASE's backend."""
        postgres = is_postgres(database)
        return self.shape(select(*(f.selected(postgres) for f in self.fields)))


def _articles() -> Table:
    """Articles with their outlet's name."""
    a = Article
    fields = (
        Field("id", a.id, "int"), Field("external_id", a.external_id),
        Field("outlet", Outlet.name), Field("title", a.title), Field("url", a.url),
        Field("byline", a.byline), Field("published", a.published, "date"),
        Field("text", a.text), Field("ingested_at", a.ingested_at, "time"),
    )  # fmt: skip
    return Table(fields, lambda q: q.outerjoin(Outlet, Outlet.id == a.outlet_id).order_by(a.id))


def _items_of(q: Select[Any], item: type[Quote] | type[Claim]) -> Select[Any]:
    """Q joined to each quote's or claim's article, outlet, speaker and cluster, in id order."""
    member = ClusterMember.quote_id if item is Quote else ClusterMember.claim_id
    return (
        q.join(Article, Article.id == item.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == item.speaker_id)
        .outerjoin(ClusterMember, member == item.id)
        .order_by(item.id)
    )


def _where_and_who(item: type[Quote] | type[Claim]) -> tuple[Field, ...]:
    """The fields every quote and claim record ends with: its date, speaker id and cluster."""
    return (
        Field("published", Article.published, "date"),
        Field("speaker_id", item.speaker_id, "int"),
        Field("cluster_id", ClusterMember.cluster_id, "int"),
    )


def _quotes() -> Table:
    """Quotes as `extract` prints them, plus id, article, sentence, outlet, URL, date, speaker id
    and cluster."""
    q = Quote
    fields = (
        Field("type", literal_column("'quote'")), Field("id", q.id, "int"),
        Field("article_id", q.article_id, "int"), Field("kind", q.kind), Field("text", q.text),
        Field("start", q.start_offset, "int"), Field("end", q.end_offset, "int"),
        Field("speaker", Speaker.name), Field("speaker_text", q.speaker_text),
        Field("speaker_start", q.speaker_start, "int"),
        Field("speaker_end", q.speaker_end, "int"), Field("cue", q.cue),
        Field("sentence", q.sentence), Field("outlet", Outlet.name), Field("url", Article.url),
        Field("speaker_name", q.speaker_name), Field("attribution", q.attribution),
        Field("confidence", q.confidence, "float"), Field("anonymous", q.anonymous),
        *_where_and_who(q),
    )  # fmt: skip
    return Table(fields, lambda s: _items_of(s, Quote))


def _claims() -> Table:
    """Claims as `extract` prints them, plus id, article, quote, outlet, URL, date, speaker id
    and cluster."""
    c = Claim
    fields = (
        Field("type", literal_column("'claim'")), Field("id", c.id, "int"),
        Field("article_id", c.article_id, "int"), Field("text", c.text),
        Field("start", c.start_offset, "int"), Field("end", c.end_offset, "int"),
        Field("value", c.value, "float"), Field("value_max", c.value_max, "float"),
        Field("unit", c.unit), Field("normalized_value", c.normalized_value, "float"),
        Field("normalized_value_max", c.normalized_value_max, "float"),
        Field("normalized_unit", c.normalized_unit), Field("qualifier", c.qualifier),
        Field("change", c.change), Field("kind", c.kind), Field("measures", c.measures),
        Field("sentence", c.sentence), Field("speaker", Speaker.name),
        Field("quote_id", c.quote_id, "int"), Field("outlet", Outlet.name),
        Field("url", Article.url), *_where_and_who(c),
    )  # fmt: skip
    return Table(fields, lambda s: _items_of(s, Claim))


def _links() -> Table:
    """Links with both sides (a claim's text is its sentence) and their review state."""
    qa, qb, ca, cb = aliased(Quote), aliased(Quote), aliased(Claim), aliased(Claim)
    sides = []
    for side, quote, claim, quote_id, claim_id in (
        ("a", qa, ca, Link.a_quote_id, Link.a_claim_id),
        ("b", qb, cb, Link.b_quote_id, Link.b_claim_id),
    ):
        sides += [
            Field("id", func.coalesce(quote_id, claim_id), "int", side),
            Field("article_id", func.coalesce(quote.article_id, claim.article_id), "int", side),
            Field("text", func.coalesce(quote.text, claim.sentence), "text", side),
        ]
    fields = (
        Field("id", Link.id, "int"), Field("kind", Link.kind), Field("relation", Link.relation),
        *sides, Field("score", Link.score, "float"), Field("status", Link.status),
        Field("reviewer", Link.reviewer), Field("decided_at", Link.decided_at, "time"),
        Field("note", Link.note), Field("evidence", Link.evidence, "json"),
        Field("created_at", Link.created_at, "time"),
    )  # fmt: skip
    return Table(
        fields,
        lambda q: (
            q.outerjoin(qa, qa.id == Link.a_quote_id)
            .outerjoin(ca, ca.id == Link.a_claim_id)
            .outerjoin(qb, qb.id == Link.b_quote_id)
            .outerjoin(cb, cb.id == Link.b_claim_id)
            .order_by(Link.id)
        ),
    )


TABLES: dict[str, Callable[[], Table]] = {
    "articles": _articles,
    "quotes": _quotes,
    "claims": _claims,
    "links": _links,
}


def _nest(fields: Sequence[Field]) -> dict[str, Any]:
    """Keys as nested dicts, in field order: a field's value is None, a group's a dict."""
    tree: dict[str, Any] = {}
    for f in fields:
        (tree.setdefault(f.group, {}) if f.group else tree)[f.key] = None
    return tree


def _jsonl_template(fields: Sequence[Field]) -> str:
    """One JSONL line as a %-template: keys, nesting and separators fixed, %s for each value."""

    def render(node: dict[str, Any]) -> str:
        """NODE's keys and slots as a JSON object."""
        items = (
            f"{encode_basestring(k).replace('%', '%%')}: {'%s' if v is None else render(v)}"
            for k, v in node.items()
        )
        return "{" + ", ".join(items) + "}"

    return render(_nest(fields)) + "\n"


def _convert(fields: Sequence[Field], rows: Sequence[Row], table: Mapping[Kind, Convert]) -> Any:
    """ROWS with each column converted by TABLE's converter for its kind (if it has one)."""
    columns: list[Iterable[Any]] = list(zip(*rows, strict=True))
    for i, f in enumerate(fields):
        convert = table.get(f.kind)
        if convert is not None:
            columns[i] = convert(columns[i])  # type: ignore[arg-type]
    return zip(*columns, strict=True)


def _lines(fields: Sequence[Field], fmt: str) -> Callable[[Sequence[Row]], str]:
    """A function from a batch of rows to their JSONL or CSV lines (the CSV header first)."""
    if fmt == "jsonl":
        jsonl = _jsonl_template(fields).__mod__
        return lambda rows: "".join(map(jsonl, _convert(fields, rows, JSONL)))
    line = ",".join(["%s"] * len(fields)) + "\n"
    header = [",".join(csv_cell(f.name) for f in fields) + "\n"]

    def csv_lines(rows: Sequence[Row]) -> str:
        """ROWS as CSV lines."""
        # The header comes with the first row: an empty table gives an empty file.
        head = header.pop() if header else ""
        return head + "".join(map(line.__mod__, _convert(fields, rows, CSV)))

    return csv_lines


def _check_format(fmt: str) -> None:
    """Refuse an unknown FMT."""
    if fmt not in FORMATS:
        raise InputError(fmt, f"unknown format; choose one of {', '.join(FORMATS)}")


def _check_entity(entity: str) -> None:
    """Refuse an unknown ENTITY, or clusters without the cluster service."""
    if entity not in ENTITIES:
        raise InputError(entity, f"cannot export; choose one of {', '.join(ENTITIES)}")
    if entity == "clusters":
        _cluster_service()


def check_export(entity: str, fmt: str) -> None:
    """Raise the error that exporting ENTITY as FMT would raise before writing anything."""
    _check_entity(entity)
    _check_format(fmt)


def _cluster_service() -> Callable[[Database], Iterator[Any]]:
    """The cluster service's iter_clusters, or UnavailableError."""
    # The cluster service arrives with the review work; import it only when asked for.
    try:
        from factdb.services.clusters import iter_clusters
    except ImportError as exc:
        raise UnavailableError("clusters arrive with the review issue") from exc
    return iter_clusters


def write_export(database: Database, entity: str, fmt: str, out: TextSink) -> int:
    """Write every ENTITY record of DATABASE to OUT as FMT, in id order; return how many."""
    check_export(entity, fmt)
    if entity == "clusters":
        return write_clusters(database, fmt, out)
    table = TABLES[entity]()
    lines = _lines(table.fields, fmt)
    count = 0
    for rows in stream(database, table.query(database)):
        out.write(lines(rows))
        count += len(rows)
    return count


def _table_records(database: Database, table: Table) -> Iterator[Record]:
    """TABLE's rows as records, nested by group."""
    keys = [f.key for f in table.fields]
    groups = [f.group for f in table.fields]
    for rows in batches(database, table.query(database)):
        for row in _convert(table.fields, rows, RECORD):
            record: Record = {}
            for key, group, value in zip(keys, groups, row, strict=True):
                (record.setdefault(group, {}) if group else record)[key] = value
            yield record


def iter_records(database: Database, entity: str) -> Iterator[Record]:
    """The records of ENTITY (one of ENTITIES) as dicts, streamed from DATABASE in id order."""
    _check_entity(entity)
    if entity == "clusters":
        return (_as_record(c) for c in _cluster_service()(database))
    return _table_records(database, TABLES[entity]())


def _as_record(item: Any) -> Record:
    """A record (or dataclass, or mapping) as a dict."""
    if hasattr(item, "as_dict"):
        return dict(item.as_dict())
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    if isinstance(item, Mapping):
        return dict(item)
    raise TypeError(f"cannot export a {type(item).__name__} as a record")


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
    count = 0
    for count, record in enumerate(records, start=1):  # noqa: B007 - count is the result
        out.write(encode_json(record) + "\n")
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
    _check_format(fmt)
    if fmt == "jsonl":
        return write_jsonl(records, out)
    return write_csv(records, out)
