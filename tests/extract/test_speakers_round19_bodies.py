"""A body or a common word is never stored as a one-word person (``speakers.resolve``,
``speakers.people``): a numbered court ("the 4th Circuit"), an airline ("American Airlines"),
the rest of a body's name after "Bureau of" ("the Bureau of Justice Assistance"), and a
sentence adverb opening a sentence ("Further, ...", "Just last year, ...")."""

from __future__ import annotations

import pytest

from tests.extract.speaker_pairs import speaker_pairs

_speakers = speaker_pairs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The 4th Circuit said the order discriminated against Muslims and violated the "
            "Establishment Clause.",
            ("4th Circuit", "organization"),
        ),
        (
            "The highest court to weigh in on the issue, the U.S. Court of Appeals for the 9th "
            'Circuit, ruled last month that such laws "do apply" to transgender students.',
            ("9th Circuit", "organization"),
        ),
        (
            "American Airlines this week warned that it could lay off as much as 20 percent of "
            "its workforce.",
            ("American Airlines", "organization"),
        ),
    ],
)
def test_body_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The second woman was S.C., who worked under Aponte in the Bureau of Justice "
            'Assistance. She told investigators that "he followed me home" after work.',
            "Assistance",
        ),
        (
            "Oil prices fell again.\n\nFurther, he's also suggesting that the cuts that oil "
            "companies are making could have a dramatic impact on future oil prices.",
            "Further",
        ),
        (
            "Prices rose.\n\nJust last year the Clinton campaign took on Trump for saying the "
            "election was “rigged.”",
            "Just",
        ),
    ],
)
def test_no_person_of_a_fragment(text: str, word: str) -> None:
    assert all(name != word for name, _ in _speakers(text))


def test_person_after_body_of_still_named() -> None:
    text = (
        "Jon Adler, who took over as the head of the Bureau of Justice Assistance in 2017, "
        'said "it boggles the mind."'
    )
    assert ("Jon Adler", "person") in _speakers(text)
