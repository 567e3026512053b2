"""Benchmark factdb's start-up: CPU seconds of `factdb --help`, each `factdb COMMAND --help`,
`factdb extract` of one small file and a few database commands on a small SQLite file.

    python bench/bench_startup.py               # median of 7 runs of each command
    python bench/bench_startup.py --runs 15     # more runs on a busy machine
    python bench/bench_startup.py --factdb /path/to/venv/bin/factdb   # an installed factdb

Each command runs as a child process (`python -m factdb` unless --factdb names a program) and
is measured by the child's CPU time, user plus system, from os.wait4: unlike the wall clock it
hardly moves when other work shares the machine. The targets are 0.3 s for every `--help` and
0.6 s for `extract` of one small file; a line over its target is marked.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from factdb.cli.commands import COMMANDS  # noqa: E402  (after the path is set)

HELP_TARGET_S = 0.3
EXTRACT_TARGET_S = 0.6
SMALL_ARTICLE = """Port strike ends after four days

PORTO VELHA, March 4, 2026 (Meridian Wire) – Dockworkers voted on Friday to end their strike
after accepting a 5.5% pay rise. "This is a fair deal for every family on the quay," said Lena
Okafor, a union spokeswoman. The operator said about 40 ships were waiting to be unloaded.
"""


def cpu_seconds(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    """User plus system CPU seconds of one run of ARGV; a failing run stops the benchmark."""
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(argv, cwd=cwd, env=env, stdout=sink, stderr=subprocess.PIPE)
        assert child.stderr is not None
        err = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}): {err.decode()[-500:]}")
    return usage.ru_utime + usage.ru_stime


def cases(workdir: Path) -> list[tuple[str, list[str], float | None]]:
    """(label, arguments, target seconds or None) of every measured command."""
    article = workdir / "article.txt"
    article.write_text(SMALL_ARTICLE, encoding="utf-8")
    db = ["--db", f"sqlite:///{workdir / 'bench.sqlite'}"]
    found: list[tuple[str, list[str], float | None]] = [("--help", ["--help"], HELP_TARGET_S)]
    found += [(f"{name} --help", [name, "--help"], HELP_TARGET_S) for name in sorted(COMMANDS)]
    found += [
        ("extract (one small file)", ["extract", str(article)], EXTRACT_TARGET_S),
        ("ingest (one small file, new database)", [*db, "ingest", str(article)], None),
        ("stats", [*db, "stats"], None),
        ("sql", [*db, "sql", "SELECT COUNT(*) FROM quotes_v"], None),
    ]
    return found


def main() -> int:
    """Print the median CPU seconds of each command and whether it meets its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--factdb", help="the factdb program to run (default: python -m factdb)")
    args = parser.parse_args()
    program = [args.factdb] if args.factdb else [sys.executable, "-m", "factdb"]
    env = dict(os.environ) if args.factdb else {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    missed = 0
    with tempfile.TemporaryDirectory(prefix="factdb-bench-") as tmp:
        workdir = Path(tmp)
        print(f"{'command':<42} {'CPU s (median)':>14} {'min':>6} {'max':>6}  target")
        for label, argv, target in cases(workdir):
            runs = [cpu_seconds([*program, *argv], workdir, env) for _ in range(args.runs)]
            median = statistics.median(runs)
            verdict = (
                "" if target is None else f"{target:.1f} {'ok' if median <= target else 'MISSED'}"
            )
            missed += target is not None and median > target
            print(f"{label:<42} {median:>14.3f} {min(runs):>6.3f} {max(runs):>6.3f}  {verdict}")
    print(f"{missed} target(s) missed; {args.runs} runs each, CPU time of the child process")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
