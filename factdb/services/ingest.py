"""Storing articles with everything extracted from them, whole or not at all.

`ingest_article` stores one article in a transaction of its own. `ingest_many` stores an
archive: batches of articles, each in one transaction, written with bulk inserts and with
speakers and outlets resolved against `RegistryCache`, while worker processes extract the next
batches. A batch the database refuses is rolled back and its articles stored one at a time, so
a bad article still fails alone and leaves no rows.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, inspect, select, text
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from factdb.errors import InputError
from factdb.extract import Extraction, SpeakerRef, extract_article
from factdb.extract.text.links import without_links
from factdb.models import Article, Claim, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.services.locks import guard_article
from factdb.services.prepare import (
    NAME_MAX,
    Prepared,
    RowLimits,
    attribution,
    prepare_texts,
    prepared,
)
from factdb.services.registry_cache import RegistryCache
from factdb.services.speakers import resolve_speaker
from factdb.services.validate import check_article, check_rows, check_values, column_limits
from factdb.sources import ArticleInput, content_hash

_SOURCE_MAX = NAME_MAX
_ATTEMPTS = 2
BATCH = 200
"""Articles stored in one transaction by `ingest_many`."""


class Outcome(StrEnum):
    """What happened to one article."""

    STORED = "stored"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class IngestResult:
    """One article's outcome and what was stored for it."""

    source: str
    outcome: Outcome
    article_id: int
    quotes: int = 0
    claims: int = 0


@dataclass(slots=True)
class IngestReport:
    """The totals of an ingest run and every unit that failed."""

    stored: int = 0
    duplicates: int = 0
    quotes: int = 0
    claims: int = 0
    failures: list[InputError] = field(default_factory=list)

    def add(self, result: IngestResult | InputError) -> None:
        """Count one article's result."""
        if isinstance(result, InputError):
            self.failures.append(result)
        elif result.outcome is Outcome.DUPLICATE:
            self.duplicates += 1
        else:
            self.stored += 1
            self.quotes += result.quotes
            self.claims += result.claims


def ingest_article(database: Database, article: ArticleInput) -> IngestResult:
    """Store ARTICLE and its quotes and claims whole, or nothing if it is already stored.

    An article the database would refuse raises InputError before anything is written; each
    article is written in a transaction of its own, so a refusal never reaches the next.
    """
    check_article(article)
    digest = content_hash(article.text)
    article = unlinked_article(article)
    with database.read() as session:
        existing = _find_by_hash(session, digest)
    if existing is not None:
        return IngestResult(article.source, Outcome.DUPLICATE, existing)
    return _store_article(database, article, digest, _extract(article))


def _store_article(
    database: Database, article: ArticleInput, digest: str, extraction: Extraction
) -> IngestResult:
    """Store one extracted article in a transaction of its own (or find it stored)."""
    for attempt in range(_ATTEMPTS):
        try:
            with database.write() as session:
                guard_article(session)
                existing = _find_by_hash(session, digest)
                if existing is not None:
                    return IngestResult(article.source, Outcome.DUPLICATE, existing)
                article_id = _stored(session, article, digest, extraction)
            break
        except IntegrityError as exc:
            # Another process may have stored the same text, or created the same outlet,
            # between our check and our commit: look again, then try once more.
            with database.read() as session:
                existing = _find_by_hash(session, digest)
            if existing is not None:
                return IngestResult(article.source, Outcome.DUPLICATE, existing)
            if attempt == _ATTEMPTS - 1:
                reason = str(exc.orig).strip().splitlines()[0]
                raise InputError(article.source, f"cannot be stored ({reason})") from exc
    return IngestResult(
        article.source,
        Outcome.STORED,
        article_id,
        quotes=len(extraction.quotes),
        claims=len(extraction.claims),
    )


