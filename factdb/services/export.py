"""Streaming exports of articles, quotes, claims, links and clusters as JSONL or CSV records."""

# `write_export` (the CLI's path) reads rows from a raw DB-API cursor a batch at a time: a named,
# server-side cursor on PostgreSQL, read a batch ahead in a thread so that the server works while
# this process formats; a stepping cursor on SQLite. Each batch is converted a column at a time,
# by C functions where possible, formatted through one %-template per line and written as one
# string, so memory stays flat and a row costs few Python calls. The same data gives the same
# bytes on both backends: PostgreSQL sends timestamps as the UTC text SQLite stores, and all
# other formatting is Python's. `iter_records` gives the same records as dicts and
# `write_records` writes any records; the tests check that both paths give the same bytes.

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import math
import re
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from json.encoder import encode_basestring
from operator import itemgetter
from queue import Empty, Queue
from typing import IO, Any, Literal, Protocol

from sqlalchemy import Select, Text, case, cast, func, literal_column, select
from sqlalchemy.orm import aliased

from factdb.errors import DatabaseError, InputError, UnavailableError
from factdb.models import Article, Claim, Cluster, ClusterMember, Link, Outlet, Quote, Speaker
from factdb.services.database import Database

ENTITIES = ("articles", "quotes", "claims", "links", "clusters")
FORMATS = ("jsonl", "csv")
BATCH = 5000
"""Rows fetched from the database at a time."""

Record = dict[str, Any]
Row = Sequence[Any]
Batch = list[tuple[Any, ...]]
Kind = Literal["int", "float", "text", "date", "time", "json"]
"""How a column's values are written: numbers, strings, ISO dates, UTC timestamps, JSON."""


class TextSink(Protocol):
    """Where an export is written: an open text file, sys.stdout, io.StringIO."""

    def write(self, text: str, /) -> int:
        """Write TEXT."""
        ...


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


_encode_json = json.JSONEncoder(ensure_ascii=False, default=json_value).encode
_decode_json = json.JSONDecoder().decode
_PG_TIME = "YYYY-MM-DD HH24:MI:SS.US"
"""PostgreSQL's timestamps as text in UTC, as SQLite stores them: one formatter for both."""


def _utc_iso(value: datetime | str) -> str:
    """A timestamp as ISO 8601 in UTC, from stored UTC text or a driver's datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        # SQLite keeps UTC without a zone (see UTCDateTime).
        return value.isoformat() + "+00:00"
    return value.astimezone(UTC).isoformat()


def _date_iso(value: date | str) -> str:
    """A date as ISO 8601, from stored text or a driver's date."""
    if isinstance(value, str):
        return value if len(value) == 10 else date.fromisoformat(value).isoformat()
    return value.isoformat()


_JSON_OPEN = ("{", "[")


def _stored_json(text: str) -> bool:
    """Whether stored JSON TEXT is what re-encoding it would give, and so is written as is."""
    # factdb stores JSON as json.dumps writes it, on both backends. Without escapes (the one thing
    # ensure_ascii changes) decoding and re-encoding gives the same text back, at a cost greater
    # than the rest of a link's row; text with escapes, or not an object or array, is re-encoded.
    return text.startswith(_JSON_OPEN) and "\\" not in text


def _json_text(text: str) -> str:
    """Stored JSON TEXT as json.dumps(ensure_ascii=False) writes its value."""
    return _encode_json(_decode_json(text))


def _json_float(value: float) -> str:
    """A float as json.dumps writes it (NaN and the infinities by their JavaScript names)."""
    if math.isfinite(value):
        return repr(value)
    return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")


def _csv_specials() -> str:
    """The characters for which this Python's csv module quotes a field (CR: by version)."""
    found = ""
    for char in '",\n\r':
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow([char, ""])
        found += char if buffer.getvalue().startswith('"') else ""
    return found


_CSV_QUOTE = re.compile(f"[{re.escape(_csv_specials())}]")


def _csv_cell(text: str) -> str:
    """TEXT as one CSV cell, quoted exactly when the csv module would quote it."""
    return '"' + text.replace('"', '""') + '"' if _CSV_QUOTE.search(text) else text


