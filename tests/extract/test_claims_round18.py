"""Claims read on the archive, round 18: quote boxes after ticker symbols, plural parts with no
number, "double" as an adjective, ratios to one."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


_BOX = "Actions by Alphabet Inc. GOOGL, -0.01% GOOG, +0.06% , Apple Inc. AAPL, +1.15% and more."
NOT_CLAIMS = [
    ("The Dow Jones Industrial Average DJIA, +0.68% was down 232 points.", "0.68"),
    (_BOX, "0.01"),
    (_BOX, "0.06"),
    (_BOX, "1.15"),
    ("Its partner Berkshire Hathaway Inc. BRK.A, +0.42% agreed.", "0.42"),
    ("Atlanta-based Southern Co. SO -0.08% , has said the plant works.", "0.08"),
    ("They sleep in close quarters on the floor.", "quarters"),
    ("He disappears into his living quarters above.", "quarters"),
    ("The pushback came from some quarters of the party.", "quarters"),
    ("Campuses invariably impose double standards on speakers.", "double"),
    ("Conservatives see double standards practiced by the tech giant.", "double"),
    ("The horse won the Triple Crown in June.", "Triple"),
    ("They are often working double shifts.", "double"),
    ("The amendment protects against double jeopardy.", "double"),
    ("Reformers are caught in a terrible double bind.", "double"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), NOT_CLAIMS)
def test_not_a_claim(text: str, surface: str) -> None:
    found = [c.text for c in extract_claims(text) if surface in c.text]
    assert not found, found


STILL_CLAIMS = [
    ("Madrid's IBEX -0.9% and Milan's FTSE MIB -1.4%.", "-1.4%", -1.4, "percent"),
    ("The S&P 500 dropped 0.8% on Friday.", "0.8%", 0.8, "percent"),
    ("Costs will double by 2030.", "double", 2.0, "fold"),
    ("The program would nearly double the company's workforce.", "double", 2.0, "fold"),
    ("Three quarters of voters agree.", "Three quarters", 0.75, None),
    ("Only a quarter of their members have served.", "quarter", 0.25, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value", "unit"), STILL_CLAIMS)
def test_still_a_claim(text: str, surface: str, value: float, unit: str | None) -> None:
    c = _claim(text, surface)
    assert c.value == pytest.approx(value)
    assert c.unit == unit


RATIOS = [
    ("Independents backed the decision by more than a 2-to-1 margin.", "2-to-1", 2.0),
    ("In 1970, this ratio was nearly 4:1.", "nearly 4:1", 4.0),
    ("By nearly 2-1, 58%-30%, they say the president made the wrong call.", "nearly 2-1", 2.0),
    ("It was a ratio of over 36-to-1.", "over 36-to-1", 36.0),
    ("She has a nearly two-to-one advantage over him.", "nearly two-to-one", 2.0),
    ("Women have outpaced men by at least 2 to 1 among majors.", "at least 2 to 1", 2.0),
    ("Advancers beat decliners on the NYSE by a 3.14-to-1 ratio.", "3.14-to-1", 3.14),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value"), RATIOS)
def test_ratio_to_one(text: str, surface: str, value: float) -> None:
    claims = extract_claims(text)
    c = _claim(text, surface)
    assert c.text == surface
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), None, "ratio")
    assert not [d for d in claims if d.text == "1"]  # the "1" is inside the ratio


def test_ratio_keeps_the_shares_beside_it() -> None:
    claims = extract_claims("By nearly 2-1, 58%-30%, they say the president made the wrong call.")
    assert [(c.text, c.unit) for c in claims] == [
        ("nearly 2-1", None),
        ("58%", "percent"),
        ("30%", "percent"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The team won 2-1 on Sunday.",
        "The vote was 3-1 in favour.",
        "The court ruled 5-to-4 on Monday.",
        "The count fell from 3 to 1.",
    ],
)
def test_scores_and_changes_are_no_ratios(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.kind == "ratio"]


MEASURED_PAST_A_PRESENT_VERB = [
    ("The 24 deaths include 11 in the Dallas area.", "11", "deaths"),
    ("White people make up 64%.", "64%", "White people"),
    ("Out of the state's House seats, Republicans hold 14.", "14", "Republicans"),
    ("Trump’s request includes $3.3 billion for aid.", "$3.3 billion", "Trump request"),
    ("Global emissions need to decline 7.6 percent each year.", "7.6 percent", "Global emissions"),
    ("The typical high school dropout earns about $25,000.", "about $25,000", "school dropout"),
    ("The article states that Romney still makes millions from the firm.", "millions", "Romney"),
    ("The bill provides over $800 billion for state governments.", "over $800 billion", "bill"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "measured"), MEASURED_PAST_A_PRESENT_VERB)
def test_measured_thing_is_the_noun_before_a_present_verb(
    text: str, surface: str, measured: str
) -> None:
    assert _claim(text, surface).measures == measured


MEASURED_KEPT = [
    ("While the fast-food CEO pay grew by 470 percent, wages fell.", "470", "fast-food CEO pay"),
    ("Sanders earned 44 percent.", "44 percent", "Sanders earned"),
    ("It was not the time for profiting, now earns $400,000 a speech.", "$400,000", "now earns"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "measured"), MEASURED_KEPT)
def test_measured_thing_kept_when_no_noun_agrees(text: str, surface: str, measured: str) -> None:
    assert _claim(text, surface).measures == measured
