"""A cue verb whose object is a thing added, announced or filed reports no speech; a clause
after it, with or without "that", is still reported."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind


def _indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.cue, q.text) for q in extract_quotes(text) if q.kind is QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        # From the archive: a charge added, a campaign stop announced.
        "On Wednesday, prosecutors added a second-degree murder charge in addition to the "
        "third-degree charge already filed against the former officer, Derek Chauvin.",
        "Clinton’s campaign has announced a stop in New Hampshire on Tuesday but did not say "
        "whether Sanders also would attend.",
        "Sen. Kamala Harris added an invitation of her own.",
        "The department announced the funding policy in a letter to congressional leaders.",
        "The senator rejected her earlier allegations and added a few more.",
        "The agency released a report on the crash in a statement to reporters on Friday.",
        "The company unveiled a new phone at an event in Berlin on Monday.",
        "The ministry issued a warning to residents of the coast on Friday.",
        "The governor also announced a May 18 target date for the reopening of large indoor "
        "venues like movie theaters and bowling alleys.",
        "The county announced a targeted closure of some Orange County area beaches.",
    ],
)
def test_thing_object_is_no_reported_speech(text: str) -> None:
    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "clause"),
    [
        ("He added the plan would fail.", "added", "the plan would fail"),
        (
            "She added that the charge was filed in error.",
            "added",
            "the charge was filed in error",
        ),
        (
            "The company announced it would close the plant in March.",
            "announced",
            "it would close the plant in March",
        ),
        (
            "Officials announced the number of cases had doubled.",
            "announced",
            "the number of cases had doubled",
        ),
        (
            "He announced his campaign and allied party organizations collected $181 million.",
            "announced",
            "his campaign and allied party organizations collected $181 million",
        ),
        ("He said the plan would fail.", "said", "the plan would fail"),
        (
            "The inspector added the delayed health care has resulted in patient harm.",
            "added",
            "the delayed health care has resulted in patient harm",
        ),
        (
            "Trump announced the U.S. embassy in Israel would move to Jerusalem.",
            "announced",
            "the U.S. embassy in Israel would move to Jerusalem",
        ),
    ],
)
def test_clause_after_thing_cue_is_kept(text: str, cue: str, clause: str) -> None:
    assert _indirect(text) == [(cue, clause)]
