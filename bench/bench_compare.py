"""Benchmark the matcher and the claim extractor on long, degenerate input.

    python bench/bench_compare.py                 # two 10 KB texts; 256 KB and 1 MB run-ons
    python bench/bench_compare.py --sizes 100000  # other run-on sizes (characters)

Prints the CPU time of `score_pair` on two 10 KB texts (what `factdb compare` does), and for a
"sentence" of the given sizes without any full stop: the CPU time of `extract_claims`, the
number of claims, and the size of their JSON records as `extract` prints them. Texts are made
from a fixed word list with figures in it, so runs are comparable; no shared data is read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factdb.extract.claims import extract_claims
from factdb.extract.serialize import claim_dict
from factdb.link import LinkItem, score_pair
from factdb.vocab import LinkKind

WORDS = (  # noqa: SIM905 - one fixed word list, easier to read as a sentence
    "the council said that 45 people and 3 million dollars went to 12 new roads while the "
    "mayor argued the budget of the city should rise by 4 percent over two years and nobody "
    "in the region doubted that the river would flood again before the harvest season ended"
).split()


def run_on(size: int, seed: int = 1) -> str:
    """SIZE characters of the word list, cycled with a stride, with no full stop."""
    out: list[str] = []
    length, i = 0, 0
    while length < size:
        word = WORDS[(i * seed + i // len(WORDS)) % len(WORDS)]
        out.append(word)
        length += len(word) + 1
        i += 1
    return " ".join(out)[:size]


def cpu(fn: object, *args: object) -> tuple[float, object]:
    """CPU seconds of FN(*ARGS) and its result."""
    start = time.process_time()
    result = fn(*args)  # type: ignore[operator]
    return time.process_time() - start, result


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[256_000, 1_000_000])
    args = parser.parse_args()
    a = LinkItem(1, LinkKind.QUOTE, 1, run_on(10_000, 3))
    b = LinkItem(2, LinkKind.QUOTE, 2, run_on(10_000, 5))
    seconds, match = cpu(score_pair, a, b)
    print(f"compare two 10 KB texts: {seconds:.3f} s CPU (score {match.score})")  # type: ignore[attr-defined]
    for size in args.sizes:
        seconds, claims = cpu(extract_claims, run_on(size))
        records = [json.dumps(claim_dict(c), ensure_ascii=False) for c in claims]  # type: ignore[attr-defined]
        megabytes = sum(len(r) + 1 for r in records) / 1e6
        print(
            f"{size:>9,} characters without a full stop: extract_claims {seconds:.2f} s CPU, "
            f"{len(records):,} claims, {megabytes:.1f} MB of JSON"
        )


if __name__ == "__main__":
    main()
