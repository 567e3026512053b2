"""Benchmark `factdb export`: fill a database with N rows of each entity, export them, print rows/s
and peak memory at the start, after a tenth of the rows and at the end (flat means streaming).

    python bench/bench_export.py                  # 1,000,000 links in a temporary SQLite file
    python bench/bench_export.py --db postgresql+psycopg://user@host/db --rows 200000
    python bench/bench_export.py --db URL --entity all --runs 3     # every entity, median of 3
    python bench/bench_export.py --db URL --entity all --no-fill    # reuse a filled database
    python bench/bench_export.py --format parquet     # one format (default: all three)

Each export runs in a child process, so that its peak memory is not the filling's. Rows/s is
wall-clock time; the child's CPU seconds (not the database server's) and the load average at the
end are printed beside it, because the wall clock suffers when other work shares the machine.
`--digest` prints the SHA-256 of each export instead of timing it: the same data must give the
same bytes on SQLite and PostgreSQL. Parquet is written to a temporary file (and removed): its
memory at a tenth is taken when the row group holding the tenth row has been written.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from factdb.models import Article, Claim, Cluster, ClusterMember, Link, Outlet, Quote
from factdb.services.database import Database
from factdb.services.export import ENTITIES, write_export
from factdb.services.export.parquet import write_parquet

ARTICLES = 1000
"""Articles when articles themselves are not measured."""
ITEMS = 2000
"""Quotes and claims when neither they nor clusters are measured; links pair among these."""
CHUNK = 20_000
NOW = datetime(2026, 3, 7, tzinfo=UTC)


def _bulk(database: Database, table: Any, rows: Iterator[dict[str, Any]]) -> None:
    with database.engine.begin() as conn:
        while chunk := list(itertools.islice(rows, CHUNK)):
            conn.execute(insert(table), chunk)


def _items(kind: str, count: int, articles: int) -> Iterator[dict[str, Any]]:
    for i in range(1, count + 1):
        common = {"id": i, "article_id": (i - 1) % articles + 1, "start_offset": 0,
                  "end_offset": 40, "sentence": f"Sentence {i} said something.",
                  "sentence_start": 0, "text": f"statement number {i} as quoted"}  # fmt: skip
        if kind == "quote":
            yield {**common, "kind": "direct"}
        else:
            yield {**common, "value": float(i), "normalized_value": float(i), "unit": "USD",
                   "normalized_unit": "USD", "qualifier": "exact", "conversions": []}  # fmt: skip


def _links(count: int) -> Iterator[dict[str, Any]]:
    half = count // 2
    for n, (a, b) in enumerate(itertools.islice(_pairs(), count - half), start=1):
        yield _link(n, "quote", a, b)
    for n, (a, b) in enumerate(itertools.islice(_pairs(), half), start=count - half + 1):
        yield _link(n, "claim", a, b)


def _pairs() -> Iterator[tuple[int, int]]:
    return ((a, b) for a in range(1, ITEMS) for b in range(a + 1, ITEMS + 1))


def _link(n: int, kind: str, a: int, b: int) -> dict[str, Any]:
    # Every row names all four item columns: one executemany needs one set of keys.
    items = {"a_quote_id": None, "b_quote_id": None, "a_claim_id": None, "b_claim_id": None}
    decided = n % 10 == 0  # a tenth reviewed
    return {"id": n, "kind": kind, "relation": "same",
            "status": "confirmed" if decided else "pending", "reviewer": "ana" if decided else None,
            "decided_at": NOW if decided else None, **items, f"a_{kind}_id": a,
            f"b_{kind}_id": b, "score": 50 + n % 50 + n % 7 / 8, "evidence": _evidence(n),
            "created_at": NOW}  # fmt: skip


def _evidence(n: int) -> dict[str, Any]:
    """Evidence shaped and sized like the linker's (factdb.link.scoring), varying with N."""
    return {
        "scorers": {"ratio": 40 + n % 60 / 4, "partial_ratio": 100.0,
                    "token_set_ratio": 50 + n % 500 / 10, "content_overlap": 63.33},
        "short_factor": 1.0, "text": 60 + n % 400 / 10, "speaker": "agree", "numbers": "none",
        "values": [], "date_gap_days": n % 30 or None,
        "terms": {"speaker": 4.2984496124031, "numbers": 0.0, "date": 0.0},
        "reason": "similar wording by the same speaker",
    }  # fmt: skip


