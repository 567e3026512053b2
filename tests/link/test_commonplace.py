from __future__ import annotations

import pytest

from factdb.link.commonplace import (
    PHRASE_WORDS,
    STOCK_DAYS,
    STOCK_RARE,
    STOCK_WORDS,
    others_phrase,
    proper_name,
    stock_sentence,
)


@pytest.mark.parametrize(
    ("words_a", "words_b", "voices", "expected"),
    [
        (1, 1, True, True),
        (PHRASE_WORDS - 1, 20, True, True),
        (PHRASE_WORDS, PHRASE_WORDS, True, False),
        (1, 1, False, False),
    ],
)
def test_a_phrase_is_the_shorter_quote_of_two_people(
    words_a: int, words_b: int, voices: bool, expected: bool
) -> None:
    assert others_phrase(words_a, words_b, voices, "Sean Spicer", "Phil Murphy") is expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Sean Spicer", True),
        ("Kelly", True),
        ("The candidate", False),
        ("The President", False),
        ("Trump\u2019s lawyer", False),
        ("Cory Booker and Kamala Harris", False),
        (None, False),
    ],
)
def test_a_phrase_needs_two_speakers_written_as_names(speaker: str | None, expected: bool) -> None:
    # A description ("The candidate") may stand for the other quote's speaker.
    assert proper_name(speaker) is expected
    assert others_phrase(1, 1, True, "Donald Trump", speaker) is expected


@pytest.mark.parametrize(
    ("shared", "rare", "gap", "expected"),
    [
        (2, STOCK_RARE - 1, STOCK_DAYS + 1, True),
        (2, STOCK_RARE - 1, STOCK_DAYS, False),
        (2, STOCK_RARE - 1, None, False),
        (2, STOCK_RARE, 900, False),
        (STOCK_WORDS, STOCK_RARE - 1, 900, False),
    ],
)
def test_a_stock_sentence_is_a_few_common_words_months_apart(
    shared: int, rare: float, gap: int | None, expected: bool
) -> None:
    assert stock_sentence(shared, rare, gap) is expected
