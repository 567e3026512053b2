"""Claims of one measured word whose qualifiers (party, place, plan, lead, age, person) differ."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from factdb.link import LinkItem, agreement, qualifiers
from factdb.vocab import LinkKind

DAY = date(2018, 11, 9)
SHARED = {"unemploy", "rate", "labor", "depart", "senat", "letter", "commut", "offic", "revenu"}
SHARED |= {"vote", "counti", "tsarnaev", "pelosi", "facebook", "analyt"}


def claim(
    item_id: int, sentence: str, quantity: str, value: float, unit: str, measures: str, **kw: object
) -> LinkItem:
    item = LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit=unit)
    return replace(  # type: ignore[arg-type]
        item, quantity=quantity, measures=measures, published=DAY, **kw
    )


def conflict(a: LinkItem, b: LinkItem) -> bool:
    return agreement.contradicts(a, b, SHARED, text=70)


def test_another_place_or_the_nation_is_another_figure() -> None:
    ohio = claim(
        1,
        "Ohio's unemployment rate is 7.4 percent, the labor department said.",
        "7.4 percent",
        7.4,
        "percent",
        "unemployment rate",
    )
    nation = claim(
        2,
        "The national unemployment rate is 8.2 percent, the labor department said.",
        "8.2 percent",
        8.2,
        "percent",
        "unemployment rate",
    )
    assert not conflict(ohio, nation)
    unqualified = replace(ohio, text=ohio.text.replace("Ohio's", "The"))
    # One place named and the other's unknown is no other place (the scope word "national"
    # alone still sets the figures apart: `agreement.contradicts`).
    assert not qualifiers.apart(unqualified, nation)
    texas = replace(nation, text=nation.text.replace("national", "Texas"))
    assert not conflict(ohio, texas)
    assert conflict(ohio, replace(texas, text=texas.text.replace("Texas", "Ohio's")))


def test_another_party_is_another_group() -> None:
    rep = claim(
        1,
        "Only 12 Republican senators signed the letter to the leader.",
        "12 Republican senators",
        12,
        "count",
        "Republican senators",
    )
    dem = claim(
        2,
        "Only 10 Democratic senators signed the letter to the leader.",
        "10 Democratic senators",
        10,
        "count",
        "Democratic senators",
    )
    assert not conflict(rep, dem)
    assert conflict(
        rep,
        replace(
            dem,
            text=dem.text.replace("Democratic", "Republican"),
            quantity="10 Republican senators",
            measures="Republican senators",
        ),
    )


def test_a_planned_or_demanded_figure_is_no_fact() -> None:
    plan = claim(
        1,
        "The plan calls for nearly $1.6 trillion in new revenue over a decade.",
        "nearly $1.6 trillion",
        1.6e12,
        "USD",
        "revenue",
    )
    deal = claim(
        2,
        "The deal raises $2.2 trillion in new revenue over a decade.",
        "$2.2 trillion",
        2.2e12,
        "USD",
        "revenue",
    )
    assert not conflict(plan, deal)
    assert conflict(replace(plan, text=plan.text.replace("plan calls for", "bill raises")), deal)
    demanded = replace(deal, text="Trump demanded $2.2 trillion in new revenue over a decade.")
    assert not conflict(demanded, replace(plan, text=deal.text, quantity="nearly $1.6 trillion"))


def test_a_lead_by_a_figure_is_a_gap_that_moves() -> None:
    lead = claim(
        1,
        "Kemp leads Abrams by more than 63,000 votes in the county.",
        "more than 63,000 votes",
        63_000,
        "count",
        "votes",
    )
    later = claim(
        2,
        "Kemp leads Abrams by nearly 59,000 votes in the county.",
        "nearly 59,000 votes",
        59_000,
        "count",
        "votes",
    )
    assert not conflict(lead, later)
    won = replace(lead, text="Kemp won more than 63,000 votes in the county.")
    assert conflict(won, replace(later, text="Kemp won nearly 59,000 votes in the county."))


def test_ages_of_one_surname_are_no_conflict() -> None:
    one = claim(
        1, "Tsarnaev, 19, is searched by officers on Friday.", "19", 19, "year", "Tsarnaev age"
    )
    two = claim(
        2,
        "Tamerlan Tsarnaev, 26, died after a shootout on Friday.",
        "26",
        26,
        "year",
        "Tsarnaev age",
    )
    assert not conflict(one, two)
    # Not an age, the qualifiers set nothing apart (the name owning a figure still does:
    # `agreement.contradicts`).
    sentence = replace(one, measures="Tsarnaev sentence")
    assert qualifiers.age(one) and not qualifiers.age(sentence)
    assert not qualifiers.apart(sentence, replace(two, measures="Tsarnaev sentence"))


def test_figures_of_two_named_people_are_no_conflict() -> None:
    obama = claim(
        1,
        "In office Obama has granted only 10 commutations, Politico reports.",
        "10 commutations",
        10,
        "count",
        "commutations",
    )
    bush = claim(
        2,
        "In office George W. Bush gave 189 pardons and 11 commutations.",
        "11 commutations",
        11,
        "count",
        "commutations",
    )
    assert not agreement.contradicts(obama, bush, SHARED, text=agreement.ALIKE_TEXT)
    same = replace(bush, text=bush.text.replace("George W. Bush", "Obama"))
    assert agreement.contradicts(obama, same, SHARED, text=agreement.ALIKE_TEXT)


def test_figures_a_week_or_more_apart_are_revised_ones() -> None:
    first = claim(
        1,
        "Cambridge Analytica took data from 50 million Facebook users.",
        "50 million Facebook users",
        50e6,
        "count",
        "Facebook users",
    )
    later = claim(
        2,
        "The 87 million users whose data Cambridge Analytica took get a message.",
        "87 million users",
        87e6,
        "count",
        "users",
    )
    assert conflict(first, replace(later, published=DAY + timedelta(days=5)))
    assert not conflict(first, replace(later, published=DAY + timedelta(days=18)))
