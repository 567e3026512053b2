"""What a figure measures when the noun before it is not the measured thing: the subject of a
copula, the answer a poll's share gave, a verb after a modal; and figures that are no claims
(spans of days before a month, promotions, embed ids, subsections, list numbers).

Sentences written for these tests in the style of news copy (no article text is copied).
"""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims


def _measures(sentence: str, surface: str) -> str | None:
    claim = next(c for c in extract_claims(sentence) if surface in c.text)
    return claim.measures


# (sentence, surface of the figure, what it must measure)
SUBJECTS = [
    (
        "The heaviest snowfall total by late Monday was 9 inches in one town.",
        "9",
        "heaviest snowfall total",
    ),
    ("The operating budget for the fair is a projected $2.7 billion.", "$2.7", "operating budget"),
    ("The average rent there is just north of $1,900 a month.", "$1,900", "average rent"),
    ("Shares in the Dutch insurer were down by 3.1% in early trading.", "3.1%", "Shares"),
    ("The positivity rate of new tests was 8.4 percent on Friday.", "8.4", "positivity rate"),
    ("Support for the levy dipped, but it still stood at 58%.", "58%", None),
    ("The county said the number of homes damaged was 340.", "340", "homes"),
    ("She was fined when she was 19 and he was about 24.", "about 24", None),
    ("He was sentenced to four years in state prison.", "four years", "sentenced"),
]
POLL_ANSWERS = [
    (
        "Some 38 percent approve of the mayor's handling of the budget.",
        "38",
        "approve of the mayor's handling of the budget",
    ),
    ("About 41 percent approve, while 52 percent disapprove.", "52", "disapprove"),
    ("In the poll, 27 percent are opposed.", "27", "opposed"),
    (
        "Of the rest, 12 percent said they did not know enough to say.",
        "12",
        "not know enough",
    ),
    (
        "Among renters, 44 percent said they would back the tax and 31 percent would not.",
        "44",
        "back the tax",
    ),
    (
        "Just 35% of members said they approved of Mr. Lane, while 51% did not.",
        "35%",
        "members approved of Mr. Lane",
    ),
    (
        "A survey found 64 percent of nurses surveyed favor a shorter shift.",
        "64",
        "nurses favor a shorter shift",
    ),
    ("Only 36 percent of young voters attend rallies.", "36", "young voters attend rallies"),
    ("About 47 percent support it.", "47", "support"),
]
TIME_FOR = [
    ("The tenants were given 30 days to leave the building.", "30 days", "leave the building"),
    ("It took the board four hours to reply.", "four hours", "reply"),
    ("She waited an hour and 40 minutes to vote.", "40 minutes", "vote"),
    ("He was sentenced to 15 years to life.", "15 years", "sentenced"),
    (
        "Some voters waited as long as 9 hours to cast their ballots.",
        "9 hours",
        "cast their ballots",
    ),
    ("Her pension was cut from 12 years to nine.", "12 years", "pension"),
    (
        "The board has passed rules over the past six years to cut waste.",
        "six years",
        "past years",  # the span frames the sentence; never "cut waste"
    ),
]
OTHER = [
    (
        "Nearly 4 in 10 residents believe the tax is unfair.",
        "4 in 10",
        "residents believe the tax is unfair",
    ),
    ("Crews dealt with visibility of as little as two feet.", "two feet", "visibility"),
    ("Firms would pay many thousands of dollars for each permit.", "thousands", "pay"),
]
LEVELS = [
    ("Ohio could actually gain $8 billion over ten years.", "$8", "Ohio gain"),
    ("Its lake will hold 2.1 billion cubic metres when full.", "2.1", "lake hold"),
    ("Wages are expected to rise 3 percent.", "3 percent", "Wages"),
    ("Support for the plan was tied at 47 percent.", "47", "Support"),
    ("This is an increase of 12% since 2015.", "12%", "increase"),
    ("Turnout was 310; the previous record was 204.", "204", "previous record"),
    ("The deficit in goods and services with Peru was $3.1 billion.", "$3.1", "deficit"),
    ("The average cost to house one inmate is $41,000.", "$41,000", "average cost"),
    ("Support and opposition to the levy were tied at 45 percent.", "45", "Support and opposition"),
    (
        "The senator's meeting with the mayor lasted more than two hours.",
        "more than two",
        "senator meeting",
    ),
]
NO_MEASURE = [
    ("That’s $2.4 billion less than the agency asked for.", "$2.4"),
    ("It's 40 percent higher than last year.", "40"),
    ("The fund has given $1 million to the clinic.", "$1"),
    ("The group plans to spend $3 million on ads.", "$3"),
    ("He had still spent $1.8 million on mailers by March.", "$1.8"),
    ("She’s also donated $2 million to the food bank.", "$2"),
    ("He would save around $12 billion over a decade.", "around $12"),
    ("The investor who’s contributed millions to the charity spoke.", "millions"),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), SUBJECTS)
def test_a_copula_figure_measures_the_subject(
    sentence: str, surface: str, expected: str | None
) -> None:
    assert _measures(sentence, surface) == expected


@pytest.mark.parametrize(("sentence", "surface", "expected"), LEVELS)
def test_a_level_reached_measures_the_subject(sentence: str, surface: str, expected: str) -> None:
    assert _measures(sentence, surface) == expected


@pytest.mark.parametrize(("sentence", "surface", "expected"), POLL_ANSWERS)
def test_a_poll_share_measures_what_it_answered(sentence: str, surface: str, expected: str) -> None:
    assert _measures(sentence, surface) == expected


@pytest.mark.parametrize(("sentence", "surface"), NO_MEASURE)
def test_a_verb_after_a_modal_or_a_contraction_is_no_measured_thing(
    sentence: str, surface: str
) -> None:
    assert _measures(sentence, surface) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit runs 6-10 April 2017 in Geneva.",
        "The bank's board meets on 14-15 June to set rates.",
        "Join our club and use the promo code SPRING to get 25% off membership!",
        "Enter discount code SAVE10 for 10% off your first order.",
        "Media caption Flooding: how 2.5 metres of water swamped the valley",
        "The case turns on the words of §1182(a)(9) of the act.",
        "Chart ID: '4kwTzqB'",
        "My plan #3: walk more.",
    ],
)
def test_days_before_a_month_promotions_ids_and_subsections_are_no_claims(sentence: str) -> None:
    assert extract_claims(sentence) == []


def test_a_span_of_days_before_a_month_leaves_other_ranges() -> None:
    (claim,) = extract_claims("Prices rose 5-10 percent in May.")
    assert (claim.value, claim.value_max, claim.unit) == (5, 10, "percent")


@pytest.mark.parametrize(("sentence", "surface", "expected"), TIME_FOR)
def test_a_span_of_time_measures_what_it_is_given_for(
    sentence: str, surface: str, expected: str
) -> None:
    assert _measures(sentence, surface) == expected


@pytest.mark.parametrize(("sentence", "surface", "expected"), OTHER)
def test_ratios_answer_polls_and_vague_degree_words_are_passed_over(
    sentence: str, surface: str, expected: str
) -> None:
    assert _measures(sentence, surface) == expected


def test_a_subject_is_never_a_word_cut_by_the_window() -> None:
    # the 80 characters searched before "4 in 10" start inside "relationship"
    sentence = (
        "Analysts say the relationship of trust between the members of the two rival groups on"
        " the island was 4 in 10"
    )
    (claim,) = extract_claims(sentence)
    assert "tionship" not in (claim.measures or "")
