"""Claims read on the archive: counts of unnamed sources, years in two figures after an
apostrophe, docket numbers, headlines counting a list's items."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims

NOT_CLAIMS = [
    ("The plan is dead, according to two people familiar with the talks.", "two people"),
    ("It is dead, according to three senior administration officials.", "three senior"),
    ("The deal, two people familiar with the meeting say, is dead.", "two people"),
    ("Two U.S. officials, speaking on condition of anonymity, said so.", "Two U.S."),
    ("He fled, according to two officials who spoke on condition of anonymity.", "two officials"),
    ("Three sources familiar with the plan said it would pass.", "Three sources"),
    ("Two other sources close to the White House said it was over.", "Two other sources"),
    ("It was leaked, two people briefed on those meetings said.", "two people"),
    ("Two U.S. officials tell CNN that it was shared.", "Two U.S."),
    ("Campaign events go on, two Republican sources tell ABC News.", "two Republican"),
    ("Two senior NATO diplomats told Reuters they are ready.", "Two senior"),
    ("Politico reported, citing three sources.", "three sources"),
    ("It was a decade ago, the Times reported, quoting two unnamed sources.", "two unnamed"),
    ("The toll rose, according to more than half a dozen sources familiar with it.", "half"),
    ("Two Democrats with knowledge of the plans told The Associated Press.", "Two Democrats"),
    ("Toledo, which Obama won in ’08, voted early.", "08"),
    ("He wore a button proclaiming “Bush in ’88, Hatch in ’96.”", "88"),
    ("He wore a button proclaiming “Bush in ’88, Hatch in ’96.”", "96"),
    ("I had a cold spell from 1990 to ’91, he said.", "91"),
    ("The reform push of 1993-’94 failed.", "94"),
    ("Turnout is at 72% of '16 presidential race.", "16"),
    ("The case is U.S. v. Texas (15-674).", "15"),
    ("The case, Hollingsworth v. Perry (12-144), is about marriage.", "12"),
    ("Regents of the University of California (18-587); Trump v. NAACP (18-588).", "18-588"),
    ("The court ruled.\n\n5 turning points in the debate\n\nSupporters rallied.", "5 turning"),
    ("More: What is NAFTA? Seven things to know about the trade pact\n\nMore.", "Seven things"),
    ("Who is he?\n\n5 things to know about Trump's nominee\n\nHe is a judge.", "5 things"),
    ("The jury met.\n\nFour vital takeaways from today’s charges\n\nThey met.", "Four vital"),
    ("Evidence was hidden.\n\nThree questions for next week:\n\nWill it vote?", "Three questions"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), NOT_CLAIMS)
def test_not_a_claim(text: str, surface: str) -> None:
    found = [c.text for c in extract_claims(text) if surface in c.text]
    assert not found, found


STILL_CLAIMS = [
    ("A truck killed eight people, told investigators he was inspired.", "eight people", 8),
    ("Romney told about 3,000 people at an outdoor rally that he would win.", "3,000 people", 3000),
    ("He said 25 administration officials have testified.", "25 administration", 25),
    ("More than 2,800 military members involved in the coup were arrested.", "2,800", 2800),
    ("Five officers involved in setting him up were arrested.", "Five officers", 5),
    ("Two people were killed, police said.", "Two people", 2),
    ("Five things went wrong for the campaign.", "Five things", 5),
    ("He sold ‘15’ copies of it.", "15", 15),
    ("Prices rose in the ’70s by 20 percent.", "20 percent", 20),
    ("The range of the ratings (10-20) was narrow.", "10", 10),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value"), STILL_CLAIMS)
def test_still_a_claim(text: str, surface: str, value: float) -> None:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, [c.text for c in extract_claims(text)]
    assert found[0].value == pytest.approx(value)


LIST_ITEMS = [
    ("48. “We are not the patsies anymore.”\n\n49. “We are getting rid of Obamacare.”", "49"),
    ("20. “Peaceful protesters were relocated miles away,” he said.", "20"),
]


@pytest.mark.parametrize(("text", "surface"), LIST_ITEMS)
def test_long_list_marker(text: str, surface: str) -> None:
    assert not [c.text for c in extract_claims(text) if c.text == surface]


def test_lone_figure_of_a_hundred_or_more_stays() -> None:
    assert [c.value for c in extract_claims("Their count?\n\n150.")] == [150]


ORDINAL_COMPOUNDS = [
    ("He ran as a third-party candidate.", "third"),
    ("A third-party audit found errors.", "third"),
    ("It was a third-place finish.", "third"),
    ("A fifth-grade teacher spoke.", "fifth"),
]


@pytest.mark.parametrize(("text", "surface"), ORDINAL_COMPOUNDS)
def test_ordinal_compound_is_no_share(text: str, surface: str) -> None:
    assert not [c.text for c in extract_claims(text) if surface in c.text.lower()]


@pytest.mark.parametrize(
    ("text", "value"),
    [("A third say they agree.", 1 / 3), ("They walked a quarter-mile.", 0.25)],
)
def test_share_stays(text: str, value: float) -> None:
    assert [c.value for c in extract_claims(text)] == [pytest.approx(value)]


def test_share_said_again_alone_stays() -> None:
    text = "90 percent of Republicans support it. 90 percent. Put another way, most do."
    assert [c.sentence for c in extract_claims(text)][1] == "90 percent."
