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
    ("About half of U.S. adults say so.", "About half", "adults"),
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


# (sentence, [(surface, value, value_max, unit, change)]): "from A to B" downwards is a fall
FALLS_AND_RANGES = [
    (
        "Approval slid 5 points since May, from 46 to 41%, the survey showed.",
        [("46", 46.0, None, "percent", "from"), ("41%", 41.0, None, "percent", "decrease_to")],
    ),
    (
        "The roster shrank, from 12 to 5 players.",
        [("12", 12.0, None, "player", "from"), ("5 players", 5.0, None, "player", "decrease_to")],
    ),
    (
        "The list was cut, from 10 to 4 million names.",
        [("10", 1e7, None, "name", "from"), ("4 million", 4e6, None, "name", "decrease_to")],
    ),
    (
        "Fees saw an increase ranging from 12 to 30 percent by county.",
        [("from 12 to 30 percent", 12.0, 30.0, "percent", None)],
    ),
    ("Estimates run from 5 to 10 percent.", [("from 5 to 10 percent", 5.0, 10.0, "percent", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FALLS_AND_RANGES)
def test_from_to_downwards_is_a_fall_and_ranging_a_range(
    sentence: str, expected: list[tuple[str, float, float | None, str, str | None]]
) -> None:
    got = [
        (c.text, c.value, c.value_max, c.unit, c.change)
        for c in extract_claims(sentence)
        if c.unit != "percentage_point"
    ]
    assert [g[0].startswith(e[0]) for g, e in zip(got, expected, strict=True)] == [True] * len(got)
    assert [g[1:] for g in got] == [e[1:] for e in expected]


TALLIES = [
    "The court upheld the law in a 7-to-2 decision on Monday.",
    "She leads the delegate count 410-to-96 after the primaries.",
]
RATIOS = [("Donors favoured him by a 3-to-1 margin.", 3.0)]


@pytest.mark.parametrize("sentence", TALLIES)
def test_tally_written_with_to_is_no_claim(sentence: str) -> None:
    assert extract_claims(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), RATIOS)
def test_ratio_to_one_stays(sentence: str, value: float) -> None:
    assert [c.value for c in extract_claims(sentence)] == [value]


# (sentence, surface the claim starts with, value, unit, kind)
COUNTS_AND_VAGUE = [
    (
        "The general sent 4,200 US troops to the border.",
        "4,200 US troops",
        4200.0,
        "troop",
        "count",
    ),
    ("The county reported 31 COVID-19 deaths this week.", "31 COVID-19", 31.0, "death", "count"),
    ("The state ordered 2 million N95 masks.", "2 million N95", 2e6, "mask", "count"),
    ("Only 12 EF-4 tornadoes struck the region.", "12 EF-4", 12.0, "tornado", "count"),
    ("The group spent tens of millions on ads.", "tens of millions", 1e7, None, "vague"),
    ("He owes hundreds of thousands in back taxes.", "hundreds of thousands", 1e5, None, "vague"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "unit", "kind"), COUNTS_AND_VAGUE)
def test_counts_past_names_with_figures_and_vague_scales_alone(
    sentence: str, surface: str, value: float, unit: str | None, kind: str
) -> None:
    claim = _claim(sentence, surface)
    assert (claim.value, claim.unit, claim.kind) == (value, unit, kind)


def test_a_share_off_is_no_distance() -> None:
    assert _claim(
        "The report said the storm would shave 10 percent off output.", "10"
    ).measures != ("distance")


def test_number_word_is_never_the_measured_thing() -> None:
    claims = extract_claims("The plan cut the tax brackets from seven to three.")
    assert [c.measures for c in claims] == ["tax brackets", "tax brackets"]


SLASH_SPLITS = [
    "Insiders put it at a 50/50 chance.",
    "The favorable split was 42/52 last month.",
    "Internal polls had him at 49/44.",
]


@pytest.mark.parametrize("sentence", SLASH_SPLITS)
def test_slash_splits_are_no_fractions(sentence: str) -> None:
    assert extract_claims(sentence) == []


def test_proper_fraction_with_slash_stays() -> None:
    claim = _claim("They built only 2/7 of a fence.", "2/7")
    assert (claim.value, claim.measures) == (2 / 7, "fence")


# (sentence, surface, what a share after "a" measures)
SHARE_COMPOUNDS = [
    ("The governor left office with a 61% approval rating.", "61%", "approval rating"),
    ("The budget calls for a 17 percent cut to the agency.", "17 percent", "cut"),
    ("She won the county by a 12-point margin among older voters.", "12-point", "margin"),
    ("Smokers had a 40 percent higher chance of a stroke.", "40 percent", "higher chance"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), SHARE_COMPOUNDS)
def test_share_after_an_article_measures_its_noun(
    sentence: str, surface: str, expected: str
) -> None:
    assert _claim(sentence, surface).measures == expected


def test_share_after_an_owner_measures_its_noun() -> None:
    assert _claim("They squandered their 30 percent chance of a win.", "30").measures == "chance"


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Most voters – 61 percent – said no.", "61 percent", 61.0),
        ("The rest – 12 people a week – were never found.", "12 people", 12.0),
        ("Convert - 20 degrees to kelvin.", "- 20", -20.0),
        ("The shares, -2.5%, fell again.", "-2.5%", -2.5),
    ],
)
def test_dash_with_a_blank_is_no_minus_sign(sentence: str, surface: str, value: float) -> None:
    assert _claim(sentence, surface).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Catch the show live online daily at 11:30amET on the network's site.",
        "Watch the debate at 8:00pmEST tonight.",
        "The briefing starts at 9amPT.",
    ],
)
def test_a_time_with_its_zone_glued_on_is_no_claim(sentence: str) -> None:
    assert extract_claims(sentence) == []
