"""Other publishers' fact-checks in: ClaimReview JSON-LD read, checked and stored as statements.

The objects of a file are read and checked by `parse`; one that cannot be stored is reported by
its position (`FILE: ClaimReview 3: no claimReviewed`) and the others are still stored.

Each check is stored in one transaction, the way an article is:

1. an article whose text is the statement (`claimReviewed`), published by the checking
   organisation (its outlet) on the check's date, at the check's URL; its content hash is
   taken over the check's publisher, URL and statement, so that importing a check again adds
   nothing and two publishers' checks of one wording are two checks;
2. the statement as a reported quote (`indirect`) of the claim's author, and each number in it
   as a claim of that quote, stored as an ingested article's are (speakers resolved alike);
3. the verdict, anchored on that quote, with the publisher's name (`publisher`), and its
   `import` history row;
4. a `checks` row keeping the publisher, the URLs of the claim's appearances and the object
   itself.

`factdb link` then proposes links between the imported statements and stored ones, which are
reviewed like any other link; a confirmed link puts the check's verdict on the cluster.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from factdb.errors import InputError
from factdb.extract.claims import extract_claims
from factdb.extract.records import Extraction, QuoteKind, QuoteRecord
from factdb.models import Article, Check, Quote, Verdict
from factdb.models.base import utcnow
from factdb.services.claimreview.parse import CheckInput, check_object, read_documents
from factdb.services.database import Database
from factdb.services.ingest import _store as store_extraction
from factdb.services.verdicts import record_change
from factdb.sources import ArticleInput
from factdb.sources.article import normalized_for_hash
from factdb.vocab import LinkKind, VerdictAction

_SOURCE_MAX = 255


def check_hash(check: CheckInput) -> str:
    """The content hash of a check's article: over its publisher, URL and statement."""
    url, claim = check.verdict.url or "", normalized_for_hash(check.claim)
    key = f"claimreview\n{check.publisher}\n{url}\n{claim}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def store_check(database: Database, check: CheckInput, source: str) -> int | None:
    """Store one check whole (see the module doc); its quote id, or None if already stored."""
    digest = check_hash(check)
    with database.write() as session:
        if session.scalar(select(Article.id).where(Article.content_hash == digest)) is not None:
            return None
        statement = QuoteRecord(
            QuoteKind.INDIRECT, check.claim, 0, len(check.claim), check.author, None,
            check.claim, 0,
        )  # fmt: skip
        # Numbers in the statement are claims of it, linked to stored claims as any are.
        extraction = Extraction((statement,), tuple(extract_claims(check.claim, (statement,))))
        article = ArticleInput(
            text=check.claim,
            source=f"claimreview:{source}",
            title=check.title,
            outlet=check.publisher,
            url=check.verdict.url,
            published=check.published,
        )
        article_id = store_extraction(session, article, digest, extraction)
        quote = session.scalars(select(Quote).where(Quote.article_id == article_id)).one()
        _store_verdict(session, check, quote.id)
        session.add(
            Check(
                article_id=article_id,
                quote_id=quote.id,
                publisher=check.publisher,
                publisher_url=check.publisher_url,
                review_url=check.verdict.url,
                claim_author=check.author.name if check.author else None,
                appearances=list(check.appearances),
                document=check.document,
                source=source[-_SOURCE_MAX:],
            )
        )
        return quote.id


def _store_verdict(session: Session, check: CheckInput, quote_id: int) -> None:
    v = check.verdict
    when = (
        datetime(check.published.year, check.published.month, check.published.day, tzinfo=UTC)
        if check.published
        else utcnow()
    )
    values = {"rating": v.rating, "rating_value": v.value, "best_rating": v.best,
              "worst_rating": v.worst, "url": v.url, "note": v.note,
              "reviewer": check.publisher}  # fmt: skip
    verdict = Verdict(
        kind=LinkKind.QUOTE, quote_id=quote_id, publisher=check.publisher, reviewed_at=when,
        **values,
    )  # fmt: skip
    session.add(verdict)
    session.flush()
    record_change(session, verdict.id, VerdictAction.IMPORT, None, values, utcnow())


@dataclass(slots=True)
class ImportReport:
    """What an import stored, skipped as already stored, and refused."""

    stored: int = 0
    duplicates: int = 0
    failures: list[InputError] = field(default_factory=list)


def import_claimreviews(database: Database, text: str, source: str) -> ImportReport:
    """Store every ClaimReview of one file's TEXT; a bad object is reported, the others stored."""
    report = ImportReport()
    try:
        documents = read_documents(text, source)
    except InputError as exc:
        report.failures.append(exc)
        return report
    for number, node in enumerate(documents, start=1):
        try:
            check = check_object(node)
        except ValueError as exc:
            report.failures.append(InputError(f"{source}: ClaimReview {number}", str(exc)))
            continue
        if store_check(database, check, source) is None:
            report.duplicates += 1
        else:
            report.stored += 1
    return report
