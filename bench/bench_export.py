"""Benchmark `factdb export links`: fill a database with N links, export them, print rows/s and
peak memory at the start, after a tenth of the rows and at the end (flat means streaming).

    python bench/bench_export.py                       # 1,000,000 links in a temporary SQLite file
    python bench/bench_export.py --db postgresql+psycopg://user@host/db --links 200000

The export runs in a child process, so that its peak memory is not the filling's.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from factdb.models import Article, Claim, Link, Outlet, Quote
from factdb.services.database import Database
from factdb.services.export import iter_records, write_records

ARTICLES = 1000
ITEMS_PER_ARTICLE = 2
CHUNK = 20_000
NOW = datetime(2026, 3, 7, tzinfo=UTC)


def _bulk(database: Database, table: Any, rows: Iterator[dict[str, Any]]) -> None:
    with database.engine.begin() as conn:
        while chunk := list(itertools.islice(rows, CHUNK)):
            conn.execute(insert(table), chunk)


def _items(kind: str) -> Iterator[dict[str, Any]]:
    for i in range(1, ARTICLES * ITEMS_PER_ARTICLE + 1):
        common = {"id": i, "article_id": (i - 1) // ITEMS_PER_ARTICLE + 1, "start_offset": 0,
                  "end_offset": 40, "sentence": f"Sentence {i} said something.",
                  "sentence_start": 0, "text": f"statement number {i} as quoted"}  # fmt: skip
        if kind == "quote":
            yield {**common, "kind": "direct"}
        else:
            yield {**common, "value": float(i), "normalized_value": float(i), "unit": "USD",
                   "normalized_unit": "USD", "qualifier": "exact", "conversions": []}  # fmt: skip


def _links(count: int) -> Iterator[dict[str, Any]]:
    items = ARTICLES * ITEMS_PER_ARTICLE
    pairs = ((a, b) for a in range(1, items) for b in range(a + 1, items + 1))
    half = count // 2
    for n, (a, b) in enumerate(itertools.islice(pairs, count - half), start=1):
        yield _link(n, "quote", a, b)
    pairs = ((a, b) for a in range(1, items) for b in range(a + 1, items + 1))
    for n, (a, b) in enumerate(itertools.islice(pairs, half), start=count - half + 1):
        yield _link(n, "claim", a, b)


def _link(n: int, kind: str, a: int, b: int) -> dict[str, Any]:
    # Every row names all four item columns: one executemany needs one set of keys.
    items = {"a_quote_id": None, "b_quote_id": None, "a_claim_id": None, "b_claim_id": None}
    return {"id": n, "kind": kind, "relation": "same", "status": "pending",
            **items, f"a_{kind}_id": a, f"b_{kind}_id": b, "score": 50 + n % 50,
            "evidence": {"token_set": 90}, "created_at": NOW}  # fmt: skip


def fill(url: str, links: int) -> float:
    """Fill the database at URL with outlets, articles, quotes, claims and LINKS links."""
    started = time.perf_counter()
    database = Database.open(url)
    try:
        outlets = ({"id": i, "name": f"Outlet {i}", "created_at": NOW} for i in range(1, 11))
        _bulk(database, Outlet.__table__, outlets)
        articles = ({"id": i, "outlet_id": i % 10 + 1, "text": f"Article {i}.",
                     "published": date(2026, 3, 1 + i % 28), "content_hash": f"{i:064d}",
                     "ingested_at": NOW} for i in range(1, ARTICLES + 1))  # fmt: skip
        _bulk(database, Article.__table__, articles)
        _bulk(database, Quote.__table__, _items("quote"))
        _bulk(database, Claim.__table__, _items("claim"))
        _bulk(database, Link.__table__, _links(links))
    finally:
        database.close()
    return time.perf_counter() - started


def _peak_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(url: str, fmt: str, expected: int) -> None:
    """Export every link of URL to /dev/null and print rows/s and peak memory as it goes."""
    database = Database.open(url)
    marks = {"start": _peak_mib()}
    tenth = max(expected // 10, 1)

    def watched() -> Iterator[dict[str, Any]]:
        for n, record in enumerate(iter_records(database, "links"), start=1):
            if n == tenth:
                marks["tenth"] = _peak_mib()
            yield record

    started = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as out:
        count = write_records(watched(), fmt, out)
    elapsed = time.perf_counter() - started
    marks["end"] = _peak_mib()
    database.close()
    print(f"exported {count:,} links as {fmt} in {elapsed:.1f} s: {count / elapsed:,.0f} rows/s")
    print(
        f"peak RSS: {marks['start']:.0f} MiB before, {marks['tenth']:.0f} MiB after 10%,"
        f" {marks['end']:.0f} MiB at the end"
    )


def main() -> None:
    """Parse the options, fill the database, then export in a child process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--links", type=int, default=1_000_000)
    parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.db, args.format, args.links)
        return
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite"
        seconds = fill(url, args.links)
        print(f"filled {args.links:,} links in {seconds:.1f} s")
        for fmt in ("jsonl", "csv") if args.format == "jsonl" else ("csv",):
            cmd = [sys.executable, __file__, "--child", "--db", url, "--format", fmt,
                   "--links", str(args.links)]  # fmt: skip
            subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
