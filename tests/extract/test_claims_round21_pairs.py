"""Claims read on real news, round 21 (archive story pairs): what a sum is for ("$738 billion
for defense spending"), a toll's word after a bare figure ("left 22 dead"), lists of ages ("ages
13, 8 and 4") and a month and day after "on" ("Updated ... on 8/25")."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if c.text == surface]
    assert found, f"no claim {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


SUMS_FOR = [
    (
        "It establishes a $1.37 trillion budget agreement in the first year, with $738 billion"
        " for defense spending and $632 billion in non-defense spending.",
        "$738 billion",
        "defense spending",
    ),
    (
        "Republicans passed a seven-week stopgap bill that included $5.7 billion for the wall.",
        "$5.7 billion",
        "wall",
    ),
    (
        "$1.8 billion for military fighter planes that are behind schedule.",
        "$1.8 billion",
        "military fighter planes",
    ),
    (
        "Trump is insisting on $5 billion for a border wall, down from before.",
        "$5 billion",
        "border wall",
    ),
]


@pytest.mark.parametrize(("text", "surface", "measured"), SUMS_FOR)
def test_a_sum_with_no_owner_measures_what_it_is_for(
    text: str, surface: str, measured: str
) -> None:
    assert _claim(text, surface).measures == measured


NOT_FOR = [
    ("The senators will be fined $500 for every day they don't show.", "$500"),
    ("Are you going to pay $10 for a big Mac?", "$10"),
    ("Owners could be fined $2,000 to $10,000 for failing to comply.", "$2,000 to $10,000"),
    ("About $1.3 billion for this year went to border security.", "About $1.3 billion"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_FOR)
def test_for_a_time_a_gerund_or_a_name_measures_nothing(text: str, surface: str) -> None:
    assert _claim(text, surface).measures is None


TOLLS = [
    ("The attack left three dead and more than 100 wounded.", "three", "dead"),
    ("The attack left three dead and more than 100 wounded.", "more than 100", "wounded"),
    ("Officials said 26 people were killed and nearly 425 injured.", "nearly 425", "injured"),
    ("Among the 15 injured, there were 11 from Taiwan.", "15", "injured"),
    ("The shooting left dozens dead.", "dozens", "dead"),
    ("Another four were missing and 81 hurt, it said.", "81", "hurt"),
]


@pytest.mark.parametrize(("text", "surface", "measured"), TOLLS)
def test_a_bare_figure_before_a_toll_word_measures_it(
    text: str, surface: str, measured: str
) -> None:
    assert _claim(text, surface).measures == measured


def test_a_counted_toll_keeps_its_noun() -> None:
    claim = _claim("The shooting left 59 people dead.", "59 people")
    assert (claim.unit, claim.measures) == ("person", "people")


AGES = [
    ("He has three children, ages 13, 8 and 4.", ["13", "8", "4"]),
    ("Her grandsons, ages 4 and 6, live with her.", ["4", "6"]),
    ("His brothers, ages 54 and 50, respectively, lived nearby.", ["54", "50"]),
    ("Children ages 3, 4 and 5 who take part are more prepared.", ["3", "4", "5"]),
]


@pytest.mark.parametrize(("text", "surfaces"), AGES)
def test_every_figure_of_a_list_of_ages_is_an_age(text: str, surfaces: list[str]) -> None:
    for surface in surfaces:
        claim = _claim(text, surface)
        assert (claim.kind, claim.unit) == ("age", "year")


def test_a_share_after_one_age_is_no_age() -> None:
    claim = _claim("The median was age 30, and 22 percent were women.", "22 percent")
    assert claim.kind == "percent"


def test_a_month_and_day_after_on_is_a_date() -> None:
    text = "Updated at 10:16 a.m. ET on 8/25\n\n(CNN) - Sen. Ted Cruz spoke."
    assert not [c for c in extract_claims(text) if "8/25" in c.text]


@pytest.mark.parametrize(
    ("text", "surface"),
    [("They voted on 3/4 of the land.", "3/4"), ("Notes rose 5/32 in price.", "5/32")],
)
def test_a_fraction_after_on_of_or_a_price_stays(text: str, surface: str) -> None:
    assert _claim(text, surface).kind == "ratio"