def ingest_many(
    database: Database,
    items: Iterable[ArticleInput | InputError],
    *,
    on_result: Callable[[IngestResult | InputError], None] | None = None,
    workers: int = 1,
    batch: int = BATCH,
) -> IngestReport:
    """Ingest every article of ITEMS; a failing one is reported and the others still stored.

    Articles are stored BATCH at a time, each batch in one transaction (`_BatchStore`), with
    the text extracted in WORKERS processes (1: in this one) while the previous batch is
    stored. Results come in the order of ITEMS. A batch the database refuses is stored again
    one article at a time, so a bad article fails alone and stores nothing.
    """
    report = IngestReport()
    store = _BatchStore(database)
    with _Extractor(workers) as extractor:
        chunks = _chunks(database, items, max(1, batch))
        for chunk in extractor.run(chunks):
            for result in store.store(chunk):
                report.add(result)
                if on_result is not None:
                    on_result(result)
    return report


def unlinked_article(article: ArticleInput) -> ArticleInput:
    """ARTICLE without outlets' inline link text (``text.links``): the text stored and extracted.

    The content hash stays that of the text as read, so an article stored before the link text
    was left out is still found as a duplicate.
    """
    text = without_links(article.text)
    return article if text is article.text else replace(article, text=text)


def _extract(article: ArticleInput) -> Extraction:
    try:
        return extract_article(article.text)
    except Exception as exc:
        raise InputError(
            article.source, f"extraction failed ({type(exc).__name__}: {exc})"
        ) from exc


def _stored(session: Session, article: ArticleInput, digest: str, extraction: Extraction) -> int:
    """`_store`, with anything else the database refuses reported as this article's failure."""
    try:
        return _store(session, article, digest, extraction)
    except DataError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise InputError(article.source, f"the database refused it ({reason})") from exc


def _find_by_hash(session: Session, digest: str) -> int | None:
    return session.scalar(select(Article.id).where(Article.content_hash == digest))


def _outlet(session: Session, name: str | None) -> Outlet | None:
    if not name:
        return None
    name = name.strip()[:255]
    found = session.scalar(select(Outlet).where(Outlet.name == name))
    if found is None:
        found = Outlet(name=name)
        session.add(found)
    return found


def _store(session: Session, article: ArticleInput, digest: str, extraction: Extraction) -> int:
    row = Article(
        outlet=_outlet(session, article.outlet),
        external_id=article.external_id,
        title=article.title,
        url=article.url,
        byline=article.byline,
        published=article.published,
        text=article.text,
        content_hash=digest,
        source=article.source[-_SOURCE_MAX:],
    )
    session.add(row)
    speakers = _SpeakerCache(session)
    for ref in [q.speaker for q in extraction.quotes] + [c.speaker for c in extraction.claims]:
        speakers.get(ref)  # all first: a later full name may take over an earlier bare surname
    quotes = [
        Quote(
            article=row,
            speaker=speakers.get(q.speaker),
            kind=q.kind,
            text=q.text,
            start_offset=q.start,
            end_offset=q.end,
            speaker_text=q.speaker.text[:255] if q.speaker and q.speaker.text else None,
            speaker_start=q.speaker.start if q.speaker else None,
            speaker_end=q.speaker.end if q.speaker else None,
            cue=q.cue[:64] if q.cue else None,
            sentence=q.sentence,
            sentence_start=q.sentence_start,
            **attribution(q),
        )
        for q in extraction.quotes
    ]
    session.add_all(quotes)
    session.add_all(
        Claim(
            article=row,
            quote=quotes[c.quote_index] if c.quote_index is not None else None,
            speaker=speakers.get(c.speaker),
            text=c.text,
            start_offset=c.start,
            end_offset=c.end,
            value=c.value,
            value_max=c.value_max,
            unit=c.unit,
            normalized_value=c.normalized_value,
            normalized_value_max=c.normalized_value_max,
            normalized_unit=c.normalized_unit,
            qualifier=c.qualifier,
            base=c.base[:64] if c.base else None,
            change=c.change,
            kind=c.kind,
            measures=c.measures,
            sentence=c.sentence,
            sentence_start=c.sentence_start,
            conversions=[{"text": v.text, "value": v.value, "unit": v.unit} for v in c.conversions],
        )
        for c in extraction.claims
    )
    check_rows(session.new, article.source)
    session.flush()
    return row.id


