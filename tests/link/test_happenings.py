"""One count told of other happenings (`happenings`): the killed and the wounded."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factdb.link import LinkItem, happenings, score_pair
from factdb.vocab import LinkKind

SCHOOL = LinkItem(
    1,
    LinkKind.CLAIM,
    1,
    "Police say the gunman used an AR-15 assault rifle, purchased legally, to kill 17 people "
    "and injure 14 others at the school last Wednesday.",
    value=17.0,
    unit="count",
    measures="people",
    quantity="17 people",
)
PROTESTS = LinkItem(
    2,
    LinkKind.CLAIM,
    2,
    "At least three people were killed in anti-government protests in Baghdad on Wednesday "
    "while 17 others were injured, Iraq's human rights committee said.",
    value=17.0,
    unit="count",
    measures="others",
    quantity="17 others",
)


def test_the_event_nearest_a_count_is_its_own() -> None:
    assert happenings.own_events(SCHOOL.text, "17 people") == {"killed"}
    assert happenings.own_events(PROTESTS.text, "17 others") == {"wounded"}
    assert happenings.own_events(PROTESTS.text, "no such words") == frozenset()


def test_the_killed_and_the_wounded_are_no_link() -> None:
    assert happenings.other_happenings(SCHOOL, PROTESTS)
    match = score_pair(SCHOOL, PROTESTS)
    assert match.evidence["terms"]["claim"] == pytest.approx(-match.evidence["text"], abs=0.01)
    assert not match.link


def test_one_event_or_none_is_read_as_before() -> None:
    killed = replace(
        PROTESTS,
        text="At least three people were injured in Baghdad on Wednesday while 17 others were "
        "killed, Iraq's human rights committee said.",
    )
    assert not happenings.other_happenings(SCHOOL, killed)
    plain = replace(PROTESTS, text="The committee counted 17 others at the square on Wednesday.")
    assert not happenings.other_happenings(SCHOOL, plain)
