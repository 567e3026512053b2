"""Benchmark `factdb match`: start-up and per-query time against an archive of N stored items.

    python bench/bench_match.py                    # 1,000,000 items in a temporary SQLite file
    python bench/bench_match.py --db postgresql+psycopg://user@host/db --items 1000000
    python bench/bench_match.py --db URL --no-fill # reuse a filled database

The archive is bench_link.py's synthetic one (news-like words, speakers, dates, quantities, 15%
of items variants of earlier ones), stored as articles of 25 quotes and claims. Start-up is what
`factdb match` does before its first query: read every stored quote and claim and index them
(`MatchIndex.load`). Then `--queries` texts are matched one at a time as the command does,
reading the hits' articles, clusters and verdicts from the database: half are variants of
stored items (reworded, trimmed, embedded in a longer sentence, or with another number), half
new sentences. It prints the start-up time and the median, 95th percentile and largest time
per query, and how often a variant found the item it was made from among the hits shown.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_export import NOW
from bench_export import _bulk as bulk
from bench_link import ARTICLE_ITEMS, Archive

from factdb.link.records import LinkItem
from factdb.models import Article, Claim, Outlet, Quote
from factdb.services.database import Database
from factdb.services.match import MatchIndex
from factdb.vocab import LinkKind

OUTLETS = 50


def _articles(items: list[LinkItem]) -> Iterator[dict[str, Any]]:
    seen: set[int] = set()
    for item in items:
        if item.article_id in seen:
            continue
        seen.add(item.article_id)
        yield {"id": item.article_id, "outlet_id": item.article_id % OUTLETS + 1,
               "title": f"Article {item.article_id}", "text": f"Article {item.article_id}.",
               "published": item.published, "content_hash": f"{item.article_id:064d}",
               "ingested_at": NOW}  # fmt: skip


def _statements(items: list[LinkItem], kind: LinkKind) -> Iterator[dict[str, Any]]:
    for item in items:
        if item.kind is not kind:
            continue
        common = {"id": item.id, "article_id": item.article_id, "start_offset": 0,
                  "end_offset": len(item.text), "sentence": item.text,
                  "sentence_start": 0}  # fmt: skip
        if kind is LinkKind.QUOTE:
            yield {**common, "kind": "indirect", "text": item.text}
        else:
            yield {**common, "text": f"{item.value:,.0f} {item.unit}", "value": item.value,
                   "unit": item.unit, "normalized_value": item.value,
                   "normalized_unit": item.unit, "qualifier": "exact",
                   "conversions": []}  # fmt: skip


def fill(url: str, archive: Archive, size: int) -> tuple[list[LinkItem], float]:
    """Store SIZE generated items in the database at URL; the items and the seconds it took."""
    started = time.perf_counter()
    items = archive.generate(size)
    database = Database.open(url)
    try:
        outlets = ({"id": i, "name": f"Outlet {i}", "created_at": NOW} for i in range(1, 51))
        bulk(database, Outlet.__table__, outlets)
        bulk(database, Article.__table__, _articles(items))
        bulk(database, Quote.__table__, _statements(items, LinkKind.QUOTE))
        bulk(database, Claim.__table__, _statements(items, LinkKind.CLAIM))
    finally:
        database.close()
    return items, time.perf_counter() - started


def queries(archive: Archive, items: list[LinkItem], count: int) -> list[tuple[str, int | None]]:
    """COUNT query texts: half variants of stored items (with the item's id), half new ones."""
    rng = random.Random(11)
    out: list[tuple[str, int | None]] = []
    article = items[-1].article_id + 1
    while len(out) < count:
        if len(out) % 2 == 0:
            base = items[rng.randrange(len(items))]
            variant = archive._variant(base, 0, article, base.published or NOW.date())
            if variant.text != base.text:
                out.append((variant.text, base.id))
        else:
            topic = rng.choice(archive.topics)
            fresh = archive._fresh(0, article, NOW.date(), topic, ["Nobody Known"])
            out.append((fresh.text, None))
    return out


def main() -> None:
    """Fill (unless --no-fill), load the index, run the queries, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--no-fill", action="store_true", help="the database is already filled")
    args = parser.parse_args()
    archive = Archive()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite"
        if args.no_fill:
            items = archive.generate(args.items)
        else:
            items, seconds = fill(url, archive, args.items)
            print(f"stored {len(items):,} items ({len(items) // ARTICLE_ITEMS:,} articles)"
                  f" in {seconds:.1f} s", flush=True)  # fmt: skip
        database = Database.open(url)
        index = MatchIndex.load(database)
        print(f"start-up: {len(index):,} statements read and indexed in {index.seconds:.1f} s",
              flush=True)  # fmt: skip
        times, found, variants = [], 0, 0
        for text, base in queries(archive, items, args.queries):
            started = time.perf_counter()
            hits = index.match(text)
            times.append(time.perf_counter() - started)
            if base is not None:
                variants += 1
                found += any(h.id == base for h in hits)
        database.close()
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    print(f"{len(ms)} queries: median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms,"
          f" max {ms[-1]:.1f} ms; {found} of {variants} variants found the item they came from",
          flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
