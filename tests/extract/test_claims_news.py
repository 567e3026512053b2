"""News forms of numbers: ages, counted nouns, ratios, poll points, units, and non-claims.

Sentences written for these tests in the style of news copy (no article text is copied).
"""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord

PP = "percentage_point"
# (text, surface that must be in the claim's text, value, value_max, unit, kind)
CLAIMS = [
    ("The 57-year-old mayor resigned on Friday.", "57", 57, None, "year", "age"),
    ("Ortega, 68, was charged with fraud.", "68", 68, None, "year", "age"),
    ("She became a surgeon at age 33.", "33", 33, None, "year", "age"),
    ("He left home when he was eight.", "eight", 8, None, "year", "age"),
    ("The judge was in his early 40s at the time.", "40s", 40, 43, "year", "age"),
    ("Voters ages 18 to 29 favoured the senator.", "18", 18, 29, "year", "age"),
    ("Three Americans were freed on Tuesday.", "Three", 3, None, "American", "count"),
    ("Police held five current and former bank employees.", "five", 5, None, "employee", "count"),
    ("All 67 of the state's counties must report.", "67", 67, None, "county", "count"),
    ("Some 250 of the 400 residents signed.", "250", 250, None, "resident", "count"),
    ("Two of the three judges were appointed by Republicans.", "Two", 2, None, "judge", "count"),
    ("The party won four of six governor races.", "four", 4, None, "race", "count"),
    ("About 2,000 Latinos marched downtown.", "2,000", 2000, None, "Latino", "count"),
    ("The talks dragged on for 3-1/2 years.", "3-1/2", 3.5, None, "year", "duration"),
    ("The bank wired $1500000000 to the fund.", "$1500000000", 1.5e9, None, "USD", "money"),
    ("The sum was 123456789101 in all.", "123456789101", 123456789101, None, None, "number"),
    ("The caucus now has nine Hispanics.", "nine", 9, None, "Hispanic", "count"),
    ("Some 250 of the 400 residents signed.", "400", 400, None, "resident", "count"),
    ("Officials reviewed dozens of witness interviews.", "dozens", 12, None, "interview", "vague"),
    ("Hundreds marched through the capital.", "Hundreds", 100, None, None, "vague"),
    ("The firm hid millions of dollars abroad.", "millions", 1e6, None, "USD", "vague"),
    ("He will decide in three more weeks.", "three", 3, None, "week", "duration"),
    ("It took two additional years to finish.", "two", 2, None, "year", "duration"),
    ("They freed three more Americans on Monday.", "three", 3, None, "American", "count"),
    ("Nearly seven in 10 voters backed the measure.", "seven in 10", 0.7, None, None, "ratio"),
    ("One in five children lives in poverty.", "One in five", 0.2, None, None, "ratio"),
    ("The governor holds a 9-point lead in the poll.", "9-point", 9, None, PP, "percent"),
    ("The margin of error is plus or minus 4 percentage points.", "4", 4, None, PP, "percent"),
    ("The index rose 31.5 points to 2,410.75.", "31.5", 31.5, None, "point", "count"),
    ("The index rose 31.5 points to 2,410.75.", "2,410.75", 2410.75, None, None, "number"),
    ("Prices ranged from $250,000 to $1 million.", "$250,000", 250_000, 1e6, "USD", "money"),
    ("The deal is worth $3 billion to $5 billion.", "$3 billion", 3e9, 5e9, "USD", "money"),
    ("The bank raised HK$5 million.", "HK$5 million", 5e6, None, "HKD", "money"),
    ("The car gets 41 mpg on the highway.", "41 mpg", 41, None, "mpg", "quantity"),
    ("The engine makes 380 lb-ft of torque.", "380 lb-ft", 380, None, "lbft", "quantity"),
    ("The phone has a 4,500 mAh battery.", "4,500 mAh", 4500, None, "mAh", "quantity"),
    ("Crude settled at $71 per barrel.", "$71 per barrel", 71, None, "USD/bbl", "rate"),
    ("Earnings were 62 cents per share.", "62 cents per share", 62, None, "USD_cent/share", "rate"),
    ("Madrid's IBEX -0.9% and Milan's FTSE MIB -1.4%.", "-1.4%", -1.4, None, "percent", "percent"),
    ("The treaty took 12 years to negotiate.", "12 years", 12, None, "year", "duration"),
]  # fmt: skip

