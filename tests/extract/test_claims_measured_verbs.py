"""What a figure measures when a verb stands between the measured noun and the figure: a verb
of level or a passive after a copula ("stayed steady at", "is capped at"), an intransitive verb
before a particle ("edged up to", "tie with"), a sum spent by a named subject, and a share of
a named group.

Sentences written for these tests in the style of news copy (no article text is copied).
"""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims


def _measures(sentence: str, surface: str) -> str | None:
    claim = next(c for c in extract_claims(sentence) if surface in c.text)
    return claim.measures


# (sentence, surface of the figure, what it must measure)
CASES = [
    ("Among women, the turnout rate stayed steady at 58% this year.", "58%", "turnout rate"),
    ("The jobless rate remained flat at 4.1 percent in May.", "4.1", "jobless rate"),
    ("Mortgage rates hovered at 6.2 percent last week.", "6.2", "Mortgage rates"),
    ("The state deduction is capped at $12,000 for couples.", "$12,000", "state deduction"),
    ("The tax credit will be phased out at 20%.", "20%", "tax credit"),
    ("The county's budget has been $4 billion for years.", "$4 billion", "county budget"),
    ("The two front-runners are deadlocked at 44 percent.", "44", "two front-runners"),
    ("The inflation rate edged up to 3.2 percent in March.", "3.2", "inflation rate"),
    (
        "Orders for new homes climbed, and mortgage demand slipped down to 40%.",
        "40%",
        "mortgage demand",
    ),
    ("Gov. Jane Ortiz and Sen. Mark Hale tie with 6 percent.", "6 percent", "Mark Hale"),
    (
        "Since May, the Fair Tax Alliance has spent more than $3.1 million on ads.",
        "$3.1",
        "Fair Tax Alliance spending",
    ),
    (
        "The Latino share of the electorate stayed steady at 11%.",
        "11%",
        "Latino share of electorate",
    ),
]
# The verb stays where the figure is its object or a span of time, and no subject is made up.
KEPT = [
    ("Peru expelled nine.", "nine", "Peru expelled"),
    ("Lopez earned 41 percent in the first round.", "41", "Lopez earned"),
    ("He was sentenced to five years in prison.", "five years", "sentenced"),
    ("The voters were required to have been 18 when they registered.", "18", "voters"),
    ("We have spent $5 on it.", "$5", None),
    ("The board approved at least $2.4 billion for roads.", "$2.4", "board approved"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), CASES + KEPT)
def test_measured_thing_past_a_verb(sentence: str, surface: str, expected: str | None) -> None:
    assert _measures(sentence, surface) == expected
