"""Deeds are no reported speech (the verb of a subject with no cue, "X as “...”"), and the clause
after a recipient of "told" and its phrases of time and place."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(r.kind.value, r.text) for r in extract_quotes(text)]


def _reported(text: str) -> list[str]:
    return [r.text for r in extract_quotes(text) if r.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        # A deed and a short quotation: a term or a label, nobody's words.
        "Harry Reid voted early – and marked his ballot “uncommitted.”",
        "Hillary Clinton faces a tall order in rallying support for a government-run insurance"
        " plan, or “public option,” in Congress.",
    ],
)
def test_a_deed_with_a_short_quotation_gives_no_record(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "To fix the problem, he offered a number of proposals to help families “stop"
            " digging the hole” and save more.",
            "stop digging the hole",
        ),
        (
            "Dr. Jane Koller helped circulate an online petition to the governor that urges the"
            " state “to make clear that it is safe to seek care.”",
            "to make clear that it is safe to seek care.",
        ),
    ],
)
def test_a_deed_keeps_a_longer_quotation_but_no_clause(text: str, quoted: str) -> None:
    assert _reported(text) == []
    assert ("partial", quoted) in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Verbs whose object is what was said keep their clause.
        "Kerry apologized on Monday for warning last week that the lack of a deal could lead to"
        " an “apartheid state.”",
        "Hijazi reasons that quitting the deal leaves a gap that “nobody is held accountable for.”",
    ],
)
def test_a_speech_verb_keeps_its_clause(text: str) -> None:
    assert len(_reported(text)) == 1


def test_an_object_called_by_quoted_words_is_no_clause() -> None:
    text = 'The strategist wrote it off as "ridiculous and petty."'
    assert _reported(text) == []
    assert ("partial", "ridiculous and petty.") in _kinds(text)


def test_a_clause_with_as_and_a_verb_after_the_quotation_stays() -> None:
    text = (
        "A spokesman said the committee’s description of the company as a “stimulus recipient”"
        " was false."
    )
    assert len(_reported(text)) == 1


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # The recipient's own phrase up to "that".
        (
            "Referring to the recession, Mr. Obama told the crowd of about 6,000 in a park in"
            " Manchester that his agenda promotes “the policies that are getting us out of this"
            " mess.”",
            "his agenda promotes “the policies that are getting us out of this mess.”",
        ),
        # Phrases of time and place after the recipient: the clause keeps its first word.
        (
            "Lerner told reporters on Monday she didn’t remember when she notified her bosses.",
            "she didn’t remember when she notified her bosses",
        ),
        (
            "Mr. Obama told reporters in Washington on Tuesday the plan would fail.",
            "the plan would fail",
        ),
        ("He told reporters at the White House the plan would fail.", "the plan would fail"),
        (
            "Giuliani told reporters on Aug. 19 that he didn’t know who was there.",
            "he didn’t know who was there",
        ),
        # "that" as the clause's subject stays.
        ("He told them that was wrong.", "that was wrong"),
    ],
)
def test_the_clause_after_a_recipient_and_its_phrases(text: str, clause: str) -> None:
    assert _reported(text) == [clause]


def test_a_quotation_after_a_recipient_and_a_date_stays_direct() -> None:
    text = (
        "Walker has since tried to walk those positions back, telling Fox News Sunday's Chris"
        ' Wallace on March 1st, "My view has changed, I\'m flat-out saying it."'
    )
    assert _kinds(text) == [("direct", "My view has changed, I'm flat-out saying it.")]


@pytest.mark.parametrize(
    "text",
    [
        # A relative "that" after a long recipient, and a recipient with no "that" at all.
        "Nick Gillespie also reminds us of the perils of policy-making in the aftermath of a"
        " major catastrophe like the one that took place in Las Vegas Sunday night.",
        "Among other threats in the past week, North Korea has warned Seoul of a nuclear war on"
        " the divided peninsula.",
    ],
)
def test_a_recipient_and_its_phrase_with_no_clause(text: str) -> None:
    assert _reported(text) == []
