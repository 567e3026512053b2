"""Quote extraction and tying claims to quotes are linear in their input, with bounded records.

No timing: the work is counted as the Python function calls a run makes (deterministic for a
given input), and doubling the input must not much more than double it; a quadratic step
would quadruple it.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from typing import Any

import pytest

import factdb.extract.quotes as quotes_module
from factdb.extract.pipeline import attach_claims
from factdb.extract.quotes import extract_quotes
from factdb.extract.quotes.state import MAX_SENTENCE
from factdb.extract.records import ClaimRecord, Qualifier, QuoteKind, QuoteRecord
from factdb.extract.serialize import claim_dict, quote_dict

SIZE = 24_000
GROWTH = 2.6
"""Doubling the input may multiply the work by at most this (linear: about 2; quadratic: 4)."""
OUTPUT_FACTOR = 8
"""All quote records together are at most this many times the text, as JSON."""
RECORD_BYTES = 4_000
"""No quote record is longer than this as JSON, whatever the text."""

SAMPLE = (
    "the minister said that growth will slow and officials told reporters according to "
    "Senator Dana Whitlock he she they warned argued claimed a senior official Trump "
    "Biden White House percent million of in on for with we will win"
)
WORDS = SAMPLE.split()


def _text(size: int, marks: str = "") -> str:
    """Words without punctuation (or with MARKS sprinkled in), SIZE characters, always alike:
    the first SIZE characters of one stream, so that a doubled text is more of the same."""
    rnd = random.Random(0)  # one stream: a longer text extends a shorter one
    out: list[str] = []
    length = 0
    while length < size:
        word = rnd.choice(WORDS)
        if marks and rnd.random() < 0.05:
            word = rnd.choice(marks) + word
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def _calls(fn: Callable[..., Any], *args: Any) -> int:
    """How many Python functions FN calls on ARGS (C functions included)."""
    count = 0

    def profile(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("marks", ["", '“”"', ".,"])
def test_quote_extraction_work_grows_linearly(marks: str) -> None:
    small, double, quadruple = (
        _calls(extract_quotes, _text(n, marks)) for n in (SIZE, 2 * SIZE, 4 * SIZE)
    )
    assert double <= GROWTH * small
    assert quadruple <= GROWTH * double


@pytest.mark.parametrize("marks", ["", "“”"])
def test_no_sentence_is_longer_than_the_bound(marks: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The work per sentence is bounded, so the work per text is linear: a text without
    sentence ends is cut into pieces of at most ``MAX_SENTENCE`` characters."""
    seen: list[int] = []
    inner = quotes_module._sentence

    def spy(st: Any, ss: int, se: int, *args: Any) -> None:
        seen.append(se - ss)
        inner(st, ss, se, *args)

    monkeypatch.setattr(quotes_module, "_sentence", spy)
    text = _text(8 * SIZE, marks)
    extract_quotes(text)
    assert seen and max(seen) <= MAX_SENTENCE
    assert sum(seen) <= len(text)


@pytest.mark.parametrize("marks", ["", "“”"])
def test_records_stay_small_on_text_without_sentence_ends(marks: str) -> None:
    text = "Senator Dana Whitlock said “we will win” and " + _text(8 * SIZE, marks)
    records = extract_quotes(text)
    assert records
    assert max(len(json.dumps(quote_dict(r))) for r in records) <= RECORD_BYTES
    # And all of them together are a bounded multiple of the text (this word soup has a cue
    # every few words, so its reported clauses overlap; news text gives under twice its size).
    assert sum(len(json.dumps(quote_dict(r))) for r in records) <= OUTPUT_FACTOR * len(text)


def _quote(start: int, end: int) -> QuoteRecord:
    return QuoteRecord(QuoteKind.DIRECT, "q", start, end, None, None, "s", start)


def _claim(start: int) -> ClaimRecord:
    return ClaimRecord(
        "5", start, start + 1, 5.0, None, None, 5.0, None, None, Qualifier.EXACT, None, "s", start
    )


def _items(n: int) -> tuple[list[ClaimRecord], list[QuoteRecord]]:
    quotes = [_quote(100 * i, 100 * i + 50) for i in range(n)]
    claims = [_claim(100 * i + 10 * (i % 8)) for i in range(n)]
    return claims, quotes


