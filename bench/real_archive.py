"""A real-text archive of any size, made from the shared news archive.

The shared archive holds 5,000 real articles. Copy 0 of each is the article as it is; copy k
(k >= 1) gets a new id and its paragraphs shuffled (seeded by k and its id), so the text, the
words and the names stay real while every article is new. Articles whose paragraphs cannot
make another distinct text are left out of later copies.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def archive_path() -> Path:
    """The shared archive (../shared, or FACTDB_SHARED)."""
    shared = Path(os.environ.get("FACTDB_SHARED", ROOT.parent / "shared"))
    return shared / "data" / "news" / "archive.jsonl.gz"


def source_articles() -> list[dict[str, Any]]:
    with gzip.open(archive_path(), "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def real_archive(count: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """COUNT article records (JSONL fields), in a shuffled order fixed by SEED."""
    base = source_articles()
    order = list(range(len(base)))
    random.Random(seed).shuffle(order)
    made = 0
    seen: set[str] = set()
    copy = 0
    while made < count:
        for n in order:
            if made >= count:
                return
            record = dict(base[n])
            if copy:
                paragraphs = record["text"].split("\n")
                if len(paragraphs) < 3:
                    continue
                random.Random(f"{seed}:{copy}:{record['id']}").shuffle(paragraphs)
                record["text"] = "\n".join(paragraphs)
                record["id"] = f"{record['id']}-{copy}"
            if record["text"] in seen:
                continue
            seen.add(record["text"])
            made += 1
            yield record
        copy += 1


def write_archive(path: Path, count: int, seed: int = 0) -> Path:
    """Write COUNT articles of `real_archive` to PATH as JSON lines (kept when it exists)."""
    if path.exists():
        return path
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as out:
        for record in real_archive(count, seed):
            out.write(json.dumps(record) + "\n")
    tmp.rename(path)
    return path
