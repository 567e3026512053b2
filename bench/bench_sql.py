"""Benchmark of `factdb sql`: time and peak memory of printing many rows in each format.

Run from the repository root, for example:

    .venv/bin/python bench/bench_sql.py --rows 2000000 [--db URL]

The rows come from a recursive query (a number, a label and a fraction a row), so no data is
needed; without --db a new SQLite file is used. Each format runs `factdb sql` in a process of
its own writing to /dev/null, and the figure is that process's peak resident memory (the
interpreter with factdb imported takes about 60 MiB of it).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FORMATS = ("table", "csv", "jsonl")
QUERY = (
    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < {rows}) "
    "SELECT n, 'row ' || n AS label, n * 0.5 AS half FROM c"
)


def run(url: str, rows: int, fmt: str, timeout: float) -> tuple[float, float]:
    """Seconds and peak memory (MiB) of one `factdb sql` process."""
    command = [sys.executable, __file__, "--one", fmt, "--db", url, "--rows", str(rows)]
    command += ["--timeout", str(timeout)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, float(done.stdout.strip()) / 1024


def one(url: str, rows: int, fmt: str, timeout: float) -> None:
    """Run `factdb sql` in this process with its rows to /dev/null; print the peak KiB."""
    from factdb.cli.main import cli

    args = ["--db", url, "sql", "--format", fmt, "--timeout", str(timeout)]
    with open(os.devnull, "w") as sink:
        sys.stdout = sink
        try:
            cli.main(args=[*args, QUERY.format(rows=rows)], standalone_mode=False)
        finally:
            sys.stdout = sys.__stdout__
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    """Print seconds and peak memory per format."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--timeout", type=float, default=3600.0)
    parser.add_argument("--one", choices=FORMATS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.db, args.rows, args.one, args.timeout)
        return
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        subprocess.run([sys.executable, "-m", "factdb", "--db", url, "stats"], check=True,
                       capture_output=True)  # fmt: skip
        for fmt in FORMATS:
            seconds, peak = run(url, args.rows, fmt, args.timeout)
            print(
                f"{args.rows:,} rows as {fmt:5}: {seconds:6.1f} s, "
                f"{args.rows / seconds:9,.0f} rows/s, peak memory {peak:6.0f} MiB"
            )


if __name__ == "__main__":
    main()