def _clusters(count: int) -> tuple[Iterator[dict[str, Any]], Iterator[dict[str, Any]]]:
    """COUNT clusters of two items each (quotes, then claims) and their members."""
    quotes = count - count // 2
    clusters = (
        {"id": n, "kind": "quote" if n <= quotes else "claim", "created_at": NOW}
        for n in range(1, count + 1)
    )
    members = (
        {"cluster_id": n, "quote_id": item if n <= quotes else None,
         "claim_id": None if n <= quotes else item}
        for n in range(1, count + 1)
        for m in (1, 2)
        for item in [2 * (n if n <= quotes else n - quotes) - 2 + m]
    )  # fmt: skip
    return clusters, members


def fill(url: str, rows: int, entities: set[str]) -> float:
    """Fill the database at URL with ROWS rows of each of ENTITIES (and what they refer to)."""
    started = time.perf_counter()
    articles = rows if "articles" in entities else ARTICLES
    # Clusters hold two items each: an odd count needs one item more.
    items = rows + rows % 2 if "clusters" in entities else rows
    items = max(items if entities & {"quotes", "claims", "clusters"} else 0, ITEMS)
    database = Database.open(url)
    try:
        outlets = ({"id": i, "name": f"Outlet {i}", "created_at": NOW} for i in range(1, 11))
        _bulk(database, Outlet.__table__, outlets)
        rows_of_articles = ({"id": i, "outlet_id": i % 10 + 1, "text": f"Article {i}.",
                             "published": date(2026, 3, 1 + i % 28), "content_hash": f"{i:064d}",
                             "ingested_at": NOW} for i in range(1, articles + 1))  # fmt: skip
        _bulk(database, Article.__table__, rows_of_articles)
        _bulk(database, Quote.__table__, _items("quote", items, articles))
        _bulk(database, Claim.__table__, _items("claim", items, articles))
        if "links" in entities:
            _bulk(database, Link.__table__, _links(rows))
        if "clusters" in entities:
            clusters, members = _clusters(rows)
            _bulk(database, Cluster.__table__, clusters)
            _bulk(database, ClusterMember.__table__, members)
    finally:
        database.close()
    return time.perf_counter() - started


def count_rows(url: str, entity: str) -> int:
    """How many rows of ENTITY the database at URL holds."""
    table = {"articles": Article, "quotes": Quote, "claims": Claim, "links": Link}.get(
        entity, Cluster
    )
    database = Database.open(url)
    try:
        with database.read() as session:
            return int(session.scalar(select(func.count()).select_from(table)) or 0)
    finally:
        database.close()


def _peak_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Sink:
    """Where an export goes: /dev/null or a SHA-256; notes the peak RSS at a tenth of the lines."""

    def __init__(self, out: IO[str] | None, tenth: int, marks: dict[str, float]) -> None:
        self.out, self.tenth, self.marks = out, tenth, marks
        self.hash = hashlib.sha256()
        self.lines = 0

    def write(self, text: str) -> int:
        """Count TEXT's lines, then write it (or add it to the digest)."""
        self.lines += text.count("\n")
        if self.lines >= self.tenth and "tenth" not in self.marks:
            self.marks["tenth"] = _peak_mib()
        if self.out is None:
            self.hash.update(text.encode("utf-8"))
            return len(text)
        return self.out.write(text)


def _parquet(
    database: Database, entity: str, tenth: int, marks: dict[str, float]
) -> tuple[int, str]:
    """Export ENTITY to a temporary Parquet file; the count and the file's SHA-256."""

    def progress(written: int) -> None:
        if written >= tenth and "tenth" not in marks:
            marks["tenth"] = _peak_mib()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{entity}.parquet"
        count = write_parquet(database, entity, path, progress=progress)
        return count, hashlib.sha256(path.read_bytes()).hexdigest()


