"""One story's figures told in sentences of each outlet's own: ages, counts described alike,
counts of one event in other words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from factdb.link import LinkItem, retold, score_pair, scoring
from factdb.link.blocking import BlockIndex, story_keys
from factdb.link.linker import find_links
from factdb.link.scoring import prepare
from factdb.vocab import LinkKind

DAY = date(2019, 2, 21)


def _claim(
    item_id: int, sentence: str, quantity: str, value: float, unit: str, measures: str, **kw: object
) -> LinkItem:
    item = LinkItem(
        item_id,
        LinkKind.CLAIM,
        item_id,
        sentence,
        value=value,
        unit=unit,
        measures=measures,
        quantity=quantity,
        published=DAY,
    )
    return replace(item, **kw)  # type: ignore[arg-type]


def _age(item_id: int, sentence: str, quantity: str, value: float, **kw: object) -> LinkItem:
    return replace(_claim(item_id, sentence, quantity, value, "year", "age"), **kw)  # type: ignore[arg-type]


ACTOR = _age(
    1,
    "Marlow, a 36-year-old actor on a network drama, told police on Jan. 29 that two men had "
    "attacked him near his apartment.",
    "36-year-old",
    36.0,
)
ACTOR_AGAIN = _age(
    2,
    "Marlow, 36, said he was attacked while walking home through the neighbourhood late at night.",
    "36",
    36.0,
    measures="Marlow age",
    published=date(2019, 2, 19),
)


def test_one_persons_age_in_two_outlets_links_within_the_story_days() -> None:
    match = score_pair(ACTOR, ACTOR_AGAIN)
    assert match.evidence["text"] < 45  # two sentences of other words: the ramped term fell short
    assert match.evidence["terms"]["claim"] == scoring.CLAIM_MATCH
    assert match.link
    assert retold.one_age(ACTOR, ACTOR_AGAIN)
    # "in his 30s" and "in his early 30s" overlap: one age.
    thirties = replace(ACTOR, quantity="30s", value=30.0, value_max=39.0)
    early = replace(ACTOR_AGAIN, quantity="early 30s", value=30.0, value_max=33.0)
    assert retold.one_age(thirties, early)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"published": date(2019, 2, 11)}, "ten days apart: another week's story"),
        ({"published": None}, "a date unknown"),
        (
            {"text": "The driver, 36, said he was attacked while walking home late at night."},
            "no name both sentences write",
        ),
        ({"value": 37.0, "quantity": "37"}, "another age"),
        ({"unit": "day", "measures": "sentence"}, "no age"),
    ],
)
def test_an_age_links_only_of_one_named_person_in_the_story_days(
    change: dict[str, object], why: str
) -> None:
    other = replace(ACTOR_AGAIN, **change)  # type: ignore[arg-type]
    assert not score_pair(ACTOR, other).link, why


def test_a_photo_captions_words_are_no_name() -> None:
    # "Hide Caption" opens captions of any story: not the person whose age both state.
    one = _age(1, "Hide Caption 3 of 20 Photos: A fan, 19, waits outside the stadium.", "19", 19.0)
    two = _age(2, "Hide caption A student, 19, speaks to reporters after class.", "19", 19.0)
    assert not retold.one_age(one, two)


def _count(item_id: int, sentence: str, quantity: str, value: float, noun: str) -> LinkItem:
    return _claim(item_id, sentence, quantity, value, "count", noun, published=date(2012, 9, 6))


JOBS = _count(
    1,
    "He set out specific goals for the next term: a million new manufacturing jobs by 2016 and "
    "a sharp cut in oil imports.",
    "a million new manufacturing jobs",
    1e6,
    "jobs",
)
JOBS_AGAIN = _count(
    2,
    "Instead he offered modest aims, among them a pledge to create 1 million new manufacturing "
    "jobs.",
    "1 million new manufacturing jobs",
    1e6,
    "jobs",
)


def test_a_count_described_alike_links_within_the_story_days() -> None:
    assert retold.described_alike(JOBS, JOBS_AGAIN, "jobs", "jobs")
    match = score_pair(JOBS, JOBS_AGAIN)
    assert match.evidence["terms"]["claim"] == scoring.STORY_COUNT
    assert match.link
    # "a million jobs" says only what "jobs" says: the number words are no description.
    bare = replace(JOBS_AGAIN, quantity="1 million jobs")
    assert not retold.described_alike(JOBS, bare, "jobs", "jobs")
    # "new" is too common a word to say which jobs.
    assert not retold.described_alike(
        replace(JOBS, quantity="a million new jobs"),
        replace(JOBS_AGAIN, quantity="1 million new jobs"),
        "jobs",
        "jobs",
    )


def _russians(item_id: int, sentence: str, quantity: str, noun: str) -> LinkItem:
    return _claim(item_id, sentence, quantity, 100.0, "count", noun, published=date(2018, 3, 26))


SENT_HOME = _russians(
    1,
    "Across the world more than 100 Russian diplomats were sent home in a joint effort to "
    "punish the Kremlin.",
    "more than 100 Russian diplomats",
    "diplomats",
)
EXPELLING = _russians(
    2,
    "The move started a wave of at least 21 countries expelling more than 100 Russian officials.",
    "more than 100 Russian officials",
    "officials",
)
AT_WORK = _russians(
    3,
    "Officials said more than 100 Russian intelligence agents work under cover in the country.",
    "more than 100 Russian intelligence agents",
    "agents",
)


def test_one_count_of_one_event_in_other_words_links() -> None:
    assert retold.one_event(SENT_HOME, EXPELLING)
    match = score_pair(SENT_HOME, EXPELLING)
    assert match.evidence["rare_shared"] == 0  # nothing shared outside the quantities
    assert match.evidence["terms"]["claim"] == scoring.STORY_COUNT
    assert match.link
    # The agents at work are counted, not expelled: no event both sentences name.
    assert not retold.one_event(SENT_HOME, AT_WORK)
    assert not score_pair(EXPELLING, AT_WORK).link
    assert not score_pair(SENT_HOME, AT_WORK).link


def test_an_event_word_inside_the_quantity_is_not_read() -> None:
    dead = _russians(
        4, "Rescuers counted 100 dead people by nightfall.", "100 dead people", "people"
    )
    killed = _russians(5, "The storm killed 100 people in the valley.", "100 people", "people")
    assert retold.one_event(dead, killed) is False
    assert "killed" in retold.count_events().values()


def test_story_keys_name_a_count_or_an_age_and_its_days() -> None:
    (key,) = story_keys(prepare(SENT_HOME))
    assert key.startswith("\x02people 100 ")  # diplomats count people
    assert story_keys(prepare(EXPELLING)) == (key,)
    (age,) = story_keys(prepare(ACTOR))
    assert age.startswith("\x02age 36 ")
    assert story_keys(prepare(replace(ACTOR, published=None))) == ()
    assert story_keys(prepare(replace(JOBS, value=5.0, quantity="five new jobs"))) == ()


def test_one_count_in_other_words_is_a_candidate_among_many_claims() -> None:
    # Many claims of the story write "Russian", "officials" and "diplomats", so no rarity
    # ranking picks a word the two sentences share: their figure and its kind meet them.
    crowd = [
        _russians(
            10 + i,
            f"Russian officials and diplomats said report{i} was false, town{i} officials said.",
            f"{20 + i} Russian diplomats",
            "diplomats",
        )
        for i in range(60)
    ]
    crowd = [replace(c, value=20.0 + i, article_id=10 + i) for i, c in enumerate(crowd)]
    pairs = {(p.a_id, p.b_id) for p in find_links([SENT_HOME, *crowd, EXPELLING])}
    assert (1, 2) in pairs
    index = BlockIndex()
    index.add(prepare(c) for c in [SENT_HOME, EXPELLING])
    index.post()
    assert index.candidates(1) == [0]


def _quote(item_id: int, text: str, speaker: str | None = None, **kw: object) -> LinkItem:
    item = LinkItem(item_id, LinkKind.QUOTE, item_id, text, speaker, published=date(2016, 1, 26))
    return replace(item, confidence=0.9, **kw)  # type: ignore[arg-type]


STATEMENT = _quote(
    1,
    "We are not sure how farmers will feel about him walking out on them at the last minute, "
    "but it should be plain to every voter by now that this is rooted in one grudge against a "
    "moderator he has attacked for weeks and wants removed from the stage",
)
FRAMED = _quote(
    2,
    'He was still welcome at the forum, but "it should be plain to every voter by now that this '
    "is rooted in one grudge against a moderator he has attacked for weeks and wants removed "
    'from the stage"',
    "Fox News",
    published=date(2016, 1, 27),
)


def test_one_statement_cut_and_framed_two_ways_links_within_the_story_days() -> None:
    run = scoring.shared_run(prepare(STATEMENT), prepare(FRAMED), frozenset())
    assert run is not None and run.startswith("but it should be plain to every voter")
    match = score_pair(STATEMENT, FRAMED)
    assert match.evidence["quoted"] == run
    assert match.evidence["text"] == scoring.QUOTED_TEXT
    assert match.link
    # Over the story's days, or at an unknown date, the run is read no more.
    assert not score_pair(STATEMENT, replace(FRAMED, published=date(2016, 2, 5))).link
    assert not score_pair(STATEMENT, replace(FRAMED, published=None)).link


def test_a_trimmed_statement_inside_anothers_words_links() -> None:
    whole = _quote(1, "this shameful display of hatred, bigotry and violence on many sides")
    part = _quote(2, "hatred, bigotry, and violence on many sides.", published=date(2016, 1, 29))
    assert scoring.shared_run(prepare(whole), prepare(part), frozenset())
    assert score_pair(whole, part).link


@pytest.mark.parametrize(
    ("one", "two", "why"),
    [
        (
            "a letter of thanks to the Supreme Leader Ayatollah Ali Khamenei after the talks",
            "Up to now many in the country, including Supreme Leader Ayatollah Ali Khamenei",
            "a run of names is whom two statements speak of",
        ),
        (
            "the plan cuts taxes for families and raises the pay of teachers across the state "
            "while the budget grows by two percent and the new schools open in the fall",
            "the budget grows by two percent, officials said on Tuesday after a long meeting "
            "with the governor about roads, bridges, prisons and the coming election in May",
            "a run that is a small part of either quote",
        ),
        (
            "the deal brings lower tariff rates and more Chinese purchases of U.S. farm goods, "
            "but no text was published",
            "they agreed to cut tariffs and increase Chinese purchases of U.S. farm goods",
            "initials are no words: three words and two names",
        ),
        (
            "it means he may not have paid a dime in federal income taxes for nearly two decades",
            "a bill to close the loopholes he used to avoid paying federal income taxes for "
            "nearly two decades",
            "a fact's figure is no wording: four words and a figure",
        ),
    ],
)
def test_a_run_of_names_or_a_small_part_is_no_statement(one: str, two: str, why: str) -> None:
    a, b = _quote(1, one), _quote(2, two, published=date(2016, 1, 27))
    assert (
        scoring.shared_run(prepare(a), prepare(b), prepare(a).names | prepare(b).names) is None
    ), why


GAY_MARRIAGE = _claim(
    11,
    "As elected officials and pundits wait to hear US Supreme Court arguments in two gay "
    "marriage cases this week, they find the political ground on this hottest of social issues "
    "rapidly shifting beneath them.",
    "two gay marriage cases",
    2.0,
    "count",
    "cases",
    published=None,
)
GERRYMANDERING = _claim(
    12,
    "The US Supreme Court on Friday agreed to hear two racial gerrymandering cases out of Texas "
    "after a federal district court found the state's political maps intentionally discriminate "
    "against minority voters.",
    "two racial gerrymandering cases",
    2.0,
    "count",
    "cases",
    published=date(2017, 1, 13),
)


def test_one_noun_described_in_other_words_counts_other_things() -> None:
    assert retold.described_apart(GAY_MARRIAGE, GERRYMANDERING)
    assert not score_pair(GAY_MARRIAGE, GERRYMANDERING).link


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("two gay marriage cases", "two cases"),  # one count not described
        ("two gay marriage cases", "two same-sex marriage cases"),  # a word shared
        ("17 members", "17 lawyers"),  # other nouns: `one_count` reads them
        ("22 million fewer Americans", "between 20 million and 65 million Americans"),  # no kind
    ],
)
def test_a_count_not_described_apart(one: str, two: str) -> None:
    a, b = replace(GAY_MARRIAGE, quantity=one), replace(GERRYMANDERING, quantity=two)
    assert not retold.described_apart(a, b)


def test_a_count_described_two_ways_in_the_story_days_still_links() -> None:
    positive = _claim(
        13,
        "Cuomo released data indicating New York had more than 75,000 positive cases – including "
        "more than 9,000 new cases – with a death toll of 1,550, as of Tuesday morning.",
        "more than 75,000 positive cases",
        75000.0,
        "count",
        "cases",
    )
    corona = _claim(
        14,
        "New York Gov. Andrew Cuomo, a Democrat, said his state now has more than 75,000 "
        "coronavirus cases and 1,550 coronavirus-related deaths — easily the most of any state in "
        "the country.",
        "more than 75,000 coronavirus cases",
        75000.0,
        "count",
        "cases",
    )
    assert retold.described_apart(positive, corona)  # other words, but one story's day
    assert score_pair(positive, corona).link
