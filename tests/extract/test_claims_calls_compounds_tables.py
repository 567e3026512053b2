"""Not claims on archive news: emergency numbers called, idioms written as a number and a
hyphen, tables flattened into a sentence; and counts written as compound adjectives.

Sentences written for these tests in the style of news copy (no article text is copied).
"""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims

# (sentence, a figure that must not be stored)
NOT_CLAIMS = [
    # an emergency or city service number that people call
    ("The neighbour was calling 911 when the shots began.", "911"),
    ("She picked up the phone and dialed 999 at once.", "999"),
    ("Residents can call 311 to report a broken street light.", "311"),
    ("He tried to stop my call to 911 and grabbed the phone.", "911"),
    ("A frightened 911 caller described two men with rifles.", "911"),
    ("The city's 311 complaint line logged the noise reports.", "311"),
    ("Chicago raised its 911 fee last year.", "911"),
    ("The army is not a 911 service for every crisis.", "911"),
    ("Dial 112 anywhere in Europe.", "112"),
    # a number in an idiom
    ("The senator praised the two-party system.", "two"),
    ("The campaign faces a two-front battle in the fall.", "two"),
    ("Aides described a two-track policy toward the regime.", "two"),
    ("The site offers two-factor sign-in.", "two"),
    ("They held a one-on-one meeting in the garden.", "one"),
    ("Workers got a one-time payment of a week's wages.", "one-time"),
    # the rows of a table run together: no verb, no words, only cells
    (
        "Delegates Wisconsin 42 25 4/9 Colorado 34 7 4/16 Wyoming 14 1 4/19 "
        "Connecticut 28 10 4/26 Rhode Island 12 3 4/26",
        "10",
    ),
    (
        "Ohio 46,200 5% Georgia 52,000 5% Utah 5,800 11% Iowa 7,600 11% Maine 1,800 14%",
        "11%",
    ),
    ("Acme Corp. 28.31 +0.73 +2.65% Widget Inc. 283.11 -8.90 -3.05%", "283.11"),
]

# (sentence, surface the claim's text starts with, value, unit, a word of what it measures)
COUNTS = [
    ("She is a two-term Democratic state representative.", "two-term", 2, "term", "representative"),
    ("The governor, a two-term incumbent, is running again.", "two-term", 2, "term", "incumbent"),
    ("He is now a three-time Super Bowl champion.", "three-time", 3, "time", "Bowl"),
    ("The 11-term congressman will retire.", "11-term", 11, "term", "congressman"),
    ("Voters ousted two-term Republican Sen. Mark Jones.", "two-term", 2, "term", "Jones"),
    ("Police closed a four-block radius around the house.", "four-block", 4, "block", "radius"),
    ("The debate drew a 12-candidate stage.", "12-candidate", 12, "candidate", "stage"),
    ("She holds a 300-delegate lead.", "300-delegate", 300, "delegate", "lead"),
    ("He rents a two-bedroom apartment downtown.", "two-bedroom", 2, "bedroom", "apartment"),
    ("The state uses a three-drug protocol.", "three-drug", 3, "drug", "protocol"),
    ("Mourners heard a 21-gun salute.", "21-gun", 21, "gun", "salute"),
    ("He vowed to make her a one-term president.", "one-term", 1, "term", "president"),
    ("They run a 400-employee plant.", "400-employee", 400, "employee", "plant"),
    ("It began a nine-city tour on Monday.", "nine-city", 9, "city", "tour"),
    ("A three-party coalition took office.", "three-party", 3, "party", "coalition"),
]

# sentences whose figures stay claims: an amount called a bare 911, and prose with many figures
KEPT = [
    ("The death toll rose to 911 by Friday.", "911"),
    ("Turnout was 61% in 2016, 55% in 2018, 67% in 2020 and 48% in 2022 in 6 states.", "67%"),
    ("One poll, taken 10/26-29, had Clinton 38%/60% versus Trump's 39%/58%.", "38%"),
    ("Sales were 41,759 in May, 51,986 in June, 8,335 in July and 5,400 in August.", "41,759"),
    ("SALES WERE 41,759 IN MAY, 51,986 IN JUNE, 8,335 IN JULY AND 5,400 IN AUGUST.", "41,759"),
]


@pytest.mark.parametrize(("sentence", "surface"), NOT_CLAIMS)
def test_not_a_claim(sentence: str, surface: str) -> None:
    at = sentence.index(surface)
    assert all(not c.start <= at < c.end for c in extract_claims(sentence)), sentence


@pytest.mark.parametrize(("sentence", "surface", "value", "unit", "word"), COUNTS)
def test_compound_count(sentence: str, surface: str, value: float, unit: str, word: str) -> None:
    claims = [c for c in extract_claims(sentence) if c.text.startswith(surface)]
    assert len(claims) == 1, sentence
    c = claims[0]
    assert (c.value, c.unit, c.normalized_unit, c.kind) == (value, unit, "count", "count")
    assert c.measures is not None and word in c.measures.split(), c.measures


@pytest.mark.parametrize(("sentence", "surface"), KEPT)
def test_kept(sentence: str, surface: str) -> None:
    at = sentence.index(surface)
    assert any(c.start <= at < c.end for c in extract_claims(sentence)), sentence
