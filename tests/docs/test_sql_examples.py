"""Every question in docs/sql.md, run on both backends: known answers on a small fixture, and rows
on the ingested sample corpus."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from factdb.cli.main import cli
from factdb.extract.records import Qualifier, QuoteKind, SpeakerKind
from factdb.models import (
    Article,
    Claim,
    Cluster,
    ClusterMember,
    Link,
    Outlet,
    Quote,
    Review,
    Speaker,
    SpeakerAlias,
    Verdict,
    VerdictChange,
)
from factdb.services.database import Database
from factdb.services.query import run_query
from factdb.vocab import LinkKind, LinkStatus, Relation, ReviewAction, VerdictAction
from tests.cli.helpers import run_cli
from tests.conftest import EXAMPLES, REPO_ROOT

SQL_DOC = REPO_ROOT / "docs" / "sql.md"
QUESTION = re.compile(r"^### (Q\d+)\. .*?^```sql\n(.*?)^```", re.MULTILINE | re.DOTALL)

WATER = "Water that crosses a border cannot be owned by one side of it."
WATER_NEVER = "Water that crosses a border can never be owned by one side of it."
THIRST = "No one will go thirsty so that another can switch on a light."
MACHINES = "We are not against machines."
MW, DH, NP, HL = "Meridian Wire", "Delsenia Herald", "Northgate Post", "Harbour Ledger"
REYNA, HALLORAN, OKAFOR = "Tomas Reyna", "Petra Halloran", "Lena Okafor"


def documented_queries() -> dict[str, str]:
    """The SQL of every "### Q<n>." question of docs/sql.md, by question."""
    found = {name: sql.strip() for name, sql in QUESTION.findall(SQL_DOC.read_text("utf-8"))}
    assert len(found) >= 10, "docs/sql.md documents at least ten questions"
    return found


QUERIES = documented_queries()


def plain(value: Any) -> Any:
    """A result value as both backends agree on it: dates as ISO text, decimals as numbers."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def answer(database: Database, question: str) -> list[tuple[Any, ...]]:
    _, rows = run_query(database, QUERIES[question])
    return [tuple(plain(v) for v in row) for row in rows]


# Known answers on the fixture below; every documented question must have one.
EXPECTED: dict[str, list[tuple[Any, ...]]] = {
    "Q1": [
        (2, 2, 2, "2026-03-03", "reservoir capacity", 4.2e9, "m3"),
        (3, 2, 2, "2026-03-05", "pay offer", 5.5, "percent"),
    ],
    "Q2": [
        (1, 3, 3, "2026-03-03", MW, REYNA, WATER),
        (4, 2, 2, "2026-03-05", HL, OKAFOR, MACHINES),
    ],
    "Q3": [(REYNA, 4, 4, 4), (OKAFOR, 2, 2, 2), (HALLORAN, 1, 1, 1)],
    "Q4": [
        (
            6,
            "pending",
            "reservoir capacity",
            MW,
            "4.2 billion cubic meters",
            4.2e9,
            NP,
            "4.8 billion cubic metres",
            4.8e9,
            "m3",
        ),
    ],
    "Q5": [(3, "conflict", "pending", MW, HALLORAN, HL, REYNA, THIRST)],
    "Q6": [
        ("2026-03-03", MW, REYNA, WATER),
        ("2026-03-04", DH, REYNA, WATER),
        ("2026-03-05", NP, REYNA, WATER_NEVER),
    ],
    "Q7": [
        (WATER, 2, 2, "2026-03-03"),
        (THIRST, 2, 2, "2026-03-03"),
        (MACHINES, 2, 2, "2026-03-05"),
    ],
    "Q8": [
        (REYNA, "person", 3, "Foreign Minister Tomas Reyna; Reyna; Tomas Reyna", 4, 0),
        (HALLORAN, "person", 2, "Halloran; Petra Halloran", 1, 1),
        (
            "Velha Harbour Terminals",
            "organization",
            2,
            "Velha Harbour Terminals; Velha Terminals",
            0,
            0,
        ),
    ],
    "Q9": [
        ("2026-03-03", MW, "direct", WATER),
        ("2026-03-04", DH, "direct", WATER),
        ("2026-03-05", NP, "direct", WATER_NEVER),
        ("2026-03-05", HL, "direct", THIRST),
    ],
    "Q10": [
        ("claim", "conflict", "pending", 1, 88.0, 88.0),
        ("claim", "conflict", "rejected", 1, 85.0, 85.0),
        ("claim", "same", "confirmed", 2, 95.0, 97.0),
        ("quote", "conflict", "pending", 1, 98.0, 98.0),
        ("quote", "same", "confirmed", 3, 91.0, 100.0),
    ],
    "Q11": [("ana", 4, 2, 1, 1), ("ben", 2, 1, 1, 0), ("carl", 2, 2, 0, 0)],
    "Q12": [(MW, 2, 3, 2), (DH, 1, 2, 1), (HL, 1, 2, 1), (NP, 1, 1, 1)],
    "Q14": [(1, 3, NP, "2026-03-05", 2, 0, 0, MW, WATER, WATER_NEVER)],
    "Q15": [
        (1, "False", None, 3, 3, "2026-03-03", WATER),
        (3, "True", None, 2, 2, "2026-03-05", "Strikers vote on a 5.5% offer."),
    ],
    "Q13": [
        (
            7,
            "claim",
            "conflict",
            "ben",
            "4.8 is the planned second stage",
            DH,
            "The reservoir holds 4.2 billion cubic metres.",
            NP,
            "Kellmar says the reservoir holds 4.8 billion cubic metres.",
        ),
    ],
}


