"""Claims read on real news, round 21: spans of time past modifiers ("three straight years"),
a figure whose hyphen waits for the next one's unit ("20- or 30-year"), ties ("39 percent to 39
percent"), counts of the rest of a group ("the two other victims"), what a change noun changes
("a 20 percent reduction of ..."), a clock's offset ("six hours ahead on Davos time"), clauses
opened by "because" or "although", and "Ch." before a figure."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims, split_sentences
from factdb.extract.records import ClaimRecord


def _claims(text: str, surface: str) -> list[ClaimRecord]:
    return [c for c in extract_claims(text) if c.text == surface]


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


SPANS = [
    ("The economy has added jobs for 88 consecutive months.", "88 consecutive months", 88, "month"),
    ("It has been growing for three straight years.", "three straight years", 3, "year"),
    ("The judge sat for two full days of questions.", "two full days", 2, "day"),
    ("Volume was light over the last 20 trading days.", "20 trading days", 20, "day"),
    ("Peace has held for three straight decades.", "three straight decades", 30, "year"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), SPANS)
def test_a_unit_of_time_past_modifiers_is_a_span(
    text: str, surface: str, value: float, unit: str
) -> None:
    claim = _claim(text, surface)
    assert (claim.text, claim.value, claim.unit, claim.kind) == (surface, value, unit, "duration")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The 12 hottest years on record have all come in the last 15.", "12 hottest years"),
        ("Her bad news exceeded her good news in 11 of 12 months.", "11"),
    ],
)
def test_a_superlative_or_a_part_still_counts_years(text: str, surface: str) -> None:
    claim = _claims(text, surface)[0]
    assert claim.kind == "count"


def test_a_span_does_not_run_into_a_list_of_years() -> None:
    claim = _claim("In those four election years — 1994, 2006, 2008 and 2010 — it grew.", "four")
    assert (claim.value, claim.value_max, claim.unit) == (4, None, "year")


SUSPENDED = [
    ("She grieved for her 3- and 1-year-olds.", "3", 3, "year", "age"),
    ("A 20- or 30-year tax reform would be close to permanent.", "20", 20, "year", "duration"),
    ("He would not rule out a two- or three-week extension.", "two", 2, "week", "duration"),
    ("They ran 5- and 10-kilometer races.", "5", 5, "km", "quantity"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), SUSPENDED)
def test_a_suspended_hyphen_takes_the_next_figures_unit(
    text: str, surface: str, value: float, unit: str, kind: str
) -> None:
    claim = _claims(text, surface)[0]
    assert (claim.value, claim.unit, claim.kind) == (value, unit, kind)


def test_a_range_of_ages_is_still_a_range() -> None:
    claim = _claim("The 18- to 24-year-olds voted.", "18")
    assert (claim.value, claim.value_max, claim.kind) == (18, 24, "age")


@pytest.mark.parametrize(
    "text",
    [
        "Independent Florida voters are split, 39 percent to 39 percent, while whites are not.",
        "Gallup found an even split — 48 percent to 48 percent.",
    ],
)
def test_a_tie_is_two_shares_not_a_range(text: str) -> None:
    shares = [c for c in extract_claims(text) if c.unit == "percent"]
    assert len(shares) == 2
    assert all(c.value_max is None for c in shares)


def test_a_range_of_shares_stays_one_range() -> None:
    claim = _claim("Growth will be 5 percent to 10 percent.", "5 percent")
    assert (claim.value, claim.value_max) == (5, 10)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The two other victims had not been named Wednesday evening.", 2, "victim"),
        ("The family of the other two victims had not been told.", 2, "victim"),
        ("The three other officers at the scene were charged.", 3, "officer"),
    ],
)
def test_the_rest_of_a_group_is_counted(text: str, value: float, unit: str) -> None:
    claims = extract_claims(text)
    assert [(c.value, c.unit) for c in claims] == [(value, unit)]


@pytest.mark.parametrize(
    "text", ["He met the two leaders on Monday.", "The other two were released."]
)
def test_a_pointer_back_is_still_no_count(text: str) -> None:
    assert extract_claims(text) == []


CHANGES = [
    (
        "The governor is bragging about a 20 percent reduction of African Americans in prison.",
        "20 percent",
        "reduction of African Americans",
    ),
    (
        "He presented the package as a $4 trillion reduction in future deficits, he said.",
        "$4 trillion",
        "reduction in future deficits",
    ),
    (
        "He signed it because a $60 billion increase in military spending convinced him.",
        "$60 billion",
        "increase in military spending",
    ),
    ("One insurer proposed a 50 percent hike in premiums.", "50 percent", "hike in premiums"),
    ("It means a 27% cut in pay starting in January.", "27%", "cut in pay"),
    (
        "It saw a 40% reduction in the state’s firearm-related homicide rate.",
        "40%",
        "reduction in firearm-related homicide rate",
    ),
    (
        "Tehran announced a 300% increase in heavily subsidized fuel prices.",
        "300%",
        "increase in subsidized fuel prices",
    ),
    ("That follows a 4.4% increase in the previous quarter.", "4.4%", "increase"),
    ("He used a nearly $1 billion loss in the mid-1990s.", "$1 billion", "loss"),
    ("It was a 45 percent increase in a little more than 14 months.", "45 percent", "increase"),
    (
        "They saw a 200 percent increase in their immigrant populations between 1990 and 2009.",
        "200 percent",
        "increase in immigrant populations",
    ),
]


@pytest.mark.parametrize(("text", "surface", "measured"), CHANGES)
def test_a_change_noun_measures_what_it_changes(text: str, surface: str, measured: str) -> None:
    assert _claim(text, surface).measures == measured


@pytest.mark.parametrize(
    "text",
    [
        "The North would be in sync with the South, nine hours ahead of Greenwich Mean Time.",
        "But on Friday, with Trump six hours ahead on Davos, Switzerland, time, he took the lead.",
        "Dallas is six hours behind Britain.",
    ],
)
def test_a_clock_offset_is_no_claim(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.unit == "h"]


@pytest.mark.parametrize(
    "text",
    [
        "Espinal arrived at the theatre two hours ahead of the movie’s first showing.",
        "Crowds gathered two hours ahead of Trump's speech.",
    ],
)
def test_hours_ahead_of_an_event_stay(text: str) -> None:
    assert [c.value for c in extract_claims(text) if c.unit == "h"] == [2]


CLAUSES = [
    (
        "They say he is pressing for $1.3 trillion in higher taxes because the change would slow.",
        "$1.3 trillion",
        "higher taxes",
    ),
    (
        "Hispanics accounted for 34% of COVID-19 deaths though they are fewer.",
        "34%",
        "COVID-19 deaths",
    ),
    (
        "Citizens United caused spending to rise, although the $1 billion spent by groups is more.",
        "$1 billion",
        None,
    ),
    ("Forty-one states forbid it, although nine of them allow civil partnerships.", "nine", None),
]


@pytest.mark.parametrize(("text", "surface", "measured"), CLAUSES)
def test_a_clause_opener_bounds_what_is_measured(
    text: str, surface: str, measured: str | None
) -> None:
    claim = _claim(text, surface)
    assert claim.measures == measured
    assert not claim.text.endswith("though")


def test_a_channel_abbreviation_does_not_end_a_sentence() -> None:
    text = "Watch Newsmax TV now on DIRECTV Ch. 349 and DISH Ch. 223. It is new."
    assert len(list(split_sentences(text))) == 2
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Obama has a year and a half left to his presidency.", "a year and a half", 1.5),
        ("He has lived there for about a year and a half.", "about a year and a half", 1.5),
        ("Over the past decade and a half, she said, it changed.", "decade and a half", 15),
    ],
)
def test_a_unit_and_a_half_is_one_and_a_half_units(text: str, surface: str, value: float) -> None:
    claim = _claims(text, surface)[0]
    assert (claim.value, claim.unit, claim.kind) == (value, "year", "duration")
    assert claim.measures != "past half"


def test_two_and_a_half_years_is_unchanged() -> None:
    claim = _claim("He stayed two and a half years.", "two and a half")
    assert (claim.value, claim.unit) == (2.5, "year")


def test_a_dash_glued_to_the_counted_noun_keeps_the_noun() -> None:
    text = "Parnas met at least two major Trump campaign donors-- one of them a lawyer."
    claim = _claim(text, "two")
    assert (claim.value, claim.unit) == (2, "donor")
