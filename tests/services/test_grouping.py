"""Copies of a statement join one cluster as links are found, and the queue stays short."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from factdb.models import Link, Quote
from factdb.services import review
from factdb.services.clusters import iter_clusters
from factdb.services.database import Database
from factdb.services.ingest import ingest_many
from factdb.services.linking import run_linking
from factdb.sources import ArticleInput
from factdb.vocab import LinkKind, LinkStatus
from tests.services.test_linking import OTHER, REWORDED, SPEECH, ClaimSpec, add_article

DAY = date(2026, 3, 3)
STORY = [
    "PORTO VELHA, March 3 (Meridian Wire) – Dockworkers walked out at Porto Velha on Tuesday.",
    "“We are not against machines. We are against being thrown away like old rope,” union"
    " spokeswoman Lena Okafor told reporters at the gate.",
    "The port handles about 2% of the country's trade, officials said.",
    "“Ships will wait, and the whole coast will pay for every day of it,” said harbour master"
    " Ivo Brandt, who runs the terminal.",
    "The talks are due to resume on Thursday.",
]


def _syndicated(k: int) -> ArticleInput:
    """The story as outlet K runs it: another outlet and headline, paragraph K dropped."""
    kept = [p for i, p in enumerate(STORY) if i != k]
    text = "\n\n".join(kept).replace("(Meridian Wire)", f"(Copy Post {k})")
    return ArticleInput(
        text=text, source=f"copy{k}", title=f"Strike, take {k}", outlet=f"Copy Post {k}",
        published=DAY,
    )  # fmt: skip


def _links(database: Database) -> list[Link]:
    with database.read() as session:
        links = list(session.scalars(select(Link).order_by(Link.id)))
        session.expunge_all()
        return links


def _members(database: Database, kind: LinkKind) -> list[list[int]]:
    return [[m.id for m in c.members] for c in iter_clusters(database) if c.kind is kind]


def test_syndicated_copies_land_in_one_cluster_with_no_decision(database: Database) -> None:
    original = ArticleInput(
        text="\n\n".join(STORY), source="wire", title="Strike", outlet="Meridian Wire",
        published=DAY,
    )  # fmt: skip
    report = ingest_many(database, [original, _syndicated(2), _syndicated(4), _syndicated(0)])
    assert report.stored == 4 and not report.failures
    summary = run_linking(database)
    links = _links(database)
    assert summary.grouped > 0 and {link.status for link in links} <= {LinkStatus.AUTO}
    assert not [link for link in links if link.status is LinkStatus.PENDING]
    with database.read() as session:
        quotes = {q.id: q.text for q in session.scalars(select(Quote))}
    # Each statement (two quotes, one reported remark): one cluster holding every copy of it.
    clusters = _members(database, LinkKind.QUOTE)
    by_text: dict[str, set[int]] = {}
    for quote_id, text in quotes.items():
        by_text.setdefault(text, set()).add(quote_id)
    assert sorted(map(set, clusters), key=min) == sorted(by_text.values(), key=min)
    assert sorted(len(c) for c in clusters) == [3, 4, 4]
    assert all(link.reviewer is None for link in links)


def test_a_new_item_is_linked_to_a_cluster_once(database: Database) -> None:
    (s1,), _ = add_article(database, [(SPEECH, "Joe Biden")])
    (s2,), _ = add_article(database, [(SPEECH, "Biden")])
    (s3,), _ = add_article(database, [(SPEECH.upper(), "Joe Biden")])
    first = run_linking(database)
    assert (first.created, first.grouped) == (0, 2)
    assert _members(database, LinkKind.QUOTE) == [[s1, s2, s3]]
    (r1,), _ = add_article(database, [(REWORDED, "Joe Biden")])
    second = run_linking(database)
    pending = [link for link in _links(database) if link.status is LinkStatus.PENDING]
    # One pending link between the new item and the cluster, to its closest member.
    assert second.created == 1 and len(pending) == 1
    assert pending[0].b_quote_id == r1 and pending[0].a_quote_id in (s1, s2, s3)
    # Its copy arriving later joins it, and is not linked to the cluster again.
    (r2,), _ = add_article(database, [(REWORDED, "Biden")])
    third = run_linking(database)
    assert (third.created, third.grouped) == (0, 1)
    assert sorted(_members(database, LinkKind.QUOTE)) == [[s1, s2, s3], [r1, r2]]


def test_a_rejected_grouping_stays_rejected(database: Database) -> None:
    (s1,), _ = add_article(database, [(SPEECH, None)])
    (s2,), _ = add_article(database, [(SPEECH, None)])
    run_linking(database)
    (auto,) = _links(database)
    assert auto.status is LinkStatus.AUTO and (auto.a_quote_id, auto.b_quote_id) == (s1, s2)
    review.decide(database, auto.id, "reject", "ann", expected=LinkStatus.AUTO)
    assert _members(database, LinkKind.QUOTE) == []
    summary = run_linking(database, full=True)
    assert summary.grouped == 0 and [link.status for link in _links(database)] == [
        LinkStatus.REJECTED
    ]


def test_copies_never_merge_two_clusters(database: Database) -> None:
    (a,), _ = add_article(database, [(SPEECH, "Joe Biden")])
    (b,), _ = add_article(database, [(REWORDED, "Joe Biden")])
    (c,), _ = add_article(database, [(SPEECH, "Jill Biden")])
    (d,), _ = add_article(database, [(REWORDED, "Jill Biden")])
    run_linking(database)
    for link in _links(database):
        if {link.a_quote_id, link.b_quote_id} in ({a, b}, {c, d}):
            review.decide(database, link.id, "confirm", "ann")
    assert sorted(_members(database, LinkKind.QUOTE)) == [[a, b], [c, d]]
    # A copy of A by "Biden" would join both people's clusters: it joins neither on its own.
    (e,), _ = add_article(database, [(SPEECH, "Biden")])
    run_linking(database)
    new = [link for link in _links(database) if e in (link.a_quote_id, link.b_quote_id)]
    assert [link.status for link in new].count(LinkStatus.AUTO) <= 1
    assert len(_members(database, LinkKind.QUOTE)) == 2


def test_a_short_statement_is_grouped_only_between_copied_articles(database: Database) -> None:
    turnout = ClaimSpec("Turnout was 60 percent.", "60 percent", 60.0, "percent")
    long_quotes = [(SPEECH, "Joe Biden"), (OTHER, None)]
    _, (a,) = add_article(database, long_quotes, [turnout])
    _, (b,) = add_article(database, long_quotes, [turnout])
    _, (c,) = add_article(database, [(REWORDED, "Jill Biden")], [turnout])
    run_linking(database)
    # A and B share two long statements: B is a copy of A, and so is its short claim; C is not.
    assert _members(database, LinkKind.CLAIM) == [[a, b]]
    pending = [link for link in _links(database) if link.kind is LinkKind.CLAIM]
    assert [
        (link.status, link.b_claim_id)
        for link in pending
        if c in (link.a_claim_id, link.b_claim_id)
    ] == [(LinkStatus.PENDING, c)]


def test_a_statement_an_article_repeats_is_not_linked_to_itself(database: Database) -> None:
    (a1, a2), _ = add_article(database, [(SPEECH, None), (SPEECH, None)])
    (b1,), _ = add_article(database, [(SPEECH, None)])
    run_linking(database)
    pairs = {(link.a_quote_id, link.b_quote_id) for link in _links(database)}
    assert (a1, a2) not in pairs and (a1, b1) in pairs
    assert all(link.status is LinkStatus.AUTO for link in _links(database))
