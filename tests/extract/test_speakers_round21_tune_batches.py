"""Speakers, round 21: classes of errors from the tune half's new labelled batches (4 and 5).

Each text is written for the class, not copied from an article."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "X quoted Y as saying" right after the quotation: the words are Y's, not X's.
        (
            "Sen. Maria Lopez spoke on Monday.\n\n“The voters should decide this, not us,” The "
            "LA Times quoted Lopez as saying after the vote.",
            "Maria Lopez",
        ),
        (
            "“Money has always been a problem for me,” The Boston Globe quoted Enzi as saying.",
            "Enzi",
        ),
    ],
)
def test_quoted_as_saying_after_quotation(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_quoted_without_as_saying_keeps_the_outlet() -> None:
    text = "“The plan is dead,” The Boston Globe quoted in an editorial on Monday."
    assert _names(text) == ["Boston Globe"]


def test_title_to_office_before_name() -> None:
    # "Counsel to the President" is the person's title: he speaks, not "Counsel".
    text = (
        "In a letter to the speaker, Counsel to the President Pat Cipollone wrote, “The House "
        "has never attempted to launch an inquiry this way.”"
    )
    assert _names(text) == ["Pat Cipollone"]


def test_workplace_closing_a_listed_apposition() -> None:
    # A comma inside the title ("growth, energy and ...") and the workplace last: the person.
    text = (
        "“We are now speeding up that plan,” Keith Marsh, undersecretary for economic growth, "
        "energy and the environment at the State Department, told Reuters."
    )
    assert _names(text) == ["Keith Marsh"]


def test_organisation_alone_in_apposition_still_speaks() -> None:
    text = "“We are now speeding up that plan,” a spokesman at the State Department, told Reuters."
    assert _names(text) != ["Keith Marsh"]


@pytest.mark.parametrize(
    "opener",
    ["The Following day", "The following day", "The next morning", "That night"],
)
def test_opening_time_phrase_before_the_subject(opener: str) -> None:
    text = (
        "Host Will Green spoke first. "
        f"{opener}, MSNBC anchor Stephanie Ruhle appeared on the show and claimed: “it is all "
        "a hoax, and the flu is worse.”"
    )
    assert _names(text) == ["Stephanie Ruhle"]


def test_relative_named_in_passing_is_not_the_surname_alone() -> None:
    # "his father Rep. Ron Paul" is a relative introduced in passing, named in full again only
    # as an object: "Paul" alone is the senator of the story.
    text = (
        "Sen. Rand Paul met donors in Maine on Friday. Paul is weighing a run. His effort "
        "differs from the divisions that his father Rep. Ron Paul's bid created, when "
        "Republicans fought over whether to support Ron Paul or Romney.\n\n"
        "“I think we need to do one election at a time,” Paul said."
    )
    assert _names(text) == ["Rand Paul"]


def test_relative_who_becomes_the_subject_keeps_the_surname() -> None:
    text = (
        "Jean-Marie Le Pen founded the party. His daughter, Marine Le Pen, leads it. Marine Le "
        "Pen won the vote.\n\n“We will win,” Le Pen said."
    )
    assert _names(text) == ["Marine Le Pen"]


def test_clause_between_commas_is_no_title_before_a_workplace() -> None:
    # "Hill, meanwhile, was mocked ... in the Senate,": a clause, not a title; Hill is no
    # speaker of the words she was called.
    text = (
        "Hill, meanwhile, was mocked and criticized in the press and in the Senate, famously "
        "called “a little bit nutty.”"
    )
    assert _names(text) != ["Hill"]


def test_relative_who_speaks_keeps_the_surname() -> None:
    # "said his grandson, David Eisenhower,": the relative introduced is the speaker.
    text = (
        "When Republican candidate Dwight D. Eisenhower ran, he used television. “He would be "
        "confused now,” said his grandson, David Eisenhower, a noted historian.\n\n"
        "“We've seen a great deal of dysfunction,” said Eisenhower, who teaches a course."
    )
    assert _names(text)[-1] == "David Eisenhower"


def test_title_served_is_not_held() -> None:
    # "Counsel to the President Pat Cipollone": he serves the president, "the president"
    # later is not he.
    text = (
        "Trump spoke. In a letter to Pelosi, Counsel to the President Pat Cipollone wrote, "
        "“The House has never done this.” The president said “no way.”"
    )
    assert _names(text) == ["Pat Cipollone", "president"]
