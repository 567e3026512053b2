"""A small review queue of articles, quotes, claims and links, for service and UI tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factdb.extract.records import Qualifier, QuoteKind, SpeakerKind
from factdb.models import Article, Claim, Link, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.vocab import LinkKind, Relation

SENTENCES = [
    (
        "Reuters",
        "Budget talks stall",
        date(2024, 3, 1),
        'The minister said "we will cut taxes for every family this year" at the rally.',
        "The plan costs $3.2 billion, officials said.",
    ),
    (
        "AP",
        "Minister promises tax cuts",
        date(2024, 3, 2),
        'On Monday the minister said "we will cut taxes for all families this year" to cheers.',
        "The plan costs $3.5 billion, officials said.",
    ),
    (
        "BBC",
        "Tax pledge repeated",
        date(2024, 3, 3),
        '"We will cut taxes for every family next year," the minister said.',
        "The plan would cost $3.2 billion in total.",
    ),
    (
        "Guardian",
        "Opposition responds",
        date(2024, 3, 4),
        'Her rival said "the sums simply do not add up" on Tuesday.',
        "Unions said 40,000 jobs were at risk.",
    ),
]


@dataclass(frozen=True)
class Seeded:
    """Ids of what `seed_queue` stored, in SENTENCES order."""

    articles: list[int]
    quotes: list[int]
    claims: list[int]
    links: dict[str, int]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def add_link(
    session: Session,
    kind: LinkKind,
    x: int,
    y: int,
    score: float,
    relation: Relation = Relation.SAME,
    evidence: dict[str, Any] | None = None,
) -> Link:
    """Store a pending link between items X and Y (smaller id on side a)."""
    a, b = sorted((x, y))
    ids = (
        {"a_quote_id": a, "b_quote_id": b}
        if kind is LinkKind.QUOTE
        else {"a_claim_id": a, "b_claim_id": b}
    )
    link = Link(kind=kind, relation=relation, score=score, evidence=evidence or {}, **ids)
    session.add(link)
    session.flush()
    return link


def _article(
    session: Session,
    i: int,
    outlet: str,
    title: str,
    published: date,
    quote_sentence: str,
    claim_sentence: str,
) -> tuple[Article, Quote, Claim]:
    text = f"{quote_sentence} {claim_sentence}"
    name = "Jane Minister" if i < 3 else "Sam Rival"
    # Speakers are unique by name: the articles of one speaker share one row.
    speaker = session.scalar(select(Speaker).where(Speaker.name == name)) or Speaker(
        name=name, kind=SpeakerKind.PERSON
    )
    article = Article(
        outlet=Outlet(name=outlet),
        title=title,
        published=published,
        text=text,
        content_hash=f"hash-{i}-{title}",
    )
    session.add_all([article, speaker])
    session.flush()
    said = quote_sentence.split('"')[1].strip(",")
    q0, q1 = _span(text, said)
    quote = Quote(
        article_id=article.id,
        speaker_id=speaker.id,
        kind=QuoteKind.DIRECT,
        text=said,
        start_offset=q0,
        end_offset=q1,
        sentence=quote_sentence,
        sentence_start=0,
    )
    number = re.search(r"\$?[\d.,]*\d( billion)?", claim_sentence)
    assert number is not None
    c0, c1 = _span(text, number.group())
    sentence_start = text.index(claim_sentence)
    claim = Claim(
        article_id=article.id,
        speaker_id=speaker.id,
        text=number.group(),
        start_offset=c0,
        end_offset=c1,
        value=1.0,
        unit=None,
        normalized_value=1.0,
        qualifier=Qualifier.EXACT,
        sentence=claim_sentence,
        sentence_start=sentence_start,
    )
    session.add_all([quote, claim])
    session.flush()
    return article, quote, claim


def seed_queue(database: Database) -> Seeded:
    """Four articles and six pending links; by score: c13 97, q12 92, c12 88, q13 81, q23 77,
    q34 60."""
    with database.write() as session:
        made = [_article(session, i, *row) for i, row in enumerate(SENTENCES)]
        q = [m[1].id for m in made]
        c = [m[2].id for m in made]
        evidence = {"token_set_ratio": 92.0, "speaker": "same"}
        links = {
            "c13": add_link(session, LinkKind.CLAIM, c[0], c[2], 97, evidence={"value": "equal"}),
            "q12": add_link(session, LinkKind.QUOTE, q[0], q[1], 92, evidence=evidence),
            "c12": add_link(
                session,
                LinkKind.CLAIM,
                c[0],
                c[1],
                88,
                Relation.CONFLICT,
                {"value": "differs by 9.4%"},
            ),
            "q13": add_link(session, LinkKind.QUOTE, q[0], q[2], 81),
            "q23": add_link(session, LinkKind.QUOTE, q[1], q[2], 77),
            "q34": add_link(session, LinkKind.QUOTE, q[2], q[3], 60),
        }
        return Seeded([m[0].id for m in made], q, c, {k: v.id for k, v in links.items()})