def child(url: str, entity: str, fmt: str, expected: int, digest: bool) -> dict[str, Any]:
    """Export every ENTITY of URL to /dev/null (or a digest) and measure it."""
    database = Database.open(url)
    marks = {"start": _peak_mib()}
    tenth = max(expected // 10, 1)
    with open(os.devnull, "w", encoding="utf-8") as devnull:
        sink = _Sink(None if digest else devnull, tenth, marks)
        cpu, started = _cpu_seconds(), time.perf_counter()
        if fmt == "parquet":
            count, sha = _parquet(database, entity, tenth, marks)
            sink.hash = _Digest(sha)
        else:
            count = write_export(database, entity, fmt, sink)
        elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    database.close()
    return {
        "entity": entity, "format": fmt, "rows": count, "seconds": elapsed, "cpu": cpu,
        "start": marks["start"], "tenth": marks.get("tenth", marks["start"]),
        "end": _peak_mib(), "sha256": sink.hash.hexdigest() if digest else None,
        "load": os.getloadavg()[0],
    }  # fmt: skip


class _Digest:
    """A finished digest, as the sink's hash reports it."""

    def __init__(self, hexdigest: str) -> None:
        self.value = hexdigest

    def hexdigest(self) -> str:
        """The digest."""
        return self.value


def _show(run: dict[str, Any], out: IO[str]) -> None:
    if run["sha256"]:
        print(f"{run['entity']:>8} {run['format']:>7}: {run['rows']:,} rows, "
              f"sha256 {run['sha256']}", file=out)  # fmt: skip
        return
    rate = run["rows"] / run["seconds"]
    print(
        f"{run['entity']:>8} {run['format']:>7}: {run['rows']:,} rows in {run['seconds']:.1f} s"
        f" = {rate:,.0f} rows/s ({run['cpu']:.1f} CPU s); peak RSS {run['start']:.0f} MiB"
        f" before, {run['tenth']:.0f} after 10%, {run['end']:.0f} at the end"
        f" (load {run['load']:.1f})",
        file=out,
        flush=True,
    )


def main() -> None:
    """Parse the options, fill the database, then export in child processes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--rows", "--links", type=int, default=1_000_000,
                        help="rows of each exported entity (default 1,000,000)")  # fmt: skip
    parser.add_argument("--entity", choices=[*ENTITIES, "all"], default="links")
    parser.add_argument("--format", choices=["jsonl", "csv", "parquet", "both", "all"],
                        default="all", help="both: JSONL and CSV; all: Parquet too")  # fmt: skip
    parser.add_argument("--runs", type=int, default=1, help="exports of each; prints the median")
    parser.add_argument("--no-fill", action="store_true", help="the database is already filled")
    parser.add_argument("--digest", action="store_true", help="print SHA-256s, not timings")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    entities = list(ENTITIES) if args.entity == "all" else [args.entity]
    named = {"both": ["jsonl", "csv"], "all": ["jsonl", "csv", "parquet"]}
    formats = named.get(args.format, [args.format])
    if args.child:
        print(json.dumps(child(args.db, args.entity, args.format, args.rows, args.digest)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite"
        if not args.no_fill:
            seconds = fill(url, args.rows, set(entities))
            print(f"filled {args.rows:,} rows of {', '.join(entities)} in {seconds:.1f} s")
        for entity in entities:
            expected = count_rows(url, entity)
            for fmt in formats:
                runs = []
                for _ in range(1 if args.digest else args.runs):
                    cmd = [sys.executable, __file__, "--child", "--db", url, "--entity", entity,
                           "--format", fmt, "--rows", str(expected)]  # fmt: skip
                    if args.digest:
                        cmd.append("--digest")
                    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
                    runs.append(json.loads(done.stdout.splitlines()[-1]))
                    _show(runs[-1], sys.stdout)
                if len(runs) > 1:
                    median = statistics.median(r["rows"] / r["seconds"] for r in runs)
                    peak = max(r["end"] for r in runs)
                    print(f"{entity:>8} {fmt:>7}: median of {len(runs)}: {median:,.0f} rows/s,"
                          f" peak RSS {peak:.0f} MiB", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
