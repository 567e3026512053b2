"""Free-text matching: a probe leaves the index as it was, and finds what brute force finds."""

from __future__ import annotations

import copy

from factdb.link.blocking import probe
from factdb.link.matching import Matcher
from factdb.link.records import LinkItem
from factdb.link.scoring import prepare, score_pair
from factdb.vocab import LinkKind

STATEMENTS = [
    "We will cut taxes for every family this year",
    "The reservoir holds 4.2 billion cubic metres of water",
    "Water that crosses a border cannot be owned by one side of it",
    "We are not against machines, we are against being thrown away like old rope",
    "No one will go thirsty so that another can switch on a light",
    "The strike will go on until the port operator offers a fair deal",
    "Our ministers will meet again in Porto Velha next spring",
    "The sums simply do not add up for working families",
]
QUERIES = [
    "we will cut taxes for all families this year",
    "water crossing a border cannot be owned by one side",
    "the port strike goes on until the operator offers a fair deal to the workers",
    "cheese is best eaten at room temperature",
]


def _archive() -> list[LinkItem]:
    # Each statement in two articles, so that words are shared and keys chosen as in real use.
    return [
        LinkItem(n * len(STATEMENTS) + i + 1, LinkKind.QUOTE, n * 10 + i + 1, text)
        for n in range(2)
        for i, text in enumerate(STATEMENTS)
    ]


def _state(matcher: Matcher) -> object:
    index = matcher.index
    return copy.deepcopy(
        (len(index.items), index.df, index.count, index.postings, index.reach_postings,
         index.piece_postings, index._forward, index._pieces, list(index._arrival),
         bytes(index._reach_need), list(index._piece_owner), list(index._first_piece),
         index._posted)
    )  # fmt: skip


def test_a_probe_leaves_the_index_as_it_was() -> None:
    matcher = Matcher.build(_archive())
    before = _state(matcher)
    for text in QUERIES:
        probe(matcher.index, prepare(LinkItem(0, LinkKind.QUOTE, 0, text)))
        assert _state(matcher) == before


def test_hits_are_what_scoring_every_item_finds() -> None:
    items = _archive()
    matcher = Matcher.build(items)
    for text in QUERIES:
        query = LinkItem(0, LinkKind.QUOTE, 0, text)
        hits = matcher.query([query], min_score=45)
        brute = {i.id: score_pair(query, i, 45).score for i in items}
        expected = {i for i, score in brute.items() if score >= 45}
        assert {h.item.id for h in hits} == expected
        assert all(h.match.score == brute[h.item.id] for h in hits)
        assert [h.match.score for h in hits] == sorted((h.match.score for h in hits), reverse=True)
    assert matcher.query([LinkItem(0, LinkKind.QUOTE, 0, QUERIES[-1])]) == []
