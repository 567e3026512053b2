"""The numeric claim extractor on real news sentences: what it finds, and what it must not."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims, split_sentences
from factdb.extract.records import ClaimRecord, Qualifier, QuoteKind, QuoteRecord, SpeakerRef


def one(text: str, surface: str) -> ClaimRecord:
    """The claim whose text contains ``surface``."""
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim with {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


# (sentence, surface in claim text, value, value_max, unit, qualifier)
CASES = [
    # digits, separators, decimals, scale words
    ("The deal is worth $2.5bn, the company said.", "$2.5bn", 2.5e9, None, "USD", "exact"),
    (
        "Officials said 3,000 troops would be deployed.",
        "3,000 troops",
        3000,
        None,
        "troop",
        "exact",
    ),
    ("The fund raised €10m last year.", "€10m", 1e7, None, "EUR", "exact"),
    ("It paid US$1.2 million in fines.", "US$1.2 million", 1.2e6, None, "USD", "exact"),
    ("Japan will spend ¥43 trillion over five years.", "¥43 trillion", 43e12, None, "JPY", "exact"),
    ("The bill would cost 5 billion yen.", "5 billion yen", 5e9, None, "JPY", "exact"),
    ("The club sold him for £75,000.", "£75,000", 75000, None, "GBP", "exact"),
    ("Reserves fell to 120 billion USD.", "120 billion USD", 1.2e11, None, "USD", "exact"),
    ("Shares closed at 45 cents.", "45 cents", 45, None, "USD_cent", "exact"),
    # numbers in words
    (
        "Japan assumed a two-year term on the UN Security Council.",
        "two-year",
        2,
        None,
        "year",
        "exact",
    ),
    ("It ended seven decades of pacifism.", "seven decades", 70, None, "year", "exact"),
    ("Half a million people fled the city.", "Half a million", 500000, None, "person", "exact"),
    (
        "Tens of thousands of people marched on Sunday.",
        "Tens of thousands",
        10000,
        None,
        "person",
        "at_least",
    ),
    (
        "The agency hired two hundred and forty inspectors.",
        "two hundred and forty",
        240,
        None,
        "inspector",
        "exact",
    ),
    # fractions and mixed forms
    ("The door is 2 1/2 in thick.", "2 1/2 in", 2.5, None, "in", "exact"),
    ("A mouse can get through a 1/4 inch gap.", "1/4 inch", 0.25, None, "in", "exact"),
    ("Two thirds of voters backed the plan.", "Two thirds", 2 / 3, None, None, "exact"),
    # percentages and points
    ("Inflation rose to 3.2% in March.", "3.2%", 3.2, None, "percent", "exact"),
    (
        "The bank raised rates by 0.25 percentage point.",
        "0.25 percentage point",
        0.25,
        None,
        "percentage_point",
        "exact",
    ),
    ("Unemployment is 4.1 per cent.", "4.1 per cent", 4.1, None, "percent", "exact"),
    (
        "The plan will double defense spending to 2% of GDP.",
        "2% of GDP",
        2,
        None,
        "percent",
        "exact",
    ),
    # units
    (
        "Missiles capable of hitting targets 1,000 km (600 mi) away.",
        "1,000 km",
        1000,
        None,
        "km",
        "exact",
    ),
    ("The storm brought winds of 150 km/h.", "150 km/h", 150, None, "km/h", "exact"),
    ("The ship carries 2 million barrels of oil.", "2 million barrels", 2e6, None, "bbl", "exact"),
    ("The reactor produces 1,100 megawatts.", "1,100 megawatts", 1100, None, "MW", "exact"),
    ("The fire burned 4,000 hectares.", "4,000 hectares", 4000, None, "ha", "exact"),
    ("Temperatures hit 45 degrees Celsius.", "45 degrees Celsius", 45, None, "degC", "exact"),
    (
        "The plant used 3.5 terawatt hours last year.",
        "3.5 terawatt hours",
        3.5,
        None,
        "TWh",
        "exact",
    ),
    ("The rocket weighs 550 tonnes.", "550 tonnes", 550, None, "t", "exact"),
    ("The talks lasted 14 hours.", "14 hours", 14, None, "h", "exact"),
    # counts
    ("It holds the presidency of the 15-member body.", "15-member", 15, None, "member", "exact"),
    ("At least 12 people were killed.", "12 people", 12, None, "person", "at_least"),
    ("Russia fired 84 missiles overnight.", "84 missiles", 84, None, "missile", "exact"),
    # qualifiers
    ("They met after nearly two years of talks.", "nearly two years", 2, None, "year", "approx"),
    ("The project costs about $46 million.", "about $46 million", 46e6, None, "USD", "approx"),
    (
        "Some 2.4 billion gallons of jet fuel were bought.",
        "Some 2.4 billion gallons",
        2.4e9,
        None,
        "gal",
        "approx",
    ),
    (
        "More than 500 people were arrested.",
        "More than 500 people",
        500,
        None,
        "person",
        "at_least",
    ),
    ("Fines of up to $10,000 apply.", "up to $10,000", 10000, None, "USD", "at_most"),
    ("The town is under 20 km from the border.", "under 20 km", 20, None, "km", "at_most"),
    # ranges
    (
        "They were given between 44 and 50 mg of the drug.",
        "between 44 and 50 mg",
        44,
        50,
        "mg",
        "range",
    ),
    ("Growth will be 5-10% next year.", "5-10%", 5, 10, "percent", "range"),
    ("The cost is $5 to $10 billion.", "$5 to $10 billion", 5e9, 10e9, "USD", "range"),
    ("Walls eight to 10 feet tall surround it.", "eight to 10 feet", 8, 10, "ft", "range"),
]


@pytest.mark.parametrize(("text", "surface", "value", "value_max", "unit", "qualifier"), CASES)
def test_claim(
    text: str, surface: str, value: float, value_max: float | None, unit: str | None, qualifier: str
) -> None:
    c = one(text, surface)
    assert c.value == pytest.approx(value)
    assert (c.value_max is None) == (value_max is None)
    if value_max is not None:
        assert c.value_max == pytest.approx(value_max)
    assert c.unit == unit
    assert c.qualifier == Qualifier(qualifier)
    assert text[c.start : c.end] == c.text


# (sentence, surface of the number that must not be a claim)
NOT_CLAIMS = [
    ("WASHINGTON, Jan. 13 (Reuters) - Biden spoke.", "13"),
    ("Japan assumed the seat on January 1 and holds it.", "1"),
    ("The summit opened on November 15, 2022 in Bali.", "15"),
    ("The bank robbery began at 2.15pm and ended later.", "2.15"),
    ("The meeting starts at 10:30 on Monday.", "10"),
    ("Voters went to the polls in 2016 and again in 2020.", "2016"),
    ("He came third in the 21st race.", "21"),
    ("Kishida is touring the G7's industrial powers.", "7"),
    ("Leaders met at the Group of 20 summit.", "20"),
    ("It was the biggest buildup since World War II.", "II"),
    ("Cases of COVID-19 rose again.", "19"),
    ("See the photo 10118290.jpeg below.", "10118290"),
    ("Call 555-123-4567 for details.", "555"),
    ("Read more at https://example.com/2023/story-45 today.", "45"),
    ("The rule is set out in Article 5 of the treaty.", "5"),
    ("See page 12 of the report.", "12"),
    ("The F-35 jets arrived.", "35"),
    ("The two leaders met on Sunday.", "two"),
    ("One of the officials declined to comment.", "One"),
    ("The Boeing 737 was grounded.", "737"),
    ("Exports fell in the 1990s.", "1990"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_CLAIMS)
def test_not_a_claim(text: str, surface: str) -> None:
    start = text.index(surface)
    end = start + len(surface)
    assert not [c for c in extract_claims(text) if c.start < end and start < c.end]


def test_conversion_is_one_claim_with_both_forms() -> None:
    text = "purchase missiles capable of hitting ships or land targets 1,000 km (600 mi) away."
    claims = extract_claims(text)
    assert len(claims) == 1
    c = claims[0]
    assert c.text == "1,000 km (600 mi)"
    assert (c.value, c.unit) == (1000, "km")
    assert [(v.text, v.value, v.unit) for v in c.conversions] == [("600 mi", 600, "mi")]
    assert c.normalized_unit == "m"
    assert c.normalized_value == pytest.approx(1_000_000)


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Sales rose by 5% last year.", "5%", "increase_by"),
        ("Sales rose to 5% of the market.", "5%", "increase_to"),
        ("Profit fell by $3 million.", "$3 million", "decrease_by"),
        ("The plan will double defense spending to 2% of GDP.", "2% of GDP", "increase_to"),
        ("Japan will double its defense budget.", "double", "double"),
        ("The city will triple its fleet.", "triple", "triple"),
        ("The firm plans to halve emissions.", "halve", "halve"),
        ("Output saw a 3-fold increase.", "3-fold", "n_fold"),
        ("Prices rose threefold.", "threefold", "n_fold"),
    ],
)
def test_change(text: str, surface: str, change: str) -> None:
    assert one(text, surface).change == change


def test_multiplier_values() -> None:
    assert one("Japan will double its defense budget.", "double").value == 2
    assert one("The firm plans to halve emissions.", "halve").value == 0.5
    assert one("Prices rose threefold.", "threefold").value == 3


@pytest.mark.parametrize(
    "text", ["It was a double standard.", "Sales hit double digits.", "He ordered a double."]
)
def test_double_as_adjective_is_not_a_claim(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.unit == "fold"]


def test_percent_keeps_its_base_and_measures() -> None:
    c = one("Japan's plan will double defense spending to 2% of GDP.", "2%")
    assert c.base == "GDP"
    assert c.measures == "defense spending"


@pytest.mark.parametrize(
    ("text", "surface", "measures"),
    [
        ("It ended seven decades of pacifism.", "seven decades", "pacifism"),
        (
            "It ended seven decades of pacifism fueled by memories of war.",
            "seven decades",
            "pacifism",
        ),
        ("It holds the presidency of the 15-member body.", "15-member", "body"),
        ("It holds the presidency of the 15-member body in January.", "15-member", "body"),
        ("Japan assumed a two-year term on the council.", "two-year", "term"),
        (
            "Japan assumed a two-year term on the UN Security Council.",
            "two-year",
            "UN Security Council term",
        ),
        ("Boeing won a 10-year contract with the Pentagon.", "10-year", "Pentagon contract"),
        ("Russia fired 84 missiles overnight.", "84 missiles", "missiles"),
        ("The US will send 3,000 troops to Poland.", "3,000 troops", "troops"),
        ("Japan will double defense spending to 2% of GDP.", "2% of GDP", "defense spending"),
        ("Japan will double defense spending to 2% of GDP.", "double", "defense spending"),
        (
            "It will buy missiles capable of hitting targets 1,000 km (600 mi) away.",
            "1,000 km",
            "missile range",
        ),
        ("Drones that can reach targets 500 km away were tested.", "500 km", "drone range"),
        ("The rocket can fly 2,000 km.", "2,000 km", "rocket range"),
        ("The village is 20 km away from the border.", "20 km", "distance"),
        ("Unemployment rose to 4.1% in May.", "4.1%", "Unemployment"),
        ("They met after nearly two years of talks.", "two years", "talks"),
    ],
)
def test_measures(text: str, surface: str, measures: str) -> None:
    assert one(text, surface).measures == measures


def test_claim_inside_a_quote_carries_its_speaker() -> None:
    text = 'Kishida said: "We will spend 43 trillion yen over five years." Sales rose 5%.'
    q_start = text.index('"') + 1
    q_end = text.index('"', q_start)
    speaker = SpeakerRef(name="Fumio Kishida")
    quote = QuoteRecord(
        QuoteKind.DIRECT, text[q_start:q_end], q_start, q_end, speaker, "said", text, 0
    )
    claims = extract_claims(text, [quote])
    inside = [c for c in claims if "trillion" in c.text or "five years" in c.text]
    outside = [c for c in claims if c.text.endswith("5%")]
    assert inside and all(c.quote_index == 0 and c.speaker == speaker for c in inside)
    assert outside and outside[0].quote_index is None and outside[0].speaker is None


def test_offsets_are_into_the_article() -> None:
    text = "First line.\n\nSecond: the army sent 3,000 troops. Then 40% left."
    for c in extract_claims(text):
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence


def test_sentence_split_keeps_abbreviations() -> None:
    text = "WASHINGTON, Jan. 13 (Reuters) - The U.S. Army sent 5 jets. Then it left."
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences[0].startswith("WASHINGTON, Jan. 13")
    assert len(sentences) == 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "$",
        "%",
        "1/0",
        "2013-14",
        "245 23 yen",
        "\x00\x01",
        "- 1 4/5",
        "1e999999",
        "((((",
        "between and",
        "$-",
        "½",
        "1" * 5000,
        "1,,,,2",
        "10^^^^3",
        "from 5 to",
    ],
)
def test_never_raises(text: str) -> None:
    assert isinstance(extract_claims(text), list)


def test_long_run_without_full_stops_is_cut_into_bounded_pieces() -> None:
    text = "5 km, 3 troops, " * 2000
    pieces = list(split_sentences(text))
    assert all(b - a <= 2000 for a, b in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert len(extract_claims(text)) == 4000