def test_claims_are_tied_to_quotes_in_linear_work() -> None:
    small, double = (_calls(attach_claims, *_items(n)) for n in (2_000, 4_000))
    assert double <= GROWTH * small


def test_each_claim_takes_the_first_quote_that_holds_it() -> None:
    quotes = [_quote(0, 100), _quote(10, 20), _quote(50, 60), _quote(200, 300)]
    claims = [_claim(12), _claim(55), _claim(150), _claim(250), _claim(99)]
    got = [c.quote_index for c in attach_claims(claims, quotes)]
    assert got == [0, 0, None, 3, 0]
    # The same as asking every quote in turn, the obvious way.
    for claim, index in zip(claims, got, strict=True):
        holding = [i for i, q in enumerate(quotes) if q.start <= claim.start and claim.end <= q.end]
        assert index == (holding[0] if holding else None)


def test_word_count_stops_at_its_cap_and_reads_offsets_like_a_slice() -> None:
    """A word count on a run without sentence ends looks at no more words than any caller
    compares with (it used to scan up to 1,000 characters every time) and needs no copy."""
    from factdb.extract.quotes import state

    long_run = "word " * 400
    assert state.word_count(long_run) == state.WORD_COUNT_CAP
    text = "He said the plan was fine, and then he left the room quietly."
    for a, b in [(0, len(text)), (3, 20), (10, 10), (20, 3), (0, 5)]:
        assert state.word_count(text, a, b) == min(len(text[a:b].split()), state.WORD_COUNT_CAP)

    seen: list[int] = []

    class _Counting:
        def __init__(self, pattern: Any) -> None:
            self._pattern = pattern

        def findall(self, s: str, pos: int, endpos: int) -> list[str]:
            seen.append(min(endpos, len(s)) - pos)
            return list(self._pattern.findall(s, pos, endpos))

    original = state._WORD_RE
    state._WORD_RE = _Counting(original)  # type: ignore[misc, assignment]
    try:
        assert state.word_count(long_run, 0, len(long_run)) == state.WORD_COUNT_CAP
        long_words = ("a" * 50 + " ") * 30
        assert state.word_count(long_words) == len(long_words[: state.WORD_COUNT_SPAN].split())
    finally:
        state._WORD_RE = original  # type: ignore[misc]
    # A run of short words is read once, in far fewer characters than the old 1,000; long
    # words make a second read, still bounded.
    assert seen[0] < 400 and len(seen) == 3 and max(seen) <= state.WORD_COUNT_SPAN


def _unpunctuated_examples(size: int) -> str:
    """The sample articles with every punctuation mark removed, repeated to SIZE characters:
    one endless "sentence" in which cues, names and figures recur."""
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "examples"
    joined = " ".join(p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt")))
    words = " ".join(re.sub(r"[^\w\s]", " ", joined).split())
    return ((words + " ") * (size // len(words) + 1))[:size]


def test_run_on_text_gives_records_of_bounded_context() -> None:
    """Issue 13: 1 MB of text without punctuation gave 6.6 MB of JSON, every record carrying a
    long stretch of the run-on "sentence". Now a record in a run-on keeps a narrow window, a
    reported clause there is a clause, and the output stays under 5 bytes a character."""
    from factdb.extract import extract_article
    from factdb.extract.claims import RUN_WINDOW_SIDE
    from factdb.extract.quotes.records import RUN_CLAUSE, RUN_CONTEXT

    text = _unpunctuated_examples(64_000)
    found = extract_article(text)
    assert found.quotes and found.claims
    for q in found.quotes:
        assert len(q.sentence) <= len(q.text) + 2 * RUN_CONTEXT + 2
        assert q.kind is not QuoteKind.INDIRECT or q.end - q.start <= RUN_CLAUSE
    for c in found.claims:
        assert len(c.sentence) <= len(c.text) + 4 * RUN_WINDOW_SIDE
    size = sum(len(json.dumps(quote_dict(q))) + 1 for q in found.quotes)
    size += sum(len(json.dumps(claim_dict(c))) + 1 for c in found.claims)
    assert size <= 5 * len(text)
