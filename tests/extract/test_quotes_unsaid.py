"""Quoted words nobody is said to have said: a crowd's chants named as a noun ("chants of “...”")
and what a group of unnamed people believes or thinks ("experts believe ... a “death spiral”")."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _quoted(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (r.kind.value, r.text, r.speaker.name if r.speaker else None)
        for r in extract_quotes(text)
        if r.kind.value != "indirect"
    ]


def _texts(text: str) -> list[str]:
    return [t for _, t, _ in _quoted(text)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            '"When you decide change is going to happen, change happens," Obama said amid'
            ' recurring chants of "four more years" and "U.S.A." "When you decide we\'re going'
            ' to move forward, we move forward."',
            ["four more years", "U.S.A."],
        ),
        (
            "“I won’t pretend the path I’m offering is quick or easy,” Obama said to chants of"
            " “four more years” from the faithful.",
            ["four more years"],
        ),
        (
            "He reminisced, “We did have a lot of fun fighting Hillary, didn’t we?” to chants of"
            " “lock her up” while criticizing conservative critics.",
            ["lock her up"],
        ),
        (
            "His remarks brought boos at the mention of Democrats and chants of “Build that wall!”",
            ["Build that wall!"],
        ),
        (
            'Rhythmic chants of "Sí, se puede!" rang over the lawn.',
            ["Sí, se puede!"],
        ),
    ],
)
def test_chants_of_are_no_ones_words(text: str, gone: list[str]) -> None:
    texts = _texts(text)
    for quoted in gone:
        assert quoted not in texts


def test_a_quotation_after_a_list_of_chants_is_still_said() -> None:
    text = (
        '"When you decide change is going to happen, change happens," Obama said amid'
        ' recurring chants of "four more years" and "U.S.A." "When you decide we\'re going'
        ' to move forward, we move forward."'
    )
    assert ("direct", "When you decide we're going to move forward, we move forward.") in [
        (k, t) for k, t, _ in _quoted(text)
    ]


def test_a_crowd_that_chants_still_says_its_words() -> None:
    assert _texts('The crowd chanted "lock her up" as Trump spoke.') == ["lock her up"]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Most experts believe such reforms would hike the cost of employer plans, potentially"
            " creating a “death spiral” that would lead to fewer employers offering plans.",
            ["death spiral"],
        ),
        (
            'Government officials do not believe there is a metaphorical "smoking gun" that'
            " explicitly ties him to the murder.",
            ["smoking gun"],
        ),
        (
            '(People of more recent vintage might just think the "bad guys" of those movies were'
            ' the intended "good guys," and vice versa.)',
            ["bad guys", "good guys,"],
        ),
        (
            "Overwhelming majorities -- including among Catholics and Republicans -- think birth"
            ' control is "morally acceptable," which is a pretty low bar.',
            ["morally acceptable,"],
        ),
        (
            "Asked if some Democrats might feel “discomfort” about the matter, Harris said: “I’ll"
            " leave that to the voters to decide.”",
            ["discomfort"],
        ),
    ],
)
def test_quoted_words_in_a_groups_belief_are_no_ones(text: str, gone: list[str]) -> None:
    texts = _texts(text)
    for quoted in gone:
        assert quoted not in texts


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A named person's or body's belief: the words are theirs.
        ('Trump thought Kelly treated him "unfairly" in the first debate.', "unfairly"),
        ('The White House believes it is "close" to having the votes.', "close"),
        ('A senior official believes the deal is "close."', "close."),
        # Words after a verb of speech in the same sentence are left to it.
        (
            'Republicans know the stakes are high and are calling the race a "must win."',
            "must win.",
        ),
    ],
)
def test_a_belief_that_keeps_its_quoted_words(text: str, quoted: str) -> None:
    assert quoted in _texts(text)


def _records(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (r.kind.value, r.text, r.speaker.name if r.speaker else None) for r in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Obama referred to the attack as “acts of terror” in his remarks.",
            "acts of terror",
            "Obama",
        ),
        ("Trump referred to members of the gang as “animals.”", "animals.", "Trump"),
        (
            "Trump repeatedly referred to the senators’ proposal as a possible “base” to a more"
            " comprehensive gun bill.",
            "base",
            "Trump",
        ),
        (
            "Mongolia refers to the U.S. as its “third neighbor,” relying on America.",
            "third neighbor,",
            "Mongolia",
        ),
    ],
)
def test_referred_to_as_is_a_partial_quote_and_no_clause(
    text: str, quoted: str, speaker: str
) -> None:
    assert _records(text) == [("partial", quoted, speaker)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # "referred" naming no quotation neither takes one nor cuts the clause it stands in.
        (
            "Two professors wrote an op-ed arguing that Attorney General William Barr should have"
            " referred the allegations to the Federal Election Commission.",
            "Attorney General William Barr should have referred the allegations to the Federal"
            " Election Commission",
        ),
        # A linked "referred" stays in the clause of the cue before it.
        (
            "Trump did not address his tweets in which he called a former Miss Universe"
            " “disgusting” and referred to her “sex tape.”",
            "a former Miss Universe “disgusting” and referred to her “sex tape.”",
        ),
    ],
)
def test_referred_keeps_the_clause_it_stands_in(text: str, clause: str) -> None:
    assert clause in [t for k, t, _ in _records(text) if k == "indirect"]


def test_referred_questions_quote_nobody() -> None:
    text = 'DHS referred all questions on the "vetting" order to the White House on Tuesday.'
    assert _records(text) == []
