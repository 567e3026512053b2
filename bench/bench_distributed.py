"""Benchmark of `factdb link --engine dask`: throughput with 1 and 2 local workers, and the scaling.

Run from the repository root against a PostgreSQL database the benchmark may empty, e.g.:

    createdb factdb_bench
    .venv/bin/python bench/bench_distributed.py --items 100000 --workers 1 2 \
        --db postgresql+psycopg://postgres@127.0.0.1/factdb_bench

It stores the synthetic archive of `bench_link.py` (news-like articles of 25 quotes and
claims, a share of them variants of earlier ones) as articles, quotes and claims, then for
each worker count starts a local Dask cluster (one single-threaded worker process each, on
127.0.0.1), links everything from scratch with `run_linking_on_dask` and prints:

- the wall time of the whole run (items read, copies grouped, pairs found on the cluster,
  sifted and stored), of the part on the cluster, and the throughput in items per second;
- each worker process's CPU seconds in the run (from `resource.getrusage` on the worker):
  on a machine shared with other work the wall clock moves with the load, the CPU seconds
  hardly do, so the scaling is also given as (CPU of the 1-worker run) / (CPU of the busiest
  worker of the 2-worker run), the speed-up of the part on the cluster on dedicated cores,
  and with the driver's CPU seconds added to both (the driver works before and after the
  workers, not while they do), the speed-up of the whole run.

With --local the single-process `run_linking` runs too, and its links are compared with the
cluster's.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from bench_link import Archive  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402
from sqlalchemy import insert, select, text  # noqa: E402

from factdb.link import LinkItem, LinkStats, ScoredPair  # noqa: E402
from factdb.link.scoring import DEFAULT_THRESHOLD  # noqa: E402
from factdb.models import Article, Claim, Link, Quote, Speaker  # noqa: E402
from factdb.services.database import Database  # noqa: E402
from factdb.services.distributed.driver import DaskFinder  # noqa: E402
from factdb.services.linking import LinkSummary, run_linking  # noqa: E402
from factdb.vocab import LinkKind  # noqa: E402

BATCH = 10_000
LINK_TABLES = "links, link_runs, link_scores, clusters, cluster_members, reviews"


def load(database: Database, items: list[LinkItem]) -> None:
    """Empty DATABASE and store ITEMS as articles, speakers, quotes and claims."""
    with database.write() as session:
        session.execute(
            text(f"TRUNCATE articles, speakers, {LINK_TABLES} RESTART IDENTITY CASCADE")
        )
    speakers = {
        name: n for n, name in enumerate(sorted({i.speaker for i in items if i.speaker}), 1)
    }
    published: dict[int, Any] = {}
    for item in items:  # a variant's date is a day after its article's: the article's first
        published.setdefault(item.article_id, item.published)
    articles = sorted(published.items())
    quotes = [
        _quote(i) | {"speaker_id": speakers.get(i.speaker or "")}
        for i in items
        if i.kind is LinkKind.QUOTE
    ]
    claims = [
        _claim(i) | {"speaker_id": speakers.get(i.speaker or "")}
        for i in items
        if i.kind is LinkKind.CLAIM
    ]
    with database.write() as session:
        _insert(
            session,
            Speaker,
            [{"id": n, "name": s, "key": s, "kind": "person"} for s, n in speakers.items()],
        )
        _insert(
            session,
            Article,
            [
                {"id": a, "text": "", "content_hash": f"{a:064x}", "published": p}
                for a, p in articles
            ],
        )
        _insert(session, Quote, quotes)
        _insert(session, Claim, claims)
        for table in ("speakers", "articles", "quotes", "claims"):
            session.execute(text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))"))


def _insert(session: Any, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(model), rows[start : start + BATCH])


def _quote(item: LinkItem) -> dict[str, Any]:
    end = len(item.text)
    return {
        "article_id": item.article_id,
        "kind": "direct",
        "text": item.text,
        "start_offset": 0,
        "end_offset": end,
        "sentence": item.text,
        "sentence_start": 0,
    }


def _claim(item: LinkItem) -> dict[str, Any]:
    value = item.value or 0.0
    return {
        "article_id": item.article_id,
        "text": f"{value:,.0f} {item.unit}",
        "start_offset": 0,
        "end_offset": 1,
        "value": value,
        "unit": item.unit,
        "normalized_value": value,
        "normalized_unit": item.unit,
        "qualifier": "exact",
        "sentence": item.text,
        "sentence_start": 0,
    }


def reset_links(database: Database) -> None:
    """Forget every link and run, so that the next run links everything from scratch."""
    with database.write() as session:
        session.execute(text(f"TRUNCATE {LINK_TABLES} RESTART IDENTITY CASCADE"))


class TimedFinder(DaskFinder):
    """A `DaskFinder` that remembers how long the part on the cluster took."""

    seconds = 0.0

    def __call__(self, new: list[LinkItem], stored: list[LinkItem], stats: LinkStats) -> Any:
        started = time.perf_counter()
        pairs: list[ScoredPair] = list(super().__call__(new, stored, stats))
        self.seconds = time.perf_counter() - started
        return iter(pairs)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def on_cluster(database: Database, workers: int) -> tuple[LinkSummary, float, list[float], float]:
    """Link everything on a local cluster of WORKERS.

    Returns the summary, the seconds on the cluster, the CPU seconds of the driver and of each
    worker, and the largest peak resident size of a worker in MB.
    """
    reset_links(database)
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        before: dict[str, float] = client.run(_cpu)
        finder = TimedFinder(database, client, threshold=DEFAULT_THRESHOLD)
        driver = time.process_time()
        summary = run_linking(database, full=True, finder=finder)
        driver = time.process_time() - driver
        after: dict[str, float] = client.run(_cpu)
        peak: dict[str, float] = client.run(_peak_mb)
    cpu = sorted((after[w] - before[w] for w in after), reverse=True)
    print(f"  ({finder.index_seconds:.1f} s of the workers' CPU spent reading and indexing)")
    return summary, finder.seconds, [driver, *cpu], max(peak.values())


def link_rows(database: Database) -> list[tuple[Any, ...]]:
    with database.read() as session:
        return sorted(
            session.execute(
                select(
                    Link.kind,
                    Link.a_quote_id,
                    Link.b_quote_id,
                    Link.a_claim_id,
                    Link.b_claim_id,
                    Link.status,
                    Link.relation,
                    Link.score,
                )
            ).all(),
            key=repr,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a PostgreSQL database the benchmark empties")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--local", action="store_true", help="also link in one process and compare")
    args = parser.parse_args()
    database = Database.open(args.db)
    started = time.perf_counter()
    items = Archive().generate(args.items)
    load(database, items)
    print(f"{args.items:,} items stored in {time.perf_counter() - started:.0f} s", flush=True)
    reference = None
    if args.local:
        reset_links(database)
        summary = run_linking(database, full=True)
        reference = link_rows(database)
        print(
            f"single process: {summary.seconds:7.1f} s, "
            f"{args.items / summary.seconds:7.0f} items/s, "
            f"{len(reference):,} links",
            flush=True,
        )
    results: dict[int, tuple[float, float]] = {}
    for workers in args.workers:
        summary, part, (driver, *cpu), peak = on_cluster(database, workers)
        rows = link_rows(database)
        same = "" if reference is None else f", same links as one process: {rows == reference}"
        print(
            f"{workers} worker{'s' if workers > 1 else ' '}: {summary.seconds:7.1f} s "
            f"({part:.1f} s on the cluster), {args.items / summary.seconds:7.0f} items/s, "
            f"{len(rows):,} links; CPU: driver {driver:.1f} s, "
            f"workers {' + '.join(f'{c:.1f}' for c in cpu)} s, "
            f"worker peak {peak:,.0f} MB{same}",
            flush=True,
        )
        results[workers] = (summary.seconds, driver, max(cpu))
    if 1 in results and 2 in results:
        (wall1, drv1, cpu1), (wall2, drv2, cpu2) = results[1], results[2]
        print(
            f"scaling 2 workers / 1: {wall1 / wall2:.2f}x by wall clock (whole run); "
            f"on dedicated cores, {cpu1 / cpu2:.2f}x for the part on the cluster (busiest "
            f"worker's CPU) and {(drv1 + cpu1) / (drv2 + cpu2):.2f}x for the whole run "
            "(driver CPU added)"
        )
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
