"""Storing articles with everything extracted from them, each article in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from factdb.errors import InputError
from factdb.extract import Extraction, QuoteRecord, SpeakerKind, SpeakerRef, extract_article
from factdb.models import Article, Claim, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.services.locks import guard_article
from factdb.services.speakers import resolve_speaker
from factdb.services.validate import check_article, check_rows
from factdb.sources import ArticleInput, content_hash

_SOURCE_MAX = 255
_ATTEMPTS = 2


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
    with database.read() as session:
        existing = _find_by_hash(session, digest)
    if existing is not None:
        return IngestResult(article.source, Outcome.DUPLICATE, existing)
    extraction = _extract(article)
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
) -> IngestReport:
    """Ingest every article of ITEMS; a failing one is reported and the others still stored."""
    report = IngestReport()
    for item in items:
        result = item if isinstance(item, InputError) else _ingest_one(database, item)
        report.add(result)
        if on_result is not None:
            on_result(result)
    return report


def _ingest_one(database: Database, article: ArticleInput) -> IngestResult | InputError:
    try:
        return ingest_article(database, article)
    except InputError as exc:
        return exc


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
            **_attribution(q),
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


def _attribution(q: QuoteRecord) -> dict[str, Any]:
    """How a quote was attributed, and the name its own article gives the speaker."""
    ref = q.speaker
    anonymous = q.anonymous
    if anonymous is None and ref is not None and ref.kind == SpeakerKind.ANONYMOUS:
        anonymous = ref.text or ref.name
    return {
        "speaker_name": ref.name[:_SOURCE_MAX] if ref and ref.name and anonymous is None else None,
        "attribution": q.attribution,
        "confidence": q.confidence,
        "anonymous": anonymous,
    }


class _SpeakerCache:
    """One stored speaker per canonical name within an article."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._seen: dict[tuple[str, str], Speaker | None] = {}

    def get(self, ref: SpeakerRef | None) -> Speaker | None:
        if ref is None:
            return None
        key = (ref.name, str(ref.kind))
        if key not in self._seen:
            self._seen[key] = resolve_speaker(self._session, ref)
        return self._seen[key]
