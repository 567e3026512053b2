"""A pronoun after a cue and before a verb opens the reported clause: the subject speaks."""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


def _records(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker.name if q.speaker else "") for q in extract_article(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Jane Porter (R-Ariz.) a strong military supporter and former Naval officer who "
            "was held as a prisoner of war, said she is concerned about recruitment.",
            ("she is concerned about recruitment", "Jane Porter"),
        ),
        (
            "Ronald Kemper, who donated $3 million to a super PAC supporting "
            "former Arkansas Gov. Mike Huckabee’s since-aborted presidential campaign, said he "
            "had no immediate plans to give to any of them.",
            ("he had no immediate plans to give to any of them", "Ronald Kemper"),
        ),
        (
            'Dirk Mirkow, who was dressed as an "armed uprising," carrying a toy gun and a placard '
            "in front of his body, said he was there for many reasons.",
            ("he was there for many reasons", "Dirk Mirkow"),
        ),
    ],
)
def test_the_subject_before_a_long_apposition_speaks(text: str, expected: tuple[str, str]) -> None:
    assert _records(text) == [expected]


@pytest.mark.parametrize(
    ("text", "quote", "pronoun"),
    [
        ('The vote is over. "We will win," said he.', "We will win,", "he"),
        ('The vote is over. "It was close," said she on Tuesday.', "It was close,", "she"),
    ],
)
def test_an_inverted_pronoun_with_no_verb_after_it_is_still_the_speaker(
    text: str, quote: str, pronoun: str
) -> None:
    # Guards: "said he." and "said she on Tuesday" keep the pronoun as the speaker mention.
    (record,) = extract_article(text).quotes
    assert record.speaker is not None
    assert (record.text, record.speaker.text) == (quote, pronoun)
