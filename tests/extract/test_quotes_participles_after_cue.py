"""A participle or absolute phrase after "X said," is no reported clause; speech participles are."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.cue) for r in extract_quotes(text) if r.kind == QuoteKind.INDIRECT]


def test_absolute_phrase_after_a_cue_is_no_clause() -> None:
    # A quotation whose marks do not pair, then the cue and an absolute phrase.
    text = (
        "Hundreds marched downtown. ‘We are the new generation,” the crowd chanted, voices "
        "building to a loud crescendo with each repetition of the line."
    )
    assert _reported(text) == []


@pytest.mark.parametrize(
    "phrase",
    [
        "referring to the polls released on Monday by the party",
        "flanked by aides at the podium in the capital",
        "his voice breaking as he read out the names of the dead",
        "gesturing toward the crowd gathered outside the hall",
        "prompting a search of the hills above the town",
    ],
)
def test_participle_phrase_after_a_cue_leaves_the_clause_before(phrase: str) -> None:
    text = f"The mayor spoke on Monday. The plan will not pass the council, Smith said, {phrase}."
    assert _reported(text) == [("The plan will not pass the council", "said")]


@pytest.mark.parametrize(
    ("text", "clause", "cue"),
    [
        (
            "The mayor spoke on Monday. Smith said, adding that the polls released on Monday "
            "favored the party.",
            "the polls released on Monday favored the party",
            "adding",
        ),
        (
            "The mayor spoke on Monday. Smith said, saying the polls released on Monday favored "
            "the party.",
            "the polls released on Monday favored the party",
            "saying",
        ),
        (
            "The mayor spoke on Monday. Smith said, pointing out that the polls released on "
            "Monday favored the party.",
            "the polls released on Monday favored the party",
            "pointing",
        ),
        (
            "The mayor spoke on Monday. But, they said, lifting the rule puts children in danger.",
            "lifting the rule puts children in danger",
            "said",
        ),
        (
            "Two agents sent a message to their bosses. Trump, they noted, began taking "
            "questions about the virus in January.",
            "began taking questions about the virus in January",
            "noted",
        ),
        (
            "The mayor spoke on Monday. Smith said, people living in the valley will have to "
            "leave their homes.",
            "people living in the valley will have to leave their homes",
            "said",
        ),
    ],
)
def test_speech_participles_and_clauses_are_kept(text: str, clause: str, cue: str) -> None:
    assert _reported(text) == [(clause, cue)]
