"""A "he" or "she" means a person, not the subject of a clause that a cue reported."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.speakers.resolve import _one_person_noun


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "people learn" is no speaker that "she" may mean
        (
            "Hahrie Han studies civic groups. Han says they share a question: where is it "
            "that people learn to be citizens? “Being a citizen isn't something you're born "
            "with,” she says. “It's something you learn.”",
            "Hahrie Han",
        ),
        # nor is "the country learned", reported by the person named
        (
            "Mr. Trump insisted the country learned a lot from the outbreak. He also said "
            "he thinks his health officials are not opposed to the idea.",
            "Trump",
        ),
        # nor a thing the writer describes between the name and the pronoun
        (
            "Oscar Saenz, an executive assistant in the packing division of the union, says "
            "the union contract at the Greeley plant is one of the best they have negotiated "
            "at any beef plant. He supports an immigration overhaul, but he worries that new "
            "work-visa programs will make the union's job harder.",
            "Oscar Saenz",
        ),
    ],
)
def test_pronoun_skips_a_reported_subject(text: str, name: str) -> None:
    assert _speakers(text)[-1] == name


def test_described_person_still_meant() -> None:
    """ "The dispatcher asked ... She said": a person's description keeps its pronoun."""
    text = (
        "Mayor Tom Hill spoke on Monday.\n\n"
        "“You just shot everybody?” the dispatcher asked. She said she kept him on the line."
    )
    assert _speakers(text)[-1] == "dispatcher"


@pytest.mark.parametrize(
    ("head", "person"),
    [
        ("official", True),
        ("witness", True),
        ("dispatcher", True),
        ("economist", True),
        ("people", False),
        ("officials", False),
        ("country", False),
        ("agreement", False),
        ("campaign", False),
    ],
)
def test_one_person_noun(head: str, person: bool) -> None:
    assert _one_person_noun(head) is person