P, C, R = LinkStatus.PENDING, LinkStatus.CONFIRMED, LinkStatus.REJECTED
SAME, CONFLICT = Relation.SAME, Relation.CONFLICT
CAPACITY, OFFER = "reservoir capacity", "pay offer"
REJECT_NOTE = "4.8 is the planned second stage"

# The fixture as rows: (id, outlet_id, day of March 2026) and so on.
ARTICLES = [(1, 1, 3), (2, 2, 4), (3, 3, 5), (4, 4, 5), (5, 1, 6)]
SPEAKERS = [
    (1, REYNA, SpeakerKind.PERSON, [REYNA, "Reyna", f"Foreign Minister {REYNA}"]),
    (2, HALLORAN, SpeakerKind.PERSON, [HALLORAN, "Halloran"]),
    (3, OKAFOR, SpeakerKind.PERSON, [OKAFOR]),
    (4, "Velha Harbour Terminals", SpeakerKind.ORGANIZATION, ["Velha Harbour Terminals",
                                                              "Velha Terminals"]),
]  # fmt: skip
QUOTES = [  # id, article, speaker, text
    (1, 1, 1, WATER), (2, 2, 1, WATER), (3, 3, 1, WATER_NEVER), (4, 1, 2, THIRST),
    (5, 4, 1, THIRST), (6, 4, 3, MACHINES), (7, 5, 3, MACHINES), (8, 2, None, "talks stalled"),
]  # fmt: skip
CLAIMS = [  # id, article, speaker, quantity, value, unit, measures, sentence
    (1, 1, 2, "4.2 billion cubic meters", 4.2e9, "m3", CAPACITY,
     "The reservoir will hold 4.2 billion cubic meters, Halloran said."),
    (2, 2, None, "4.2 billion cubic metres", 4.2e9, "m3", CAPACITY,
     "The reservoir holds 4.2 billion cubic metres."),
    (3, 3, None, "4.8 billion cubic metres", 4.8e9, "m3", CAPACITY,
     "Kellmar says the reservoir holds 4.8 billion cubic metres."),
    (4, 4, 3, "5.5%", 5.5, "percent", OFFER, "Strikers vote on a 5.5% offer."),
    (5, 5, 3, "5.5 percent", 5.5, "percent", OFFER, "Strikers accepted the 5.5 percent offer."),
]  # fmt: skip
LINKS = [  # id, kind, a, b, relation, score, status, reviewer, note
    (1, LinkKind.QUOTE, 1, 2, SAME, 100, C, "ana", None),
    (2, LinkKind.QUOTE, 1, 3, SAME, 91, C, "ben", None),
    (3, LinkKind.QUOTE, 4, 5, CONFLICT, 98, P, None, None),
    (4, LinkKind.QUOTE, 6, 7, SAME, 100, C, "carl", None),
    (5, LinkKind.CLAIM, 1, 2, SAME, 97, C, "ana", None),
    (6, LinkKind.CLAIM, 1, 3, CONFLICT, 88, P, None, None),
    (7, LinkKind.CLAIM, 2, 3, CONFLICT, 85, R, "ben", REJECT_NOTE),
    (8, LinkKind.CLAIM, 4, 5, SAME, 95, C, "carl", None),
]
REVIEWS = [  # id, link, action, status before, status after, reviewer, note
    (1, 1, ReviewAction.CONFIRM, P, C, "ana", None),
    (2, 2, ReviewAction.CONFIRM, P, C, "ben", None),
    (3, 5, ReviewAction.CONFIRM, P, C, "ana", None),
    (4, 7, ReviewAction.REJECT, P, R, "ben", REJECT_NOTE),
    (5, 8, ReviewAction.REJECT, P, R, "ana", None),
    (6, 8, ReviewAction.UNDO, R, P, "ana", None),
    (7, 8, ReviewAction.CONFIRM, P, C, "carl", None),
    (8, 4, ReviewAction.CONFIRM, P, C, "carl", None),
]
CLUSTERS = [  # id, kind, members
    (1, LinkKind.QUOTE, [1, 2, 3]), (2, LinkKind.CLAIM, [1, 2]),
    (3, LinkKind.CLAIM, [4, 5]), (4, LinkKind.QUOTE, [6, 7]),
]  # fmt: skip

