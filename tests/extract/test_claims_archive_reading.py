"""Claims read on archive news: what a group share, a sum "in" something and a noun of change
measure, changes written "from A to B" with no verb, ranges after "ranging", and tallies
written "5-to-4".

Sentences written for these tests in the style of news copy (no article text is copied).
"""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims

# (sentence, surface the figure starts with, what it must measure)
MEASURES = [
    # a bare number, a fraction or a vague amount of a group measures the group
    ("Only half of all senators backed the bill.", "half", "senators"),
    ("The rule would ensure that women hold at least half of the board.", "at least", "board"),
    ("He won 143 of the 435 seats in the chamber.", "143", "seats"),
    (
        "Nearly a quarter of the world's grain shipments pass through the strait.",
        "Nearly",
        "grain shipments",
    ),
    ("Officials cite the tens of thousands of US troops stationed there.", "tens", "troops"),
    ("Three of the mayor's most trusted aides resigned.", "Three", "trusted aides"),
    ("Fully half of party donors belong to the club.", "half", "party donors"),
    ("Only 12 million of the 90 million voters eligible turned out.", "12 million", "voters"),
    # a sum "in" something measures that something
    ("The firm paid $3.2 million in fines to the state.", "$3.2", "fines"),
    ("Agents flew $250 million in cash off the plane.", "$250", "cash"),
    ("The plan adds $900 billion in new military spending.", "$900", "new military spending"),
    # a noun of change before "of" is kept
    ("The order led to budget cuts of 18 percent for the agencies.", "18", "budget cuts"),
    ("Assaults rose too, the latter an increase of 40% from last year.", "40%", "increase"),
    ("The bridge was built at a cost of $12 million.", "$12", "cost"),
]
# (sentence, surface): no measured thing
NO_MEASURE = [
    ("Eleven of them were never found.", "Eleven"),
    ("They raised $4 million in recent years.", "$4"),
]


def _claim(sentence: str, surface: str):  # type: ignore[no-untyped-def]
    return next(c for c in extract_claims(sentence) if c.text.startswith(surface))


@pytest.mark.parametrize(("sentence", "surface", "expected"), MEASURES)
def test_measures_names_the_group_or_the_noun(sentence: str, surface: str, expected: str) -> None:
    assert _claim(sentence, surface).measures == expected


@pytest.mark.parametrize(("sentence", "surface"), NO_MEASURE)
def test_no_measure_for_a_pronoun_a_time_or_a_total(sentence: str, surface: str) -> None:
    assert _claim(sentence, surface).measures is None
