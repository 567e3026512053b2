"""Pick the archive articles of label batch 5 (fixed seed; see docs/accuracy.md).

Rule: articles of the archive (`../shared/data/news/archive.jsonl.gz`) with 1,500-4,000
characters, at least four quotation-mark pairs (curly pairs, or straight double quotes counted two
to a pair) and the word "said", not in batches 1-3 of factdb/evaluation/news_labels.jsonl (the
labels there when batch 5 was drawn), whose id's SHA-1 hex digest ends in an odd hex digit
(batch 4 takes the even ones). They are shuffled with random.Random(SEED), then
stably ordered by how many articles of their outlet are labelled already (fewest first), and taken
in that order, at most one per outlet (batch 4 allows two), until N are chosen.

    python bench/select_labels_batch5.py [ARCHIVE] [--n 10] [--seed 5] [--out FILE.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_archive import archive_path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "factdb" / "evaluation" / "news_labels.jsonl"
SAID = re.compile(r"\bsaid\b")


def quote_pairs(text: str) -> int:
    """Quotation-mark pairs: curly opening marks, plus straight double quotes by two."""
    return text.count("\u201c") + text.count('"') // 2


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("archive", nargs="?", type=Path)
    p.add_argument("--n", type=int, default=10)
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--out", type=Path)
    a = p.parse_args()
    lines = [json.loads(x) for x in LABELS.read_text().splitlines() if x.strip()]
    labelled = [r["id"] for r in lines if r.get("batch", 1) < 4]
    with gzip.open(a.archive or archive_path(), "rt", encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh]
    outlet_of = {r["id"]: r["outlet"] for r in rows}
    done = Counter(outlet_of[i] for i in labelled if i in outlet_of)
    pool = [
        r
        for r in rows
        if 1500 <= len(r["text"]) <= 4000
        and quote_pairs(r["text"]) >= 4
        and SAID.search(r["text"])
        and r["id"] not in set(labelled)
        and int(hashlib.sha1(r["id"].encode()).hexdigest()[-1], 16) % 2 == 1
    ]
    random.Random(a.seed).shuffle(pool)
    pool.sort(key=lambda r: done[r["outlet"]])
    chosen: list[dict] = []
    taken: Counter[str] = Counter()
    for r in pool:
        if taken[r["outlet"]] < 1:
            chosen.append(r)
            taken[r["outlet"]] += 1
        if len(chosen) == a.n:
            break
    for r in chosen:
        print(r["id"], len(r["text"]), r["outlet"], f"(labelled before: {done[r['outlet']]})")
    if a.out:
        a.out.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")


if __name__ == "__main__":
    main()