VERDICTS = [  # id, kind, item, rating, value, publisher, day of March, hour
    (1, LinkKind.QUOTE, 1, "False", 1.0, None, 8, 1),
    # An older check of another member of cluster 1, by another publisher: not current.
    (2, LinkKind.QUOTE, 3, "Misleading", None, "Other Checks", 6, 1),
    (3, LinkKind.CLAIM, 4, "True", 5.0, None, 8, 2),
]


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def _articles() -> list[Any]:
    outlets = [Outlet(id=i, name=name) for i, name in enumerate([MW, DH, NP, HL], start=1)]
    articles = [
        Article(id=aid, outlet_id=outlet, title=f"Article {aid}", text=f"text {aid}",
                url=f"https://example.org/{aid}", published=date(2026, 3, day),
                content_hash=f"{aid:064d}")
        for aid, outlet, day in ARTICLES
    ]  # fmt: skip
    speakers = [
        Speaker(id=sid, name=name, kind=kind,
                aliases=[SpeakerAlias(alias=a, alias_key=a.lower()) for a in aliases])
        for sid, name, kind, aliases in SPEAKERS
    ]  # fmt: skip
    return [*outlets, *articles, *speakers]


def _statements() -> list[Any]:
    quotes = [
        Quote(id=qid, article_id=article, speaker_id=speaker, text=text,
              kind=QuoteKind.DIRECT if speaker else QuoteKind.INDIRECT, start_offset=1,
              end_offset=1 + len(text), sentence=f"“{text}” they said.", sentence_start=0)
        for qid, article, speaker, text in QUOTES
    ]  # fmt: skip
    claims = [
        Claim(id=cid, article_id=article, speaker_id=speaker, text=text, start_offset=0,
              end_offset=len(text), value=value, unit=unit, normalized_value=value,
              normalized_unit=unit, qualifier=Qualifier.EXACT, measures=what,
              sentence=sentence, sentence_start=0)
        for cid, article, speaker, text, value, unit, what, sentence in CLAIMS
    ]  # fmt: skip
    return [*quotes, *claims]


