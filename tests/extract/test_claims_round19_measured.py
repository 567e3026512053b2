"""Claims read on the archive, round 19: times inside what a figure measures, relative clauses
and verbs before a figure, subjects with a preposition, a poll's pairs of shares, and units in
title case (titles and names)."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


MEASURES = [
    (
        "Separately, Democrats last week offered $1.5 billion for the wall.",
        "$1.5",
        "Democrats offered",
    ),
    ("He boasts about how much he paid in taxes last year ($2,900).", "$2,900", "taxes"),
    ("The agency had a $21.8 billion shortfall last year.", "$21.8", "shortfall"),
    ("Mr. Romney this week moved above 50 percent.", "50 percent", "Mr Romney moved"),
    ("Last year was 3.2 degrees warmer than the average.", "3.2 degrees", "Last year"),
    (
        "The estimate for fiscal year 2013, which ends Sept. 30, is about $200 billion.",
        "$200",
        "estimate",
    ),
    (
        "The deficit for fiscal year 2014, which ended Sept. 30, totaled just $486 billion.",
        "$486",
        "deficit",
    ),
    (
        "The goods gap with the European Union widened 65.5% to a record $17.6 billion.",
        "$17.6",
        "goods gap",
    ),
    ("Ever since Britain voted by 52-48 percent to leave, prices rose.", "48 percent", "Britain"),
    ("The program has seen these past two decades a steady rise.", "two decades", "past decades"),
    (
        "Trump leads among men in Ohio, 51 percent to 36 percent, while women prefer Clinton.",
        "36 percent",
        "Trump leads among men",
    ),
    (
        "Among women, Clinton leads 51 percent to 32 percent.",
        "32 percent",
        "Clinton leads among women",
    ),
    (
        "Sanders led Clinton 44 percent to 43 percent among registered voters.",
        "43 percent",
        "Sanders led among registered voters",
    ),
    (
        "Romney holds a seven-point edge among early voters (50% to 43%).",
        "43%",
        "early voters",
    ),
    (
        "Among those who called themselves liberal, Warren led Biden 38%-26%.",
        "26%",
        "Warren led Biden",
    ),
    (
        "Tea Party support among Republicans surged from 61 to 80 percent.",
        "80 percent",
        "support among Republicans",
    ),
]


@pytest.mark.parametrize(("text", "surface", "measured"), MEASURES)
def test_what_a_figure_measures(text: str, surface: str, measured: str) -> None:
    assert _claim(text, surface).measures == measured


NONE_MEASURED = [
    ("That dwarfed the $40 million spent by the campaign.", "$40"),
    ("No, he stopped a $9.25/month fee.", "$9.25"),
]


@pytest.mark.parametrize(("text", "surface"), NONE_MEASURED)
def test_a_verb_before_an_article_is_not_measured(text: str, surface: str) -> None:
    assert _claim(text, surface).measures is None


def test_a_verb_after_a_noun_before_an_article_stays() -> None:
    text = "Through the first 11 races, Cup Series racing on FOX/FS1 is averaged a 2.38 rating."
    assert _claim(text, "2.38").measures == "Cup Series racing"


TITLES = [
    'He told "60 Minutes" on Sunday that he would run again.',
    "Pelosi told CBS' 60 Minutes that she would not step aside.",
    "Some people shouted “Four More Years!” in support of the president.",
    "Construction would begin for the controversial Thirty Meter Telescope on the mountain.",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_unit_in_title_case_is_a_title(text: str) -> None:
    assert extract_claims(text) == []


KEPT = [
    ("Trump Commemorates 200 Miles of New Border Wall", "200 Miles"),
    ("We waited 60 minutes for the bus.", "60 minutes"),
    ("Three of those weeks are gone, and the rest is near.", "Three"),
    ("Temperatures reach 32 degrees Celsius in May.", "32 degrees Celsius"),
]


@pytest.mark.parametrize(("text", "surface"), KEPT)
def test_a_figure_in_title_case_text_stays(text: str, surface: str) -> None:
    assert _claim(text, surface).text == surface
