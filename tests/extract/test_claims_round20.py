"""Claims read on real news, round 20: the group a poll's pair of shares splits when no "among"
names it, plurals in "-men", capitalised number words ending a name, and channels and pages
as references."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


PAIR_GROUPS = [
    (
        "White voters said they would support the Republican candidate 48 percent to 37 percent.",
        "48 percent",
        "White voters",
    ),
    (
        "White voters said they would support the Republican candidate 48 percent to 37 percent.",
        "37 percent",
        "White voters",
    ),
    (
        "In Ohio, registered voters preferred Trump to Clinton, 43 percent to 39 percent.",
        "43 percent",
        "registered voters",
    ),
    (
        "Trump leads, while women prefer Clinton in the state 43 percent to 36 percent.",
        "36 percent",
        "women",
    ),
    (
        "While 49 percent to 32 percent of white voters go for the Republican, it is close.",
        "49 percent",
        "white voters",
    ),
    (
        "Independent Florida voters are split, 41 percent to 39 percent.",
        "41 percent",
        "Independent Florida voters",
    ),
]


@pytest.mark.parametrize(("text", "surface", "measured"), PAIR_GROUPS)
def test_a_poll_pair_measures_the_group_its_clause_names(
    text: str, surface: str, measured: str
) -> None:
    assert _claim(text, surface).measures == measured


def test_a_pair_among_a_group_keeps_that_group() -> None:
    text = "Among nonwhite voters, Clinton leads 63 percent to 20 percent."
    assert "nonwhite voters" in (_claim(text, "63 percent").measures or "")


def test_a_pair_of_candidates_names_no_group() -> None:
    text = "Clinton led Trump 45 percent to 40 percent in the poll."
    assert _claim(text, "45 percent").measures != "poll"
    assert "voters" not in (_claim(text, "45 percent").measures or "")


MEN_PLURALS = [
    ("We now have 13 Republican congressmen in the delegation.", "13", "congressman"),
    ("Two gunmen opened fire on the crowd.", "Two", "gunman"),
    ("Four firemen were hurt in the blaze.", "Four", "fireman"),
]


@pytest.mark.parametrize(("text", "surface", "unit"), MEN_PLURALS)
def test_a_plural_in_men_is_the_counted_noun(text: str, surface: str, unit: str) -> None:
    claim = _claim(text, surface)
    assert claim.unit == unit
    assert claim.normalized_unit == "count"


def test_a_singular_in_men_is_no_counted_noun() -> None:
    assert _claim("The lab kept 3 specimen jars.", "3").unit == "jar"


NAMES = [
    "For many Britons, World War Two was our finest hour.",
    "The Big Five aren't just growing at accelerated clips.",
    "He told Page Six that he was leaving the show.",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_capitalised_number_word_ending_a_name_is_no_claim(text: str) -> None:
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two men died in the crash.",
        "Trump Signs Two Bills into law",
        "In Florida, Three people died.",
    ],
)
def test_a_capitalised_number_word_elsewhere_stays_a_claim(text: str) -> None:
    assert [c.value for c in extract_claims(text)] in ([2.0], [3.0])


@pytest.mark.parametrize(
    "text",
    [
        "Listen on SiriusXM Channels 116, 454, 795, and the Westwood One Radio Network.",
        "See page 2 of 5 for the rest.",
    ],
)
def test_channels_and_a_page_of_pages_are_references(text: str) -> None:
    assert extract_claims(text) == []


GUARDED_PAIRS = [
    (
        "Biden was favored by black voters 36%-20% and by older voters by a wide margin.",
        "36%",
        "black voters",
    ),
    (
        "There is a large gender gap as men support a fund cutoff 49 - 44 percent.",
        "49",
        "men",
    ),
    (
        "Biden's biggest advantages are with African American voters (80 percent to 6 percent).",
        "80 percent",
        "African American voters",
    ),
]


@pytest.mark.parametrize(("text", "surface", "measured"), GUARDED_PAIRS)
def test_a_pair_group_is_a_plural_subject_not_a_verb_or_a_noun_before_it(
    text: str, surface: str, measured: str
) -> None:
    assert _claim(text, surface).measures == measured


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in Virginia Five million for customized crystal stemware", 5e6),
        ("the highest court in the land the Supreme Court Four of the nine justices", 4.0),
    ],
)
def test_a_capitalised_number_word_of_a_larger_number_or_a_part_stays(
    text: str, value: float
) -> None:
    assert value in [c.value for c in extract_claims(text)]


LISTED = (
    "Trump is ahead among all white voters (49 percent to 42 percent), men (45-43 percent) and"
    " whites without college degrees (57-35 percent)."
)


@pytest.mark.parametrize(("surface", "measured"), [("45", "men"), ("57", "whites")])
def test_a_pair_in_brackets_measures_the_group_listed_before_it(
    surface: str, measured: str
) -> None:
    assert _claim(LISTED, surface).measures == measured


MORE_MEASURES = [
    ("He sought access to two days’ worth of emails.", "two days", "emails"),
    ("They sold $5 million worth of weapons to the rebels.", "$5 million", "weapons"),
    ("It left $7 billion worth of U.S. military equipment.", "$7 billion", "military equipment"),
    (
        "A plan with only $930 billion in spending cuts cannot be considered balanced.",
        "$930 billion",
        "spending cuts",
    ),
    ("Trump announced 10% tariffs on Chinese imports.", "10%", "tariffs"),
]


@pytest.mark.parametrize(("text", "surface", "measured"), MORE_MEASURES)
def test_worth_of_a_modal_and_a_share_before_a_plural(
    text: str, surface: str, measured: str
) -> None:
    assert _claim(text, surface).measures == measured


def test_the_title_of_a_code_citation_is_no_claim() -> None:
    assert extract_claims("He was charged under 18 U.S.C. § 1001 last year.") == []


@pytest.mark.parametrize(
    "text", ["The President sits for a 3-D-printed bust.", "It was shot in 3-D."]
)
def test_dimensions_are_no_claim(text: str) -> None:
    assert extract_claims(text) == []
