"""Fullest names of people, from errors read in stored quotes of random archive articles."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.speakers.people import People


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


def _people(text: str) -> set[str]:
    people = People(text)
    people.canonical(["X"], 0)  # builds the table
    return {p.name for p in people.people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The front-runner was former Florida Gov. Jeb Bush. Bush raised more than anyone."
            "\n\n“We will win this,” Bush said.",
            "Jeb Bush",
        ),
        (
            "The crowd cheered for Sen. Ted Cruz. The senator waved.\n\n“Friends, we made "
            "history,” Cruz said.",
            "Ted Cruz",
        ),
        (
            "Australia agreed to a deal with the UN. But Trump opposed it.\n\n“We will "
            "not take them,” Trump said.",
            "Trump",
        ),
        (
            "Her rival is Rep. Young Kim. Kim has held the seat since 2021.\n\n“We delivered "
            "for this district,” Kim said.",
            "Young Kim",
        ),
    ],
)
def test_a_short_surname_ending_its_sentence_keeps_the_full_name(text: str, name: str) -> None:
    # "Bush." followed by a sentence opening with a capital had joined one run of capitals,
    # cut at the full stop, and the person named in full was lost.
    assert _names(text) == [name]


def test_an_abbreviation_still_joins_a_run() -> None:
    assert "Tim Cook" in _people("The chief of Apple Inc. Tim Cook spoke on Monday.")
    assert "Rick Scott" in _people("He met Florida Gov. Rick Scott on Monday.")


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    text = (
        "That left former Florida Gov. Jeb Bush. He easily outraised the other candidates.\n\n"
        "“I respect their decisions, and tonight I am suspending my campaign,” said Jeb, the man "
        "some once thought the premier talent in his family."
    )
    assert _names(text) == ["Jeb Bush"]


def test_a_regnal_number_ends_a_name() -> None:
    text = (
        "President Barack Obama spoke first.\n\nJordan's King Abdullah II urged both sides to "
        "resume talks.\n\n“For almost 65 years, the Palestinian people have waited,” he said."
    )
    assert _names(text) == ["King Abdullah II"]  # the title is part of a one-word name


def test_a_war_with_a_number_is_nobody() -> None:
    assert "World War II" not in _people("Veterans of World War II gathered on Monday.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Debbie Wasserman Schultz chairs the committee.\n\n“We will win this,” Wasserman "
            "Schultz said.",
            "Debbie Wasserman Schultz",
        ),
        (
            "Andrés Manuel López Obrador won the election.\n\n“The Statue of Liberty is not an "
            "empty symbol,” López Obrador said.",
            "Andrés Manuel López Obrador",
        ),
        (
            "The report was written by Margaret Brown Vega, a volunteer.\n\n“They have no other "
            "way,” Brown Vega said.",
            "Margaret Brown Vega",
        ),
    ],
)
def test_a_surname_of_two_words_takes_the_given_name_written_before(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_an_owner_before_a_name_is_no_given_name() -> None:
    text = (
        "Zack Beauchamp covers foreign policy.\n\n“This is new,” wrote Vox's Zack Beauchamp."
        "\n\n“It will not last,” Zack Beauchamp said."
    )
    assert _names(text) == ["Zack Beauchamp", "Zack Beauchamp"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nina Luo, a steering committee member at DecrimNY, leads the push.\n\n“I think we "
            "got here through the rise of social justice movements,” said DecrimNY’s Luo.",
            "Nina Luo",
        ),
        (
            "Akhil Amar teaches law.\n\n“The text is clear,” said Yale's Amar.",
            "Akhil Amar",
        ),
    ],
)
def test_an_owner_before_a_surname_named_in_full_is_that_person(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_an_owned_name_nobody_bears_stays_whole() -> None:
    assert "Moody’s Analytics" in _people("Economists at Moody’s Analytics expect growth.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "“It would appear that we are not going to have a budget,” the No. 2 House Democrat, "
            "Steny Hoyer of Maryland, told reporters. “They made it a big deal,” he added.",
            ["Steny Hoyer", "Steny Hoyer"],
        ),
        (
            "The top Senate Republican, Mitch McConnell of Kentucky, said he welcomed the talks, "
            "adding: “I think having more of that is a good idea.”",
            ["Mitch McConnell"],
        ),
    ],
)
def test_a_party_member_described_then_named_is_the_person(text: str, names: list[str]) -> None:
    found = [
        q.speaker.name if q.speaker else None for q in extract_quotes(text) if q.kind != "indirect"
    ]
    assert found == names


def test_a_quotation_before_a_described_then_named_speaker_stays_direct() -> None:
    text = "“The market is calm,” the president of the firm Eurasia Group, Ian Bremmer, said."
    found = [(q.kind.value, q.speaker.name if q.speaker else None) for q in extract_quotes(text)]
    assert found == [("direct", "Ian Bremmer")]


@pytest.mark.parametrize(
    "intro",
    [
        "Jayeesha Dutta, a 36-year-old from New Orleans, marched in the city wearing a mask.",
        "Jalayne Jann, 40, had just arrived home when the storm hit.",
    ],
)
def test_a_name_with_an_age_is_a_person_a_pronoun_may_mean(intro: str) -> None:
    # Given names the list lacks: the age says a person, so "she" is not the speaker before.
    text = (
        "“We are here representing the Earth,” said Bob Miller, who marched with the crowd."
        f"\n\n{intro}\n\n“We are at the front lines,” she said."
    )
    assert _names(text)[-1] == intro.split(",")[0]


def test_an_honorific_makes_a_person_a_pronoun_may_mean() -> None:
    # "Jeanine" is no given name the list knows; "Ms. Cummins" says a woman all the same.
    text = (
        "Jeanine Cummins had scored a rare trifecta.\n\nMs. Cummins herself acknowledged the "
        "debate in her afterword. “As a non-immigrant, I had no business writing this book,” "
        "she wrote."
    )
    assert _names(text) == ["Jeanine Cummins"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“I never lived there,” Mr. Bush told reporters.\n\nHe took a shot at how President "
            "Obama has been selling the nuclear deal with Iran.\n\n“Give me a break,” he said.",
            "Bush",
        ),
        (
            "“We are at the front lines,” said Mary Ortiz, a nurse.\n\nShe faulted House Speaker "
            "Nancy Pelosi for the delay.\n\n“It is a disgrace,” she said.",
            "Mary Ortiz",
        ),
    ],
)
def test_the_same_pronoun_opening_the_sentence_before_is_the_same_person(
    text: str, name: str
) -> None:
    assert _names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Former Florida Gov. Jeb Bush spoke in Iowa. Bush has distanced himself from the "
            "legacy of his brother, former President George W. Bush, in recent days.\n\n“I never "
            "lived there,” Mr. Bush told reporters.",
            "Jeb Bush",
        ),
        (
            "Sen. Rand Paul went to Texas. Sen. Paul was raised in the state, which his father "
            "Ron Paul represented in Congress.\n\n“I speak Texan,” Paul said.",
            "Rand Paul",
        ),
    ],
)
def test_a_relative_introduced_by_kinship_is_not_the_person_of_the_story(
    text: str, name: str
) -> None:
    assert _names(text) == [name]


def test_a_person_of_the_story_introduced_as_a_relative_stays_that_person() -> None:
    text = (
        "Jean-Marie Le Pen founded the party. His daughter, Marine Le Pen, leads it. Marine Le "
        "Pen won the vote. Marine Le Pen spoke in Lyon.\n\n“We will win,” Le Pen said."
    )
    assert _names(text) == ["Marine Le Pen"]
