"""Titles, slogans and pseudonyms in quotation marks, and clauses of deeds, are no quotes."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _quoted(text: str) -> list[str]:
    return [r.text for r in extract_quotes(text) if r.kind != QuoteKind.INDIRECT]


def _reported(text: str) -> list[str]:
    return [r.text for r in extract_quotes(text) if r.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        # A title that opens with a number.
        "The White House said in a statement Friday it will be hosting a “2020 Salute to America”"
        " on the South Lawn.",
        "He told “60 Minutes” that Al Qaeda forces first attacked the compound.",
        "The Foundation for Individual Rights in Education’s (FIRE) “10 Worst Colleges for Free"
        " Speech” list presented Wednesday includes schools such as Jones College, it alleges.",
        # A thing in title case after "a" or "an" that no speech verb governs.
        'Each judge was also asked to choose a "Quote of the Year" denoting the worst quote.',
        "Other ads ask people to take an “Official Presidential Job Performance Survey” online.",
        # A work named by its kind before the quotation.
        "In a 2004 book blasting the Iraq War, “The Bubble of American Supremacy,” Mr. Soros"
        " described the attacks this way.",
        # Headings and slogans.
        'Under the heading "A Winning Alternative to Obamacare," the group warns of costs.',
        'Under the slogans "Make America Great Again," Trump has promised to restore jobs.',
        # A name standing for a person.
        "A young woman, identified by Rolling Stone only as “Jackie,” said she went to a party.",
        'Officials have not said whether the attack killed "John," whose real name is Mohammed'
        " Emwazi.",
    ],
)
def test_title_or_name_is_no_quote(text: str) -> None:
    assert _quoted(text) == []


def test_show_as_recipient_keeps_words_said() -> None:
    text = "She backed the plan, telling “60 Minutes” last year she is “ashamed” of it."
    assert "60 Minutes" not in _quoted(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“Sixty Minutes Ago,” he said, “we were still talking.”", "we were still talking."),
        ("“100 percent,” Parnas replied.", "100 percent,"),
        ("Trump said it was a “very bad day for the country,” on Monday.", "very bad day"),
    ],
)
def test_words_said_stay(text: str, quote: str) -> None:
    assert any(quote in r.text for r in extract_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin is continuing its election interference operations to exploit divisions in"
        " the Balkans.",
        "He continued lashing out at Democrats when he rallied supporters in Topeka on Monday.",
        'Ginsburg went home but continued to experience "discomfort overnight" and went to'
        " the hospital.",
    ],
)
def test_continue_reports_no_clause(text: str) -> None:
    assert _reported(text) == []
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("He continued that the plan would fail by June.", "the plan would fail by June"),
        (
            "Highly trained teachers, he continued, would also serve as a deterrent to attacks.",
            "Highly trained teachers would also serve as a deterrent to attacks",
        ),
    ],
)
def test_continue_keeps_clause_with_that_or_set_off(text: str, clause: str) -> None:
    assert clause in _reported(text)


def test_do_that_is_no_conjunction() -> None:
    text = "McGahn said he’d rather resign than do that, and Trump backed down."
    assert "and Trump backed down" not in _reported(text)
    assert any(c.startswith("he’d rather resign") for c in _reported(text))


def test_clause_stops_before_open_aside() -> None:
    text = (
        "Even if I concede that Brown did everything Wilson said he did (and I’m not conceding"
        " any of this, mind you), we must ask why."
    )
    assert all("(" not in c for c in _reported(text))


def test_words_named_a_term_are_no_quote() -> None:
    text = (
        "Choosing not to take a side is still a choice. “The view from nowhere” is a term often"
        " used to describe journalists’ attempts to remove themselves from the story, they report."
    )
    assert "The view from nowhere" not in _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cruz and Kasich said they can still deny him a first-ballot victory. | AP Photo",
        "The endorsement guaranteed him the backing of the most committed activists on the right.",
        "A West Virginia court ruled against this argument just a few weeks ago.",
        "Sessions and Schumer argued over the number of immigrants who would be allowed in.",
        "Michael O’Hanlon cautioned against reading too much into the apparent disagreement.",
    ],
)
def test_objects_are_no_clause(text: str) -> None:
    assert all(not c.startswith(("him ", "against ", "over ")) for c in _reported(text))


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Ms. Lee told him the plan would fail by June.", "the plan would fail by June"),
        ("He said over the weekend he would run again.", "over the weekend he would run again"),
    ],
)
def test_recipient_and_time_keep_clause(text: str, clause: str) -> None:
    assert clause in _reported(text)
