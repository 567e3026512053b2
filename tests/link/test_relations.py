"""Agreement of two claims' values (``link.relations``)."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.link import LinkItem, score_pair
from factdb.link.relations import KELVIN_ZERO, Quantity, body, values_agree
from factdb.vocab import LinkKind, Relation


def _degrees(celsius: float) -> Quantity:
    return Quantity(celsius + KELVIN_ZERO, None, "K")


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (1.2, 2.0, False),  # a warming of 1.2 degrees is not one of 2
        (1.5, 2.0, False),
        (37.78, 38.0, True),  # 100 F written beside "38C"
        (-40.0, -40.2, True),
        (20.0, 20.0, True),
    ],
)
def test_temperatures_compare_in_degrees(a: float, b: float, agree: bool) -> None:
    assert values_agree(_degrees(a), _degrees(b)) is agree


def test_other_units_keep_their_relative_tolerance() -> None:
    assert values_agree(Quantity(100.0, None, "m"), Quantity(100.5, None, "m"))
    assert not values_agree(Quantity(100.0, None, "m"), Quantity(102.0, None, "m"))


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (63.1, 62.9, False),  # two months' participation rates, each to one decimal
        (1006.0, 1002.0, False),  # two polls' samples
        (163_000.0, 164_000.0, False),  # two jobs reports
        (160_934.4, 161_000.0, True),  # "100 miles" against "161 km"
        (2.49e9, 2.5e9, True),  # "$2.5bn" is rounded to 0.1 billion
        (8.2, 8.25, True),
    ],
)
def test_figures_within_the_tolerance_differ_beyond_their_step(
    a: float, b: float, agree: bool
) -> None:
    assert values_agree(Quantity(a, None, "count"), Quantity(b, None, "count")) is agree


def test_a_body_is_no_speaker_of_an_attribution_conflict() -> None:
    text = (
        "he would instead host an event in Iowa to raise money for the Veterans and Wounded "
        "Warriors, who have been treated so horribly by our all talk, no action politicians"
    )
    day = date(2016, 1, 26)
    person = LinkItem(1, LinkKind.QUOTE, 1, text, "Corey Lewandowski", published=day)
    campaign = LinkItem(2, LinkKind.QUOTE, 2, text, "Trump campaign", published=day)
    assert body("Trump campaign") and body("United States") and not body("Corey Lewandowski")
    assert score_pair(person, campaign).relation is Relation.SAME
    other = LinkItem(2, LinkKind.QUOTE, 2, text, "Hope Hicks", published=day)
    assert score_pair(person, other).relation is Relation.CONFLICT
