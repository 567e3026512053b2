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


def _reported(text: str) -> list[str]:
    return [r.text for r in extract_quotes(text) if r.kind.value == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Sanders wrote a letter to Senate Judiciary Committee chairman Chuck Grassley last week.",
        "In 2012, Toomey wrote an opinion piece for Philly.com, disavowing the tax increases.",
        "McConnell wrote the bill in secret and tweaked it numerous times.",
        "Wilson wrote the League of Nations treaty without the Senate.",
        "Jim Bennett writes a weekly column offering historical context to current events.",
    ],
)
def test_a_thing_written_is_no_reported_speech(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Smith wrote the letters were forged.", "the letters were forged"),
        ("Smith wrote the plan would fail.", "the plan would fail"),
        (
            "Jones wrote the misuse of data stretches from bloggers to the Times.",
            "the misuse of data stretches from bloggers to the Times",
        ),
    ],
)
def test_what_a_writer_says_is_still_reported(text: str, clause: str) -> None:
    assert clause in _reported(text)


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("Boehner calls the fiscal cliff a “nightmare.”", "nightmare."),
        ("Trump called the Times reporting “phony.”", "phony."),
        ("Moore called the allegations against him “dirty politics.”", "dirty politics."),
        ("Trump labeled the investigation a “witch hunt.”", "witch hunt."),
    ],
)
def test_a_short_object_named_gives_a_partial_quote(text: str, partial: str) -> None:
    records = _records(text)
    assert [k for k, _, _ in records] == ["partial"], records
    assert records[0][1] == partial


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Moore called the allegations of sexual misconduct made against him “dirty politics.”",
            "the allegations of sexual misconduct made against him “dirty politics.”",
        ),
        ("Smith said the plan was a “nightmare.”", "the plan was a “nightmare.”"),
    ],
)
def test_a_long_object_or_a_clause_stays_reported(text: str, clause: str) -> None:
    assert clause in _reported(text)


@pytest.mark.parametrize(
    ("text", "partial", "name"),
    [
        (
            "The company cited costs that executives said were “unsustainable.”",
            "unsustainable.",
            "executives",
        ),
        (
            "Scalia wrote for the court that the law, which Justice Kennedy said had “very"
            " serious problems.”",
            "very serious problems.",
            "Kennedy",
        ),
    ],
)
def test_a_relative_clause_after_a_cue_gives_a_partial_quote(
    text: str, partial: str, name: str
) -> None:
    found = [(k, s) for k, t, s in _records(text) if t == partial]
    assert found and found[0][0] == "partial", _records(text)
    assert found[0][1] is not None and name in found[0][1]


def test_a_poll_share_before_a_relative_gap_keeps_its_clause() -> None:
    text = "The claim, which 12 percent said was “definitely true,” spread widely."
    assert all(t != "definitely true," or k != "partial" for k, t, _ in _records(text))
