"""Claims are finite and bounded: no infinite value, no record repeating a huge sentence.

Regressions: a figure of more than 308 digits was stored as infinity (and `extract` printed
`Infinity`, which is not JSON); every claim of a 256 KB sentence without punctuation repeated
the whole sentence (194 MB of JSON).
"""

from __future__ import annotations

import json
import math

import pytest

from factdb.extract.claims import (
    MAX_SENTENCE,
    SENTENCE_SHOWN,
    WINDOW_SIDE,
    extract_claims,
    sentence_window,
    split_sentences,
)
from factdb.extract.serialize import claim_dict

HUGE = "9" * 400


@pytest.mark.parametrize(
    "text",
    [
        f"It cost ${HUGE}.",
        f"It cost {HUGE} dollars.",
        f"There were {HUGE} people.",
        "About " + ",".join(["999"] * 120) + " people came.",
        f"There were {'9' * 305} million people.",
        f"The value was {HUGE}.",
    ],
)
def test_a_number_past_the_largest_float_is_no_claim(text: str) -> None:
    claims = extract_claims(text)
    assert all(math.isfinite(c.value) and math.isfinite(c.normalized_value) for c in claims)
    assert not [c for c in claims if len(c.text) > 300]
    for claim in claims:
        json.dumps(claim_dict(claim), allow_nan=False)


def test_finite_numbers_around_a_huge_one_are_kept() -> None:
    claims = extract_claims(f"It cost $5 million, not {HUGE} dollars, and 300 people came.")
    assert [(c.value, c.unit) for c in claims] == [(5e6, "USD"), (300.0, "person")]


def _long_sentence(words: int) -> str:
    pattern = "the council said 45 people and 3 million dollars went to 12 roads".split()  # noqa: SIM905
    return " ".join(pattern[i % len(pattern)] for i in range(words))


def test_a_long_sentence_is_cut_into_bounded_pieces() -> None:
    text = _long_sentence(40_000)
    spans = list(split_sentences(text))
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_records_of_a_long_sentence_hold_a_window_with_its_offset() -> None:
    text = _long_sentence(20_000)
    claims = extract_claims(text)
    assert len(claims) > 1000
    bound = 2 * WINDOW_SIDE + 4 * WINDOW_SIDE + 40
    for claim in claims:
        assert len(claim.sentence) <= bound
        start = claim.sentence_start
        assert text[start : start + len(claim.sentence)] == claim.sentence
        assert start <= claim.start and claim.end <= start + len(claim.sentence)
    # The record's size no longer grows with the sentence: the window plus fixed fields.
    assert max(len(json.dumps(claim_dict(c))) for c in claims) < bound + 800


def test_a_short_sentence_is_kept_whole() -> None:
    sentence = "  The strike drew nearly 3,000 dockworkers on Tuesday.  "
    lo, hi = sentence_window(sentence, 24, 29)
    assert sentence[lo:hi] == sentence.strip()
    long = "word " * 200 + "3,000 strikers " + "word " * 200
    lo, hi = sentence_window(long, 1000, 1005)
    assert len(long) > SENTENCE_SHOWN and hi - lo <= 2 * WINDOW_SIDE + 10
    assert long[lo:hi].startswith("word") and "3,000 strikers" in long[lo:hi]


def test_claims_reuse_the_sentence_split_of_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quotes and claims split one text once: the second extractor finds the boundaries made."""
    from factdb.extract.quotes import extract_quotes
    from factdb.extract.text import sentences

    calls: list[tuple[int, int]] = []
    real = sentences._boundaries

    def counted(text: str, start: int, end: int) -> list[int]:
        calls.append((start, end))
        return real(text, start, end)

    monkeypatch.setattr(sentences, "_boundaries", counted)
    text = "\n".join(f"Paragraph {i} says 5 km. Then it rose 3% in {i} days." for i in range(50))
    extract_quotes(text)
    after_quotes = len(calls)
    claims = extract_claims(text)
    assert after_quotes == 50 and len(calls) == after_quotes
    assert len(claims) >= 100


def test_unpunctuated_text_is_read_in_bounded_sentences() -> None:
    """One endless sentence of words and figures: pieces of at most MAX_SENTENCE characters,
    as many as the length requires and no more, and claims that stay small."""
    from factdb.extract.claims import MAX_SENTENCE, SENTENCE_SHOWN, WINDOW_SIDE, split_sentences

    words = "the union said 3 000 dockworkers and twelve ships waited for two days at the port "
    text = words * 3000
    spans = list(split_sentences(text))
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert len(spans) <= 2 * len(text) // MAX_SENTENCE + 1
    claims = extract_claims(text)
    assert len(claims) >= 3 * 3000 * 0.9
    assert max(len(c.sentence) for c in claims) <= max(SENTENCE_SHOWN, 4 * WINDOW_SIDE + 40)
