"""Benchmark of `ingest` on real articles: articles/s, rows/s, time per 1,000, memory.

Run from the repository root, for example:

    .venv/bin/python bench/bench_ingest.py --articles 30000 --workers 2
    .venv/bin/python bench/bench_ingest.py --articles 3000 --db postgresql+psycopg://...

The archive is real text (`real_archive`: the shared archive's 5,000 articles, then copies
with new ids and their paragraphs shuffled), written once to a JSONL file and ingested the
way `factdb ingest FILE --workers N` does, into an empty database (a new SQLite file unless
--db is given; a PostgreSQL database given there is emptied first).

It prints, for every 1,000 articles, the wall time of that thousand and the resident memory
of this process then, and at the end: articles/s and rows/s (articles, quotes, claims,
speakers, aliases and outlets written), the CPU time of this process per article (with
workers, that is the store path: everything outside extraction), the CPU of the workers (the
processes below this one: the workers and the fork server that starts them, whose imports
count there), and the peak memory of this process and of the largest worker (getrusage). On a
shared machine compare the CPU figures of interleaved runs, not the wall times. `--store-only`
extracts every article first and then times storing alone (one process). `--old` stores
article by article (`ingest_article`), as before batches.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factdb.errors import InputError

if TYPE_CHECKING:
    from factdb.services.database import Database
    from factdb.services.ingest import IngestResult
    from factdb.sources import ArticleInput

# The database code is imported where it is used: every worker process imports this script
# before its first task, and `factdb ingest`, which this measures, starts its workers light.

WINDOW = 1000


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _descendants() -> dict[int, tuple[float, float]]:
    """CPU seconds and peak memory (MiB) of every process below this one (the workers)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
    mine, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - mine
        mine |= frontier
    found: dict[int, tuple[float, float]] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for pid in mine:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/status") as status:
                hwm = next(line for line in status if line.startswith("VmHWM"))
        except (OSError, StopIteration):
            continue
        found[pid] = ((int(fields[11]) + int(fields[12])) / tick, int(hwm.split()[1]) / 1024)
    return found


def _counts(database: Database) -> dict[str, int]:
    from sqlalchemy import func, select

    from factdb.models import Article, Claim, Outlet, Quote, Speaker, SpeakerAlias

    with database.read() as session:
        return {
            m.__tablename__: int(session.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Article, Quote, Claim, Speaker, SpeakerAlias, Outlet)
        }


def _open(url: str | None, folder: Path) -> Database:
    from sqlalchemy import text

    from factdb.services.database import Database

    if url is None:
        return Database.open(f"sqlite:///{folder / 'bench.db'}")
    fresh = Database.open(url, migrate=False)
    with fresh.write() as session:  # an empty database: the schema made anew
        session.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    fresh.close()
    return Database.open(url)


def main() -> None:
    from real_archive import write_archive

    from factdb.services import ingest as ingest_module
    from factdb.services.ingest import ingest_many
    from factdb.sources import ArticleInput, read_paths

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--batch", type=int, default=ingest_module.BATCH)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--store-only", action="store_true")
    parser.add_argument("--old", action="store_true", help="article by article, as before")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()

    source = write_archive(
        args.cache / f"real-archive-{args.articles}-{args.seed}.jsonl", args.articles, args.seed
    )
    folder = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    database = _open(args.db, folder)
    backend = "sqlite" if database.is_sqlite else "postgresql"
    items = read_paths([str(source)])
    if args.store_only:
        extracted = {}
        listed = [a for a in items if isinstance(a, ArticleInput)]
        for article in listed:
            extracted[article.text] = ingest_module._extract(article)
        ingest_module._extract = lambda article: extracted[article.text]  # type: ignore[assignment]
        items = iter(listed)
        args.workers = 1
    marks: list[tuple[float, float, float]] = []
    workers: dict[int, tuple[float, float]] = {}
    done = 0
    failures = 0
    started = time.perf_counter()
    cpu = cpu_start = time.process_time()

    def tick(result: IngestResult | InputError) -> None:
        nonlocal done, failures
        done += 1
        failures += isinstance(result, InputError)
        if done % WINDOW == 0:
            marks.append((time.perf_counter(), time.process_time(), _rss_mib()))
            workers.update(_descendants())

    if args.old:
        for item in items:
            tick(item if isinstance(item, InputError) else _one(database, item))
    else:
        ingest_many(database, items, on_result=tick, workers=args.workers, batch=args.batch)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    counts = _counts(database)
    rows = sum(counts.values())
    own = resource.getrusage(resource.RUSAGE_SELF)
    mode = (
        "store only"
        if args.store_only
        else "article by article"
        if args.old
        else f"workers {args.workers}, batch {args.batch}"
    )
    print(f"{backend}, {mode}: {done} articles ({failures} failed) in {seconds:.1f} s")
    last, last_cpu = started, cpu_start
    for n, (at, at_cpu, rss) in enumerate(marks, 1):
        if n <= 3 or n > len(marks) - 3:
            span = f"{(n - 1) * WINDOW + 1:>6}-{n * WINDOW:<6}"
            rate = WINDOW / (at - last)
            store = (at_cpu - last_cpu) * 1000 / WINDOW
            print(
                f"  articles {span} {at - last:6.2f} s {rate:6.0f} articles/s, "
                f"this process {store:5.2f} ms CPU/article, rss {rss:5.0f} MiB"
            )
        elif n == 4:
            print("  ...")
        last, last_cpu = at, at_cpu
    print(f"  {done / seconds:.0f} articles/s, {rows / seconds:.0f} rows/s ({counts})")
    own_ms = 1000 * cpu / max(done, 1)
    kids_ms = 1000 * sum(c for c, _ in workers.values()) / max(done, 1)
    print(f"  CPU per article: this process {own_ms:.2f} ms, the workers {kids_ms:.2f} ms")
    peak, worker = own.ru_maxrss / 1024, max((m for _, m in workers.values()), default=0)
    print(f"  peak memory: this process {peak:.0f} MiB, largest worker {worker:.0f} MiB")
    database.close()
    shutil.rmtree(folder, ignore_errors=True)  # the SQLite file, tens of MB a run


def _one(database: Database, article: ArticleInput) -> IngestResult | InputError:
    from factdb.services.ingest import ingest_article

    try:
        return ingest_article(database, article)
    except InputError as exc:
        return exc


if __name__ == "__main__":
    main()
