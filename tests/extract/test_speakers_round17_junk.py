"""Stored speaker names are names: no places, weekdays or description words."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place after a party tag and "of" is no name, whatever its spelling
        (
            "Sen. Dianne Feinstein (D) of Calfornia, one of the panel's senior members, "
            "conceded that the bill would fail.",
            "Dianne Feinstein",
        ),
        ("Rep. Tom Marino (R) of Pennsylvania said that the plan was bad.", "Tom Marino"),
        ("Speaker John Boehner (R-Ohio) of Ohio says he will not take it up.", "John Boehner"),
        # "Washington, D.C." closes a place, as a state's abbreviation does
        (
            "Ryan Grim, Washington, D.C., bureau chief for The Huffington Post, said in a "
            'statement that "compared to some others, he was lucky."',
            "Ryan Grim",
        ),
        # two roles joined by "and" before the name
        (
            '"They set the agenda," said veteran Democratic strategist and wordsmith Paul '
            "Begala, a close adviser to Bill Clinton.",
            "Paul Begala",
        ),
        # a title before a nickname, the surname named again
        (
            "\"We will fight them everywhere,\" said General 'Mad Dog' Mattis. Mattis later "
            "left the Pentagon.",
            "Mattis",
        ),
        # "his" before a document: the person "he" means issued it
        (
            "President Donald Trump was widely criticized for his Saturday statement "
            'condemning "this egregious display of hatred on many sides."',
            "Donald Trump",
        ),
    ],
)
def test_speaker_is_the_person(text: str, name: str) -> None:
    """The person is the speaker, not a place, a nickname or the description."""
    assert name in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We stand firm," a Saturday statement said.',
        'The group replied. "We stand firm," the Wednesday statement said.',
    ],
)
def test_weekday_is_no_document_name(text: str) -> None:
    """A weekday dates a statement and is no part of its stored name."""
    names = [n or "" for n in _speakers(text)]
    assert not any("day" in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "MoveOn.org said that the vote was a disgrace.",
        '"Prices rose," said Edmunds.com, a car-shopping site.',
    ],
)
def test_web_address_is_an_organisation(text: str) -> None:
    """A name written as a web address is a site's, no person's."""
    kinds = [q.speaker.kind.value for q in extract_quotes(text) if q.speaker is not None]
    assert kinds == ["organization"]
