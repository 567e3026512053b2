"""One figure told of other places (`elsewhere`): a quarantine in Norway and in Hawaii."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from factdb.link import LinkItem, elsewhere, score_pair
from factdb.vocab import LinkKind


def _claim(item_id: int, sentence: str, quantity: str, value: float, **kw: object) -> LinkItem:
    item = LinkItem(
        item_id,
        LinkKind.CLAIM,
        item_id,
        sentence,
        value=value,
        unit="day",
        measures="quarantine",
        quantity=quantity,
        published=date(2020, 3, 17),
    )
    return replace(item, **kw)  # type: ignore[arg-type]


NORWAY = _claim(
    1,
    "International travelers who arrive in Norway risk a mandatory 14-day quarantine, "
    "regardless of their health.",
    "14-day",
    14.0,
)
HAWAII = _claim(
    2,
    "Ige said Hawaii has seen a 98% decrease in travelers arriving at airports since the "
    "14-day quarantine rule was put in place.",
    "14-day",
    14.0,
    published=date(2020, 4, 25),
)


def test_one_rule_in_two_places_is_no_link() -> None:
    assert elsewhere.settings(NORWAY.text) == {"norway"}
    assert elsewhere.other_places(NORWAY, HAWAII)
    match = score_pair(NORWAY, HAWAII)
    assert match.evidence["terms"]["claim"] == pytest.approx(-match.evidence["text"], abs=0.01)
    assert not match.link


def test_other_places_within_one_storys_days_are_read_as_before() -> None:
    same_week = replace(HAWAII, published=date(2020, 3, 20))
    assert elsewhere.other_places(NORWAY, same_week)
    assert score_pair(NORWAY, same_week).link


def test_sentences_sharing_a_name_tell_of_one_thing_wherever_placed() -> None:
    protests = replace(
        NORWAY,
        text="Protests that led to the death of four Americans, including Ambassador Christopher "
        "Stevens, and a statement that Egypt was no ally.",
        quantity="four Americans",
    )
    attack = replace(
        HAWAII,
        text="The attack in Benghazi, Libya, killed four Americans, including Ambassador Chris "
        "Stevens.",
        quantity="four Americans",
    )
    assert elsewhere.settings(protests.text) == {"egypt"}
    assert not elsewhere.other_places(protests, attack)


def test_a_city_and_the_state_or_country_holding_it_are_one_place() -> None:
    boston = replace(HAWAII, text=HAWAII.text.replace("Hawaii", "Boston"))
    state = replace(NORWAY, text=NORWAY.text.replace("Norway", "Massachusetts"))
    assert not elsewhere.other_places(boston, state)
    beijing = replace(HAWAII, text=HAWAII.text.replace("Hawaii", "Beijing"))
    china = replace(NORWAY, text=NORWAY.text.replace("Norway", "China"))
    assert not elsewhere.other_places(beijing, china)
    assert score_pair(beijing, china).link


def test_a_persons_place_a_dateline_and_the_country_are_no_setting() -> None:
    assert (
        elsewhere.settings(
            "Pete Buttigieg, the 38-year-old former mayor of South Bend, Indiana, spoke."
        )
        == frozenset()
    )
    assert elsewhere.settings("Joe Manchin of West Virginia said he would vote yes.") == frozenset()
    assert (
        elsewhere.settings("House Speaker John Boehner (R-Ohio) put it to a vote.") == frozenset()
    )
    assert elsewhere.settings("NEW YORK (Reuters) - The lawyer was sentenced.") == frozenset()
    assert elsewhere.settings("The virus has killed 100,000 people in the United States.") == (
        frozenset()
    )
    assert elsewhere.settings("In Los Angeles, we raised the minimum wage.") == {"los angeles"}
    assert elsewhere.settings("• In Tennessee, restaurants can reopen Monday.") == {"tennessee"}
    # A title after the place, or a name the place ends, makes it a person's.
    assert (
        elsewhere.settings(
            "Former South Bend, Indiana, Mayor Pete Buttigieg and Massachusetts Sen. Elizabeth "
            "Warren spoke."
        )
        == frozenset()
    )
    assert elsewhere.settings("Broward County Sheriff Scott Israel was suspended.") == (frozenset())


def test_a_persons_age_is_no_figure_of_a_place() -> None:
    age = {"unit": "year", "measures": "age", "value": 38.0, "quantity": "38-year-old"}
    rally = replace(NORWAY, text="The 38-year-old candidate spoke at a rally in Iowa.", **age)
    vote = replace(HAWAII, text="In South Carolina, the 38-year-old candidate won 2%.", **age)
    assert elsewhere.settings(rally.text) == {"iowa"}
    assert not elsewhere.other_places(rally, vote)


def test_a_sentence_naming_no_place_is_read_as_before() -> None:
    unnamed = replace(HAWAII, text="Travelers arriving face the 14-day quarantine rule.")
    assert not elsewhere.other_places(NORWAY, unnamed)
    assert not elsewhere.other_places(unnamed, NORWAY)
