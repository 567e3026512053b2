"""Quotations introduced by a colon: a related story's headline, a name's words before the colon
and the nearest colon of several."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _quoted(text: str, words: str) -> list[str | None]:
    """The speakers of the direct and partial records whose text holds WORDS."""
    return [
        q.speaker.name if q.speaker is not None and q.speaker.name else None
        for q in extract_quotes(text)
        if q.kind != QuoteKind.INDIRECT and words in q.text
    ]


def test_a_related_headline_s_quotation_is_its_subject_s_not_its_object_s() -> None:
    text = (
        "Strange lost to Moore, whom Steve Bannon endorsed.\n\n"
        "More: President Donald Trump appears to back Roy Moore: 'We don't need a liberal' in "
        "Alabama Senate seat\n\n"
        "The vote is next week."
    )
    assert _quoted(text, "need a liberal") == ["Donald Trump"]


def test_a_related_headline_s_reported_clause_leaves_its_label_out() -> None:
    text = (
        "The company reported its earnings on Monday.\n\n"
        "More: Tesla Model S crash into California pond killed driver, police say\n\n"
        "The shares fell."
    )
    clauses = [q.text for q in extract_quotes(text) if q.kind == QuoteKind.INDIRECT]
    assert clauses == ["Tesla Model S crash into California pond killed driver"]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The administration has faced criticism. I'll leave you with NBC newsman Chuck "
            "Todd's thoughts on the Obama administration's posture toward journalistic "
            "freedoms:\n\n\"You can't look at this as anything other than an attempt to scare "
            'anybody."',
            "scare anybody",
            "Chuck Todd",
        ),
        (
            "Iran warned the United States on Sunday. President Donald Trump's tweet, posted in "
            'capital letters: "Never, ever threaten the United States again."',
            "Never, ever",
            "Donald Trump",
        ),
        (
            "Hosts reacted to the strikes. Bill O’Reilly’s take: “A big expansion in the war on "
            "terror, but a necessary one.”",
            "big expansion",
            "Bill O’Reilly",
        ),
        (
            "The debate ended late. Donald Trump's full statement on the system included: "
            "“Nobody knows the system better than me.”",
            "Nobody knows",
            "Donald Trump",
        ),
    ],
)
def test_a_name_s_words_before_a_colon_are_that_name_s(text: str, words: str, name: str) -> None:
    assert _quoted(text, words) == [name]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the sentence's own speaker reacts to the words named
        (
            "Pelosi spoke on Monday. Responding to Trump's comments on the wall, Nancy Pelosi "
            'told reporters:\n\n"He is wrong about the wall."',
            "wrong about",
            "Nancy Pelosi",
        ),
        (
            "Sen. Tim Kaine took the floor. Relying on James Comey's statement to Congress, Tim "
            "Kaine said: “We have no basis to conclude she lied.”",
            "no basis",
            "Tim Kaine",
        ),
    ],
)
def test_words_a_speaker_reacts_to_are_not_the_quotation_s(
    text: str, words: str, name: str
) -> None:
    assert _quoted(text, words) == [name]


def test_the_nearest_colon_introduces_the_quotation() -> None:
    text = (
        "The senator spoke on Monday about the pipeline:\n\n"
        "He had nothing new to add to it.\n\n"
        "As the Wall Street Journal reported:\n\n"
        "“The pipeline was touted as a model for energy independence.”"
    )
    assert _quoted(text, "touted") == ["Wall Street Journal"]


def test_a_one_word_label_between_a_colon_and_its_quotation_changes_nothing() -> None:
    text = (
        "Hillary Clinton spoke last at the debate. Clinton said:\n\n"
        "Advertisement:\n\n"
        "“Words matter when you run for president.”"
    )
    assert _quoted(text, "Words matter") == ["Hillary Clinton"]
