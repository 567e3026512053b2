"""Quotations opened by a single curly mark and closed by a double one, and what is not one."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.quotes.spans import find_double_quotes
from factdb.extract.records import QuoteKind


def _direct(text: str) -> list[tuple[str, str]]:
    return [
        (r.text, r.speaker.text)
        for r in extract_quotes(text)
        if r.kind == QuoteKind.DIRECT and r.speaker is not None
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Thousands marched downtown on Friday.\n\n‘We are the new generation,” the crowd "
            "chanted, voices building to a roar.",
            "We are the new generation,",
            "the crowd",
        ),
        (
            "“We haven’t won,” he said. ‘The voters of the city are still denied a say,” Mayor "
            "Tom Briggs said.",
            "The voters of the city are still denied a say,",
            "Tom Briggs",
        ),
        (
            "‘Where did the money go?” the auditor asked in her report.",
            "Where did the money go?",
            "the auditor",
        ),
        (
            "‘Where is the wisdom we have lost in knowledge?” T. S. Eliot asked. “Where is the "
            "knowledge we have lost in information?”",
            "Where is the wisdom we have lost in knowledge?",
            "T. S. Eliot",
        ),
    ],
)
def test_single_opening_double_closing_is_a_quotation(text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _direct(text)


@pytest.mark.parametrize(
    "text",
    [
        # A quotation in single marks nested in a quotation whose opening mark is elsewhere.
        "The word is loaded. ‘Racism’ is difficult to pin down,” said Mary Lane, a historian.",
        # An apostrophe in a decade before the quotation.
        "He loved the ‘90s. ‘Rock ‘n’ roll is back,” she said.",
        # No cue after the closing mark.
        "‘Fetal heartbeat’ means activity of the heart within the sac.” The parties disagree.",
        "‘It works well,” The company shares rose on Monday.",
        # The single mark does not start a sentence.
        "The band played ‘Hey Jude and more,” she said.",
    ],
)
def test_not_an_unlike_pair(text: str) -> None:
    paras = [(0, len(text))]
    assert [text[sp.open] for sp in find_double_quotes(text, paras)] == []


def test_pair_span_offsets() -> None:
    text = "‘It is over,” the report said."
    (sp,) = find_double_quotes(text, [(0, len(text))])
    assert (sp.open, sp.close) == (0, text.index("”") + 1)
    assert sp.text(text) == "It is over,"
