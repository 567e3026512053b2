"""Claims read on the archive, round 17: citations, phone numbers, link lines, ratings, years
beside figures, ratios with hyphens, young ages and multipliers."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord


def _claim(text: str, surface: str) -> ClaimRecord:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_claims(text)]}"
    return found[0]


NOT_CLAIMS = [
    ("Super PACs and tax-exempt 501(c)(4) groups spent heavily.", "501"),
    ("Super PACs and tax-exempt 501(c)(4) groups spent heavily.", "4"),
    ("It is classified under section 501 (c) (3) of the tax code.", "3"),
    ("It is banned by Section 8(b)(4)(i)(B) of the National Labor Relations Act.", "4"),
    ("Expanding the 287(g) program, which allows local police to act.", "287"),
    ("Call toll-free 1-844-500-6397 and we will connect you right away.", "1"),
    ("( Also on POLITICO: 8 takeaways from the Dem convention)", "8"),
    ("( Also on POLITICO: Obama to return 5 percent of his pay to Treasury)", "5"),
    ("2,000 children separated from parents in six weeks under Trump policy Read more", "2,000"),
    ("The Washington Post gave Obama 'Four Pinocchios' for his team's claim.", "Four"),
    ("The fact-checker ultimately gave it four “Pinocchios,” its worst rating.", "four"),
    ("The population blossomed to more than 90,000 in 2010, 36% of whom were Hispanic.", "2010"),
    ("It will slow to 3.1% in 2020, 3.0% in 2021 and 2.8% in 2026.", "2021"),
    ("The committee investigating the 2012 attacks on the mission met.", "2012"),
    ("Pollsters ask Trump voters whether they regret their 2016 votes.", "2016"),
    ("It grew net revenue from $35 billion in 2006 to $63.5 billion in 2017.", "2006"),
    ("The population will reach 404 million in 2060 — 79 million larger than now.", "2060"),
    ("Image copyright AFP Image caption About 50 vehicles were set on fire", "About 50"),
    ("Play Video 1:23 Five touching moments between Trump and Macron", "Five"),
    ("Related Video Video length 1 minute 7 seconds 1:07 Trump blasts BuzzFeed", "1 minute"),
    ("Associated Press Image 1 of / 3 Caption Close US court upholds ban", "3"),
    ("“Know those who labor among you,” says 1 Thessalonians 5:12.", "1"),
    ("There was laughter when he cited “Two Corinthians 3:17” at the school.", "Two"),
    ("First Timothy 3:6 gives solid advice about choosing leadership.", "6"),
    ("Each is created in the image of God (Genesis 1:27-28).", "28"),
    ('[embedtweet id="430739265706680320"]', "430739265706680320"),
    ("“Number two, I don't want to take a chance,” he said.", "two"),
    ("It placed every county on a scale of 0 to 100.", "0"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_CLAIMS)
def test_not_a_claim(text: str, surface: str) -> None:
    assert not [c for c in extract_claims(text) if c.text.startswith(surface)]


def test_a_year_joins_no_range_and_takes_no_share() -> None:
    revenue = _claim("It grew net revenue from $35 billion in 2006 to $63.5 billion.", "63.5")
    assert (revenue.value, revenue.value_max, revenue.unit) == (63.5e9, None, "USD")
    share = _claim("The population rose in 2010, 36% of whom were Hispanic.", "36%")
    assert (share.value, share.unit) == (36, "percent")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Between 2000 and 3000 people came.", "2000", 2000),  # a range of counts stays
        ("Officers said the 1500 troops left.", "1500 troops", 1500),
        ("The rate rose from 9.9 to 10.0 in May.", "10.0", 10),
        ("The crate weighs 20 (kg) empty.", "20 (kg)", 20),
        ("Also on Wednesday, dozens of students marched.", "dozens", 12),
        ("The meeting ran from 5:30 to 7:45 with 40 people.", "40", 40),
        ("The video shows 40 people marching.", "40", 40),
        ("It showed the scale of 5 million deaths.", "5 million", 5e6),
    ],
)
def test_still_a_claim(text: str, surface: str, value: float) -> None:
    assert _claim(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value", "noun"),
    [
        ("Nearly three-in-ten U.S. adults do so often.", "three-in-ten", 0.3, "adults"),
        ("One-in-five voters under 35 said so.", "One-in-five", 0.2, "voters"),
        ("There is less than a 1-in-3 chance that you win.", "1-in-3", 1 / 3, None),
        ("First, the one-in-five statistic is based on surveys.", "one-in-five", 0.2, None),
    ],
)
def test_a_ratio_with_hyphens_is_no_inch(
    text: str, surface: str, value: float, noun: str | None
) -> None:
    claim = _claim(text, surface)
    assert (claim.value, claim.unit, claim.kind) == (pytest.approx(value), None, "ratio")
    if noun:
        assert claim.measures == noun


@pytest.mark.parametrize(
    ("text", "surface", "value", "value_max", "unit"),
    [
        ("She came to represent her 7-month-old daughter.", "7-month-old", 7, None, "month"),
        ("A son just over 2 weeks old was with them.", "2 weeks old", 2, None, "week"),
        ("In the U.S., 6,000 of 15-year-olds took it.", "15-year-olds", 15, None, "year"),
        ("In France, 77 percent of 18- to 24-year-olds agree.", "24-year-olds", 18, 24, "year"),
        ("Approval is at a low among 18-29 year olds.", "year olds", 18, 29, "year"),
        ("Are we a 400-year-old relic?", "400-year-old", 400, None, "year"),
        ("He cited a four-centuries-old legal judgment.", "four", 4, None, "century"),
        ("I am in my 70s and I know it.", "70s", 70, 79, "year"),
    ],
)
def test_a_young_age_or_an_age_group_is_an_age(
    text: str, surface: str, value: float, value_max: float | None, unit: str
) -> None:
    claim = _claim(text, surface)
    assert (claim.value, claim.value_max, claim.unit, claim.kind) == (
        value,
        value_max,
        unit,
        "age",
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("My deductible has increased nearly three times under the law.", "three times"),
        ("Fallon told three times fewer political jokes than Leno.", "three times"),
    ],
)
def test_times_after_growth_or_before_fewer_is_a_multiplier(text: str, surface: str) -> None:
    claim = _claim(text, surface)
    assert (claim.value, claim.unit, claim.kind) == (3, "fold", "multiplier")


def test_times_of_occasions_stay_a_count() -> None:
    claim = _claim("The Fed has raised interest rates five times since 2017.", "five times")
    assert (claim.unit, claim.kind) == ("time", "count")


@pytest.mark.parametrize(
    ("text", "surface", "measured"),
    [
        ("Latinos will make up 24.4 percent of the U.S. population.", "24.4", "U S population"),
        (
            "Romney won 27 percent of the Hispanic vote compared to 71 percent.",
            "71",
            "Hispanic vote",
        ),
        ("The figures came out to $802 per month in premiums.", "$802", "figures"),
        ("Neither has been the case during Trump's first two years in office.", "two", "Trump"),
        ("The video comes two weeks after a heated exchange.", "two weeks", "video"),
        (
            "They had a new rooftop system installed every four minutes.",
            "four",
            "rooftop system installed",
        ),
    ],
)
def test_what_a_figure_measures_ends_in_a_noun(text: str, surface: str, measured: str) -> None:
    assert _claim(text, surface).measures == measured


def test_a_share_of_the_us_keeps_its_base_whole() -> None:
    claim = _claim("By 2050 they will be 24.4 percent of the U.S. population.", "24.4")
    assert claim.text == "24.4 percent of the U.S. population"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The Holocaust killed millions, including 6 million Jews, in Europe.", "6 million", "Jew"),
        ("About 2,000 Kurds fled the town.", "2,000", "Kurd"),
    ],
)
def test_a_people_without_a_telling_ending_is_counted(text: str, surface: str, unit: str) -> None:
    claim = _claim(text, surface)
    assert (claim.unit, claim.kind) == (unit, "count")
