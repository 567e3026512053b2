"""Benchmark of extraction: CPU per article and stage on real news, and on hostile inputs.

Run from the repository root:

    .venv/bin/python bench/bench_extract.py            # the news archive, then hostile inputs
    .venv/bin/python bench/bench_extract.py --archive-only --limit 5000

**Real news** (``../shared/data/news/archive.jsonl.gz``, or ``--archive``): each article goes
through the stages of ``factdb extract`` one after the other, and the CPU time of each is
summed (``time.process_time``):

- text reading: one JSONL line to an article (``factdb.sources.readers.jsonl_article``; the
  gzip stream is read before timing starts);
- sentence split: the paragraphs and sentence boundaries that the quote and claim extractors
  share (``factdb.extract.text.sentences``; each extractor then finds them already made);
- quotes: ``extract_quotes`` without the time spent in speaker code;
- speakers: time spent inside ``factdb.extract.speakers`` while quotes run (every function and
  method of that package reached from the quote extractor is wrapped by a timer that counts the
  outermost call only);
- claims: ``extract_claims`` with the quotes, and tying claims to quotes
  (``attach_claims``).

It prints milliseconds per article for each stage and the articles a second of the whole, on
one core. The timer wrappers add a little to the speaker figure, and to the whole: ``--plain``
times the whole pipeline alone (``extract_article`` after reading each line, no stage timers),
the figure to compare with a target rate.

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
import functools
import gzip
import html
import inspect
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factdb.extract import extract_article
from factdb.extract.claims import extract_claims
from factdb.extract.pipeline import attach_claims
from factdb.extract.quotes import extract_quotes
from factdb.extract.serialize import claim_dict, quote_dict
from factdb.extract.text.sentences import paragraphs, sentence_boundaries
from factdb.sources.html import read_html
from factdb.sources.readers import jsonl_article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("FACTDB_SHARED", ROOT.parent / "shared"))
ARCHIVE = SHARED / "data" / "news" / "archive.jsonl.gz"
STAGES = ("text reading", "sentence split", "quotes", "speakers", "claims")
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


class _SpeakerClock:
    """CPU seconds spent inside ``factdb.extract.speakers``, outermost calls only."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._depth = 0

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self._depth:
                return fn(*args, **kwargs)
            self._depth += 1
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - t0
                self._depth -= 1

        return timed

    def install(self) -> None:
        """Wrap every speaker function and method that the quote modules reach."""
        wrapped: dict[int, Callable[..., Any]] = {}
        for name, module in list(sys.modules.items()):
            if not name.startswith(("factdb.extract.quotes", "factdb.extract.speakers")):
                continue
            for attr, value in list(vars(module).items()):
                home = getattr(value, "__module__", "") or ""
                if not home.startswith("factdb.extract.speakers"):
                    continue
                if inspect.isclass(value):
                    if id(value) not in wrapped:
                        wrapped[id(value)] = value
                        for meth, fn in list(vars(value).items()):
                            if inspect.isfunction(fn):
                                setattr(value, meth, self.wrap(fn))
                elif inspect.isfunction(value):
                    if id(value) not in wrapped:
                        wrapped[id(value)] = self.wrap(value)
                    setattr(module, attr, wrapped[id(value)])


def _lines(path: Path, limit: int) -> list[bytes]:
    with gzip.open(path, "rb") as handle:
        return [line for _, line in zip(range(limit), handle, strict=False)]


def plain(path: Path, limit: int) -> None:
    """Print the CPU milliseconds per article of the whole pipeline, without stage timers."""
    lines = _lines(path, limit)
    extract_article("Warm-up: 5 km, $3 billion, three weeks, he said.")
    t0 = time.process_time()
    for number, raw in enumerate(lines, start=1):
        extract_article(jsonl_article(raw, f"archive:{number}").text)
    total = time.process_time() - t0
    n = len(lines)
    print(f"archive {path.name}: {n} articles, whole pipeline without stage timers")
    print(f"  {'all':<15} {1000 * total / n:7.3f} ms/article = {n / total:.0f} articles/s")


def archive(path: Path, limit: int) -> None:
    """Print the CPU milliseconds per article of each stage on the first LIMIT articles."""
    lines = _lines(path, limit)
    extract_article("Warm-up: 5 km, $3 billion, three weeks, he said.")
    clock = _SpeakerClock()
    clock.install()
    spent = dict.fromkeys(STAGES, 0.0)
    n_quotes = n_claims = 0
    for number, raw in enumerate(lines, start=1):
        t0 = time.process_time()
        text = jsonl_article(raw, f"archive:{number}").text
        t1 = time.process_time()
        for ps, pe in paragraphs(text):
            sentence_boundaries(text, ps, pe)
        t2 = time.process_time()
        before = clock.seconds
        quotes = extract_quotes(text)
        t3 = time.process_time()
        claims = attach_claims(extract_claims(text), quotes)
        t4 = time.process_time()
        in_speakers = clock.seconds - before
        spent["text reading"] += t1 - t0
        spent["sentence split"] += t2 - t1
        spent["quotes"] += t3 - t2 - in_speakers
        spent["speakers"] += in_speakers
        spent["claims"] += t4 - t3
        n_quotes += len(quotes)
        n_claims += len(claims)
    n = len(lines)
    total = sum(spent.values())
    print(f"archive {path.name}: {n} articles, {n_quotes} quotes, {n_claims} claims")
    for stage in STAGES:
        print(f"  {stage:<15} {1000 * spent[stage] / n:7.3f} ms/article")
    print(f"  {'all':<15} {1000 * total / n:7.3f} ms/article = {n / total:.0f} articles/s")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (``--no-page`` skips the 6 MB page)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-page", action="store_true", help="skip the 6 MB web page")
    ap.add_argument("--archive", type=Path, default=ARCHIVE, help="JSONL(.gz) of real articles")
    ap.add_argument("--limit", type=int, default=5000, help="articles of the archive to read")
    ap.add_argument("--archive-only", action="store_true", help="skip the hostile inputs")
    ap.add_argument("--plain", action="store_true", help="archive: no stage timers, total only")
    args = ap.parse_args(argv)
    if args.archive.exists():
        (plain if args.plain else archive)(args.archive, args.limit)
    else:
        print(f"no archive at {args.archive}: skipped (set FACTDB_SHARED)")
    if args.archive_only:
        return 0
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
