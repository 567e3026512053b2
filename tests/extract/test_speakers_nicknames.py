"""A quoted nickname inside a person's name: the name is read whole, without the nickname."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.speakers.names_parse import close_nicknames


def _speakers(text: str) -> dict[str, str | None]:
    return {r.text: r.speaker.name if r.speaker else None for r in extract_quotes(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "John “Tig” Tiegan, a contractor, said the attack was avoidable. Tiegan added "
            "that he would testify.",
            "John Tiegan",
        ),
        (
            "“We will fight,” said Anthony “The Mooch” Scaramucci. “It is over,” Scaramucci said.",
            "Anthony Scaramucci",
        ),
        (
            'Dwayne "The Rock" Johnson said he would not run. Johnson said the job was hard.',
            "Dwayne Johnson",
        ),
        (
            "Robert 'Bob' Smith said the plan would fail. \"It is done,\" Smith said.",
            "Robert Smith",
        ),
        (
            "“I regret it,” said Ramesh “Sunny” Balwani, the former president. Balwani said he "
            "was sorry.",
            "Ramesh Balwani",
        ),
    ],
)
def test_nicknamed_name_and_later_surname_are_the_full_name(text: str, name: str) -> None:
    speakers = _speakers(text)
    assert speakers and set(speakers.values()) == {name}, speakers


def test_title_and_nickname_keep_the_name_and_the_mention_as_written() -> None:
    text = "Former Rep. Randy “Duke” Cunningham told reporters that he was innocent."
    (rec,) = extract_quotes(text)
    assert rec.speaker is not None
    assert rec.speaker.name == "Randy Cunningham"
    assert rec.speaker.start is not None and rec.speaker.end is not None
    assert rec.speaker.text == text[rec.speaker.start : rec.speaker.end]
    assert rec.speaker.text == "Randy “Duke” Cunningham"


def test_described_source_beside_a_nickname_has_single_spaces() -> None:
    text = (
        "A spokesman for Committee Chairman Howard “Buck” McKeon said he was briefed by "
        "senior officials."
    )
    (rec,) = extract_quotes(text)
    assert rec.speaker is not None
    assert "  " not in rec.speaker.name and "Buck" not in rec.speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Joe “You lie” Wilson snapped pictures of the visitors.",
        "Ramesh “Sunny” Balwani, the former president, said the company was sound.",
    ],
)
def test_nickname_is_no_quote(text: str) -> None:
    recs = extract_quotes(text)
    assert all("“" not in r.text and r.text not in ("You lie", "Sunny") for r in recs), recs


@pytest.mark.parametrize(
    "text",
    [
        # Headline words, a place, and a surname never written again: left as they are.
        "Republicans Find 'Vindication In Spades' In Report",
        "Arkansas 'Religious Freedom' Laws Draw Fire",
        "Critics Slams 'Woke' Culture at the meeting.",
    ],
)
def test_quoted_words_between_other_capitals_are_left(text: str) -> None:
    masked, moved = close_nicknames(text, text)
    assert masked == text and not moved
