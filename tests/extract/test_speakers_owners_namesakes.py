"""Speakers read on the news archive: the person after a party tag, a place's state, an outlet
and a role, or a caption's label; titled people after "the"; openers before an outlet; a
relative "of" someone; and a bare surname shared by two people."""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.records import SpeakerKind


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_article(text).quotes]


def _kinds(text: str) -> list[SpeakerKind | None]:
    return [q.speaker.kind if q.speaker else None for q in extract_article(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Feinstein was not reassured by Sen. Susan Collins, R-Maine, who said Kavanaugh "
            "told her that the decision is settled law.",
            "Susan Collins",
        ),
        (
            "And yet, he told Sen. Joe Manchin, D-W.Va., who asked whether Sessions could "
            "“speak more frankly” in a closed session.",
            "Joe Manchin",
        ),
        (
            "Marie Lopez Rogers, the mayor of Avondale, Ariz., and a DNC delegate, said the "
            "party faithful are dispirited: “The economy has been less than we expected.”",
            "Marie Lopez Rogers",
        ),
    ],
)
def test_party_tag_and_state_name_no_one(text: str, speaker: str) -> None:
    # every record is the person's (the clause before a colon quotation is a record too)
    speakers = _speakers(text)
    assert speakers and set(speakers) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It's plausible that Obama wouldn't know,” said CNN National Security Analyst "
            "Fran Townsend, a member of the CIA external advisory board.",
            "Fran Townsend",
        ),
        (
            "As the New York Times' Nate Cohn notes, Hagan would have won had the electorate "
            "been younger.",
            "Nate Cohn",
        ),
        (
            "“Putting any blame on her would be unfair,” said Kelly Dittmar of Rutgers University.",
            "Kelly Dittmar",
        ),
    ],
)
def test_person_after_an_outlet_or_before_an_employer(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
    assert _kinds(text) == [SpeakerKind.PERSON]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It sets in your throat,” says the Rev. Norma Patterson, a pastor.", "Norma Patterson"),
        ("“We are ready,” the Heritage Foundation President Kay James said.", "Kay James"),
    ],
)
def test_the_before_a_title_makes_no_organisation(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
    assert _kinds(text) == [SpeakerKind.PERSON]


def test_the_before_an_organisation_still_makes_one() -> None:
    text = "The Congressional Hispanic Caucus sent a letter, signaling that a battle was near."
    assert _kinds(text) == [SpeakerKind.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The moderators never raised it. Though CNN might argue that it devoted a town "
            "hall to the subject, nobody cares.",
            "CNN",
        ),
        (
            "Mueller is busy. (An ABC News report says Mueller's team has been interviewing "
            "witnesses.)",
            "ABC News",
        ),
        (
            "A Washington Times analysis found the rules had changed. At least eight delegates "
            "had promised to back the winner, The Times found.",
            "Washington Times",
        ),
    ],
)
def test_sentence_opener_is_no_part_of_an_outlet(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "CLOSE Kirstjen Nielsen says she still shares the president's goal. (April 8) AP",
        "JUST WATCHED Kirstjen Nielsen says she still shares the president's goal.",
    ],
)
def test_caption_label_is_no_part_of_a_name(text: str) -> None:
    assert _speakers(text) == ["Kirstjen Nielsen"]


def test_caption_label_needs_capitals() -> None:
    text = "Close Kirstjen Nielsen says she still shares the president's goal."
    assert _speakers(text) != ["Kirstjen Nielsen"]


@pytest.mark.parametrize(
    "text",
    [
        "“I forgive you,” a daughter of Ethel Lance said.",
        "The wife of Rep. Steve Scalise said he was recovering well.",
    ],
)
def test_relative_of_someone_is_not_that_person(text: str) -> None:
    (speaker,) = _speakers(text)
    assert speaker is not None and " of " in speaker


def test_bare_surname_after_a_relative_named_in_passing_is_who_spoke() -> None:
    text = (
        "“Start executing these monsters,” says Mark Klass, the father of Polly Klass, a "
        "12-year-old girl. Klass says he is relieved that the man will stay on death row."
    )
    assert _speakers(text) == ["Mark Klass", "Mark Klass"]


def test_bare_surname_after_a_namesake_as_subject_stays_with_them() -> None:
    text = (
        "“We will win,” Ann Romney said. A reflective Mitt Romney blamed his loss on the "
        "polls. Romney said it was a “slow recognition” that he had lost."
    )
    assert _speakers(text)[-1] == "Mitt Romney"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But on “Fox News Sunday,” Russian Ambassador to the United States Sergey Kislyak "
            "said, “The whole message is clear.”",
            "Sergey Kislyak",
        ),
        (
            "That was when U.S. Ambassador to the U.N. Susan Rice claimed the attack was a "
            "spontaneous reaction.",
            "Susan Rice",
        ),
    ],
)
def test_envoy_to_a_country_is_the_person_named(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_place_after_to_is_still_no_speaker() -> None:
    text = "An organization set up for the transition to the White House said it would help."
    assert _speakers(text) == []