# (text, surface that must not be a claim)
NOT_CLAIMS = [
    ("The minister returned to 10 Downing Street on Monday.", "10"),
    ("Police searched the house at 4512 Maple Grove Avenue.", "4512"),
    ("Traffic stopped on the 405 Freeway.", "405"),
    ("Ann Lee 7 3 ✓ ✓ Bo Park 4 0 ✓ Cy Diaz 2 0", "7"),
    ("Ann Lee 7 3 ✓ ✓ Bo Park 4 0 ✓ Cy Diaz 2 0", "4"),
    ("He called the senator a two-bit crook.", "two"),
    ("It is a three-way race for the nomination.", "three"),
    ("Officials promised a two-pronged response.", "two"),
    ("Refund request 20240915123399 was closed.", "20240915123399"),
    ("The page id is 210315094512331.", "210315094512331"),
    ("Case No. 2019123456 was filed.", "2019123456"),
    ("Call 447700900123 for the hotline.", "447700900123"),
    ("This article is more than 2 years old", "2"),
    ("Hide Caption 3 of 9", "3"),
    ("Hide Caption 3 of 9", "9"),
    (
        "Hide Caption 2 of 12 Photos: Trump campaign: 11 outrageous quotes Hide Caption 3 of 12",
        "11",
    ),
    (
        "Photos: Trump campaign: 11 outrageous quotes Photos: Trump campaign: 11 outrageous quotes",
        "11",
    ),
    ("The storm reached Category 4 strength.", "4"),
    ("The hotel is rated 4 out of 5.", "5"),
    ("The plan falls under §4(b) of the statute.", "4"),
    ("The update ships with version 2.1 of the app.", "2.1"),
    ("She never broke into the top 50.", "50"),
    ("He took office two weeks ago.", "two"),
    ("Six months later, the talks collapsed.", "Six"),
    ("Two senior officials told reporters the plan was dead.", "Two"),
    ("She was one of the first reporters there.", "one"),
    ("The rain fell on a third day.", "third"),
    ("Carriers are rolling out 5G networks.", "5"),
    ("Dispatchers released the 911 calls.", "911"),
    ("It was the 20th anniversary of the attack.", "20"),
    ("The minister tweeted the thread (2/3).", "2/3"),
    ("Sign up for our newsletter and catch up in 60 seconds.", "60"),
    ("Slideshow (2 Images)", "2"),
    ("He tweeted that “the campaign behaved like a campaign.’”2", "2"),
    ("The complaints — 1) that it is not funded, 2) that it is slow — make sense.", "2"),
    ("“The 360” shows you diverse perspectives on the day’s top stories.", "360"),
    ("By launching at the beginning of a quarter, supporters gain time.", "a quarter"),
    ("The president's zero-tolerance policy separated families.", "zero"),
    ('Critics of the "zero tolerance" policy marched.', "zero"),
    ("It was a zero-sum game.", "zero"),
    ("The Gang of Eight released its principles.", "Eight"),
    ("The S&P 500 posted 61 new 52-week highs and 1 new low.", "52"),
    ("The stock crossed its 200-day moving average.", "200"),
    ("He spoke at the border. ( PHOTOS: 10 wild immigration quotes) Then he left.", "10"),
    ("The bill passed. (VIDEO: Watch 3 senators argue over it) It cost more.", "3"),
    ("The bill passed.\nRELATED: Trump signs 2 orders on trade\nIt cost more.", "2"),
    ("SEE ALSO: 7 ways the tax bill changes your refund", "7"),
]


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


@pytest.mark.parametrize(("text", "surface", "value", "value_max", "unit", "kind"), CLAIMS)
def test_news_claim(
    text: str, surface: str, value: float, value_max: float | None, unit: str | None, kind: str
) -> None:
    claim = _claim(text, surface)
    assert claim.value == pytest.approx(value)
    assert claim.value_max == (pytest.approx(value_max) if value_max is not None else None)
    assert (claim.unit, claim.kind) == (unit, kind)


@pytest.mark.parametrize(("text", "surface"), NOT_CLAIMS)
def test_not_a_claim(text: str, surface: str) -> None:
    assert not [c for c in extract_claims(text) if surface in c.text]


