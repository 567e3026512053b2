"""Speakers on real news: organisation names with "and", party members, cues after a quote."""

from __future__ import annotations

import pytest

from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind, SpeakerKind


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (q.kind, q.speaker.name if q.speaker else None, text[q.start : q.end])
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The National Oceanic and Atmospheric Administration said the storm was strong.",
            "National Oceanic and Atmospheric Administration",
        ),
        (
            "The Centers for Disease Control and Prevention said the risk is low.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "The National Institutes of Health says that a vaccine won't be ready for months.",
            "National Institutes of Health",
        ),
    ],
)
def test_an_organisation_with_and_or_a_plural_is_one_organisation(text: str, name: str) -> None:
    recs = extract_quotes(text)
    assert [(r.speaker.name, r.speaker.kind) for r in recs if r.speaker] == [
        (name, SpeakerKind.ORGANIZATION)
    ]


def test_a_person_after_an_organisation_with_and_stays_a_person() -> None:
    text = "Health and Human Services Secretary Alex Azar said the risk is low."
    assert [n for _, n, _ in _found(text)] == ["Alex Azar"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Republican Rep. Tom Cole urged colleagues to vote. The Oklahoma Republican said in "
            "an interview that he believes such a vote would not violate the pledge.",
            "Tom Cole",
        ),
        (
            "Sen. Ben Cardin met voters on Monday. “We need this,” the Maryland Democrat said.",
            "Ben Cardin",
        ),
    ],
)
def test_the_state_party_member_is_the_person_named(text: str, name: str) -> None:
    assert [n for _, n, _ in _found(text)] == [name]


def test_a_cue_after_a_quote_ending_in_an_exclamation_is_its_cue() -> None:
    text = (
        "“We need Roy Moore to win in Alabama,” Trump wrote.\n\n"
        "Moore thanked the president for his backing.\n\n"
        "“I look forward to fighting alongside the President!” Moore said on Twitter, using "
        "the president's hashtag for his campaign."
    )
    found = _found(text)
    assert ("direct", "Moore", "I look forward to fighting alongside the President!") in found
    assert all(not t.startswith("Twitter") for _, _, t in found)


def test_an_amount_added_is_not_said() -> None:
    text = (
        "The economy added 163,000 jobs in July while unemployment ticked up slightly, the "
        "Labor Department reported on Friday."
    )
    recs = extract_quotes(text)
    assert len(recs) == 1
    assert recs[0].kind == QuoteKind.INDIRECT
    assert recs[0].speaker is not None and recs[0].speaker.name == "Labor Department"
    assert text[recs[0].start :].startswith("The economy added")


def test_a_party_tag_apposition_is_skipped_to_the_name() -> None:
    text = (
        "Rep. James Clyburn, D-S.C., the third ranking Democrat in House leadership, said that "
        "when he first came to Washington, golf was something rivals did together."
    )
    assert [n for _, n, _ in _found(text)] == ["James Clyburn"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Canada said it is expelling four Russian diplomats and denying entry to others.",
            "Canada",
        ),
        ("WASHINGTON (Reuters) - Russia said on Monday it would respond to the move.", "Russia"),
        ("The move angered Moscow, and Russia said it would retaliate against them.", "Russia"),
    ],
)
def test_a_country_that_speaks_is_its_government(text: str, name: str) -> None:
    recs = extract_quotes(text)
    assert recs
    assert recs[0].speaker is not None
    assert (recs[0].speaker.name, recs[0].speaker.kind) == (name, SpeakerKind.ORGANIZATION)


def test_a_dateline_place_does_not_speak() -> None:
    text = "BEIJING, Dec. 5 - Officials in eastern Libya say the attack was planned for weeks."
    assert all(n not in ("Beijing", "BEIJING", "Libya") for _, n, _ in _found(text))


def test_a_firm_representing_a_person_is_not_that_person() -> None:
    text = (
        "“The State Department directed Ambassador Gordon Sondland not to appear,” the law firm "
        "representing Sondland said in a statement."
    )
    recs = extract_quotes(text)
    assert len(recs) == 1
    assert recs[0].speaker is not None and recs[0].speaker.kind == SpeakerKind.ANONYMOUS
    assert recs[0].anonymous == "the law firm representing Sondland"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The president of the consulting firm Eurasia Group, Ian Bremmer, applauded Mr. Trump "
            "on Twitter for making “a bigger move” than allies.",
            "Ian Bremmer",
        ),
        ("The chief executive of Apple, Tim Cook, said the company would pay.", "Tim Cook"),
    ],
)
def test_a_person_set_off_after_an_organisation_speaks(text: str, name: str) -> None:
    assert {n for _, n, _ in _found(text)} == {name}


def test_a_new_quotation_after_a_tail_keeps_its_own_sentence() -> None:
    text = (
        "Clinton says at a campaign stop in Toledo that Trump never contributed to Pell Grants."
        "\n\nShe says Trump represents the “same rigged system that he claims he’s going to "
        "change.” She adds, “What kind of genius loses a billion dollars in a single year?”\n"
    )
    found = {t: n for _, n, t in _found(text)}
    assert found["What kind of genius loses a billion dollars in a single year?"] == "Clinton"
