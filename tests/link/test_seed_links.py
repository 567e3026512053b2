"""The seed articles' gold links, found from the extracted quotes as `factdb link` finds them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from factdb.extract import extract_article
from factdb.link import LinkItem, find_links, score_pair
from factdb.vocab import LinkKind

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
Span = tuple[str, int, int]


@cache
def seed_items() -> tuple[list[LinkItem], dict[int, Span], list[tuple[Span, Span]]]:
    """The extracted quotes of the two linked seed articles, their spans, and the gold links."""
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    links = [
        (
            (g["a"]["article"], g["a"]["start"], g["a"]["end"]),
            (g["b"]["article"], g["b"]["start"], g["b"]["end"]),
        )
        for g in gold["links"]
    ]
    names = sorted({side[0] for link in links for side in link})
    items: list[LinkItem] = []
    spans: dict[int, Span] = {}
    for article, name in enumerate(names):
        text = (SEEDS / name).read_text(encoding="utf-8")
        for quote in extract_article(text).quotes:
            speaker = quote.speaker.name if quote.speaker else None
            items.append(LinkItem(len(items) + 1, LinkKind.QUOTE, article, quote.text, speaker))
            spans[items[-1].id] = (name, quote.start, quote.end)
    return items, spans, links


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def gold_of(a: int, b: int) -> int | None:
    """The index of the gold link whose two sides the items A and B overlap, if any."""
    _, spans, links = seed_items()
    for n, (ga, gb) in enumerate(links):
        for x, y in ((a, b), (b, a)):
            if _overlaps(spans[x], ga) and _overlaps(spans[y], gb):
                return n
    return None


def test_gold_spans_are_quoted_text() -> None:
    _, _, links = seed_items()
    assert len(links) == 4
    for side in (s for link in links for s in link):
        assert (SEEDS / side[0]).read_text(encoding="utf-8")[side[1] : side[2]]


def test_every_proposed_link_is_a_gold_link_and_most_gold_links_are_proposed() -> None:
    items, _, _ = seed_items()
    found = [gold_of(p.a_id, p.b_id) for p in find_links(items)]
    assert None not in found
    # Three of the four: the fourth shares only a list of country names with its partner.
    assert len(set(found)) >= 3


def test_gold_pairs_rank_first() -> None:
    items, _, _ = seed_items()
    scored = sorted(
        (
            (score_pair(a, b).score, gold_of(a.id, b.id))
            for a in items
            for b in items
            if a.article_id == 0 and b.article_id == 1
        ),
        reverse=True,
    )
    top = [gold for _, gold in scored[:3]]
    assert None not in top
    assert len(set(top)) == 3


def test_a_clause_inside_a_longer_quote_is_linked_with_its_evidence() -> None:
    items, _, _ = seed_items()
    by_text = {item.text: item for item in items}
    long = next(t for t in by_text if "secure a substantial increase in defense spending" in t)
    other = next(t for t in by_text if "historic increase in defense spending" in t)
    match = score_pair(by_text[long], by_text[other])
    assert match.link
    local = match.evidence["local"]
    assert "increase in defense spending" in local["a"] + local["b"]
