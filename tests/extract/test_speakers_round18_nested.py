"""Nested reports, statements reported by an outlet, joint speakers after the verb, a misspelt
"prime minster" and a group's name that holds a surname."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _quoted(text: str, words: str) -> list[str | None]:
    """The speakers of the direct and partial records whose text holds WORDS."""
    return [
        q.speaker.name if q.speaker is not None else None
        for q in extract_quotes(text)
        if q.kind != QuoteKind.INDIRECT and words in q.text
    ]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # "X said Y told him": the quotation is Y's words
        (
            "“It’s not a big deal,” Gauger said Cohen told him about the investigation.",
            "big deal",
            "Cohen",
        ),
        (
            "“We will fight this,” the lawyer said Maria Lopez had told him on Monday.",
            "fight this",
            "Maria Lopez",
        ),
        # "The newspaper said Y called ...": Y's words inside the paper's clause
        (
            "The newspaper said Smith called the allegations “made up and totally false.”",
            "made up",
            "Smith",
        ),
        (
            "Reuters reported that Ann Lee described the plan as “a road to nowhere” in an "
            "interview.",
            "road to nowhere",
            "Ann Lee",
        ),
        # two people named after an inverted verb
        (
            "“These cuts represent a threat to our security,” say Republican Sens. John "
            "McCain of Arizona and Lindsey Graham of South Carolina.",
            "threat to our security",
            "John McCain and Lindsey Graham",
        ),
        ("“We won,” said Tom Cotton and David Perdue.", "We won", "Tom Cotton and David Perdue"),
        # "the prime minster": the prime minister misspelt
        (
            "Prime Minister Theresa May spoke in London. The prime minster also applauded the "
            "allies for their plans to “expel more than 100 Russian intelligence officers.”",
            "expel more",
            "Theresa May",
        ),
        # a group named "Women For Cohen" is not the Cohen who spoke
        (
            "Michael Cohen paid for an account, Women For Cohen, to praise him. “It’s fine,” "
            "Cohen said.",
            "It’s fine",
            "Michael Cohen",
        ),
    ],
)
def test_speaker(text: str, words: str, name: str) -> None:
    assert _quoted(text, words) == [name]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # every record holding the words: "X issued a statement saying that her “...,” the
        # Times reported" gives them to X
        (
            "Secretary of State John Kerry issued a statement on Wednesday saying that her "
            "“calm in the storm set her apart,” the Times reported.",
            "calm in the storm",
            "John Kerry",
        ),
        # a reporting verb with no other speaker after it keeps its quotation
        ("“It is over,” Jones said on Friday.", "It is over", "Jones"),
        # one person with "and" inside a title is no joint speaker
        (
            "“We will act,” said Health and Human Services Secretary Alex Azar.",
            "We will act",
            "Alex Azar",
        ),
        # a deed to come ("will respond") is not a report of what was said
        (
            "Ann Lee said the Kremlin will respond in “coming days.”",
            "coming days",
            "Ann Lee",
        ),
    ],
)
def test_speaker_kept(text: str, words: str, name: str) -> None:
    got = [
        q.speaker.name if q.speaker is not None else None
        for q in extract_quotes(text)
        if words in q.text
    ]
    assert got and set(got) == {name}


def test_statement_of_a_description_names_no_one_in_it() -> None:
    # "the law firm representing Sondland said in a statement": the statement is not Sondland's
    text = (
        "“We are ready,” the law firm representing Sondland said in a statement. The statement "
        "described Sondland as “profoundly disappointed.”"
    )
    got = [q for q in extract_quotes(text) if "profoundly" in q.text]
    assert got and all(q.anonymous and q.speaker and q.speaker.name != "Sondland" for q in got)


def test_statement_of_a_named_issuer_is_kept() -> None:
    text = (
        "Sondland said in a statement on Monday that he was ready. The statement called the "
        "committee “partisan.”"
    )
    got = [q.speaker.name for q in extract_quotes(text) if "partisan" in q.text and q.speaker]
    assert got and set(got) == {"Sondland"}


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        # a name after a preposition is no subject of the verb after it
        (
            "One source told ABC News the draft report about Comey described his conduct as "
            "“insubordinate.”",
            "insubordinate",
            "Comey",
        ),
        # a linked verb's speaker is a guess: it takes no quotation from the cue after it
        (
            "“The movement has incited violence,” the lawsuit says, according to the paper, "
            "adding that “the group is a violent gang,” the lawsuit says, according to the "
            "paper.",
            "violent gang",
            "paper",
        ),
        # a full stop ends the "that" clause of the earlier verb
        (
            "Kevin McCarthy had a “slip of the tongue” when he told Fox News that the "
            "committee was partisan. “His reasoning was wrong,” Maj. Bradley Podliska said.",
            "His reasoning",
            "Kevin McCarthy",
        ),
    ],
)
def test_speaker_not_taken(text: str, words: str, wrong: str) -> None:
    got = [q.speaker.name if q.speaker else None for q in extract_quotes(text) if words in q.text]
    assert got and wrong not in got


def test_quotations_after_a_nested_report_continue_the_reporter() -> None:
    text = (
        "Josh Earnest insisted that when Obama told the magazine earlier this year that some "
        "radicals were “JV” or junior varsity players pretending to be more threatening than "
        "they were, he was not referring to the group.\n\n“He was talking about the very "
        "different threat that is posed by a range of extremists around the globe.”"
    )
    got = [q.speaker.name for q in extract_quotes(text) if "range of extremists" in q.text]
    assert got == ["Josh Earnest"]
