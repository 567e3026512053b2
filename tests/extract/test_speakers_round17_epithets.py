"""Definite epithets ("the South Carolina senator") that stand for the person named just before."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _last(text: str) -> str | None:
    quotes = extract_quotes(text)
    speaker = quotes[-1].speaker
    if speaker is None or str(speaker.kind) == "anonymous" or not speaker.name:
        return None
    return speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ted Cruz has a message for Republican delegates: he can win over the voters of "
            "his rivals.\n\n“At a contested convention it is going to be critically important "
            "to keep them engaged,” the Texas senator told reporters in an interview.",
            "Ted Cruz",
        ),
        (
            "Sen. Lindsey Graham says the fears of Democrats are unfounded.\n\n“I can assure "
            "you that he has a very high opinion of the process,” the South Carolina lawmaker "
            "said.",
            "Lindsey Graham",
        ),
        (
            "John Malcolm, a scholar at a Washington think tank, praised the nominee.\n\n"
            "“He is clearly a constitutionalist judge,” the legal expert said.",
            "John Malcolm",
        ),
        (
            "Mr. Romney, campaigning in Nevada, said the debates had energized his supporters "
            "even as Mr. Obama’s campaign was “taking on water.”\n\n“He has been reduced to "
            "defending characters on television,” the Republican presidential nominee told "
            "supporters.",
            "Romney",
        ),
        (
            "Former Vice President Dick Cheney criticized the plan on Sunday. The longtime "
            "Republican leader said the cuts were reckless.",
            "Dick Cheney",
        ),
    ],
)
def test_epithet_names_the_person_before(text: str, name: str) -> None:
    assert _last(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed source with that head word introduced before
        "A retired military officer who knows the generals said that Mr. Mattis is close to "
        "the president. “They get along very well,” said the former officer.",
        "An Iowa Republican attributed Donald Trump’s rise to the coverage of him.\n\n"
        "“At a certain point voters will turn the channel,” the Iowa insider said.",
        # the person named before holds another office
        "Republicans criticized President Barack Obama on Friday for his veto.\n\n“It is no "
        "surprise that he vetoed the bill,” the Wisconsin representative said.",
        # the person named before only asked the question
        "“How soon will you move your clothing line?” moderator Chris Wallace asked Donald "
        "Trump.\n\n“They devalue their currencies,” the business mogul replied.",
        # inside a relative clause, not the subject
        "Donald Trump hammered Ted Cruz over “New York values,” which the Texas senator said "
        "referred to the state’s support of abortion rights.",
        # an object before the epithet, not its antecedent
        "Democrats want to separate themselves from Barack Obama before the election.\n\nThe "
        "big-city lawmaker predicted that the hearings are “going to be ugly.”",
    ],
)
def test_epithet_stays_unnamed(text: str) -> None:
    assert _last(text) is None


def test_epithet_keeps_a_source_described_so_before() -> None:
    text = (
        "“We are grateful,” said Daryl Washington, the Jean family attorney. Judge Tammy Kemp "
        "hugged the family.\n\nThe Jean family attorney says “they would like to see a law "
        "passed.”"
    )
    assert _last(text) == "Daryl Washington"


def test_a_name_in_apposition_is_no_epithet() -> None:
    text = (
        "Filippo Grandi said refugees were not criminals. The secretary general, António "
        "Guterres, said “people are dying.”"
    )
    assert _last(text) != "Filippo Grandi"
