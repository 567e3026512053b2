"""Benchmark of bulk decisions: 100,000 links rejected, then 100,000 confirmed, in one go each.

Seeds a queue of pending links as bench_review.py does (quotes of one outlet, each link joining
two of them), then times `factdb.services.bulk.decide_many` on --decide links chosen by id:
a dry run, a rejection (no cluster changes) and a confirmation (every cluster recomputed once),
and the same rejection through the command line (`factdb decide - reject` reading the ids on
stdin, start-up included). It checks that each decision wrote one audit row per link.

    .venv/bin/python bench/bench_decide.py
    .venv/bin/python bench/bench_decide.py --db postgresql+psycopg://USER@HOST/EMPTY_DB

Without --db it uses a new SQLite file in a temporary directory; with --db the database must
be empty, and it is emptied again at the end.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_review import seed
from bench_syndication import empty

from factdb.models import Article, Cluster, Link, Review
from factdb.services import bulk
from factdb.services.database import Database
from factdb.vocab import LinkStatus, ReviewAction

TARGET_SECONDS = 10.0
REPO = Path(__file__).resolve().parents[1]


def ids_of(database: Database, status: LinkStatus, n: int) -> list[int]:
    """The first N links in STATUS, by id."""
    with database.read() as session:
        query = select(Link.id).where(Link.status == status).order_by(Link.id).limit(n)
        return list(session.scalars(query))


def audited(database: Database, action: ReviewAction) -> int:
    """How many audit rows of ACTION there are."""
    with database.read() as session:
        query = select(func.count()).select_from(Review).where(Review.action == action)
        return int(session.scalar(query) or 0)


def timed(database: Database, ids: list[int], action: ReviewAction, *, dry: bool) -> float:
    """Seconds to decide IDS as ACTION (or only check them, if DRY)."""
    selection = bulk.Selection(ids=tuple(ids))
    started = time.perf_counter()
    result = bulk.decide_many(database, selection, action, "bench", dry_run=dry)
    seconds = time.perf_counter() - started
    assert result.decided == len(ids), result
    return seconds


def through_cli(url: str, ids: list[int]) -> float:
    """Seconds for `factdb decide - reject` on IDS read from stdin, start-up included."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "factdb", "--db", url, "decide", "-", "reject", "--reviewer", "cli"],
        input="\n".join(map(str, ids)),
        text=True,
        check=True,
        cwd=REPO,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    return time.perf_counter() - started


def verdict(seconds: float) -> str:
    """Whether SECONDS meets the target."""
    return "met" if seconds < TARGET_SECONDS else "MISSED"


def main() -> None:
    """Seed, decide, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--links", type=int, default=400_000, help="pending links to seed")
    parser.add_argument("--decide", type=int, default=100_000, help="links per decision")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bulk.sqlite'}"
        database = Database.open(url)
        with database.read() as session:
            if session.scalar(select(func.count()).select_from(Article)):
                sys.exit(f"{database.url} is not empty")
        try:
            started = time.perf_counter()
            seed(database, args.links)
            print(f"database: {database.url}; {args.links:,} pending links seeded in"
                  f" {time.perf_counter() - started:.1f} s")  # fmt: skip
            n = args.decide
            rejected = ids_of(database, LinkStatus.PENDING, n)
            dry = timed(database, rejected, ReviewAction.REJECT, dry=True)
            reject = timed(database, rejected, ReviewAction.REJECT, dry=False)
            confirmed = ids_of(database, LinkStatus.PENDING, n)
            confirm = timed(database, confirmed, ReviewAction.CONFIRM, dry=False)
            by_cli = through_cli(url, ids_of(database, LinkStatus.PENDING, n))
            rows = (audited(database, ReviewAction.REJECT), audited(database, ReviewAction.CONFIRM))
            with database.read() as session:
                clusters = session.scalar(select(func.count()).select_from(Cluster))
            print(f"dry run of {n:,} links:   {dry:.2f} s")
            print(f"reject {n:,} links:       {reject:.2f} s ({verdict(reject)}: under 10 s)")
            print(f"confirm {n:,} links:      {confirm:.2f} s ({verdict(confirm)}: under 10 s),"
                  f" {clusters} clusters afterwards")  # fmt: skip
            print(f"factdb decide - reject:  {by_cli:.2f} s for {n:,} ids on stdin"
                  f" ({verdict(by_cli)}: under 10 s)")  # fmt: skip
            print(f"audit rows: {rows[0]:,} rejections, {rows[1]:,} confirmations")
            assert rows == (2 * n, n), rows
        finally:
            if args.db:
                empty(database)
            database.close()


if __name__ == "__main__":
    main()
