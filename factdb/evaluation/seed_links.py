"""The seed gold links as `factdb link` meets them: quotes extracted from the two articles, linked.

The gold links join spans of text ("a free and open Indo-Pacific"), while the linker joins the
quotes the extractor found, which are often longer (a whole reported clause). A pair of quotes
matches a gold link when each overlaps one side of it; every other pair of the two articles
is unrelated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from factdb.extract import extract_article
from factdb.link import LinkItem, find_links, score_pair
from factdb.link.scoring import DEFAULT_THRESHOLD
from factdb.vocab import LinkKind

Span = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class SeedPair:
    """One cross-article pair of extracted quotes, its score and the gold link it matches."""

    score: float
    gold: int | None
    a: LinkItem
    b: LinkItem


@dataclass(frozen=True, slots=True)
class SeedLinks:
    """Every scored pair of the two articles, best first, and the pairs `find_links` proposed."""

    gold_count: int
    pairs: list[SeedPair]
    proposed: list[SeedPair]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def seed_links(seeds: Path, threshold: float = DEFAULT_THRESHOLD) -> SeedLinks:
    """Extract the quotes of the linked seed articles, score every pair and link them."""
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    links = [
        tuple((g[s]["article"], g[s]["start"], g[s]["end"]) for s in ("a", "b"))
        for g in gold["links"]
    ]
    names = sorted({side[0] for link in links for side in link})
    items: list[LinkItem] = []
    spans: dict[int, Span] = {}
    for article, name in enumerate(names):
        text = (seeds / name).read_text(encoding="utf-8")
        for quote in extract_article(text).quotes:
            speaker = quote.speaker.name if quote.speaker else None
            items.append(LinkItem(len(items) + 1, LinkKind.QUOTE, article, quote.text, speaker))
            spans[items[-1].id] = (name, quote.start, quote.end)

    def gold_of(a: LinkItem, b: LinkItem) -> int | None:
        for n, (ga, gb) in enumerate(links):
            if _overlaps(spans[a.id], ga) and _overlaps(spans[b.id], gb):
                return n
            if _overlaps(spans[b.id], ga) and _overlaps(spans[a.id], gb):
                return n
        return None

    by_id = {item.id: item for item in items}
    pairs = sorted(
        (
            SeedPair(score_pair(a, b, threshold).score, gold_of(a, b), a, b)
            for a in items
            for b in items
            if a.article_id == 0 and b.article_id == 1
        ),
        key=lambda p: -p.score,
    )
    proposed = [
        SeedPair(p.match.score, gold_of(by_id[p.a_id], by_id[p.b_id]), by_id[p.a_id], by_id[p.b_id])
        for p in find_links(items, threshold=threshold)
    ]
    return SeedLinks(len(links), pairs, proposed)


def report_seed_links(seeds: Path, threshold: float = DEFAULT_THRESHOLD) -> None:
    """Print how many gold links `link` proposes from extracted quotes, and where they rank."""
    result = seed_links(seeds, threshold)
    found = {p.gold for p in result.proposed if p.gold is not None}
    wrong = sum(p.gold is None for p in result.proposed)
    print(
        f"Seeds, from extracted quotes: {len(result.pairs)} cross-article pairs; "
        f"{len(found)} of {result.gold_count} gold links proposed, {wrong} unrelated pairs proposed"
    )
    best_rank: dict[int, int] = {}
    for rank, pair in enumerate(result.pairs, start=1):
        if pair.gold is not None:
            best_rank.setdefault(pair.gold, rank)
        if rank <= 8:
            mark = f"GOLD{pair.gold + 1}" if pair.gold is not None else "     "
            print(
                f"  {rank:>2} {mark} {pair.score:6.2f}  {pair.a.text[:40]!r} ~ {pair.b.text[:40]!r}"
            )
    ranks = ", ".join(f"{n + 1}: {best_rank[n]}" for n in sorted(best_rank))
    print(f"  best rank of each gold link: {ranks}")
