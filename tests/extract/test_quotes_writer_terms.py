"""Quoted words and clauses that are the writer's own, or a label, are not stored as quotes."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


@pytest.mark.parametrize(
    "text",
    [
        # The writer's "we" and "I" outside quotation marks: a finding or a term of the article.
        "What we found is that Fox & Friends has a symbiotic relationship with Trump that is far "
        "weirder than state media.",
        "We have learned since Flynn's ouster that Kushner also had meetings with the Russian "
        "ambassador.",
        "In a new paper, we find that immigrants are coming to America at much older ages than in "
        "the recent past.",
        "This partisan loyalty is maintained through a process we call “racialized social "
        "constraint,” whereby support for the party is expected.",
        'As I explain on my show this week, I follow the advice of "experts."',
        "I find it absolutely despicable that the officials who passed this mandate are now "
        "giving themselves waivers.",
    ],
)
def test_writer_first_person_gives_no_record(text: str) -> None:
    recs = extract_quotes(text)
    assert not recs, [(r.kind, r.cue, r.text) for r in recs]


def test_writer_quoting_a_dialogue_keeps_the_direct_quote() -> None:
    recs = extract_quotes("And I said, “How about telling her that?”")
    assert [r.kind for r in recs] == [QuoteKind.DIRECT]


def test_third_person_finding_is_still_reported() -> None:
    recs = extract_quotes(
        "Researchers at the university said they found that most voters distrust the polls."
    )
    assert any(r.kind == QuoteKind.INDIRECT for r in recs)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('The tweet read, "We cannot wait for this."', "We cannot wait for this."),
        ('A post from the account read: "We cannot wait for this."', "We cannot wait for this."),
        (
            'The White House statement read, in part: "We will not comment on this."',
            "We will not comment on this.",
        ),
    ],
)
def test_document_read_before_its_words(text: str, said: str) -> None:
    recs = extract_quotes(text)
    assert [(r.kind, r.text, r.cue) for r in recs] == [(QuoteKind.DIRECT, said, "read")]


@pytest.mark.parametrize(
    "text", ['He read the letter, "Dear John," aloud.', "The letter reads like a ransom note."]
)
def test_read_without_a_document_before_quoted_words_is_no_cue(text: str) -> None:
    assert not [r for r in extract_quotes(text) if r.cue == "read"]


def test_declaring_an_object_fulfilled_reports_no_clause() -> None:
    recs = extract_quotes(
        "Trump can “win” simply by following through on the executive order, then declaring it "
        "fulfilled before the Court hears the various challenges to the case."
    )
    assert not [r for r in recs if r.kind == QuoteKind.INDIRECT], recs


def test_declared_with_a_clause_is_still_reported() -> None:
    recs = extract_quotes("The governor declared it was over and said the state would reopen.")
    assert (QuoteKind.INDIRECT, "it was over") in [(r.kind, r.text) for r in recs]


@pytest.mark.parametrize(
    "text",
    [
        # A nickname between a given name and a surname, of more than one word.
        "Meanwhile, waiting for the president on the floor, Rep. Joe “You lie” Wilson snapped "
        "pictures of the guests.",
        "Anthony “The Mooch” Scaramucci, the fourth White House communications director, left.",
        "Doris “Granny D” Haddock, the late activist who trekked across the country, spoke.",
        # A thing named in title case after "the ... called" or "titled".
        "Scalia gave the keynote address during the seminar called “Outsourcing Of American Law.”",
        "Graham responded to the editorial titled “Trump Should Be Removed From Office,” a day "
        "after the vote.",
    ],
)
def test_nickname_or_title_is_no_quote(text: str) -> None:
    recs = extract_quotes(text)
    assert not [r for r in recs if r.kind != QuoteKind.INDIRECT], recs


def test_words_said_after_a_given_name_stay_a_quote() -> None:
    recs = extract_quotes("She called Clinton “a liar and a fraud,” and left.")
    assert [r.text for r in recs if r.kind == QuoteKind.PARTIAL] == ["a liar and a fraud,"]


def test_time_after_that_opens_no_clause() -> None:
    recs = extract_quotes("Johnson added later that evening: “We will not back down.”")
    assert [(r.kind, r.text) for r in recs] == [(QuoteKind.DIRECT, "We will not back down.")]


def test_that_after_a_time_still_opens_the_clause() -> None:
    recs = extract_quotes("Johnson said that day that the strike would go on.")
    assert [(r.kind, r.text) for r in recs] == [(QuoteKind.INDIRECT, "the strike would go on")]


def test_clause_after_a_time_without_that() -> None:
    recs = extract_quotes(
        "Comey told senior agents later that year he worried the department would stall."
    )
    assert [(r.kind, r.text) for r in recs] == [
        (QuoteKind.INDIRECT, "he worried the department would stall")
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Yang declared that it meant the code was broken.", "it meant the code was broken"),
        (
            "Obama warned that time to resolve the issue was not unlimited.",
            "time to resolve the issue was not unlimited",
        ),
    ],
)
def test_declared_that_and_that_time_keep_their_clause(text: str, clause: str) -> None:
    assert [(r.kind, r.text) for r in extract_quotes(text)] == [(QuoteKind.INDIRECT, clause)]
