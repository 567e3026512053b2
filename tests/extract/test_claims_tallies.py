"""Vote tallies and scores are no claims; shares written as a pair keep their unit; bond and
mortgage terms are names. Sentences written for these tests in the style of news copy."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims

NO_CLAIMS = [
    "The measure failed 58-40 in the Senate.",
    "The bill passed 257-167 on Thursday.",
    "The council voted 6-5 to accept the grant.",
    "He was confirmed 52 to 47 by the Senate.",
    "The vote was 85 to 15.",
    "The vote was 52-48.",
    "Their side won 13-0 in the opening match.",
    "The game was 7-7 after the extra point.",
    "She puts the odds of a deal at 50-50.",
    "The court split along familiar 5-4 lines.",
    "Republicans hold a slim 52–48 Senate edge.",
    "The panel approved it 3 - 0.",
    "Meanwhile, the 10-year U.S. Treasury yield fell.",
    "The government's 10-year ruble bonds dropped.",
    "Rates on the 30-year fixed-rate mortgage climbed.",
    "The two-year yield fell.",
]


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_tallies_scores_and_bond_terms_are_no_claims(text: str) -> None:
    assert [c.text for c in extract_claims(text)] == []


# (text, [(claim text, value, value_max, unit), ...])
KEPT = [
    ("Between 5-10 people were hurt.", [("Between 5-10 people", 5, 10, "person")]),
    ("It lowers the age from 21 to 18.", [("21", 21, None, None), ("18", 18, None, None)]),
    ("The talks dragged on for 2-1/2 years.", [("2-1/2 years", 2.5, None, "year")]),
    ("Results of 2.5-1.5 are common.", [("2.5", 2.5, None, None), ("1.5", 1.5, None, None)]),
    ("He served a 10-year sentence for notes fraud.", [("10-year", 10, None, "year")]),
    ("Voters backed the plan 52-48 percent.", [("52", 52, None, "percent"),
                                               ("48 percent", 48, None, "percent")]),
    ("Young voters went 66 to 32 percent for him.", [("66", 66, None, "percent"),
                                                     ("32 percent", 32, None, "percent")]),
    ("Democrats were ahead 50-42%.", [("50", 50, None, "percent"), ("42%", 42, None, "percent")]),
    ("It fell from 93% in 2014 to 62% in 2016.", [("93%", 93, None, "percent"),
                                                  ("62%", 62, None, "percent")]),
    ("Approval rose from 30 to 60 percent.", [("30", 30, None, "percent"),
                                              ("60 percent", 60, None, "percent")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_ranges_changes_and_shares_are_kept(
    text: str, expected: list[tuple[str, float, float | None, str | None]]
) -> None:
    got = [(c.text, c.value, c.value_max, c.unit) for c in extract_claims(text)]
    assert got == expected