# Column converters, applied to a whole column of a batch at once, so that a row costs no
# Python call: most columns take a fast branch (`None in column` is one C loop; strings go
# through C functions). JSONL ones give JSON text (ints as they are: %s writes them as
# json.dumps does), CSV ones cell text, record ones plain values.
Column = Sequence[Any]
Convert = Callable[[Column], Iterable[Any]]


def _times(column: Column, null: str | None, quote: str = "") -> list[str | None]:
    """Timestamps as ISO 8601 in UTC between QUOTEs, nulls as NULL."""
    # Stored text ("YYYY-MM-DD HH:MM:SS.ffffff", see _PG_TIME) is cut and pasted; anything else
    # goes through _utc_iso.
    tail = "+00:00" + quote
    return [
        null
        if v is None
        else quote + v[:10] + "T" + (v[11:19] if v.endswith(".000000") else v[11:]) + tail
        if type(v) is str and len(v) == 26
        else quote + _utc_iso(v) + quote
        for v in column
    ]


def _dates(column: Column, null: str | None, quote: str = "") -> list[str | None]:
    """Dates as ISO 8601 between QUOTEs, nulls as NULL."""
    return [null if v is None else quote + _date_iso(v) + quote for v in column]


def _jsonl_number(column: Column) -> Iterable[Any]:
    """Integers for JSON."""
    if None not in column:
        return column
    return ["null" if v is None else v for v in column]


def _jsonl_float(column: Column) -> Iterable[Any]:
    """Floats for JSON."""
    # %s writes a float as repr() does, as json.dumps does, if it is finite; a sum is finite
    # only if every term is (or overflows, which only costs the slow branch). v - v is 0 for
    # finite numbers only.
    if None not in column and math.isfinite(sum(column)):
        return column
    return ["null" if v is None else repr(v) if v - v == 0 else _json_float(v) for v in column]


def _jsonl_text(column: Column) -> Iterable[Any]:
    """Strings as JSON strings."""
    if None not in column:
        return map(encode_basestring, column)
    return ["null" if v is None else encode_basestring(v) for v in column]


def _jsonl_json(column: Column) -> Iterable[Any]:
    """Stored JSON for JSON."""
    # _stored_json, inline: this runs for every link.
    return [
        "null" if v is None else v if v.startswith(_JSON_OPEN) and "\\" not in v else _json_text(v)
        for v in column
    ]


def _csv_number(column: Column) -> Iterable[Any]:
    """Numbers for CSV (and anything that needs no quotes), nulls empty."""
    if None not in column:
        return column
    return ["" if v is None else v for v in column]


def _csv_text(column: Column) -> Iterable[Any]:
    """Strings as CSV cells."""
    # One search of the whole column finds most batches needing no quotes at all.
    if None not in column and not _CSV_QUOTE.search("".join(column)):
        return column
    return ["" if v is None else _csv_cell(v) for v in column]


def _csv_json(column: Column) -> Iterable[Any]:
    """Stored JSON as CSV cells, as csv_value writes its value."""
    return [
        "" if v is None else _csv_cell(v if _stored_json(v) else str(csv_value(_decode_json(v))))
        for v in column
    ]


def _record_json(column: Column) -> Iterable[Any]:
    """Stored JSON as values."""
    return [None if v is None else _decode_json(v) for v in column]


# ISO dates and timestamps need neither escapes in JSON nor quotes in CSV.
JSONL: dict[Kind, Convert] = {
    "int": _jsonl_number,
    "float": _jsonl_float,
    "text": _jsonl_text,
    "date": lambda column: _dates(column, "null", '"'),
    "time": lambda column: _times(column, "null", '"'),
    "json": _jsonl_json,
}
CSV: dict[Kind, Convert] = {
    "int": _csv_number,
    "float": _csv_number,  # %s writes a float as repr() does, as the csv module does
    "text": _csv_text,
    "date": lambda column: _dates(column, ""),
    "time": lambda column: _times(column, ""),
    "json": _csv_json,
}
RECORD: dict[Kind, Convert] = {
    "date": lambda column: _dates(column, None),
    "time": lambda column: _times(column, None),
    "json": _record_json,
}


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
            return func.to_char(func.timezone("UTC", self.column), _PG_TIME)
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
        postgres = _is_postgres(database)
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
    """Q joined to each quote's or claim's article, outlet and speaker, in id order."""
    return (
        q.join(Article, Article.id == item.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == item.speaker_id)
        .order_by(item.id)
    )