def _reviewed() -> list[Any]:
    links = []
    for lid, kind, a, b, relation, score, status, reviewer, note in LINKS:
        sides = {f"a_{kind}_id": a, f"b_{kind}_id": b}
        decided = _at(7, lid) if status is not P else None
        links.append(Link(id=lid, kind=kind, relation=relation, score=score, status=status,
                          reviewer=reviewer, note=note, decided_at=decided,
                          evidence={"fixture": True}, **sides))  # fmt: skip
    reviews = [
        Review(id=rid, link_id=link, action=action, status_before=before, status_after=after,
               reviewer=reviewer, note=note, created_at=_at(7, rid))
        for rid, link, action, before, after, reviewer, note in REVIEWS
    ]  # fmt: skip
    clusters = [
        Cluster(id=kid, kind=kind,
                members=[ClusterMember(**{f"{kind}_id": item}) for item in items])
        for kid, kind, items in CLUSTERS
    ]  # fmt: skip
    return [*links, *reviews, *clusters, *_verdicts()]


def _verdicts() -> list[Any]:
    out: list[Any] = []
    for vid, kind, item, rating, value, publisher, day, hour in VERDICTS:
        scale = {"rating_value": value, "best_rating": 5.0, "worst_rating": 1.0} if value else {}
        who = publisher or "ana"
        out.append(Verdict(id=vid, kind=kind, rating=rating, reviewer=who, publisher=publisher,
                           url=f"https://checks.example/{vid}", reviewed_at=_at(day, hour),
                           **{f"{kind}_id": item}, **scale))  # fmt: skip
        action = VerdictAction.IMPORT if publisher else VerdictAction.SET
        out.append(VerdictChange(verdict_id=vid, action=action, rating=rating, reviewer=who,
                                 created_at=_at(day, hour), **scale))  # fmt: skip
    return out


def load_fixture(database: Database) -> None:
    """Five articles from four outlets with quotes, claims, links, reviews and clusters."""
    with database.write() as session:
        # Flushed in stages, so that every row's foreign keys exist before it is inserted.
        for rows in (_articles(), _statements(), _reviewed()):
            session.add_all(rows)
            session.flush()


@pytest.fixture
def fixture_db(database: Database) -> Database:
    load_fixture(database)
    return database


def test_every_documented_question_has_a_known_answer() -> None:
    assert set(QUERIES) == set(EXPECTED)


@pytest.mark.parametrize("question", sorted(QUERIES, key=lambda q: int(q[1:])))
def test_documented_question_answers_as_the_text_says(fixture_db: Database, question: str) -> None:
    assert answer(fixture_db, question) == EXPECTED[question]


def test_documented_queries_run_through_the_cli(fixture_db: Database, db_url: str) -> None:
    result = run_cli(db_url, "sql", "--format", "csv", QUERIES["Q3"])
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "speaker,quotes,outlets,articles",
        f"{REYNA},4,4,4",
        f"{OKAFOR},2,2,2",
        f"{HALLORAN},1,1,1",
    ]


def _has_sample_articles() -> bool:
    return any(p.suffix in {".txt", ".html", ".jsonl"} for p in EXAMPLES.glob("*"))


# Nothing is reviewed in a freshly linked corpus, so questions about clusters and the review
# trail can only be checked to run.
def _needs_review(sql: str) -> bool:
    return "cluster_id" in sql or "FROM reviews" in sql or "status = 'rejected'" in sql


@pytest.fixture
def corpus_db(db_url: str) -> Database:
    if not _has_sample_articles():
        pytest.skip("examples/ holds no articles yet")
    if "link" not in cli.commands:
        pytest.skip("the link command is not there yet")
    ingested = run_cli(db_url, "ingest", str(EXAMPLES))
    assert ingested.code == 0, ingested.err
    linked = run_cli(db_url, "link")
    assert linked.code == 0, linked.err
    return Database.open(db_url)


@pytest.mark.slow
def test_documented_questions_run_on_the_sample_corpus(corpus_db: Database) -> None:
    empty = []
    try:
        for question, sql in QUERIES.items():
            _, rows = run_query(corpus_db, sql)
            if not rows and not _needs_review(sql):
                empty.append(question)
    finally:
        corpus_db.close()
    assert not empty, f"no rows on the sample corpus for {empty}"


def test_the_question_pattern_reads_the_doc() -> None:
    doc = (
        "### Q1. Why?\n\nBecause.\n\n```sql\nSELECT 1;\n```\n\n### Q2. How?\n```sql\nSELECT 2\n```"
    )
    assert QUESTION.findall(doc) == [("Q1", "SELECT 1;\n"), ("Q2", "SELECT 2\n")]
