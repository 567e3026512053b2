"""When two claims state one measured thing: age groups' bounds and periods after a figure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from factdb.link import LinkItem, agreement, score_pair
from factdb.vocab import LinkKind


def claim(
    item_id: int, sentence: str, quantity: str, value: float, unit: str | None, **kw: object
) -> LinkItem:
    item = LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit=unit)
    return replace(item, quantity=quantity, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "quantity", "value_max", "expected"),
    [
        ("One-in-five voters under age 35 in the poll would not choose.", "35", None, True),
        ("It is 24 percent of voters younger than 35 who choose Johnson.", "35", None, True),
        ("Just 12 percent of voters aged 35-54 said so.", "35-54", 54.0, True),
        ("And only 9 percent of voters 55 and older agreed.", "55", None, True),
        (
            "Young people between the ages of 18 and 24 voted at a rate of 20 percent.",
            "18",
            None,
            True,
        ),
        ("They were all young women between the ages of about 18 and 22.", "about 18", None, True),
        # A person's age, a count and a threshold of another kind are no age group.
        (
            "Dylann Roof, the 21-year-old charged with murder, was escorted.",
            "21-year-old",
            None,
            False,
        ),
        ("Smith, aged 35, was arrested on Monday.", "35", None, False),
        ("A gunman killed 17 people at the school.", "17 people", None, False),
        (
            "Employers with more than 50 workers must offer insurance.",
            "more than 50 workers",
            None,
            False,
        ),
    ],
)
def test_a_bound_of_an_age_group_is_a_bracket(
    sentence: str, quantity: str, value_max: float | None, expected: bool
) -> None:
    item = claim(1, sentence, quantity, 35.0, "year", value_max=value_max)
    assert agreement.bracket(item) is expected


def test_two_polls_age_groups_are_not_linked() -> None:
    day = date(2016, 8, 29)
    a = claim(
        1,
        "One-in-five voters under age 35 in the Fox News poll wouldn't choose between the two "
        "candidates.",
        "35",
        35.0,
        "year",
        measures="age",
        published=day,
    )
    b = claim(
        2,
        "In the Fox News poll, she only leads Trump by a 5-point margin among voters under age 35.",
        "35",
        35.0,
        "year",
        measures="age",
        published=day,
    )
    match = score_pair(a, b)
    assert match.evidence["terms"]["claim"] == pytest.approx(-match.evidence["text"], abs=0.01)
    assert not match.link
    # The same sentences stating a person's age are still read as one fact.
    person = [replace(c, text=c.text.replace("voters under age 35", "Smith, 35,")) for c in (a, b)]
    assert not agreement.bracket(person[0]) and not agreement.bracket(person[1])


@pytest.mark.parametrize(
    ("sentence", "quantity", "expected"),
    [
        (
            "The deal hikes federal spending by about $320 billion annually.",
            "about $320 billion",
            "year",
        ),
        ("The strike costs the port 15 million euros a day.", "15 million euros a day", "day"),
        ("Output reached 40,000 barrels per day in May.", "40,000 barrels", "day"),
        ("The port lost 60 million euros in the strike.", "60 million euros", None),
        ("It spends $632 billion on other programmes.", "$632 billion", None),
    ],
)
def test_a_period_right_after_the_figure_is_its_basis(
    sentence: str, quantity: str, expected: str | None
) -> None:
    assert agreement.basis(claim(1, sentence, quantity, 1.0, "USD")) == expected


def test_a_yearly_figure_does_not_contradict_a_total() -> None:
    day = date(2019, 8, 1)
    yearly = claim(
        1,
        "The budget deal hikes federal spending by about $320 billion annually.",
        "about $320 billion",
        320e9,
        "USD",
        measures="federal spending",
        published=day,
    )
    total = claim(
        2,
        "The budget deal sets $400 billion in federal spending for fiscal year 2020.",
        "$400 billion",
        400e9,
        "USD",
        measures="federal spending",
        published=day,
    )
    shared = {"budget", "deal", "feder", "spend"}
    assert not agreement.contradicts(yearly, total, shared, text=60)
    unstated = replace(yearly, text=yearly.text.replace(" annually", ""))
    assert agreement.contradicts(unstated, total, shared, text=60)
