"""Round 21 of what is a quote: a verb of speech after a lead-in ("went on to say", "took to
Twitter to say") whose subject stands before the lead-in."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes


def _records(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (r.kind.value, r.text, r.speaker.name if r.speaker else None) for r in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "Trump went on to say that the plan would fail.",
            ("indirect", "the plan would fail", "Trump"),
        ),
        (
            "Trump took to Twitter to say that the plan would fail.",
            ("indirect", "the plan would fail", "Trump"),
        ),
        (
            "Senator Warren was quick to say that the bill would pass.",
            ("indirect", "the bill would pass", "Warren"),
        ),
        (
            "Islamaphobia, Trump said, “is a shame.” But he went on to say that “there is a"
            " problem” and that people should stop.",
            ("indirect", "“there is a problem” and that people should stop", "Trump"),
        ),
        (
            "Senator Warren went so far as to call the plan a “disaster.”",
            ("partial", "disaster.", "Warren"),
        ),
    ],
)
def test_the_subject_before_a_lead_in_speaks(
    text: str, record: tuple[str, str, str | None]
) -> None:
    kind, words, name = record
    found = [(k, t, s) for k, t, s in _records(text) if k == kind and t == words]
    assert found, _records(text)
    assert found[0][2] is not None and name in found[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Trump wants to say that the plan would fail.",
        "Trump refused to say whether the plan would fail.",
    ],
)
def test_other_verbs_before_to_still_report_nothing(text: str) -> None:
    assert not [r for r in extract_quotes(text) if r.kind.value == "indirect"]
