"""Candidate same-story article pairs of the shared news archive, to label by reading.

    python bench/story_pairs.py [--seed 6] [--limit 40] [--batch 6]

Two articles are a candidate pair when:

1. each is 1,200-5,000 characters, has three quotation-mark pairs or more (six marks), and was
   not labelled before batch BATCH (its id is on no line of
   `factdb/evaluation/news_labels.jsonl` with a smaller `batch`), so that the run that chose a
   batch can be repeated after it was labelled;
2. they come from different outlets, under the same topic, published at most 3 days apart;
3. their titles share two content words or more, and the capitalised words of their texts
   (names, places) have a Jaccard overlap of 0.25 or more;
4. they are not one text run twice: under 30% of the 8-word shingles of the shorter one occur in
   the other (syndicated copies share nearly all).

Each article enters one candidate pair at most (its best one, by the name overlap). The pairs
are then shuffled with `random.Random(SEED)` and printed in that order, so that a seed names one
reading order: the pairs to label are the first ones that reading confirms tell one event.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_archive import archive_path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "factdb" / "evaluation" / "news_labels.jsonl"
# Words that say nothing of a story, left out of the title and name overlaps (one a line).
STOP = frozenset(
    Path(__file__).with_name("story_pairs_stopwords.txt").read_text(encoding="utf-8").split()
)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")
QUOTES = re.compile(r"[\"\u201c\u201d]")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)} - STOP


def _names(text: str) -> set[str]:
    return {w for w in NAME.findall(text) if w.lower() not in STOP}


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _eligible(d: dict[str, Any], labelled: set[str]) -> bool:
    text = d["text"]
    return (
        1200 <= len(text) <= 5000
        and len(QUOTES.findall(text)) >= 6
        and d["id"] not in labelled
        and bool(d.get("published"))
    )


def candidates(rows: list[dict[str, Any]]) -> list[tuple[float, dict[str, Any], dict[str, Any]]]:
    """Every candidate pair (rules 2-4) with its name overlap, best first per article."""
    names = {d["id"]: _names(d["text"]) for d in rows}
    titles = {d["id"]: _words(d.get("title") or "") for d in rows}
    out = []
    by_topic: dict[str, list[dict[str, Any]]] = {}
    for d in rows:
        by_topic.setdefault(d.get("topic") or "", []).append(d)
    for group in by_topic.values():
        for a, b in combinations(group, 2):
            if a["outlet"] == b["outlet"]:
                continue
            days = abs(
                (
                    date.fromisoformat(a["published"][:10])
                    - date.fromisoformat(b["published"][:10])
                ).days
            )
            if days > 3 or len(titles[a["id"]] & titles[b["id"]]) < 2:
                continue
            na, nb = names[a["id"]], names[b["id"]]
            overlap = len(na & nb) / len(na | nb) if na | nb else 0.0
            if overlap < 0.25:
                continue
            sa, sb = _shingles(a["text"]), _shingles(b["text"])
            small = min(len(sa), len(sb)) or 1
            if len(sa & sb) / small >= 0.3:
                continue
            out.append((overlap, a, b))
    out.sort(key=lambda t: (-t[0], t[1]["id"], t[2]["id"]))
    used: set[str] = set()
    kept = []
    for overlap, a, b in out:
        if a["id"] in used or b["id"] in used:
            continue
        used |= {a["id"], b["id"]}
        a, b = sorted((a, b), key=lambda d: d["id"])
        kept.append((overlap, a, b))
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--batch", type=int, default=6, help="the batch being chosen")
    args = parser.parse_args(argv)
    labelled: set[str] = set()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row and row.get("batch", 1) < args.batch:
            labelled.add(row["id"])
    with gzip.open(archive_path(), "rt", encoding="utf-8") as fh:
        rows = [d for d in map(json.loads, fh) if _eligible(d, labelled)]
    pairs = candidates(rows)
    random.Random(args.seed).shuffle(pairs)
    print(f"{len(rows)} eligible articles, {len(pairs)} candidate pairs (seed {args.seed})")
    for n, (overlap, a, b) in enumerate(pairs[: args.limit], 1):
        print(f"{n:>3} {overlap:.2f} {a['id']} {b['id']}")
        for d in (a, b):
            head = f"{d['published'][:10]} {d['outlet'][:24]:<24} {len(d['text']):>5}"
            print(f"      {head} {d['title'][:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