class _SpeakerCache:
    """One stored speaker per canonical name within an article."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._seen: dict[tuple[str, str], Speaker | None] = {}

    def get(self, ref: SpeakerRef | None) -> Speaker | None:
        if ref is None:
            return None
        key = (ref.name, str(ref.kind))
        speaker = self._seen.get(key)
        if key not in self._seen or (speaker is not None and inspect(speaker).deleted):
            # New, or a bare surname that a full name met since took over: asked again.
            speaker = self._seen[key] = resolve_speaker(self._session, ref)
        return speaker


# -- many articles at once ---------------------------------------------------------------------

_AHEAD = 2
"""Batches extracted ahead of the one being stored, with worker processes."""
_POOL_MIN = 16
"""Articles to extract in one chunk for worker processes to be worth starting."""


@dataclass(slots=True)
class _Item:
    """An article on its way: its hash, what was found stored, its rows or failure."""

    article: ArticleInput
    digest: str
    existing: int | None = None
    prepared: Prepared | None = None
    error: InputError | None = None


_Chunk = list[_Item | InputError]


def _chunks(
    database: Database, items: Iterable[ArticleInput | InputError], size: int
) -> Iterator[_Chunk]:
    """ITEMS in chunks of SIZE, each article checked, hashed and looked up among those stored."""
    chunk: _Chunk = []
    for item in items:
        if isinstance(item, ArticleInput):
            try:
                check_article(item)
            except InputError as exc:
                chunk.append(exc)
            else:
                chunk.append(_Item(unlinked_article(item), content_hash(item.text)))
        else:
            chunk.append(item)
        if len(chunk) >= size:
            yield _looked_up(database, chunk)
            chunk = []
    if chunk:
        yield _looked_up(database, chunk)


def _looked_up(database: Database, chunk: _Chunk) -> _Chunk:
    """CHUNK with the articles already stored marked, so that they are not extracted."""
    digests = [i.digest for i in chunk if isinstance(i, _Item)]
    if digests:
        with database.read() as session:
            stored = _stored_hashes(session, digests)
        for item in chunk:
            if isinstance(item, _Item):
                item.existing = stored.get(item.digest)
    return chunk


def _stored_hashes(session: Session, digests: list[str]) -> dict[str, int]:
    found = session.execute(
        select(Article.content_hash, Article.id).where(Article.content_hash.in_(set(digests)))
    )
    return dict(found.all())


class _Extractor:
    """Extraction of chunks, in this process or in a pool of worker processes, in order.

    The pool starts with the first chunk of at least `_POOL_MIN` articles to extract: a
    handful of articles is extracted sooner than processes start.
    """

    def __init__(self, workers: int) -> None:
        self._workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Extractor:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def run(self, chunks: Iterator[_Chunk]) -> Iterator[_Chunk]:
        """Each chunk of CHUNKS with its articles extracted."""
        pending: deque[tuple[_Chunk, list[Future[list[Prepared | str]]]]] = deque()
        for chunk in chunks:
            pool = self._pool_for(chunk)
            if pool is None:  # no pool yet, so nothing pending either
                yield _extracted_here(chunk)
                continue
            pending.append((chunk, self._submit(pool, chunk)))
            if len(pending) > _AHEAD:
                yield _collected(*pending.popleft())
        while pending:
            yield _collected(*pending.popleft())

    def _pool_for(self, chunk: _Chunk) -> ProcessPoolExecutor | None:
        if self._pool is None and self._workers > 1 and len(_todo(chunk)) >= _POOL_MIN:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([prepare_texts.__module__])
            self._pool = ProcessPoolExecutor(self._workers, mp_context=context)
        return self._pool

    def _submit(
        self, pool: ProcessPoolExecutor, chunk: _Chunk
    ) -> list[Future[list[Prepared | str]]]:
        texts = [item.article.text for item in _todo(chunk)]
        step = -(-len(texts) // self._workers) or 1
        limits = _row_limits()
        return [
            pool.submit(prepare_texts, texts[i : i + step], limits)
            for i in range(0, len(texts), step)
        ]


def _extracted_here(chunk: _Chunk) -> _Chunk:
    for item in _todo(chunk):
        try:
            item.prepared = prepared(_extract(item.article), _row_limits())
        except InputError as exc:
            item.error = exc
    return chunk


def _row_limits() -> RowLimits:
    return RowLimits(column_limits(_table(Quote)), column_limits(_table(Claim)))


def _todo(chunk: _Chunk) -> list[_Item]:
    return [i for i in chunk if isinstance(i, _Item) and i.existing is None]


def _collected(chunk: _Chunk, futures: list[Future[list[Prepared | str]]]) -> _Chunk:
    done = [rows for future in futures for rows in future.result()]
    for item, rows in zip(_todo(chunk), done, strict=True):
        if isinstance(rows, str):
            item.error = InputError(item.article.source, f"extraction failed ({rows})")
        else:
            item.prepared = rows
    return chunk


@dataclass(slots=True)
class _Rows:
    """One article's rows, checked, waiting for their ids."""

    item: _Item
    prepared: Prepared
    article: dict[str, Any]


