"""Pronouns after a person the text describes but whose given name no list holds."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _last(text: str) -> str | None:
    speaker = extract_quotes(text)[-1].speaker
    return speaker.name if speaker is not None and speaker.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's noun before the name
        (
            "Community organizer Damon Davis blames the police for stoking the violence.\n\n"
            "“For nearly 100 days, the violence has come from the police,” he said.",
            "Damon Davis",
        ),
        # a person's noun in apposition after it
        (
            "For Genoveva Roldán, economist and researcher at the National Autonomous "
            "University of Mexico, it is a lose-lose situation. “Mexico is a dependent "
            "country,” she says.",
            "Genoveva Roldán",
        ),
        # a kin noun in apposition, before a relative named with "who"
        (
            "Tito DeJesus, an uncle of Gina DeJesus, played in bands with the suspect for "
            "years.\n\n“I had no clue, no clue whatsoever,” he said.",
            "Tito DeJesus",
        ),
        # a relative "who"
        (
            "Among the veterans at the ceremony was Lenard Foxworth, who took part in a "
            "rendition of an old song.\n\nHe said: “Being here is my way of paying back a "
            "little to my comrades.”",
            "Lenard Foxworth",
        ),
    ],
)
def test_pronoun_finds_a_described_person(text: str, name: str) -> None:
    assert _last(text) == name


def test_where_a_role_is_held_is_no_person() -> None:
    text = (
        "Industry leaders like Richie Miller say they follow federal rules. He's the "
        "president of Spectrum Geo, a survey firm based in Houston.\n\n“There are observers on "
        "the vessels,” he says."
    )
    assert _last(text) == "Richie Miller"


def test_an_honorific_gives_a_described_person_a_gender() -> None:
    text = (
        "It is a vital function, says Meg Garvin, executive director of a victims' law "
        "institute.\n\nThe concept of victims' rights has not been a priority in the past, "
        "which is what makes the Air Force's program “really groundbreaking,” she says. Ms. "
        "Garvin has worked on the program for years."
    )
    assert _last(text) == "Meg Garvin"
