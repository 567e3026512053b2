"""Differential check of extraction: save every record of many texts, then compare against it.

Run from the repository root, once on the code before a change and once after:

    .venv/bin/python bench/extract_diff.py --save /tmp/before.jsonl.gz
    .venv/bin/python bench/extract_diff.py --check /tmp/before.jsonl.gz

The texts: the first ``--limit`` articles of the news archive, the same articles' first
``--variants`` in altered forms (no punctuation, lower case, upper case, straight quote marks,
no full stops), the seeds, the sample corpus in ``examples/`` (plain text, HTML and JSONL), the
labelled news of ``news/dev.jsonl``, the first ``--polnear`` articles of PolNeAR's dev split, and
the hostile inputs of ``bench_extract`` (the corpus without punctuation at 256 KB and 1 MB; the
6 MB page unless ``--no-page``). Each text's ``extract_article`` result is kept as the
``repr`` of the frozen records, so every field counts, floats to the last digit. ``--check``
prints each text whose result differs, with its first differing record, and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_extract

from factdb.extract import extract_article
from factdb.sources import ArticleInput, read_paths
from factdb.sources.html import read_html
from factdb.sources.readers import jsonl_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTDB_SHARED", ROOT.parent / "shared"))
ARCHIVE = SHARED / "data" / "news" / "archive.jsonl.gz"
_PUNCT = re.compile(r"[^\w\s]")


def _variants(key: str, text: str) -> Iterator[tuple[str, str]]:
    yield f"{key}#nopunct", " ".join(_PUNCT.sub(" ", text).split())
    yield f"{key}#lower", text.lower()
    yield f"{key}#upper", text.upper()
    straight = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    yield f"{key}#straight", straight
    yield f"{key}#nostops", text.replace(". ", " ")


def texts(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    """Every (key, text) that the check covers, in a fixed order."""
    if ARCHIVE.exists():
        with gzip.open(ARCHIVE, "rb") as handle:
            for number, raw in zip(range(1, args.limit + 1), handle, strict=False):
                key = f"archive:{number}"
                text = jsonl_article(raw, key).text
                yield key, text
                if number <= args.variants:
                    yield from _variants(key, text)
    seeds = SHARED / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        yield f"seeds/{path.name}", path.read_text(encoding="utf-8")
    for item in read_paths([str(ROOT / "examples")]):
        if isinstance(item, ArticleInput):
            yield f"examples:{Path(item.source).name}", item.text
    dev = SHARED / "data" / "news" / "dev.jsonl"
    if dev.exists():
        for number, line in enumerate(dev.read_bytes().splitlines(), start=1):
            yield f"dev:{number}", jsonl_article(line, f"dev:{number}").text
    polnear = SHARED / "data" / "quotes" / "polnear" / "dev.jsonl"
    if polnear.exists():
        with polnear.open(encoding="utf-8") as handle:
            for number, line in zip(range(1, args.polnear + 1), handle, strict=False):
                yield f"polnear:{number}", json.loads(line)["text"]
    for size in bench_extract.SIZES:
        yield f"unpunctuated:{size}", bench_extract.unpunctuated(size)
    if not args.no_page:
        page = read_html(bench_extract.page(bench_extract.PAGE_BYTES), "bench.html")
        yield "page:6MB", page.text


def results(args: argparse.Namespace) -> Iterator[tuple[str, list[str]]]:
    """Each text's key and its records, one ``repr`` a record."""
    for key, text in texts(args):
        found = extract_article(text)
        yield key, [repr(q) for q in found.quotes] + [repr(c) for c in found.claims]


def save(path: Path, args: argparse.Namespace) -> int:
    """Write every text's records to PATH."""
    n = 0
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for key, records in results(args):
            out.write(json.dumps({"key": key, "records": records}) + "\n")
            n += 1
    print(f"saved {n} texts to {path}")
    return 0


def check(path: Path, args: argparse.Namespace) -> int:
    """Compare with PATH; print each text whose records differ."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        saved = {row["key"]: row["records"] for row in map(json.loads, handle)}
    n = differ = 0
    for key, records in results(args):
        n += 1
        old = saved.pop(key, None)
        if old == records:
            continue
        differ += 1
        if old is None:
            print(f"{key}: not in {path}")
            continue
        pairs = enumerate(zip(old, records, strict=False))
        first = next((i for i, (a, b) in pairs if a != b), None)
        print(f"{key}: {len(old)} records before, {len(records)} now")
        if first is None:
            first = min(len(old), len(records))
        print(f"  before: {old[first] if first < len(old) else '-'}")
        print(f"  now:    {records[first] if first < len(records) else '-'}")
    for key in saved:
        print(f"{key}: in {path} but not checked now")
    print(f"checked {n} texts: {differ} differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    """Save or check (one of ``--save FILE``, ``--check FILE``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, metavar="FILE", help="write the records to FILE")
    mode.add_argument("--check", type=Path, metavar="FILE", help="compare with FILE")
    ap.add_argument("--limit", type=int, default=5000, help="archive articles (default 5000)")
    ap.add_argument("--variants", type=int, default=300, help="articles also altered (300)")
    ap.add_argument("--polnear", type=int, default=200, help="PolNeAR dev articles (200)")
    ap.add_argument("--no-page", action="store_true", help="skip the 6 MB page")
    args = ap.parse_args(argv)
    t0 = time.process_time()
    code = save(args.save, args) if args.save else check(args.check, args)
    print(f"{time.process_time() - t0:.1f} s CPU")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
