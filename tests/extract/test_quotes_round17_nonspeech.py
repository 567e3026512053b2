"""Verbs that report nothing: chants and signs no one is said to have said, "that" as an object."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.quotes.attribution import displayed
from factdb.extract.records import QuoteKind

_CHANTS = (
    "Strikers have filled the field of patchy grass at the main entrance to campus every day to "
    "picket with chants like “Pay us more,” “No COLA, no grades,” and “Spread the strike.”"
)
_LIST = (
    "Strikers have filled the field of patchy grass every day to picket with “Pay us more,” "
    "“No COLA, no grades,” and “Spread the strike.”"
)


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.cue) for r in extract_quotes(text) if r.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        _CHANTS,
        "Strikers have filled the field with signs reading “Pay us more.”",
        "Protesters lined the street with banners that read “No more wars.”",
        "Fans packed the arena wearing shirts emblazoned with “Make it rain.”",
    ],
)
def test_displayed_words_make_no_reported_clause(text: str) -> None:
    assert _reported(text) == []
    assert all(r.speaker_text is None for r in extract_quotes(text))


def test_displayed_list_items() -> None:
    opens = [i for i, ch in enumerate(_CHANTS) if ch == "“"]
    masked = _CHANTS
    for i in opens:
        close = _CHANTS.index("”", i) + 1
        masked = masked[:i] + "\x01" * (close - i) + masked[close:]
    assert all(displayed(masked, i, 0) for i in opens)
    assert not displayed(masked.replace("chants like", "picket with"), opens[0], 0)


def test_one_reported_record_per_cue() -> None:
    got = _reported(_LIST)
    assert len(got) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Obama has learned that the hard way during his first term.",
        "The mayor said that again on Monday.",
        "Smith said that on Monday.",
    ],
)
def test_that_as_object_reports_no_clause(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Smith said that in 2015 the company had lost money.",
            "in 2015 the company had lost money",
        ),
        ("Smith said that in 2015 it grew.", "in 2015 it grew"),
        ("Smith said that the economy grew in 2015.", "the economy grew in 2015"),
        ("She learned that the hard way was the only way.", "the hard way was the only way"),
    ],
)
def test_clause_after_that_kept(text: str, clause: str) -> None:
    assert [c for c, _ in _reported(text)] == [clause]