class _BatchRefused(Exception):
    """The database refused a batch: it is stored again one article at a time."""


class _BatchStore:
    """Stores chunks of extracted articles, each in one transaction."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._cache = RegistryCache()

    def store(self, chunk: _Chunk) -> list[IngestResult | InputError]:
        """The result of each item of CHUNK, in order, with the new ones stored."""
        results: dict[int, IngestResult | InputError] = {}
        todo: dict[int, _Rows] = {}
        for n, item in enumerate(chunk):
            if isinstance(item, InputError):
                results[n] = item
            elif item.error is not None:
                results[n] = item.error
            elif item.existing is not None:
                results[n] = IngestResult(item.article.source, Outcome.DUPLICATE, item.existing)
            else:
                try:
                    todo[n] = _rows(item)
                except InputError as exc:
                    results[n] = exc
        if todo:
            try:
                results.update(self._write(todo))
            except _BatchRefused:
                self._cache.reset()
                results.update((n, self._one(rows)) for n, rows in todo.items())
        return [results[n] for n in range(len(chunk))]

    def _one(self, rows: _Rows) -> IngestResult | InputError:
        item = rows.item
        try:
            # Extracted again: a refused batch is rare, and the rows of one article are
            # written through the ORM, whose errors name what was refused.
            extraction = _extract(item.article)
            return _store_article(self._database, item.article, item.digest, extraction)
        except InputError as exc:
            return exc

    def _write(self, todo: dict[int, _Rows]) -> dict[int, IngestResult]:
        with self._database.write() as session:
            try:
                return self._written(session, todo)
            except SQLAlchemyError as exc:
                raise _BatchRefused(str(exc)) from exc

    def _written(self, session: Session, todo: dict[int, _Rows]) -> dict[int, IngestResult]:
        guard_article(session)
        cache = self._cache
        cache.refresh(session)
        stored = _stored_hashes(session, [r.item.digest for r in todo.values()])
        results: dict[int, IngestResult] = {}
        new: list[tuple[int, _Rows]] = []
        first: dict[str, int] = {}
        for n, rows in todo.items():
            source, digest = rows.item.article.source, rows.item.digest
            if digest in stored:
                results[n] = IngestResult(source, Outcome.DUPLICATE, stored[digest])
            elif digest not in first:
                first[digest] = n
                new.append((n, rows))
        for _, rows in new:
            rows.article["outlet_id"] = cache.outlet(session, rows.item.article.outlet)
        connection = session.connection()
        article_ids = _inserted(connection, Article, [rows.article for _, rows in new])
        quotes: list[dict[str, Any]] = []
        for article_id, (_, rows) in zip(article_ids, new, strict=True):
            p = rows.prepared
            ids = [cache.speaker(session, ref) for ref in p.speakers]
            for values, number in zip(p.quotes, p.quote_speakers, strict=True):
                values["article_id"] = article_id
                values["speaker_id"] = ids[number] if number is not None else None
                quotes.append(values)
            for values, number in zip(p.claims, p.claim_speakers, strict=True):
                values["article_id"] = article_id
                values["speaker_id"] = ids[number] if number is not None else None
        renumbered = cache.flush(session)
        if renumbered:
            for values in quotes:
                values["speaker_id"] = renumbered.get(values["speaker_id"], values["speaker_id"])
            for _, rows in new:
                for values in rows.prepared.claims:
                    sid = values["speaker_id"]
                    values["speaker_id"] = renumbered.get(sid, sid)
        quote_ids = _inserted(connection, Quote, quotes)
        claims: list[dict[str, Any]] = []
        offset = 0
        for article_id, (n, rows) in zip(article_ids, new, strict=True):
            p = rows.prepared
            mine = quote_ids[offset : offset + len(p.quotes)]
            offset += len(p.quotes)
            for values, index in zip(p.claims, p.claim_quotes, strict=True):
                values["quote_id"] = mine[index] if index is not None else None
                claims.append(values)
            results[n] = IngestResult(
                rows.item.article.source,
                Outcome.STORED,
                article_id,
                quotes=len(p.quotes),
                claims=len(p.claims),
            )
        _insert_rows(connection, _table(Claim), claims)
        for n, rows in todo.items():
            if n not in results:  # the same text twice in one batch
                digest = rows.item.digest
                stored_as = results[first[digest]]
                results[n] = IngestResult(
                    rows.item.article.source, Outcome.DUPLICATE, stored_as.article_id
                )
        return results


def _inserted(
    connection: Connection, model: type[Article] | type[Quote], rows: list[dict[str, Any]]
) -> list[int]:
    """Insert ROWS into MODEL's table with one executemany and return their ids, in order.

    The ids are taken first: on PostgreSQL from the table's sequence, as the inserts would take
    them; on SQLite, which holds the write lock for the transaction, the next ones after the
    largest, as SQLite would give them (the tables have no AUTOINCREMENT).
    """
    if not rows:
        return []
    table = _table(model)
    if connection.dialect.name == "postgresql":
        taken = connection.execute(
            text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": table.name, "n": len(rows)},
        )
        ids = [int(i) for i in taken.scalars()]
    else:
        top = int(connection.execute(select(func.max(table.c.id))).scalar() or 0)
        ids = list(range(top + 1, top + 1 + len(rows)))
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    if model is Article:  # one row an article, and `ingested_at` is filled in by SQLAlchemy
        connection.execute(insert(table), rows)
    else:
        _insert_rows(connection, table, rows)
    return ids


def _insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ROWS (values of the same columns, in the same order) with one driver executemany.

    TABLE must have no column that SQLAlchemy fills in (a Python-side default) left out of ROWS.

    Each value goes through its column type's bind processor, as `connection.execute(insert(
    table), rows)` does, but without SQLAlchemy building every row's parameters anew, which
    was a quarter of the CPU of storing a batch.
    """
    if not rows:
        return
    dialect = connection.dialect
    names = list(rows[0])
    columns = [table.c[name] for name in names]
    processors = [
        (i, process)
        for i, column in enumerate(columns)
        if (process := column.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    quote = dialect.identifier_preparer.quote
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(name) for name in names)}) "
        f"VALUES ({', '.join([marker] * len(names))})"
    )
    params = []
    for row in rows:
        values = [row[name] for name in names]
        for i, process in processors:
            values[i] = process(values[i])
        params.append(tuple(values))
    connection.exec_driver_sql(sql, params)


def _table(model: type[Article] | type[Quote] | type[Claim]) -> Table:
    return cast(Table, model.__table__)


def _rows(item: _Item) -> _Rows:
    """ITEM's rows as values, checked as `check_rows` checks objects (InputError if refused)."""
    article, prepared = item.article, item.prepared
    assert prepared is not None
    values = {
        "external_id": article.external_id,
        "title": article.title,
        "url": article.url,
        "byline": article.byline,
        "published": article.published,
        "text": article.text,
        "content_hash": item.digest,
        "source": article.source[-_SOURCE_MAX:],
    }
    check_values(_table(Article), [values], article.source)
    if prepared.refusal is not None:
        raise InputError(article.source, prepared.refusal)
    return _Rows(item, prepared, values)
