"""Negated cues, a subordinate clause's "that" and a noun's object report no clause said."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _reported(text: str) -> list[str]:
    return [r.text for r in extract_quotes(text) if r.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        "The story does not mention that the senator was in the room at the time.",
        "He did not say that the plan would fail by June.",
        "Trump never said that Mexico would pay for the wall.",
        "A spokesman didn't immediately say whether the company would appeal the ruling.",
        "She declined to say how many people had been fired from the agency.",
        "The senator has never publicly said that he would vote against the bill.",
        "The White House cannot say when the plan would be sent to Congress.",
    ],
)
def test_negated_cue_reports_no_clause(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A denial is said: the guide labels it reported speech.
        (
            "Smith denied that he had met the Russian ambassador.",
            "he had met the Russian ambassador",
        ),
        (
            "He not only said that the plan would fail, he said it was weak.",
            "it was weak",
        ),
    ],
)
def test_denial_and_plain_cues_keep_their_clause(text: str, clause: str) -> None:
    assert clause in _reported(text)


def test_that_after_a_subordinator_is_no_conjunction() -> None:
    text = (
        "One thing that Joe Biden said when that was all going on was this, he said: “We will win.”"
    )
    recs = extract_quotes(text)
    assert [(r.kind, r.text) for r in recs] == [(QuoteKind.DIRECT, "We will win.")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("He said that was wrong and he would fight it.", "that was wrong and he would fight it"),
        (
            "Officials said that would be a mistake for the country.",
            "that would be a mistake for the country",
        ),
        (
            "He told reporters that was the end of the matter for now.",
            "that was the end of the matter for now",
        ),
        ("He said that the plan was wrong.", "the plan was wrong"),
        (
            "Johnson added later that evening that the vote would go ahead.",
            "the vote would go ahead",
        ),
    ],
)
def test_that_before_a_verb_is_the_clause_subject(text: str, clause: str) -> None:
    assert _reported(text) == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Joe Wilson snapped pictures of Duck Dynasty’s Willie Robertson at the event.",
        "Rep. Joe Wilson snapped pictures of the president and his wife at the event in Ohio.",
    ],
)
def test_noun_and_its_of_phrase_is_no_clause(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She tweeted Trump’s been lying to the country for years.",
        "She tweeted it’s time for the country to move on from this.",
    ],
)
def test_clitic_s_is_still_a_verb(text: str) -> None:
    assert len(_reported(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors accused him of hiding millions of dollars he earned as a consultant.",
        "Republicans accused Obama of putting off the issue until after the November election.",
        "According to Facebook, two of the most popular CPAC stories in the news that day related "
        "to criticisms by aides to Senator Marco Rubio regarding Donald Trump’s CPAC speech.",
    ],
)
def test_accusation_keeps_its_clause(text: str) -> None:
    assert len(_reported(text)) == 1


def test_negated_cue_keeps_the_quotation_it_holds() -> None:
    text = (
        "Tina Brown did not explain the reasons for his leaving: “The Daily Beast and Howard "
        "Kurtz have parted company,” she said in a statement."
    )
    recs = extract_quotes(text)
    assert any("parted company" in r.text for r in recs)
    assert all(r.cue != "explain" for r in recs)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A long subject before its verb, a possessive in it.
        (
            "Sean Trende suggests the caustic tone of Justice Scalia's decision in the Arizona "
            "case might be something of a tell.",
            "the caustic tone of Justice Scalia's decision in the Arizona case might be something "
            "of a tell",
        ),
        # "after that" is an adverbial; the clause follows it.
        (
            "The committee said after that families earning under $75,000 a year would likely "
            "face higher taxes.",
            "families earning under $75,000 a year would likely face higher taxes",
        ),
    ],
)
def test_clause_kept_around_possessives_and_after_that(text: str, clause: str) -> None:
    assert _reported(text) == [clause]


def test_adverb_though_before_that_keeps_the_conjunction() -> None:
    text = "Washington insists though that dialogue with Pyongyang will continue."
    assert _reported(text) == ["dialogue with Pyongyang will continue"]
