"""A small count of a rare thing, of one owner and one day, may be a claim conflict."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from factdb.link import LinkItem, conflicts, score_pair
from factdb.vocab import LinkKind, Relation


def claim(
    item_id: int,
    sentence: str,
    quantity: str,
    value: float,
    unit: str | None,
    measures: str,
    published: date,
    **kw: object,
) -> LinkItem:
    item = LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit=unit)
    return replace(item, quantity=quantity, measures=measures, published=published, **kw)  # type: ignore[arg-type]


NINE = claim(
    3,
    "Mr. Obama has granted 52 pardons and nine commutations.",
    "nine commutations",
    9.0,
    "count",
    "commutations",
    date(2014, 4, 21),
)
TEN = claim(
    4,
    "the Office of the Pardon Attorney will likely hire several new attorneys to handle the"
    " applications.Obama has granted only 10 commutations in his more than five years of"
    " office, Politico reports.",
    "10 commutations",
    10.0,
    "count",
    "commutations",
    date(2014, 4, 21),
)


def test_a_small_count_of_a_rare_thing_of_one_owner_and_day_conflicts() -> None:
    assert conflicts.rare_count(NINE, TEN)
    match = score_pair(NINE, TEN)
    assert match.relation is Relation.CONFLICT
    assert match.link


def test_a_small_count_needs_a_rare_thing_one_owner_and_one_day() -> None:
    other_owner = replace(TEN, text=TEN.text.replace("Obama", "Bush"))
    assert not conflicts.rare_count(NINE, other_owner)
    later = replace(TEN, published=date(2014, 4, 25))
    assert not conflicts.rare_count(NINE, later)
    assert score_pair(NINE, later).relation is not Relation.CONFLICT
    three = claim(
        5,
        "Immigrant rights groups questioned whether Mr. Rubio was trying to scuttle the deal he"
        " negotiated with seven other senators — three Republicans and four Democrats — that"
        " would give quick legal status to illegal immigrants",
        "three Republicans",
        3.0,
        "count",
        "Republicans",
        date(2013, 6, 4),
    )
    four = claim(
        6,
        "The eight senators — four Republicans and four Democrats — who wrote the Senate bill have"
        " not offered their own estimates for guest workers, leaving outside groups to try to"
        " make the calculations.",
        "four Republicans",
        4.0,
        "count",
        "Republicans",
        date(2013, 6, 5),
    )
    assert not conflicts.rare_count(three, four)  # "Republicans" names no rare thing
    assert score_pair(three, four).relation is not Relation.CONFLICT


US = claim(
    7,
    "In October, the U.S. ran a $22.6 billion surplus in the trade of services such as banking"
    " and tourism.",
    "$22.6 billion",
    22.6e9,
    "USD",
    "surplus",
    date(2018, 12, 6),
)
UNNAMED = claim(
    8,
    "The October surplus was $31.78 billion.",
    "$31.78 billion",
    31.78e9,
    "USD",
    "surplus",
    date(2018, 12, 8),
)


def test_a_thing_narrowed_to_a_part_the_other_does_not_write_is_no_conflict() -> None:
    assert conflicts.part(US) == {"trad"}
    assert conflicts.narrowed(US, UNNAMED)
    match = score_pair(US, UNNAMED)
    assert match.relation is not Relation.CONFLICT
    assert not match.link


def test_a_part_both_sentences_write_still_conflicts() -> None:
    traded = replace(UNNAMED, text="The October surplus in services trade was $31.78 billion.")
    assert not conflicts.narrowed(US, traded)
    match = score_pair(US, traded)
    assert match.relation is Relation.CONFLICT
    assert match.link


def test_only_a_part_after_the_measured_words_and_the_narrows() -> None:
    pipeline = claim(
        9,
        "The two governments endorsed a 1,000 km (621-mile) pipeline from the Skarda reservoir.",
        "1,000 km",
        1e6,
        "m",
        "pipeline",
        date(2026, 3, 5),
    )
    assert conflicts.part(pipeline) == frozenset()
    spending = replace(US, text="It includes $1.22 trillion in spending reductions.")
    assert conflicts.part(replace(spending, quantity="$1.22 trillion")) == frozenset()
    assert conflicts.part(TEN) == frozenset()  # "in his more than five years": no "the"


PAUL = claim(
    10,
    "Now, Paul is on the bubble for qualifying for the next Republican presidential debate"
    " because of his low poll numbers and trying to make due with less after his campaign"
    " reported raising a paltry $2.5 million in the third quarter.",
    "$2.5 million",
    2.5e6,
    "USD",
    "campaign reported",
    date(2015, 10, 11),
)
TRUMP = claim(
    11,
    "The Trump campaign raised $3.9 million in the third quarter, not only more than Mr. Paul"
    " but also almost as much as Mr. Christie and Mr. Kasich.",
    "$3.9 million",
    3.9e6,
    "USD",
    "Trump campaign",
    date(2015, 10, 15),
)


def test_a_figure_of_an_owner_the_other_never_writes_set_apart_from_its_name() -> None:
    assert conflicts.owner(TRUMP) == {"trump"}
    assert conflicts.other_owner(PAUL, TRUMP)
    assert not conflicts.other_owner(TRUMP, PAUL)  # "his campaign": no name to read
    match = score_pair(PAUL, TRUMP)
    assert match.relation is not Relation.CONFLICT
    assert not match.link


def test_an_owner_both_sentences_write_is_no_other_owner() -> None:
    both = replace(PAUL, text=PAUL.text.replace("his campaign", "his and Trump's campaigns"))
    assert not conflicts.other_owner(both, TRUMP)
    # A named owner against a sentence that shares no other name with it sets nothing apart.
    alone = replace(PAUL, text="His campaign reported raising a paltry $2.5 million last quarter.")
    assert not conflicts.other_owner(alone, TRUMP)
    assert conflicts.owner(NINE) == frozenset()  # "Obama has granted": no name right before


def test_a_title_is_no_shared_owner() -> None:
    bush = replace(TEN, text="Mr. Bush has granted only 10 commutations in his time in office.")
    assert "mr" not in conflicts._names(bush.text)
    assert not conflicts.rare_count(NINE, bush)  # "Mr." is both sentences' only capital
