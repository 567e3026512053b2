"""Claims read on the archive, round 19: spans of time that frame a sentence or lie ahead,
shares after an owner's name, decades of a century, letters and prepositions before a figure."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


MEASURES = [
    ("Mueller brought dozens of charges over the past 22 months.", "22 months", "past months"),
    ("Murder rates have declined over the past two decades.", "two decades", "past decades"),
    ("Many SEALs have testified over the last 48 hours.", "48 hours", "last hours"),
    ("The race will change in the next three weeks.", "three weeks", "next weeks"),
    ("Most of it is coming in the last two months of the race.", "two months", "race"),
    ("He has been a senator for the last 34 years.", "34 years", "senator"),
    (
        "With the midterm elections 16 months away, senators are busy.",
        "16 months",
        "midterm elections",
    ),
    ("The election is less than three weeks away.", "three weeks", "election"),
    ("They went home for a five week long vacation.", "five week", "vacation"),
    ("The meeting with the president was 2 hours long.", "2 hours", "meeting"),
    ("The missile landed about 733 miles away.", "733 miles", "distance"),
    (
        "They blamed it for Sen. Kelly Ayotte’s 0.1 percent loss to Maggie Hassan.",
        "0.1 percent",
        "loss",
    ),
    (
        "Donald Trump's 44 percent job approval rating is well above it.",
        "44 percent",
        "job approval rating",
    ),
    (
        "Moore led by three points, within the survey’s 4.5 point margin of error.",
        "4.5 point",
        "margin",
    ),
    (
        "Of 4,687 statewide general elections between 2000 and 2015, just 27 were recounted.",
        "27",
        "statewide general elections",
    ),
    (
        "The typical doctor makes between $150,000 and $312,000 per year.",
        "$150,000",
        "typical doctor",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), MEASURES)
def test_measures(text: str, surface: str, expected: str) -> None:
    assert _claim(text, surface).measures == expected


NOT_MEASURED = [
    ("It's 40 percent higher than last year.", "40 percent"),
    ("Immigrants living in the U.S. for more than 20 years reported it.", "20 years"),
    ("The number of turbines in the U.S. will reach more than 100,000.", "100,000"),
    ("Six members, or even seven, stand against one.", "seven"),
    ("Hispanic adults are twice as likely to use it – 36% vs. 18% – and Reddit.", "18%"),
    ("The party drew 730,000 voters to its primary, versus 603,000 in 2012.", "603,000"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_MEASURED)
def test_nothing_named_is_measured(text: str, surface: str) -> None:
    assert _claim(text, surface).measures is None


DECADES = [
    ("It was the ‘70s: she could have answered.", "70s"),
    ("In the 1950s and 60s, cigarettes were everywhere on television.", "60s"),
    ("He learned it in the '90s from the banks.", "90s"),
]


@pytest.mark.parametrize(("text", "surface"), DECADES)
def test_a_decade_of_a_century_is_no_claim(text: str, surface: str) -> None:
    found = [c.text for c in extract_claims(text) if surface in c.text]
    assert not found, found


def test_a_level_in_tens_counts_no_seconds() -> None:
    claim = _claim("His approval is stuck in the low 40s and falling.", "40s")
    assert (claim.value, claim.unit, claim.kind) == (40.0, None, "number")


STILL = [
    ("A man in his early 30s was identified.", "30s", 30.0, "year"),
    ("Many of the 35 arrested were in their 70s or 80s.", "70s or 80s", 70.0, "year"),
    ("The engine ran for 30s before it stopped.", "30s", 30.0, "s"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), STILL)
def test_ages_and_seconds_stay(text: str, surface: str, value: float, unit: str) -> None:
    claim = _claim(text, surface)
    assert (claim.value, claim.unit) == (value, unit)


LIST_MARKERS = [
    ("(3) For what it's worth: the vote is close.", "3"),
    ("We suggest three types of reform that might help: (1) Reduce the frequency.", "1"),
    ("(2) The nonpartisan Joint Committee on Taxation released its scoring.", "2"),
]


@pytest.mark.parametrize(("text", "surface"), LIST_MARKERS)
def test_a_bracketed_list_marker_is_no_claim(text: str, surface: str) -> None:
    found = [c.text for c in extract_claims(text) if c.text == surface]
    assert not found, found


def test_a_bracketed_number_inside_a_sentence_stays() -> None:
    assert _claim("The law (2) requires nothing of the states.", "2").value == 2.0


PARTS = [
    ("While half the population qualified as conservatives, others did not.", "half", "population"),
    ("More than half the states have laws intended to force electors.", "half", "states"),
    ("Less than half the state's eligible voters bother to register.", "half", "eligible voters"),
    ("It is less than half the national rate.", "half", "national rate"),
]


@pytest.mark.parametrize(("text", "surface", "expected"), PARTS)
def test_a_part_measures_its_group_named_without_of(text: str, surface: str, expected: str) -> None:
    assert _claim(text, surface).measures == expected


ADJECTIVES = [
    (
        "But since he became president, the gain is a more modest 1.9 million.",
        "1.9 million",
        "gain",
    ),
    (
        "The inaugural committee raised a record $107 million.",
        "$107 million",
        "inaugural committee",
    ),
    ("Uncle Sam spends a staggering $775 per day for each teen.", "$775", "Uncle Sam"),
    (
        "The unemployment rate topped the post-war record 10.8% but fell.",
        "10.8%",
        "post-war record",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), ADJECTIVES)
def test_an_adjective_of_size_before_a_figure_is_not_measured(
    text: str, surface: str, expected: str
) -> None:
    assert _claim(text, surface).measures == expected
