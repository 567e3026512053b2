"""Random stored rows of a SQLite database, printed to be judged by reading.

    python bench/read_rows.py DB SEED COUNT [--links | --claims]

Quotes (`quotes_v`) by default, links (`links_v`) or claims (`claims_v`) on request; the rows
are shuffled with SEED, so that a seed names the same rows again.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
from pathlib import Path
from typing import Any


def random_rows(db: Path, view: str, seed: int, count: int) -> list[dict[str, Any]]:
    """COUNT rows of VIEW in the SQLite file DB, chosen by SEED."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        rows = [dict(row) for row in con.execute(f"SELECT * FROM {view}")]
    finally:
        con.close()
    random.Random(seed).shuffle(rows)
    return rows[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("count", type=int)
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--links", action="store_const", dest="view", const="links_v")
    kind.add_argument("--claims", action="store_const", dest="view", const="claims_v")
    args = parser.parse_args(argv)
    for row in random_rows(args.db, args.view or "quotes_v", args.seed, args.count):
        print("---")
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
