"""Benchmark of extraction on hostile inputs: seconds and output bytes against input size.

Run from the repository root:

    .venv/bin/python bench/bench_extract.py

Inputs are made from the sample corpus in ``examples/``:

- its text with every punctuation mark removed, repeated to 256 KB and to 1 MB: one endless
  "sentence" in which cue words and names recur (the case that used to be quadratic);
- a 6 MB web page: the corpus's paragraphs in ``<p>`` elements, repeated.

For each it prints the CPU seconds (``time.process_time``) of quote extraction alone and of
the whole pipeline (quotes, claims and the claims tied to quotes), the number of records and
the bytes of their JSON lines, as ``factdb extract`` prints them. Times are CPU time, so other
work on the machine does not count; they still vary by some 10% with its load.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factdb.extract import extract_article
from factdb.extract.quotes import extract_quotes
from factdb.extract.serialize import claim_dict, quote_dict
from factdb.sources.html import read_html

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SIZES = (256 * 1024, 1024 * 1024)
PAGE_BYTES = 6 * 1024 * 1024


def _corpus() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def unpunctuated(size: int) -> str:
    """The sample corpus without punctuation, repeated to SIZE characters."""
    words = " ".join(re.sub(r"[^\w\s]", " ", " ".join(_corpus())).split())
    return ((words + " ") * (size // len(words) + 1))[:size]


def page(size: int) -> bytes:
    """An HTML page of about SIZE bytes: the corpus's paragraphs, repeated."""
    paras = [p for text in _corpus() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    reps = size // len(body.encode("utf-8")) + 1
    head = "<html><head><title>Bench</title></head><body><article>"
    return f"{head}{body * reps}</article></body></html>".encode()


def _output_bytes(text: str) -> tuple[int, int, int, int]:
    found = extract_article(text)
    quotes = sum(len(json.dumps(quote_dict(q))) + 1 for q in found.quotes)
    claims = sum(len(json.dumps(claim_dict(c))) + 1 for c in found.claims)
    return len(found.quotes), len(found.claims), quotes, claims


def measure(label: str, text: str) -> None:
    """Print the timings and output size for TEXT."""
    t0 = time.process_time()
    extract_quotes(text)
    quotes_s = time.process_time() - t0
    t0 = time.process_time()
    extract_article(text)
    all_s = time.process_time() - t0
    n_quotes, n_claims, quotes_b, claims_b = _output_bytes(text)
    print(
        f"{label:<24} {len(text) / 1e6:5.2f} MB  quotes {quotes_s:5.2f} s  "
        f"quotes+claims {all_s:5.2f} s  {n_quotes} quotes ({quotes_b / 1e6:.2f} MB of JSON), "
        f"{n_claims} claims ({claims_b / 1e6:.2f} MB)"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (``--no-page`` skips the 6 MB page)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-page", action="store_true", help="skip the 6 MB web page")
    args = ap.parse_args(argv)
    for size in SIZES:
        measure(f"unpunctuated {size // 1024} KB", unpunctuated(size))
    if not args.no_page:
        data = page(PAGE_BYTES)
        t0 = time.process_time()
        article = read_html(data, "bench.html")
        read_s = time.process_time() - t0
        print(f"6 MB page: main text read in {read_s:.2f} s ({len(data) / 1e6:.2f} MB of HTML)")
        measure("6 MB page, its text", article.text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
