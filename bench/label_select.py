"""The rule that drew batch 4 of the archive labels (`factdb/evaluation/news_labels.jsonl`).

    python bench/label_select.py [--seed 40404] [--count 10] [--parity even] [--batch 4]
                                 [--out F.jsonl]

Candidates: archive articles of 1,500-4,000 characters holding at least four quotation-mark
pairs (curly opening marks plus half the straight double quotes) and the word "said", not
labelled in a batch before BATCH (so a batch's draw can be rerun once it is added), whose id's
SHA-1 hex digest ends in an even hex digit (odd with --parity odd: another labeller's share).
The candidates are shuffled with the seed, then ordered (stably) by how many labelled articles
their outlet already has (dev set and archive labels before BATCH together) and by how many of
the outlet's candidates come before them, and taken in that order, at most two per outlet: the
outlets least labelled come first, one article each before any gets a second.
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

LABELS = Path(__file__).resolve().parent.parent / "factdb" / "evaluation" / "news_labels.jsonl"
SAID = re.compile(r"\bsaid\b")


def pairs(text: str) -> int:
    """Quotation-mark pairs: curly opening double quotes plus half the straight ones."""
    return text.count("\u201c") + text.count('"') // 2


def even_digest(article_id: str) -> bool:
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0


def select(seed: int, count: int, parity: str, batch: int = 4) -> list[dict[str, str]]:
    """The articles drawn for label batch BATCH (module docstring)."""
    rows_before = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines()]
    labelled = {r["id"] for r in rows_before if r.get("batch", 1) < batch}
    archive = archive_path()
    done: Counter[str] = Counter()
    dev = archive.parent / "dev.jsonl"
    for line in dev.read_text(encoding="utf-8").splitlines():
        if line.strip():
            done[json.loads(line)["outlet"]] += 1
    rows: list[dict[str, str]] = []
    with gzip.open(archive, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in labelled:
                done[d["outlet"]] += 1
                continue
            t = d["text"]
            if not 1500 <= len(t) <= 4000 or pairs(t) < 4 or not SAID.search(t):
                continue
            if even_digest(d["id"]) != (parity == "even"):
                continue
            rows.append(d)
    rows.sort(key=lambda d: d["id"])
    random.Random(seed).shuffle(rows)
    seen: Counter[str] = Counter()
    ranked = []
    for d in rows:
        ranked.append((done[d["outlet"]], seen[d["outlet"]], d))
        seen[d["outlet"]] += 1
    ranked.sort(key=lambda r: (r[0], r[1]))  # stable: the shuffle breaks ties
    taken: list[dict[str, str]] = []
    per: Counter[str] = Counter()
    for _, _, d in ranked:
        if per[d["outlet"]] < 2:
            taken.append(d)
            per[d["outlet"]] += 1
        if len(taken) == count:
            break
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=40404)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--parity", choices=("even", "odd"), default="even")
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    taken = select(args.seed, args.count, args.parity, args.batch)
    for d in taken:
        print(f"{d['id']}  {len(d['text']):5d}  {d['outlet']}  {d['title'][:60]}")
    if args.out:
        text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in taken)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
