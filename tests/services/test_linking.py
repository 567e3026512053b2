"""Linking stored quotes and claims: new links, incremental runs, decisions kept, conflicts."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from factdb.errors import CancelledError
from factdb.extract.records import Qualifier, QuoteKind, SpeakerKind
from factdb.models import Article, Claim, Link, LinkRun, Quote, Speaker
from factdb.services.database import Database
from factdb.services.linking import run_linking
from factdb.vocab import LinkKind, LinkStatus, Relation


@dataclass(frozen=True)
class ClaimSpec:
    """A claim to store: its sentence, quantity as written, value and unit."""

    sentence: str
    quantity: str
    value: float
    unit: str | None


def add_article(
    database: Database,
    quotes: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    claims: list[ClaimSpec] = (),  # type: ignore[assignment]
    published: date | None = date(2023, 1, 13),
) -> tuple[list[int], list[int]]:
    """Store an article with QUOTES (text, speaker) and CLAIMS; return their ids."""
    body = " ".join(q for q, _ in quotes) + " ".join(c.sentence for c in claims)
    with database.write() as session:
        article = Article(text=body, content_hash=uuid.uuid4().hex, published=published)
        session.add(article)
        session.flush()
        quote_rows = [_quote(session, article.id, text, speaker) for text, speaker in quotes]
        claim_rows = [_claim(article.id, spec) for spec in claims]
        session.add_all(quote_rows + claim_rows)  # type: ignore[operator]
        session.flush()
        return [q.id for q in quote_rows], [c.id for c in claim_rows]


def _quote(session: object, article_id: int, text: str, speaker: str | None) -> Quote:
    speaker_row = None
    if speaker is not None:
        # Speakers are unique by name: quotes of one name share its row.
        speaker_row = session.scalar(  # type: ignore[attr-defined]
            select(Speaker).where(Speaker.name == speaker)
        )
        if speaker_row is None:
            speaker_row = Speaker(name=speaker, kind=SpeakerKind.PERSON)
            session.add(speaker_row)  # type: ignore[attr-defined]
            session.flush()  # type: ignore[attr-defined]
    return Quote(
        article_id=article_id,
        speaker=speaker_row,
        kind=QuoteKind.DIRECT,
        text=text,
        start_offset=0,
        end_offset=len(text),
        sentence=text,
        sentence_start=0,
    )


def _claim(article_id: int, spec: ClaimSpec) -> Claim:
    return Claim(
        article_id=article_id,
        text=spec.quantity,
        start_offset=0,
        end_offset=len(spec.quantity),
        value=spec.value,
        unit=spec.unit,
        normalized_value=spec.value,
        normalized_unit=spec.unit,
        qualifier=Qualifier.EXACT,
        sentence=spec.sentence,
        sentence_start=0,
    )


SPEECH = "We will defend the alliance with everything we have, and nobody should doubt it"
REWORDED = "we will defend this alliance with everything we have and nobody should ever doubt it"
OTHER = "The harvest festival drew farmers from every valley to the old market square"
RANGE_A = ClaimSpec(
    "Japan will buy missiles with a range of 1,000 km from the US", "1,000 km", 1_000_000.0, "m"
)
RANGE_B = ClaimSpec(
    "Japan is to buy missiles with a range of 1,200 km from the US", "1,200 km", 1_200_000.0, "m"
)


def _links(database: Database) -> list[Link]:
    with database.read() as session:
        links = list(session.scalars(select(Link).order_by(Link.id)))
        session.expunge_all()  # keep the loaded values past the read's rollback
        return links


def test_links_near_duplicates_of_different_articles_once(database: Database) -> None:
    (q1, q2), _ = add_article(database, [(SPEECH, "Joe Biden"), (REWORDED, "Joe Biden")])
    (q3,), _ = add_article(database, [(REWORDED, "Biden")])
    add_article(database, [(OTHER, "Joe Biden")])
    summary = run_linking(database)
    links = {(link.a_quote_id, link.b_quote_id): link for link in _links(database)}
    # Two quotes of one article are never linked; each cross-article pair is stored once. Q2
    # and Q3 are copies (same words, "Biden" names "Joe Biden"): joined without review.
    assert set(links) == {(q1, q3), (q2, q3)}
    assert all(link.kind is LinkKind.QUOTE for link in links.values())
    assert links[q1, q3].status is LinkStatus.PENDING and links[q2, q3].status is LinkStatus.AUTO
    assert summary.created == 1 and summary.grouped == 1
    evidence = links[q1, q3].evidence
    assert evidence["speaker"] == "agree" and "scorers" in evidence and "reason" in evidence


def test_changed_number_is_a_conflict(database: Database) -> None:
    _, (c1,) = add_article(database, claims=[RANGE_A])
    _, (c2,) = add_article(database, claims=[RANGE_B])
    summary = run_linking(database)
    (link,) = _links(database)
    assert (link.a_claim_id, link.b_claim_id) == (c1, c2)
    assert link.relation is Relation.CONFLICT and summary.conflicts == 1
    assert link.evidence["numbers"] == "differ"


def test_incremental_run_compares_only_new_items(database: Database) -> None:
    # Two speakers, so that the two statements are not copies grouped without review.
    add_article(database, [(SPEECH, None)])
    add_article(database, [(SPEECH, "Joe Biden")])
    first = run_linking(database)
    assert first.created == 1
    again = run_linking(database)
    assert again.new_items == 0 and again.created == 0
    add_article(database, [(REWORDED, None)])
    third = run_linking(database)
    assert third.new_items == 1 and third.stored_items == 2 and third.created == 2
    with database.read() as session:
        runs = list(session.scalars(select(LinkRun).order_by(LinkRun.id)))
        session.expunge_all()
    assert [r.links_created for r in runs] == [1, 0, 2]
    assert runs[-1].quote_watermark == max(link.b_quote_id or 0 for link in _links(database))


def test_full_run_keeps_decisions_and_never_reproposes_rejected(database: Database) -> None:
    add_article(database, [(SPEECH, None)])
    add_article(database, [(SPEECH, "Joe Biden")])
    add_article(database, [(REWORDED, "Jill Biden")])
    run_linking(database)
    links = _links(database)
    assert len(links) == 3
    with database.write() as session:
        rejected = session.get_one(Link, links[0].id)
        rejected.status = LinkStatus.REJECTED
        confirmed = session.get_one(Link, links[1].id)
        confirmed.status = LinkStatus.CONFIRMED
        session.get_one(Link, links[2].id).score = 1.0
    summary = run_linking(database, full=True)
    after = {link.id: link for link in _links(database)}
    assert len(after) == 3 and summary.created == 0 and summary.rescored == 1
    assert after[links[0].id].status is LinkStatus.REJECTED
    assert after[links[1].id].status is LinkStatus.CONFIRMED
    assert after[links[2].id].score > 50 and after[links[2].id].updated_at is not None


def test_workers_give_the_same_links(database: Database) -> None:
    for speaker in ("Ann Lee", "Bo Chan", "Cy Diaz"):
        add_article(database, [(SPEECH, speaker), (OTHER, speaker)])
    run_linking(database, workers=2)
    assert len(_links(database)) == 6


def test_cancel_stops_before_writing(database: Database) -> None:
    add_article(database, [(SPEECH, None)])
    add_article(database, [(SPEECH, None)])
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        run_linking(database, cancel=cancel)
    assert _links(database) == []
    with database.read() as session:
        assert session.scalars(select(LinkRun)).first() is None
