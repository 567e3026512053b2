from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from factdb.link import LinkItem, score_pair
from factdb.link.normalize import normalize_text
from factdb.link.reports import LIST_FIGURES, other_lists, other_shares, shares
from factdb.vocab import LinkKind


def told(item_id: int, sentence: str, quantity: str, value: float, day: date) -> LinkItem:
    return LinkItem(
        item_id,
        LinkKind.CLAIM,
        item_id,
        sentence,
        value=value,
        unit="USD",
        quantity=quantity,
        published=day,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("unemployment rose to 7.9 percent in October", {7.9}),
        ("the rate fell to 7.3%, its lowest", {7.3}),
        ("12.4% of the index and 3 percent of the market", {12.4, 3.0}),
        ("a 25 percentage point lead", set()),
        ("170,000 jobs in 2012", set()),
        ("Forty-one percent of voters and twelve percent of donors", {41.0, 12.0}),
        ("the eighty percent", {80.0}),
        ("a large percent", set()),
    ],
)
def test_shares_are_figures_before_percent(text: str, expected: set[float]) -> None:
    assert shares(normalize_text(text)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("170,000 jobs; unemployment at 7.9 percent", "170,000 jobs; unemployment at 7.3%", True),
        ("170,000 jobs; unemployment at 7.9 percent", "170,000 jobs and 7.9% unemployment", False),
        ("170,000 jobs; unemployment at 7.9 percent", "170,000 jobs were added in August", False),
        # The claim's own share is no other share.
        ("a 5 percent rise in two polls", "5% in two polls", False),
    ],
)
def test_other_shares_none_in_common(a: str, b: str, expected: bool) -> None:
    own = {170000.0, 5.0}
    assert other_shares(normalize_text(a), normalize_text(b), own, own) is expected


def test_other_lists_need_figures_on_both_sides_and_none_in_common() -> None:
    assert other_lists({1.6e12, 3.5e11}, {2.2e12, 8e11})
    assert not other_lists({1.6e12, 3.5e11}, {1.6e12, 8e11})
    assert not other_lists({1.6e12}, {2.2e12, 8e11})
    assert LIST_FIGURES == 2


def test_one_value_in_reports_of_other_shares_is_not_linked() -> None:
    # Companies worth "$3 trillion" and a market losing "$3 trillion": each sentence gives a
    # share of its own, and they differ.
    worth = told(
        1,
        "The four chipmakers, now worth more than $3 trillion, make up 12.4% of the Nasdaq's "
        "market value, according to FactSet.",
        "more than $3 trillion",
        3e12,
        date(2024, 3, 4),
    )
    fell = told(
        2,
        "The Nasdaq has dropped 14% in two weeks, with its listed chipmakers losing just over "
        "$3 trillion of their market value.",
        "just over $3 trillion",
        3e12,
        date(2024, 3, 5),
    )
    match = score_pair(worth, fell)
    assert not match.link
    assert match.evidence["terms"]["claim"] == pytest.approx(-match.evidence["text"], abs=0.01)
    # One report told again writes its share alike, and links.
    again = replace(
        fell,
        text="The four chipmakers are now worth more than $3 trillion, or 12.4 percent of the "
        "Nasdaq's market value, FactSet said.",
    )
    assert score_pair(worth, again).link


def test_one_value_in_two_lists_of_other_figures_is_not_linked_in_a_story_s_days() -> None:
    # Two plans of one budget fight, a day apart, each with its own figures besides "$900
    # million": two things that share a value.
    plan = told(
        3,
        "The mayor's plan calls for $4.2 billion in new fees over five years and $900 million "
        "in cuts, including $250 million from transit.",
        "$900 million",
        9e8,
        date(2024, 6, 3),
    )
    rival = told(
        4,
        "The council's plan promises $6.1 billion in savings over five years, including $1.3 "
        "billion from pensions and $900 million in other cuts.",
        "$900 million",
        9e8,
        date(2024, 6, 4),
    )
    match = score_pair(plan, rival)
    assert not match.link
    assert match.evidence["terms"]["claim"] == pytest.approx(-match.evidence["text"], abs=0.01)
    # The same plan told by another outlet shares its figures, and links.
    again = replace(
        rival,
        text="The plan calls for $4.2 billion in new fees and $900 million in cuts, $250 million "
        "of them from transit, the mayor's office said.",
    )
    assert score_pair(plan, again).link