def test_a_photo_gallery_line_holds_no_claim() -> None:
    """A gallery's line (its title, captions and "Hide Caption N of M") is photo captions, which
    the labelled news reads as no claims; the article's other lines keep theirs."""
    caption = (
        "Hide Caption 4 of 8 Photos: The hand-off: How Speakers came to power Tom Foley, a "
        "Democrat, represented Washington state in the House for 30 years. Hide Caption 5 of 8"
    )
    assert extract_claims(caption) == []
    text = "Winds reached 90 mph.\n\nPhotos: Storm damage. Winds reached 90 mph Hide Caption 1 of 3"
    assert [c.start for c in extract_claims(text)] == [14]
    run = "Winds reached 90 mph. Photos: Storm A 2-ton tree fell Hide Caption 1 of 3 It cost $5."
    assert [c.text for c in extract_claims(run)] == ["90 mph", "$5"]


def test_an_age_is_never_seconds() -> None:
    claim = _claim("The 57-year-old mayor resigned.", "57")
    assert (claim.normalized_value, claim.normalized_unit) == (57, "year")


def test_a_duration_is_compared_in_days() -> None:
    claim = _claim("The talks lasted two weeks.", "two weeks")
    assert (claim.unit, claim.normalized_value, claim.normalized_unit) == ("week", 14, "day")


def test_measures_names_the_measured_thing() -> None:
    assert _claim("The union said 3,000 strikers joined.", "3,000").measures == "strikers"
    assert _claim("Ortega, 68, was charged.", "68").measures == "Ortega age"
    stops = "As the Times wrote, 86% of police stops were of black drivers."
    assert _claim(stops, "86%").measures == "police stops"
    poll = "In Ohio, Smith leads Jones, 45 percent to 41 percent."
    assert "Smith" in (_claim(poll, "45").measures or "")


@pytest.mark.parametrize(
    ("text", "surface", "measured"),
    [
        ("About 80 percent of the fentanyl coming in is seized at ports.", "80", "fentanyl"),
        ("Some 12% of the aid, officials say, goes to salaries.", "12%", "aid"),
        ("Nearly 44% of the GOP, the poll says, backs the measure.", "44%", "GOP"),
        ("She won 41 percent of popular support in the state.", "41", "popular support"),
        ("Pensions are capped at 70% of current pay.", "70%", "current pay"),
        ("Jurors heard 90 minutes of testimony Thursday.", "90 minutes", "testimony"),
    ],
)
def test_measures_ends_before_the_group_verb(text: str, surface: str, measured: str) -> None:
    assert _claim(text, surface).measures == measured


def test_measures_before_a_clause_opener_is_whole_words() -> None:
    text = "The group claims that it has thousands more to release."
    assert (_claim(text, "thousands").measures or "").split()[0] == "group"
    assert "tha" not in (_claim(text, "thousands").measures or "").split()


@pytest.mark.parametrize(
    ("text", "surface", "not_measured"),
    [
        ("As of November, a whopping 65 percent of detainees were held there.", "65", "November"),
        ("On Tuesday, one day before the debate, the campaigns erupted.", "one day", "Tuesday"),
        ("The Post aired a one-minute long compilation of images.", "one-minute", "long"),
        ("Some were waiting as long as 12 hours to vote.", "12 hours", "long"),
        ("It raised $12 million during the first two weeks of October.", "two weeks", "October"),
        ("Police logged the arrests during the past three years.", "three years", "during"),
    ],
)
def test_measures_is_never_a_date_or_a_size_adjective(
    text: str, surface: str, not_measured: str
) -> None:
    assert not_measured not in (_claim(text, surface).measures or "").split()


def test_a_vague_amount_is_marked_and_bounded_not_stated() -> None:
    claim = _claim("Millions of immigrants arrived last year.", "Millions")
    assert (claim.kind, claim.qualifier, claim.value) == ("vague", "at_least", 1e6)
    assert claim.unit == "immigrant"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("percent of 10", "10", 10, "percent"),
        ("per cent of twenty-two", "twenty-two", 22, "percent"),
        ("About 60 percent of 10 states voted.", "10 states", 10, "state"),  # 60 owns it
    ],
)
def test_a_share_named_before_its_figure(text: str, surface: str, value: float, unit: str) -> None:
    claim = _claim(text, surface)
    assert (claim.value, claim.unit) == (value, unit)


