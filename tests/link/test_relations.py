"""Agreement of two claims' values (``link.relations``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from factdb.link import LinkItem, score_pair
from factdb.link import normalize as nz
from factdb.link.relations import (
    KELVIN_ZERO,
    Quantity,
    body,
    other_voices,
    undated_against_dated,
    values_agree,
)
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


def _said(item_id: int, text: str, speaker: str, day: date | None = None) -> LinkItem:
    return LinkItem(item_id, LinkKind.QUOTE, item_id, text, speaker, published=day)


def test_two_people_are_other_voices_unless_one_is_a_body() -> None:
    trump = _said(1, "I'm proud of our country, and I am a nationalist,", "Trump")
    lerner = _said(2, "I'm proud of my career and the job I did for this country.", "Lois Lerner")
    house = _said(3, "it has restored the press pass", "White House")
    key = nz.speaker_key
    assert other_voices(trump, lerner, key("Trump"), key("Lois Lerner"))
    assert not other_voices(trump, house, key("Trump"), key("White House"))
    assert not other_voices(trump, trump, key("Trump"), key("Donald Trump"))
    assert not other_voices(trump, lerner, key("Trump"), frozenset())


_PROUD = "I'm proud of our country, and I am a nationalist,"
_CAREER = "I'm proud of my career and the job I did for this country."
_OPINIONS = "his personal opinions did not affect his work"
_MINE = "What matters is that my personal opinions have never affected my work,"


def test_two_peoples_commonplace_beyond_a_story_does_not_link() -> None:
    """Archive reading: two people's remarks in common words, months apart."""
    trump = _said(1, _PROUD, "Trump", date(2018, 10, 23))
    lerner = _said(2, _CAREER, "Lois Lerner", date(2014, 4, 10))
    match = score_pair(trump, lerner)
    assert not match.link
    assert match.evidence["terms"]["rarity"] == pytest.approx(-match.evidence["text"], abs=0.01)
    strzok = _said(3, _OPINIONS, "Peter Strzok", date(2018, 7, 12))
    mine = _said(4, _MINE, "Lois Lerner", date(2014, 4, 10))
    assert not score_pair(strzok, mine).link


def test_two_peoples_commonplace_at_unknown_dates_is_not_read() -> None:
    """Outlets give one statement to each of its speakers (the seeds' Biden and Kishida, whose
    articles have no date): at unknown dates the rule is not read, nor within a story's days."""
    for days in (None, (date(2018, 7, 12), date(2018, 7, 14))):
        first, second = days or (None, None)
        a = _said(1, _OPINIONS, "Peter Strzok", first)
        b = _said(2, _MINE, "Lois Lerner", second)
        match = score_pair(a, b)
        assert match.evidence["terms"]["rarity"] != pytest.approx(-match.evidence["text"], abs=0.01)


_DUFFS = "We need to get off our duffs and solve this problem."
_SOLVING = "We need to get on with solving people’s problems,"


def test_two_peoples_commonplace_of_a_dated_and_an_undated_article_does_not_link() -> None:
    """Archive reading: one article dated, the other not; nothing puts them in one story."""
    hatch = _said(1, _DUFFS, "Orrin Hatch")
    ryan = _said(2, _SOLVING, "Paul Ryan", date(2017, 2, 28))
    match = score_pair(hatch, ryan)
    assert not match.link
    assert match.evidence["terms"]["rarity"] == pytest.approx(-match.evidence["text"], abs=0.01)
    assert score_pair(hatch, replace(ryan, published=None)).link  # neither dated: not read
    assert undated_against_dated(hatch, ryan)
    assert not undated_against_dated(hatch, replace(ryan, published=None))
    assert not undated_against_dated(replace(hatch, published=date(2017, 3, 1)), ryan)


_GRAHAM = (
    "he would “totally” investigate the FBI's handling of its investigations into Russian "
    "interference in the 2016 presidential election and Clinton’s email"
)
_STRZOK = (
    "the FBI and DOJ unlawfully disclosed his private text messages that disparaged Trump before "
    "and after the 2016 presidential election -- including the time frame during which Strzok "
    "helped lead the agency's investigation into former Secretary of State Hillary Clinton's "
    "private email server and Russian meddling in the 2016 presidential election"
)


def test_two_peoples_clause_of_a_dated_and_an_undated_article_does_not_link() -> None:
    """Archive reading: a topic's clause ("the 2016 presidential election") in two people's
    quotes, one article dated and the other not, is no statement of theirs."""
    graham = _said(1, _GRAHAM, "Lindsey Graham", date(2019, 1, 21))
    strzok = _said(2, _STRZOK, "Strozk")
    match = score_pair(graham, strzok)
    assert not match.link and "local" not in match.evidence
    assert "local" in score_pair(replace(graham, published=None), strzok).evidence


def test_within_a_story_one_may_quote_the_other() -> None:
    rubio = _said(1, "Islam hates us.", "Marco Rubio", date(2016, 3, 11))
    trump = _said(2, "Islam “hates” America", "Donald Trump", date(2016, 3, 10))
    assert score_pair(rubio, trump).link
    assert not score_pair(rubio, replace(trump, published=date(2016, 5, 10))).link


def test_a_statement_retold_under_another_name_still_links() -> None:
    """Trump's words given to Rick Gates share their rare words (over `OTHERS_RARE`)."""
    gates = _said(
        1,
        "Russia, if you're listening, I hope you're able to find the 30,000 emails that are "
        "missing,",
        "Rick Gates",
        date(2018, 8, 7),
    )
    trump = _said(
        2,
        "I hope you’re able to find the 30,000 emails that are missing.",
        "Donald Trump",
        date(2018, 7, 13),
    )
    assert score_pair(gates, trump).link


def _quote(item_id: int, text: str, speaker: str | None, published: date | None) -> LinkItem:
    return LinkItem(
        item_id, LinkKind.QUOTE, item_id, text, speaker, published=published, confidence=0.95
    )


JOBS = "The economy added 200,000 jobs last month, which is a good sign for workers"


def test_one_sentence_with_another_number_on_other_days_is_no_conflict() -> None:
    furman = _quote(1, JOBS, "Jason Furman", date(2013, 6, 7))
    hassett = _quote(2, JOBS.replace("200,000", "250,000"), "Kevin Hassett", date(2018, 8, 3))
    assert score_pair(furman, hassett).relation is not Relation.CONFLICT
    assert not score_pair(furman, hassett).link  # one template said twice, not one statement
    undated = replace(hassett, published=None)
    assert score_pair(replace(furman, published=None), undated).relation is not Relation.CONFLICT
    later = replace(furman, id=3, article_id=3, text=JOBS.replace("200,000", "150,000"))
    later = replace(later, published=date(2013, 8, 2))
    assert score_pair(furman, later).relation is not Relation.CONFLICT
    assert not score_pair(furman, later).link


def test_one_sentence_with_another_number_within_a_story_is_a_conflict() -> None:
    furman = _quote(1, JOBS, "Jason Furman", date(2013, 6, 7))
    retold = _quote(2, JOBS.replace("200,000", "250,000"), "Jason Furman", date(2013, 6, 8))
    match = score_pair(furman, retold)
    assert match.relation is Relation.CONFLICT
    assert match.evidence["reason"] == "same words with a different number"