def _quotes() -> Table:
    """Quotes as `extract` prints them, plus id, article, sentence, outlet and URL."""
    q = Quote
    fields = (
        Field("type", literal_column("'quote'")), Field("id", q.id, "int"),
        Field("article_id", q.article_id, "int"), Field("kind", q.kind), Field("text", q.text),
        Field("start", q.start_offset, "int"), Field("end", q.end_offset, "int"),
        Field("speaker", Speaker.name), Field("speaker_text", q.speaker_text),
        Field("speaker_start", q.speaker_start, "int"),
        Field("speaker_end", q.speaker_end, "int"), Field("cue", q.cue),
        Field("sentence", q.sentence), Field("outlet", Outlet.name), Field("url", Article.url),
    )  # fmt: skip
    return Table(fields, lambda s: _items_of(s, Quote))


def _claims() -> Table:
    """Claims as `extract` prints them, plus id, article, quote, outlet and URL."""
    c = Claim
    fields = (
        Field("type", literal_column("'claim'")), Field("id", c.id, "int"),
        Field("article_id", c.article_id, "int"), Field("text", c.text),
        Field("start", c.start_offset, "int"), Field("end", c.end_offset, "int"),
        Field("value", c.value, "float"), Field("value_max", c.value_max, "float"),
        Field("unit", c.unit), Field("normalized_value", c.normalized_value, "float"),
        Field("normalized_value_max", c.normalized_value_max, "float"),
        Field("normalized_unit", c.normalized_unit), Field("qualifier", c.qualifier),
        Field("change", c.change), Field("measures", c.measures),
        Field("sentence", c.sentence), Field("speaker", Speaker.name),
        Field("quote_id", c.quote_id, "int"), Field("outlet", Outlet.name),
        Field("url", Article.url),
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


def _batches(database: Database, query: Select[Any]) -> Generator[Batch, None, None]:
    """QUERY's rows, BATCH at a time, from a raw DB-API cursor that streams them."""
    with database.read() as session:
        connection = session.connection()
        dialect = connection.dialect
        # No user input reaches these queries: literal binds keep the SQL driver-neutral.
        sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        raw = connection.connection.driver_connection
        assert raw is not None
        # psycopg streams only through a named (server-side) cursor; SQLite's cursor steps.
        named = dialect.driver in ("psycopg", "psycopg2")
        cursor = raw.cursor(name="factdb_export") if named else raw.cursor()
        try:
            cursor.execute(sql)
            while rows := cursor.fetchmany(BATCH):
                yield rows
        except dialect.loaded_dbapi.Error as exc:
            lines = str(exc).strip().splitlines()
            raise DatabaseError(f"export failed: {lines[0] if lines else exc!r}") from exc
        finally:
            cursor.close()


def _stream(database: Database, query: Select[Any]) -> Iterator[Batch]:
    """QUERY's rows a batch at a time; on PostgreSQL, fetched a batch ahead in a thread."""
    batches = _batches(database, query)
    # The server works on the next batch while this thread formats the last one. SQLite works
    # in this process and mostly holds the GIL: a thread there costs more than it saves.
    return _read_ahead(batches) if _is_postgres(database) else batches


def _is_postgres(database: Database) -> bool:
    """Whether DATABASE is PostgreSQL (else SQLite)."""
    return database.engine.dialect.name == "postgresql"


@dataclasses.dataclass(frozen=True, slots=True)
class _Failed:
    """An exception raised while reading ahead, to be raised again in the caller's thread."""

    error: BaseException


_DONE = object()


def _read_ahead(batches: Generator[Batch, None, None]) -> Iterator[Batch]:
    """BATCHES read one ahead in a thread, handed over as the caller asks for them."""
    queue: Queue[Any] = Queue(maxsize=1)
    stop = threading.Event()

    def read() -> None:
        """Put each batch, then _DONE, on the queue; an error is put for the caller to raise."""
        try:
            for batch in batches:
                queue.put(batch)
                if stop.is_set():
                    break
        except BaseException as error:  # raised again in the caller's thread
            queue.put(_Failed(error))
        finally:
            # The cursor and its session are closed in the thread that opened them.
            batches.close()
            queue.put(_DONE)

    reader = threading.Thread(target=read, name="factdb-export-read", daemon=True)
    reader.start()
    try:
        while (item := queue.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        while reader.is_alive():  # a reader blocked on a full queue needs room to finish
            with contextlib.suppress(Empty):
                queue.get(timeout=0.05)
        reader.join()


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
    header = [",".join(_csv_cell(f.name) for f in fields) + "\n"]

    def csv_lines(rows: Sequence[Row]) -> str:
        """ROWS as CSV lines."""
        # The header comes with the first row: an empty table gives an empty file.
        head = header.pop() if header else ""
        return head + "".join(map(line.__mod__, _convert(fields, rows, CSV)))

    return csv_lines


# Clusters: one row per member, cut into batches that hold whole clusters, put in the cluster
# service's order (quotes first, then claims, each by id), converted a column at a time like the
# tables, then grouped. The records are those of factdb.services.clusters.ClusterRecord.as_dict.
_MEMBER_KEYS = ("id", "article_id", "text", "outlet", "published", "speaker")
_MEMBER_JSONL = "{" + ", ".join(f'"{k}": %s' for k in _MEMBER_KEYS) + "}"
_CLUSTER_JSONL = (
    '{"id": %s, "kind": %s, "size": %s, "members": [%s], "first_appearance": %s, '
    '"outlets": %s, "speakers": %s}\n'
)
_CLUSTER_CSV = "%s,%s,%s,%s,%s,%s,%s\n"
_CLUSTER_HEADER = (
    "id,kind,size,members,"
    + ",".join(f"first_appearance_{k}" for k in _MEMBER_KEYS)
    + ",outlets,speakers\n"
)
_NO_MEMBER_CSV = "," * (len(_MEMBER_KEYS) - 1)
_MEMBER_ORDER = itemgetter(0, 8, 2)
"""Cluster, then quotes before claims, then item id: the order of the cluster service."""


def _cluster_query(database: Database) -> Select[Any]:
    """One row per cluster member (one of nulls for a cluster without any), by cluster."""
    m = ClusterMember
    item_id = func.coalesce(m.quote_id, m.claim_id)
    article_id = func.coalesce(Quote.article_id, Claim.article_id)
    published = Field("published", Article.published, "date").selected(_is_postgres(database))
    return (
        select(
            Cluster.id,
            Cluster.kind,
            item_id,
            article_id,
            func.coalesce(Quote.text, Claim.sentence),
            Article.outlet_id,
            published,
            func.coalesce(Quote.speaker_id, Claim.speaker_id),
            case((m.quote_id.is_(None), 1), else_=0),
        )
        .select_from(Cluster)
        .outerjoin(m, m.cluster_id == Cluster.id)
        .outerjoin(Quote, Quote.id == m.quote_id)
        .outerjoin(Claim, Claim.id == m.claim_id)
        .outerjoin(Article, Article.id == article_id)
        # Members are put in order in Python: a sort per cluster costs the server more.
        .order_by(Cluster.id)
    )


def _names_by_id(database: Database, table: type[Outlet] | type[Speaker]) -> dict[int, str]:
    """Every outlet's or speaker's name by id (a few thousand names at most)."""
    # Looked up in Python: a join per member row costs the server more than the rest of it.
    with database.read() as session:
        return {row.id: row.name for row in session.execute(select(table.id, table.name))}


def _whole_clusters(batches: Iterable[Batch]) -> Iterator[Batch]:
    """BATCHES re-cut so that no cluster's rows are split between two of them."""
    carry: Batch = []
    for rows in batches:
        cut, last = len(rows), rows[-1][0]
        while cut and rows[cut - 1][0] == last:
            cut -= 1
        if cut:
            yield carry + rows[:cut]
            carry = rows[cut:]
        else:
            carry += rows
    if carry:
        yield carry


_UNDATED = ("\U0010ffff",)
"""The first-appearance key of an undated member: after every date."""


class _NameLists(dict[tuple[str | None, ...], str]):
    """A cluster's members' distinct names, sorted, as a JSON array (or its CSV cell), memoised."""

    def __init__(self, csv: bool) -> None:
        """An empty memo, of CSV cells if CSV."""
        super().__init__()
        self.csv = csv

    def __missing__(self, names: tuple[str | None, ...]) -> str:
        """The list of NAMES, memoised (a few outlets and speakers make most combinations)."""
        if len(self) >= 10_000:
            self.clear()
        listed = ", ".join(map(encode_basestring, sorted({n for n in names if n})))
        self[names] = text = _csv_cell(f"[{listed}]") if self.csv else f"[{listed}]"
        return text


class _ClusterLines:
    """Batches of whole clusters' rows (see _cluster_query) as JSONL or CSV lines."""

    def __init__(self, database: Database, fmt: str) -> None:
        """Lines in FMT, with DATABASE's outlets' and speakers' names."""
        self.csv = fmt == "csv"
        self.outlets = _names_by_id(database, Outlet)
        self.speakers = _names_by_id(database, Speaker)
        self.lists = _NameLists(self.csv)

    def __call__(self, rows: Batch) -> tuple[int, str]:
        """The lines of the clusters in ROWS, and how many clusters."""
        rows.sort(key=_MEMBER_ORDER)
        columns = zip(*rows, strict=True)
        cid, kind, item, article, text, outlet_id, published, speaker_id, _ = columns
        outlet = tuple(map(self.outlets.get, outlet_id))
        speaker = tuple(map(self.speakers.get, speaker_id))
        day = _dates(published, None)
        docs = list(
            map(
                _MEMBER_JSONL.__mod__,
                zip(
                    _jsonl_number(item), _jsonl_number(article), _jsonl_text(text),
                    _jsonl_text(outlet), ["null" if d is None else f'"{d}"' for d in day],
                    _jsonl_text(speaker), strict=True,
                ),
            )
        )  # fmt: skip
        # The first appearance is the member with the least key (ties: the earlier member).
        keys = [
            _UNDATED if d is None else (d, a, i) for d, a, i in zip(day, article, item, strict=True)
        ]
        ends = [i for i in range(1, len(rows)) if cid[i] != cid[i - 1]]
        ends.append(len(rows))
        if self.csv:
            # Member objects inside the quoted members cell; a member's first_appearance cells.
            docs = [d.replace('"', '""') for d in docs]
            firsts = list(
                map(
                    "%s,%s,%s,%s,%s,%s".__mod__,
                    zip(
                        _csv_number(item), _csv_number(article), _csv_text(text),
                        _csv_text(outlet), _csv_number(day), _csv_text(speaker), strict=True,
                    ),
                )
            )  # fmt: skip
        kinds = list(_csv_text(kind) if self.csv else _jsonl_text(kind))
        lists = self.lists
        lines = []
        start = 0
        for end in ends:
            # A cluster without members is one row of nulls.
            size = end - start if item[start] is not None else 0
            cluster_keys = keys[start:end]
            first = start + cluster_keys.index(min(cluster_keys)) if size else None
            listed = ", ".join(docs[start : start + size])
            names = (lists[outlet[start:end]], lists[speaker[start:end]])
            if self.csv:
                members = f'"[{listed}]"' if size else "[]"
                first_cells = _NO_MEMBER_CSV if first is None else firsts[first]
                values = (cid[start], kinds[start], size, members, first_cells, *names)
                lines.append(_CLUSTER_CSV % values)
            else:
                first_doc = "null" if first is None else docs[first]
                values = (cid[start], kinds[start], size, listed, first_doc, *names)
                lines.append(_CLUSTER_JSONL % values)
            start = end
        return len(ends), "".join(lines)


def _write_clusters(database: Database, fmt: str, out: TextSink) -> int:
    """Write every cluster to OUT as FMT, in id order; return how many."""
    lines = _ClusterLines(database, fmt)
    count = 0
    for rows in _whole_clusters(_stream(database, _cluster_query(database))):
        clusters, text = lines(rows)
        # The CSV header comes with the first row: no clusters give an empty file.
        out.write((_CLUSTER_HEADER if fmt == "csv" and count == 0 else "") + text)
        count += clusters
    return count


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
        return _write_clusters(database, fmt, out)
    table = TABLES[entity]()
    lines = _lines(table.fields, fmt)
    count = 0
    for rows in _stream(database, table.query(database)):
        out.write(lines(rows))
        count += len(rows)
    return count


def _table_records(database: Database, table: Table) -> Iterator[Record]:
    """TABLE's rows as records, nested by group."""
    keys = [f.key for f in table.fields]
    groups = [f.group for f in table.fields]
    for rows in _batches(database, table.query(database)):
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
        out.write(_encode_json(record) + "\n")
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
