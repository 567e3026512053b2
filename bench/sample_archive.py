"""Random articles of the shared news archive, for reading stored output on real text.

    python bench/sample_archive.py SEED COUNT OUT.jsonl

The archive's lines are shuffled with SEED and the first COUNT written to OUT, so that a seed
names one sample: `factdb --db sqlite:///r.db ingest OUT.jsonl`, `factdb --db ... link`, then
`python bench/read_rows.py r.db SEED 20` prints random stored rows to judge by reading.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_archive import archive_path


def sample_lines(seed: int, count: int, archive: Path | None = None) -> list[str]:
    """COUNT lines of the archive (each ending in a newline), chosen by SEED."""
    with gzip.open(archive or archive_path(), "rt", encoding="utf-8") as handle:
        lines = [line if line.endswith("\n") else line + "\n" for line in handle]
    random.Random(seed).shuffle(lines)
    return lines[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    lines = sample_lines(args.seed, args.count)
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