def test_a_share_of_a_quarter_and_a_numbered_sentence_stay_claims() -> None:
    assert _claim("A quarter of voters agreed.", "quarter").value == pytest.approx(0.25)
    assert _claim("Its membership stood at 48.", "48").value == 48
    assert _claim("The ratio was 3 (2) percent.", "2").value == 2
    assert _claim("They said “5,000 jobs” were lost.", "5,000").value == 5000


def test_numbers_in_outlets_link_text_are_no_claims() -> None:
    text = (
        "The plan drew fire from Rep. Raúl Grijalva Raúl Manuel GrijalvaAmash calls McCarthy "
        "dishonest after '60 Minutes' interview Donor indicted for 2 overdose deaths MORE "
        "(D-Ariz.), who said 300 species were at risk."
    )
    [claim] = extract_claims(text)
    assert claim.value == 300
    assert claim.text == text[claim.start : claim.end] == "300"
    start = claim.sentence_start
    assert claim.sentence == text[start : start + len(claim.sentence)]


def test_a_sentence_cut_inside_link_text_holds_the_whole_stretch() -> None:
    text = (
        "Hillary Clinton Hillary Diane Rodham ClintonGiuliani consulted on Ukraine: report. "
        "Sanders shines spotlight on age MORE has replaced 3 advisers in a span of two months."
    )
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["3 advisers", "two months"]
    for c in claims:
        assert c.sentence.startswith("Hillary Clinton Hillary Diane")
        assert c.sentence == text[c.sentence_start : c.sentence_start + len(c.sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit runs from February 27 to 28 in Hanoi.",
        "The poll was conducted Nov. 6 and 7.",
        "The survey was conducted Oct. 4-7 among registered voters.",
        "Talks will take place May 9-10.",
        "After the 9/11 attacks, the 9/11 Commission met.",
        "He will ask again on 9/30.",
        "The store is open 24/7.",
    ],
)
def test_days_of_a_date_and_dates_with_a_slash_are_no_claims(sentence: str) -> None:
    assert extract_claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Since May 3 and 14 people have died.", "14 people"),
        ("It rose from March 3 to 5 percent.", "5 percent"),
        ("It was 3/4 full.", "3/4"),
        ("A 5/16 inch bolt.", "5/16 inch"),
        ("Rates were 1/12 of that.", "1/12"),
    ],
)
def test_a_figure_after_a_date_or_a_fraction_is_still_a_claim(sentence: str, text: str) -> None:
    assert [c.text for c in extract_claims(sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("One in three would reject it.", "One in three", 1 / 3),
        ("About one in eight Americans agree.", "About one in eight Americans", 1 / 8),
        ("Two in three Republicans said so.", "Two in three Republicans", 2 / 3),
        ("It is a one in 1,000 chance.", "one in 1,000", 0.001),
    ],
)
def test_a_word_in_a_whole_is_a_ratio(sentence: str, text: str, value: float) -> None:
    [claim] = extract_claims(sentence)
    assert (claim.text, claim.kind) == (text, "ratio")
    assert claim.value == pytest.approx(value)


def test_a_tally_of_figures_and_a_rank_in_stars_are_no_ratio_or_count() -> None:
    assert [c.text for c in extract_claims("He scored 3 in 4 games.")] == ["3", "4 games"]
    assert extract_claims("A three-star general stayed at a five-star hotel.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ronald Reagan’s 49—1 rout of Walter Mondale.",
        "He authored a 5–4 decision.",
        "The 223 – 189 vote came late.",
        "First of three parts",
    ],
)
def test_scores_with_any_dash_and_a_series_part_are_no_claims(sentence: str) -> None:
    assert extract_claims(sentence) == []


def test_the_parts_of_a_thing_are_still_counted() -> None:
    assert [c.text for c in extract_claims("The bill has three parts.")] == ["three parts"]


def test_a_figure_beside_inline_link_text_is_a_claim() -> None:
    text = "Police arrested 12 people. ( PHOTOS: 10 wild immigration quotes) Then 40 fled."
    assert [c.text for c in extract_claims(text)] == ["12 people", "40"]
    # A gallery's title line runs into its captions, which state facts.
    gallery = "Photos: Protests after election Nearly 1,000 students marched on the campus."
    assert [c.text for c in extract_claims(gallery)] == ["Nearly 1,000 students"]
